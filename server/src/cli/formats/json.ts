import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { localize } from '../../service/l10n/messages';
import { displayPath } from '../policyFiles';
import { severityOf, totalsOf, type LintReport } from '../report';
import { messageText } from './text';

/** Lines and columns from 1, columns in UTF-16 code units as in LSP and VS Code; the end is exclusive. */
function place(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function problem(diagnostic: Diagnostic) {
  return {
    rule: diagnostic.code === undefined ? null : String(diagnostic.code),
    severity: severityOf(diagnostic),
    message: messageText(diagnostic),
    ...place(diagnostic.range),
    ...(diagnostic.relatedInformation?.length
      ? {
          related: diagnostic.relatedInformation.map((related) => ({
            message: related.message,
            ...place(related.location.range),
          })),
        }
      : {}),
  };
}

/** For scripts: one object with every file's problems, what could not be checked, and the totals. */
export function formatJson(report: LintReport): string {
  const output = {
    tool: { name: 'privacy-policy', version: report.version },
    files: report.files
      .filter((file) => !file.problem)
      .map((file) => {
        const problems = file.diagnostics.map(problem);
        const countOf = (severity: string) => problems.filter((p) => p.severity === severity).length;
        return {
          path: displayPath(file.file, report.cwd),
          ...(file.kind ? { kind: file.kind } : {}),
          errorCount: countOf('error'),
          warningCount: countOf('warning'),
          infoCount: countOf('info'),
          hintCount: countOf('hint'),
          problems,
        };
      }),
    failures: [...report.inputProblems, ...report.files.flatMap((file) => (file.problem ? [file.problem] : []))].map(
      (failure) => ({
        message: localize(report.locale, failure),
      }),
    ),
    summary: totalsOf(report),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
