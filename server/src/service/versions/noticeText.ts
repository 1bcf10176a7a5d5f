/**
 * The change notice written out: as Markdown, the form authors edit before publishing (a pull-request comment,
 * a file, the editor's "Show Changes"), and as plain text. Author text in the entries was escaped when they
 * were written (notice.ts takes the escape function), so these functions only lay the entries out.
 */
import type { ChangeNotice, NoticeEntry } from './notice';

// eslint-disable-next-line no-control-regex -- control characters are what is escaped
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Author text inside a Markdown paragraph or list item: the characters that start emphasis, code, links,
 * HTML or tables are escaped, line breaks become spaces (a list item stays one line), and control characters
 * are written as `\u001b`, so the Markdown printed to a terminal or a CI log cannot drive it. Text never starts
 * a line here (every entry begins with "Neu:", "Geändert:" …), so `#`, `-`, `+` and `1.` need no escape.
 */
export function escapeInlineMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`)
    .replace(controlCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface MarkdownOptions {
  /** Heading level of the notice's heading (2: `##`). */
  readonly level?: number;
  /** Appended to each entry, e.g. a link to its place in the source. */
  readonly suffix?: (entry: NoticeEntry) => string;
}

/** The notice as Markdown: a heading, the date it applies from, one list item per entry. */
export function noticeMarkdown(notice: ChangeNotice, options: MarkdownOptions = {}): string {
  const lines = [`${'#'.repeat(options.level ?? 2)} ${notice.heading}`, ''];
  if (notice.effective) lines.push(notice.effective, '');
  for (const entry of notice.entries) lines.push(`- ${entry.text}${options.suffix?.(entry) ?? ''}`);
  if (notice.entries.length) lines.push('');
  return lines.join('\n');
}

/** The notice as plain text, for a terminal: the caller escapes control characters for its output. */
export function noticeLines(notice: ChangeNotice): string[] {
  const lines = [notice.heading];
  if (notice.effective) lines.push(notice.effective);
  for (const entry of notice.entries) lines.push(`- ${entry.text}`);
  return lines;
}
