import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Locale, Message } from '../service/l10n/messages';
import type { Severity } from '../service/model/finding';

/** What checking one file gave: its diagnostics, or why it could not be checked. */
export interface FileReport {
  /** Absolute path. */
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly problem?: Message;
  /** `config` for a `.privacy-policy.json` with problems; policies have none. */
  readonly kind?: 'config';
  /** The `.privacy-policy.json` whose rule settings applied to this policy. */
  readonly ruleConfig?: string;
}

/** Everything one `lint` run found, in the order the files were named. */
export interface LintReport {
  readonly cwd: string;
  readonly locale: Locale;
  readonly version: string;
  readonly files: readonly FileReport[];
  /** Arguments that named no policy file (missing files, empty globs, other file types). */
  readonly inputProblems: readonly Message[];
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
  readonly checkedFiles: number;
  readonly filesWithProblems: number;
  /** Files named but not checked, and arguments that named none. */
  readonly failures: number;
}

const severityNames: Record<DiagnosticSeverity, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function severityOf(diagnostic: Diagnostic): Severity {
  return severityNames[diagnostic.severity ?? DiagnosticSeverity.Error];
}

export function totalsOf(report: LintReport): Totals {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let checkedFiles = 0;
  let filesWithProblems = 0;
  let failures = report.inputProblems.length;
  for (const file of report.files) {
    if (file.problem) {
      failures++;
      continue;
    }
    if (file.kind !== 'config') checkedFiles++;
    if (file.diagnostics.length > 0) filesWithProblems++;
    for (const diagnostic of file.diagnostics) counts[severityOf(diagnostic)]++;
  }
  return {
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    hints: counts.hint,
    checkedFiles,
    filesWithProblems,
    failures,
  };
}

/** The documented exit codes: 2 when something could not be checked, 1 for errors or too many warnings, else 0. */
export function exitCodeOf(totals: Totals, maxWarnings: number | undefined): 0 | 1 | 2 {
  if (totals.failures > 0) return 2;
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) return 1;
  return 0;
}
