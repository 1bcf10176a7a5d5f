import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../text/policyDocument';
import { localize, message, type Locale } from '../l10n/messages';
import type { Finding, Severity, SeveritySetting } from '../model/finding';
import { ruleMeta } from '../rules/ruleCatalog';
import { toRange } from '../text/positions';

/** VS Code shows at most 1,000 problems per file; beyond that the author gets a count instead. */
export const MAX_DIAGNOSTICS = 1000;

export const DIAGNOSTIC_SOURCE = 'privacy-policy';

export interface DiagnosticOptions {
  readonly locale: Locale;
  /** Per rule id: overrides the rule's default and any finding's own severity. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
}

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function effectiveSeverity(finding: Finding, severities: DiagnosticOptions['severities']): SeveritySetting {
  return severities[finding.rule] ?? finding.severity ?? ruleMeta(finding.rule)?.defaultSeverity ?? 'error';
}

export function toDiagnostics(
  findings: readonly Finding[],
  document: PolicyDocument,
  options: DiagnosticOptions,
): Diagnostic[] {
  let shown: Array<{ finding: Finding; severity: Severity }> = [];
  for (const finding of findings) {
    const severity = effectiveSeverity(finding, options.severities);
    if (severity !== 'off') shown.push({ finding, severity });
  }
  let omitted = 0;
  if (shown.length > MAX_DIAGNOSTICS) {
    // Keep the most severe, then the earliest; say how many were left out.
    shown.sort(
      (a, b) => lspSeverity[a.severity] - lspSeverity[b.severity] || a.finding.span.start - b.finding.span.start,
    );
    omitted = shown.length - (MAX_DIAGNOSTICS - 1);
    shown = shown.slice(0, MAX_DIAGNOSTICS - 1);
  }
  shown.sort((a, b) => a.finding.span.start - b.finding.span.start || a.finding.span.end - b.finding.span.end);
  const diagnostics = shown.map(({ finding, severity }) => toDiagnostic(finding, severity, document, options.locale));
  if (omitted > 0) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: 'too-many-problems',
      message: localize(options.locale, message('tooManyProblems', { count: omitted })),
    });
  }
  return diagnostics;
}

function toDiagnostic(finding: Finding, severity: Severity, document: PolicyDocument, locale: Locale): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.span),
    severity: lspSeverity[severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    message: localize(locale, finding.message),
  };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: toRange(document, related.span) },
      message: localize(locale, related.message),
    }));
  }
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  if (finding.fixData !== undefined) diagnostic.data = finding.fixData;
  return diagnostic;
}
