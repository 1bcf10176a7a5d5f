/**
 * Where one version of a text differs from the version before: [start, oldEnd) of the old text was replaced by
 * [start, newEnd) of the new one; the text before `start` and after the replaced part is the same in both.
 */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The one edit that does what `first` and then `second` do (the smallest region that covers both). */
export function composeEdits(first: TextEdit, second: TextEdit): TextEdit {
  // Both regions in the coordinates of the text between the two edits.
  const start = Math.min(first.start, second.start);
  const end = Math.max(first.newEnd, second.oldEnd);
  return { start, oldEnd: end - (first.newEnd - first.oldEnd), newEnd: end + (second.newEnd - second.oldEnd) };
}

/** Whether an edit changes nothing. */
export function isEmptyEdit(edit: TextEdit): boolean {
  return edit.start === edit.oldEnd && edit.oldEnd === edit.newEnd;
}
