import { strayStarts, wholeFileFeatures, type ChunkSpan } from './chunker';
import { blockHeader, isItemIndicatorEnd, isTopLevelKeyLine, notAKeyStart } from './yamlLine';
import type { PieceText } from '../text/pieceText';
import { lastAtOrBefore } from '../text/search';
import type { TextEdit } from '../text/textEdit';

/**
 * The chunks of an edited text, worked out from the chunks of the text before the edit by re-reading only
 * the lines the edit touched; the spans after the edit are reused, moved by its length. The result is always what `splitIntoChunks` gives for the new text; where
 * that cannot be seen from the touched lines alone (a top-level key, a section header or the first entry
 * of a section is edited, a tab or a whole-file feature appears) this returns undefined and the caller
 * splits the whole text.
 */
export function resplitAfterEdit(
  before: PieceText,
  spans: readonly ChunkSpan[],
  after: PieceText,
  edit: TextEdit,
  isSplittable: (section: string) => boolean,
): ChunkSpan[] | undefined {
  // One chunk: the file uses a whole-file feature, has no keys, or is tiny. Splitting it again is cheap.
  if (spans.length < 2) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  // The touched lines: from the start of the line the edit starts in to the end of the line it ends in.
  const from = edit.start === 0 ? 0 : before.lastIndexOf('\n', edit.start - 1) + 1;
  const oldNewline = before.indexOf('\n', edit.oldEnd);
  const oldTo = oldNewline < 0 ? before.length : oldNewline + 1;
  const newTo = oldTo + delta;

  if (wholeFileFeatures.test(after.slice(from, newTo))) return undefined;
  if (hasTopLevelKey(before, from, oldTo) || hasTopLevelKey(after, from, newTo)) return undefined;

  const k = spanAt(spans, from);
  const span = spans[k];
  // Stray lines (see chunker.ts) depend on the block they follow: any edit near them is split whole.
  if (span.role === 'header' || span.role === 'stray' || spans[k + 1]?.role === 'stray') return undefined;
  if (span.role === 'top') {
    // A section that could be split but is not (flow style, tabs ...) may become splittable by this edit.
    const keyLine = k === 0 ? firstKeyLine(before) : span.start;
    if (keyLine < 0) return undefined;
    const header = blockHeader.exec(before.slice(keyLine, lineEndOf(before, keyLine)));
    if (header && isSplittable(header[1])) return undefined;
    // The edit may have made stray lines in it. A top chunk is one section that is not split: short.
    const end = span.end + delta;
    // (The key line lies before the touched lines, which hold no key: it has not moved.)
    if (strayStarts(after.slice(keyLine, end), 0, end - keyLine).length > 0) return undefined;
    return replaceSpans(spans, k, k, [{ ...span, end }], delta);
  }

  // A body chunk: the entries of a split section. The section's first entry fixes the indentation of all.
  let header = k;
  while (spans[header].role === 'body') header--;
  const firstBody = spans[header + 1];
  if (firstBody.start >= from) return undefined;
  let last = k;
  while (last + 1 < spans.length && spans[last + 1].role === 'body' && spans[last + 1].group === span.group) last++;
  const sectionEnd = spans[last].end + delta;
  const childIndent = indentAt(before, firstBody.start);
  const childIsItem = isItemAt(before, firstBody.start + childIndent);

  const starts: number[] = [];
  for (let lineStart = from; lineStart < newTo; lineStart = lineEndOf(after, lineStart) + 1) {
    const indent = indentAt(after, lineStart);
    const first = after.charAt(lineStart + indent);
    if (first === '\t') return undefined; // the whole section is then read as one chunk
    if (first === '\n' || first === '\r' || first === '#' || lineStart + indent >= sectionEnd) continue;
    if (indent !== childIndent) continue;
    if (childIsItem ? isItemAt(after, lineStart + indent) : !notAKeyStart.has(first ?? '')) starts.push(lineStart);
  }

  // Replace the chunks from the last one that starts before the touched lines to the one holding their end.
  const firstReplaced = span.start < from ? k : k - 1;
  const lastReplaced = Math.min(last, spanAt(spans, Math.max(from, oldTo - 1)));
  const windowEnd = spans[lastReplaced].end + delta;
  const bodyStarts = [spans[firstReplaced].start, ...starts];
  const replacement: ChunkSpan[] = bodyStarts.map((start, j) => ({
    start,
    end: j + 1 < bodyStarts.length ? bodyStarts[j + 1] : windowEnd,
    role: 'body',
    section: span.section,
    group: span.group,
  }));
  return replaceSpans(spans, firstReplaced, lastReplaced, replacement, delta);
}

function replaceSpans(
  spans: readonly ChunkSpan[],
  first: number,
  last: number,
  replacement: ChunkSpan[],
  delta: number,
): ChunkSpan[] {
  const result = spans.slice(0, first);
  for (const span of replacement) result.push(span);
  // The spans after the edit move by its length; the caller's last document keeps its own.
  for (let i = last + 1; i < spans.length; i++) {
    const span = spans[i];
    result.push(delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta });
  }
  return result;
}

/** Index of the span that holds `offset` (the last span for the end of the text). */
function spanAt(spans: readonly ChunkSpan[], offset: number): number {
  return Math.max(
    0,
    lastAtOrBefore(spans.length, (index) => spans[index].start, offset),
  );
}

/** Where the first top-level key stands (the first chunk also holds the comments above it), or -1. */
function firstKeyLine(text: PieceText): number {
  for (let lineStart = 0; lineStart < text.length; lineStart = lineEndOf(text, lineStart) + 1) {
    if (isKeyLineAt(text, lineStart)) return lineStart;
  }
  return -1;
}

function hasTopLevelKey(text: PieceText, from: number, to: number): boolean {
  for (let lineStart = from; lineStart < to && lineStart < text.length; lineStart = lineEndOf(text, lineStart) + 1) {
    if (isKeyLineAt(text, lineStart)) return true;
  }
  return false;
}

function isKeyLineAt(text: PieceText, lineStart: number): boolean {
  return isTopLevelKeyLine(text.slice(lineStart, lineEndOf(text, lineStart)));
}

function indentAt(text: PieceText, lineStart: number): number {
  let indent = 0;
  while (text.charAt(lineStart + indent) === ' ') indent++;
  return indent;
}

function isItemAt(text: PieceText, at: number): boolean {
  return text.charAt(at) === '-' && isItemIndicatorEnd(text.charAt(at + 1));
}

function lineEndOf(text: PieceText, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
