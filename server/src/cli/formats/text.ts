import type { Diagnostic } from 'vscode-languageserver-types';
import { localize, message, type Locale, type MessageKey } from '../../service/l10n/messages';
import type { Totals } from '../report';

/**
 * Messages quote the author's text (keys, ids), which may hold control characters: in a terminal an
 * escape sequence could rewrite the screen, and a line break would split a `compact` line in two.
 */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

export function counted(
  locale: Locale,
  noun: 'problems' | 'errors' | 'warnings' | 'infos' | 'hints' | 'files' | 'gaps',
  count: number,
): string {
  return localize(locale, message(`cli.count.${noun}.${count === 1 ? 'one' : 'other'}` as MessageKey, { count }));
}

/**
 * "3 policy files checked: no problems." or "5 problems (2 errors, 3 warnings) and 4 hints in 3 policy files
 * checked." Problems are what VS Code's Problems panel lists (errors, warnings, infos), so the two counts agree;
 * hints, which VS Code shows in the editor only, are counted apart, under the word their lines carry.
 */
export function summaryLine(locale: Locale, totals: Totals): string {
  const files = counted(locale, 'files', totals.checkedFiles);
  const problems = totals.errors + totals.warnings + totals.infos;
  const hints = counted(locale, 'hints', totals.hints);
  if (problems === 0)
    return totals.hints === 0
      ? localize(locale, message('cli.summary.clean', { files }))
      : localize(locale, message('cli.summary.onlyHints', { files, hints }));
  const details = [
    totals.errors > 0 ? counted(locale, 'errors', totals.errors) : '',
    totals.warnings > 0 ? counted(locale, 'warnings', totals.warnings) : '',
    totals.infos > 0 ? counted(locale, 'infos', totals.infos) : '',
  ].filter(Boolean);
  const counts = { problems: counted(locale, 'problems', problems), details: details.join(', '), files };
  return totals.hints === 0
    ? localize(locale, message('cli.summary.problems', counts))
    : localize(locale, message('cli.summary.problemsAndHints', { ...counts, hints }));
}

/** LSP 3.18 allows Markdown in diagnostic messages; the service writes plain text, reports need text. */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

// eslint-disable-next-line no-control-regex -- control characters are what escapeControls escapes
const unsafeCharacters = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name or message for a terminal or CI log, written as one line: control characters (ESC, line breaks,
 * which would start a line such as `::error file=…::` that GitHub Actions runs as a command) and the
 * characters that reorder text are written as `\uXXXX`.
 */
export function escapeControls(text: string): string {
  return text.replace(unsafeCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
