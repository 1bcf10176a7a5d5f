import { localize, message, type MessageKey } from '../../service/l10n/messages';
import type { Severity } from '../../service/model/finding';
import { displayPath } from '../policyFiles';
import { severityOf, totalsOf, type LintReport } from '../report';
import { paint, type Paint } from './ansi';
import { escapeControls, messageText, oneLine, summaryLine } from './text';

/** For people: problems grouped under each file, aligned, coloured when asked to. */
export function formatPretty(report: LintReport, color: boolean): string {
  const p = paint(color);
  const severityStyle: Record<Severity, (text: string) => string> = {
    error: p.red,
    warning: p.yellow,
    info: p.blue,
    hint: p.dim,
  };
  const severityWord = (severity: Severity) =>
    localize(report.locale, message(`cli.severity.${severity}` as MessageKey));
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.problem || file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((diagnostic) => ({
      place: `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`,
      severity: severityOf(diagnostic),
      text: oneLine(messageText(diagnostic)),
      rule: String(diagnostic.code ?? ''),
      related: diagnostic.relatedInformation ?? [],
    }));
    let placeWidth = 0;
    let severityWidth = 0;
    for (const row of rows) {
      placeWidth = Math.max(placeWidth, row.place.length);
      severityWidth = Math.max(severityWidth, severityWord(row.severity).length);
    }
    lines.push(p.underline(escapeControls(displayPath(file.file, report.cwd))));
    for (const row of rows) {
      const word = severityWord(row.severity);
      lines.push(
        `  ${p.dim(row.place.padEnd(placeWidth))}  ${severityStyle[row.severity](word)}${' '.repeat(severityWidth - word.length)}  ${row.text}  ${p.dim(row.rule)}`,
      );
      for (const related of row.related) {
        const place = `${related.location.range.start.line + 1}:${related.location.range.start.character + 1}`;
        lines.push(`  ${' '.repeat(placeWidth + severityWidth + 4)}${p.dim(`↳ ${place} ${oneLine(related.message)}`)}`);
      }
    }
    lines.push('');
  }
  lines.push(summary(p, report));
  const { failures } = totalsOf(report);
  if (failures > 0)
    lines.push(
      p.red(
        p.bold(
          `✖ ${localize(report.locale, message(`cli.summary.failures.${failures === 1 ? 'one' : 'other'}`, { count: failures }))}`,
        ),
      ),
    );
  return lines.join('\n') + '\n';
}

function summary(p: Paint, report: LintReport): string {
  const totals = totalsOf(report);
  const text = summaryLine(report.locale, totals);
  if (totals.errors > 0) return p.red(p.bold(`✖ ${text}`));
  if (totals.warnings > 0) return p.yellow(p.bold(`⚠ ${text}`));
  // No tick when something could not be checked: the line below it says what, and the run fails (exit 2).
  if (totals.failures > 0) return text;
  return p.green(`✔ ${text}`);
}
