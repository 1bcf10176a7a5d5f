import {
  LSPErrorCodes,
  ResponseError,
  ErrorCodes,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type HoverParams,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
  type TextDocuments,
  type CancellationToken,
} from 'vscode-languageserver/node';
import {
  checkTextRequest,
  renderRequest,
  type CheckTextParams,
  type CheckTextResult,
  type RenderParams,
  type RenderResult,
} from '../../../shared/protocol';
import { LANGUAGE_ID } from '../../../shared/product';
import type { PolicyLanguageService } from '../service/languageService';
import { RenameError } from '../service/features/navigation';
import { isPageLanguage, policyLanguages, renderPolicy, renderPolicyBody, renderPreviewPage } from '../service/render';
import { PolicyDocument } from '../service/text/policyDocument';
import { Cancelled, Superseded, type AnalysisRunner } from './analysisRunner';

/** Whether the client has asked the server to shut down: later requests fail, as the specification says. */
export interface Lifecycle {
  shuttingDown: boolean;
}

/** How often a request follows a document that keeps changing before it answers with what it has. */
const MAX_RETRIES = 20;

/**
 * Answers the editor's requests with the language service; a request never takes the server down. Each waits
 * for the analysis of the document's current version (AnalysisRunner, in slices, shared with the validation);
 * `$/cancelRequest` ends the wait with the RequestCancelled error.
 */
export function registerRequests(
  connection: Connection,
  documents: TextDocuments<PolicyDocument>,
  service: PolicyLanguageService,
  runner: AnalysisRunner,
  lifecycle: Lifecycle,
): void {
  /** Runs a handler; a failure is logged and answered with the fallback. */
  const guard =
    <P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => Promise<R> | R) =>
    async (params: P, token: CancellationToken): Promise<R> => {
      if (lifecycle.shuttingDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
      try {
        const result = await handler(params, token);
        if (token?.isCancellationRequested) throw new Cancelled();
        return result;
      } catch (error) {
        if (error instanceof Cancelled)
          throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
        if (error instanceof ResponseError) throw error;
        if (error instanceof RenameError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
        connection.console.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        return fallback;
      }
    };

  /** The document's current version, analysed; undefined when it is not open (or closed while waiting). */
  const analyzedDocument = async (uri: unknown, token: CancellationToken): Promise<PolicyDocument | undefined> => {
    if (typeof uri !== 'string') return undefined;
    for (let attempt = 0; ; attempt++) {
      const document = documents.get(uri);
      if (!document) return undefined;
      try {
        await runner.analyzed(document, token);
        // Features read the analysis synchronously; a newer version that arrived meanwhile is read next round.
        if (documents.get(uri) === document || attempt >= MAX_RETRIES) return documents.get(uri);
      } catch (error) {
        if (!(error instanceof Superseded) || attempt >= MAX_RETRIES) throw error;
      }
    }
  };

  const withDocument = <P extends { textDocument: { uri: string } }, R>(
    name: string,
    fallback: R,
    handler: (document: PolicyDocument, params: P) => R,
  ) =>
    guard<P, R>(name, fallback, async (params, token) => {
      const document = await analyzedDocument(params?.textDocument?.uri, token);
      return document ? handler(document, params) : fallback;
    });

  connection.onCompletion(
    withDocument('completion', null, (document, params: CompletionParams) =>
      service.complete(document, params.position),
    ),
  );
  connection.onHover(
    withDocument('hover', null, (document, params: HoverParams) => service.hover(document, params.position)),
  );
  connection.onDocumentSymbol(withDocument('documentSymbol', [], (document) => service.documentSymbols(document)));
  connection.onDefinition(
    withDocument('definition', [], (document, params: DefinitionParams) =>
      service.definition(document, params.position),
    ),
  );
  connection.onReferences(
    withDocument('references', [], (document, params: ReferenceParams) =>
      service.references(document, params.position, params.context?.includeDeclaration === true),
    ),
  );
  connection.onPrepareRename(
    withDocument('prepareRename', null, (document, params: PrepareRenameParams) =>
      service.prepareRename(document, params.position),
    ),
  );
  connection.onRenameRequest(
    withDocument('rename', null, (document, params: RenameParams) => {
      if (typeof params.newName !== 'string')
        throw new ResponseError(ErrorCodes.InvalidParams, 'newName must be a string.');
      return service.rename(document, params.position, params.newName);
    }),
  );
  connection.onCodeAction(
    withDocument('codeAction', [], (document, params: CodeActionParams) =>
      service.codeActions(document, params.range, params.context),
    ),
  );

  connection.onRequest(
    renderRequest,
    guard('render', null, async (params: RenderParams, token): Promise<RenderResult | null> => {
      const document = await analyzedDocument(params?.uri, token);
      if (!document) return null;
      const analysis = service.analyze(document);
      // An empty page would claim the policy lacks everything: say why there is none instead.
      if (analysis.tooLarge) {
        const reason = service.validate(document)[0].message;
        throw new ResponseError(LSPErrorCodes.RequestFailed, typeof reason === 'string' ? reason : reason.value);
      }
      const { published } = policyLanguages(analysis.model);
      const language =
        isPageLanguage(params.language) && published.includes(params.language) ? params.language : published[0];
      const body = renderPolicyBody(analysis, service.library, 'preview', language, published);
      const errors = service.validate(document).filter((diagnostic) => diagnostic.severity === 1).length;
      const publishable = errors === 0 && body.gaps.length === 0;
      let page: string | undefined;
      if (params.page?.mode === 'preview') page = renderPreviewPage(body, params.page);
      else if (params.page?.mode === 'standalone' && (publishable || params.draft === true)) {
        page = renderPolicy(analysis, {
          format: 'page',
          mode: publishable ? 'publish' : 'draft',
          library: service.library,
          language,
        });
      }
      return {
        uri: document.uri,
        version: document.version,
        title: body.title,
        html: body.html,
        page,
        gaps: body.gaps.length,
        errors,
        publishable,
        language,
        languages: published,
      };
    }),
  );

  connection.onRequest(
    checkTextRequest,
    guard('checkText', { diagnostics: [] }, async (params: CheckTextParams, token): Promise<CheckTextResult> => {
      if (typeof params?.uri !== 'string' || typeof params.text !== 'string') return { diagnostics: [] };
      // A file opened in the meantime is checked as the editor holds it, which is what its problems show.
      const open = await analyzedDocument(params.uri, token);
      if (open) return { diagnostics: service.validate(open) };
      const document = PolicyDocument.create(params.uri, LANGUAGE_ID, 0, params.text);
      try {
        await runner.analyzed(document, token);
        return { diagnostics: service.validate(document) };
      } finally {
        if (!documents.get(params.uri)) service.forget(params.uri);
      }
    }),
  );
}
