/**
 * The language server: wires the language service to LSP. Start it with `--stdio` (or `--node-ipc`,
 * `--socket=N`) from any editor. Everything about policies lives in the service; this file only connects.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type DocumentSymbolParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { policyTextDocuments } from './lsp/policyTextDocument';
import { createLanguageService } from './service/languageService';
import { RenameError } from './service/features/navigation';
import { resolveLocale } from './service/l10n/messages';
import { ValidationScheduler } from './lsp/validationScheduler';
import { validatedNotification, type ValidatedParams } from './lsp/protocol';
import { isRuleConfigUri, RuleConfigStore } from './lsp/ruleConfigStore';
import { checkRuleSettings, mergeSeverities, RULE_CONFIG_FILE, type Severities } from './service/config/ruleConfig';
import { ruleConfigDiagnostics } from './service/config/ruleConfigDiagnostics';
import { FIX_ALL_KIND } from './service/features/codeActions';
import { localize, message, type Locale } from './service/l10n/messages';
import { renderRequest, type RenderParams, type RenderResult } from './lsp/protocol';
import { renderPolicyBody } from './service/render';
import { registerCheckText } from './lsp/checkText';
import { tuneEngineForMemory } from './lsp/engineSettings';

export function startServer(connection: Connection): void {
  // Documents keep their text in pieces: a keystroke in a large policy does not copy the whole text.
  const documents = new TextDocuments(policyTextDocuments);
  const service = createLanguageService();
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let locale: Locale = 'en';
  // Per-rule severities: the repository's .privacy-policy.json for each document, overridden by the settings.
  const ruleConfigs = new RuleConfigStore();
  let settingsRules: Severities = {};
  const publishedConfigs = new Set<string>();
  service.configure({ severitiesFor: (uri) => mergeSeverities(ruleConfigs.rulesFor(uri), settingsRules) });

  /** Shows what is wrong in each configuration file in use, where it is wrong; clears files that are fixed. */
  const publishConfigProblems = (): void => {
    const current = new Set<string>();
    for (const loaded of ruleConfigs.loaded()) {
      current.add(loaded.uri);
      void connection.sendDiagnostics({ uri: loaded.uri, diagnostics: ruleConfigDiagnostics(loaded.uri, loaded.text, loaded.config.problems, locale) });
    }
    for (const uri of publishedConfigs) if (!current.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishedConfigs.clear();
    current.forEach((uri) => publishedConfigs.add(uri));
  };

  const useSettings = (rules: unknown): void => {
    const checked = checkRuleSettings(rules);
    settingsRules = checked.rules;
    for (const problem of checked.problems) connection.console.warn(localize(locale, message('config.settingsProblem', { problem })));
  };

  /** Runs a request handler; a failure is logged and answered with the fallback, never fatal. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
    return (params: P) => {
      try {
        return handler(params);
      } catch (error) {
        if (error instanceof RenameError) throw new ResponseError(1, error.message);
        connection.console.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
        return fallback;
      }
    };
  }

  const validate = (uri: string): void => {
    const document = documents.get(uri);
    if (!document) return;
    const started = performance.now();
    const configsBefore = ruleConfigs.loaded().length;
    let diagnostics;
    try {
      diagnostics = service.validate(document);
    } catch (error) {
      connection.console.error(`validation of ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 1 as const,
          source: 'privacy-policy',
          code: 'internal-error',
          message: localize(locale, message('server.validationFailed', { detail: error instanceof Error ? error.message : String(error) })),
        },
      ];
    }
    if (ruleConfigs.loaded().length !== configsBefore) publishConfigProblems();
    // A newer version may have arrived while this one was checked: its own validation will publish.
    if (documents.get(uri)?.version !== document.version) return;
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    void connection.sendNotification(validatedNotification, {
      uri,
      version: document.version,
      milliseconds: performance.now() - started,
      problems: diagnostics.length,
    } satisfies ValidatedParams);
  };
  const scheduler = new ValidationScheduler(validate);

  const refreshSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    const raw = await connection.workspace.getConfiguration('privacyPolicy');
    useSettings((raw as { rules?: unknown } | null)?.rules);
    for (const document of documents.all()) scheduler.documentChanged(document.uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as { locale?: string; rules?: unknown };
    locale = resolveLocale(options.locale ?? params.locale);
    service.configure({
      locale,
      snippets: params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    });
    useSettings(options.rules);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
      },
      serverInfo: { name: 'privacy-policy-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${RULE_CONFIG_FILE}` }] })
        .catch(() => undefined);
    }
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacyPolicy' }).catch(() => undefined);
      void refreshSettings().catch((error) => connection.console.error(`reading settings failed: ${String(error)}`));
    }
  });
  connection.onDidChangeConfiguration((change) => {
    if (canPullConfiguration) {
      void refreshSettings().catch((error) => connection.console.error(`reading settings failed: ${String(error)}`));
    } else {
      useSettings((change.settings as { privacyPolicy?: { rules?: unknown } } | null)?.privacyPolicy?.rules);
      for (const document of documents.all()) scheduler.documentChanged(document.uri);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!params.changes.some((change) => isRuleConfigUri(change.uri))) return;
    ruleConfigs.clear();
    for (const document of documents.all()) ruleConfigs.forDocument(document.uri);
    publishConfigProblems();
    for (const document of documents.all()) scheduler.documentChanged(document.uri);
  });
  // Fired on open as well as on every change.
  documents.onDidChangeContent((event) => scheduler.documentChanged(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.documentClosed(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const withDocument = <P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, handler: (document: TextDocument, params: P) => R) =>
    guard<P, R>(name, fallback, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? handler(document, params) : fallback;
    });

  connection.onCompletion(withDocument('completion', null, (document, params: CompletionParams) => service.complete(document, params.position)));
  connection.onHover(withDocument('hover', null, (document, params: HoverParams) => service.hover(document, params.position)));
  connection.onDocumentSymbol(withDocument('documentSymbol', [], (document, _params: DocumentSymbolParams) => service.documentSymbols(document)));
  connection.onDefinition(withDocument('definition', [], (document, params: DefinitionParams) => service.definition(document, params.position)));
  connection.onReferences(
    withDocument('references', [], (document, params: ReferenceParams) => service.references(document, params.position, params.context.includeDeclaration)),
  );
  connection.onPrepareRename(withDocument('prepareRename', null, (document, params: PrepareRenameParams) => service.prepareRename(document, params.position)));
  connection.onRenameRequest(withDocument('rename', null, (document, params: RenameParams) => service.rename(document, params.position, params.newName)));
  connection.onCodeAction(withDocument('codeAction', [], (document, params: CodeActionParams) => service.codeActions(document, params.range, params.context)));
  connection.onRequest(
    renderRequest,
    guard('render', null, ({ uri }: RenderParams): RenderResult | null => {
      const document = documents.get(uri);
      if (!document) return null;
      const body = renderPolicyBody(service.analyze(document), service.library);
      return { uri, version: document.version, title: body.title, html: body.html, gaps: body.gaps.length };
    }),
  );
  registerCheckText(connection, service, documents);
  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}

// A bug must cost one answer, not the server: log it and keep serving.
process.on('uncaughtException', (error) => console.error(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) => console.error(`unhandled rejection: ${String(reason)}`));

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('privacy-policy-language-server 0.1.0\n');
  } else {
    tuneEngineForMemory();
    startServer(createConnection(ProposedFeatures.all));
  }
}
