import { lastAtOrBefore } from './search';

/**
 * Lines as YAML counts them: a line ends at LF (a CRLF line's CR stays at its end). LSP also breaks lines at a
 * lone CR; ranges for the editor come from the document instead (see positions.ts), never from these.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The index of the line that holds `offset`, given the line starts in ascending order. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  return Math.max(
    0,
    lastAtOrBefore(lineStarts.length, (index) => lineStarts[index], offset),
  );
}

/** The offset of the LF that ends a line, or the end of the text for the last line. */
export function lineEndOf(text: string, lineStarts: readonly number[], lineIndex: number): number {
  return lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length;
}

/** The text of a line without its line break (LF or CRLF). */
export function lineTextAt(text: string, lineStarts: readonly number[], lineIndex: number): string {
  if (lineIndex < 0 || lineIndex >= lineStarts.length) return '';
  const start = lineStarts[lineIndex];
  const end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length;
  return text.slice(start, end).replace(/\r?\n$/, '');
}
