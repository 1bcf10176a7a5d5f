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
export function findEdit(before: string, after: string): TextEdit {
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
