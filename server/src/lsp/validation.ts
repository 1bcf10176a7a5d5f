import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import { validatedNotification, type ValidatedParams } from '../../../shared/protocol';
import type { PolicyLanguageService } from '../service/languageService';
import { localize, message, type Locale } from '../service/l10n/messages';
import type { PolicyDocument } from '../service/text/policyDocument';
import type { ConfigFiles } from './configFiles';
import { Superseded, type AnalysisRunner } from './analysisRunner';
import { ValidationScheduler } from './validationScheduler';

/**
 * Checks open documents and publishes their diagnostics: soon after each change (see ValidationScheduler), in
 * slices that let the server read new messages meanwhile (AnalysisRunner), stopped when a newer version arrives,
 * never an older version over a newer one, and an `internal-error` diagnostic instead of silence when a check
 * fails. After each check the client hears how long it took (`privacyPolicy/validated`).
 */
export class Validation {
  private readonly scheduler = new ValidationScheduler((uri) => void this.validate(uri));

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<PolicyDocument>,
    private readonly service: PolicyLanguageService,
    private readonly runner: AnalysisRunner,
    private readonly configFiles: ConfigFiles,
    private readonly locale: () => Locale,
  ) {}

  changed(uri: string): void {
    this.scheduler.documentChanged(uri);
  }

  closed(uri: string): void {
    this.scheduler.documentClosed(uri);
    this.service.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Every open document again: after settings or configuration files changed. */
  all(): void {
    for (const document of this.documents.all()) this.scheduler.documentChanged(document.uri);
  }

  dispose(): void {
    this.scheduler.dispose();
  }

  private async validate(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const started = performance.now();
    this.configFiles.loadFor(uri);
    try {
      await this.runner.analyzed(document);
    } catch (error) {
      // A newer version arrived, or the document was closed: its own validation publishes, if any.
      if (error instanceof Superseded) return;
      // Anything else the analysis threw is reported below, as validate throws it again.
    }
    // Asked about an older version, the service would stop the newer one's analysis: leave it to that one.
    if (this.documents.get(uri)?.version !== document.version) return;
    const diagnostics = this.diagnosticsOf(document);
    // A newer version may have arrived while this one was checked: its own validation will publish.
    if (this.documents.get(uri)?.version !== document.version) return;
    void this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    const count = (severity: DiagnosticSeverity) => diagnostics.filter((d) => d.severity === severity).length;
    const hints = count(DiagnosticSeverity.Hint);
    void this.connection.sendNotification(validatedNotification, {
      uri,
      version: document.version,
      milliseconds: performance.now() - started,
      problems: diagnostics.length - hints,
      errors: count(DiagnosticSeverity.Error),
      warnings: count(DiagnosticSeverity.Warning),
      hints,
    } satisfies ValidatedParams);
  }

  private diagnosticsOf(document: PolicyDocument): Diagnostic[] {
    try {
      return this.service.validate(document);
    } catch (error) {
      this.connection.console.error(
        `validation of ${document.uri} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      const detail = error instanceof Error ? error.message : String(error);
      return [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 1,
          source: 'privacy-policy',
          code: 'internal-error',
          message: localize(this.locale(), message('server.validationFailed', { detail })),
        },
      ];
    }
  }
}
