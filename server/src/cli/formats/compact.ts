import { displayPath } from '../policyFiles';
import { severityOf, type LintReport } from '../report';
import { escapeControls, messageText, oneLine } from './text';

/**
 * One line per problem, `file:line:col: severity rule message`, for editors' problem matchers and grep.
 * Severity words stay English whatever the locale, so a matcher needs one pattern.
 */
export function formatCompact(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const name = escapeControls(displayPath(file.file, report.cwd));
    for (const diagnostic of file.diagnostics) {
      const { line, character } = diagnostic.range.start;
      lines.push(
        `${name}:${line + 1}:${character + 1}: ${severityOf(diagnostic)} ${String(diagnostic.code ?? '-')} ${oneLine(messageText(diagnostic))}`,
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
