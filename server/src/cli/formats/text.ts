import type { Diagnostic } from 'vscode-languageserver-types';
import { localize, message, type Locale, type MessageKey } from '../../service/l10n/messages';
import type { Totals } from '../report';

// eslint-disable-next-line no-control-regex -- control characters are what oneLine escapes
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Messages quote the author's text (keys, ids), which may hold control characters: in a terminal an
 * escape sequence could rewrite the screen, and a line break would split a `compact` line in two.
 */
export function oneLine(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(controlCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function counted(
  locale: Locale,
  noun: 'problems' | 'errors' | 'warnings' | 'notes' | 'files' | 'gaps',
  count: number,
): string {
  return localize(locale, message(`cli.count.${noun}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count }));
}

/** "3 policy files checked: no problems." or "5 problems (2 errors, 3 warnings) in 3 policy files checked." */
export function summaryLine(locale: Locale, totals: Totals): string {
  const files = counted(locale, 'files', totals.checkedFiles);
  const notes = totals.infos + totals.hints;
  const problems = totals.errors + totals.warnings + notes;
  if (problems === 0) return localize(locale, message('cli.summary.clean', { files }));
  const details = [
    totals.errors > 0 ? counted(locale, 'errors', totals.errors) : '',
    totals.warnings > 0 ? counted(locale, 'warnings', totals.warnings) : '',
    notes > 0 ? counted(locale, 'notes', notes) : '',
  ].filter(Boolean);
  return localize(
    locale,
    message('cli.summary.problems', {
      problems: counted(locale, 'problems', problems),
      details: details.join(', '),
      files,
    }),
  );
}

/** LSP 3.18 allows Markdown in diagnostic messages; the service writes plain text, reports need text. */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
