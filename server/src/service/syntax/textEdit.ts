import type { PieceText } from './pieceText';

/** Where two versions of a text differ: one contiguous replaced region, found from both ends. */
export interface TextEdit {
  /** First offset that differs; the text before it is the same in both versions. */
  readonly start: number;
  /** End of the replaced region in the old text; the text from here on equals the new text from `newEnd`. */
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Compared a block at a time with native string equality, then a character at a time inside the block. */
const BLOCK = 2048;

/**
 * The single region in which `after` differs from `before`. Linear in the length of the unchanged text, but
 * with native comparisons of whole blocks, so it costs far less than re-reading the text.
 */
export function findEdit(before: string, after: string): TextEdit;
export function findEdit(before: PieceText, after: PieceText): TextEdit;
export function findEdit(before: string | PieceText, after: string | PieceText): TextEdit {
  if (typeof before === 'string' || typeof after === 'string') return findEditInStrings(String(before), String(after));
  if (before.isFlat && after.isFlat) return findEditInStrings(before.toString(), after.toString());
  return findEditInPieces(before, after);
}

/**
 * Versions of a PieceText share the pieces an edit did not touch: those are skipped by identity, and only
 * the pieces between are compared.
 */
function findEditInPieces(before: PieceText, after: PieceText): TextEdit {
  const a = before.pieces;
  const b = after.pieces;
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let fromEnd = 0;
  while (fromEnd < a.length - first && fromEnd < b.length - first && a[a.length - 1 - fromEnd] === b[b.length - 1 - fromEnd]) fromEnd++;
  const limit = Math.min(before.length, after.length);
  let start = first < a.length ? before.pieceStart(first) : before.length;
  start = Math.min(start, limit);
  const SMALL = 256;
  while (start + SMALL <= limit && before.slice(start, start + SMALL) === after.slice(start, start + SMALL)) start += SMALL;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const suffixLimit = limit - start;
  let suffix = fromEnd > 0 ? Math.min(suffixLimit, before.length - before.pieceStart(a.length - fromEnd)) : 0;
  while (suffix + SMALL <= suffixLimit && before.slice(before.length - suffix - SMALL, before.length - suffix) === after.slice(after.length - suffix - SMALL, after.length - suffix)) {
    suffix += SMALL;
  }
  while (suffix < suffixLimit && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

function findEditInStrings(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= limit && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The common suffix may not overlap the common prefix.
  const suffixLimit = limit - start;
  let suffix = 0;
  while (
    suffix + BLOCK <= suffixLimit &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)
  ) {
    suffix += BLOCK;
  }
  while (suffix < suffixLimit && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}
