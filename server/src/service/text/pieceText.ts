/**
 * An immutable text kept in pieces of bounded size. An edit replaces the pieces it touches and shares the
 * others with the version before, so a keystroke in a 2 MB policy copies a few kilobytes instead of the
 * whole text (a new 2 MB string costs a large-object allocation and its page faults on every keystroke).
 * The whole text as one string is built only when someone asks for it, and not kept: a kept copy would
 * double the memory of every version that was once read whole. The text a PieceText was made of is kept.
 */
import { lastAtOrBefore } from './search';

/** Pieces stay well below V8's large-object threshold (128 KiB, 64 Ki two-byte characters). */
const PIECE = 8192;

export class PieceText {
  /** The whole text, when the PieceText was made from one string (`of`). */
  private flat?: string;

  private constructor(
    readonly pieces: readonly string[],
    /** Offset of each piece's first character. */
    private readonly starts: readonly number[],
    readonly length: number,
  ) {}

  static of(text: string): PieceText {
    const pieces: string[] = [];
    // Copied, so that once every piece has been edited the text the document was opened with can go.
    for (let start = 0; start < text.length; start += PIECE) pieces.push(detach(text.slice(start, start + PIECE)));
    const result = PieceText.from(pieces);
    result.flat = text;
    return result;
  }

  private static from(pieces: string[]): PieceText {
    const starts: number[] = [];
    let offset = 0;
    for (const piece of pieces) {
      starts.push(offset);
      offset += piece.length;
    }
    return new PieceText(pieces, starts, offset);
  }

  /** The text with [start, end) replaced by `insert`; untouched pieces are shared. */
  replace(start: number, end: number, insert: string): PieceText {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.pieces.length === 0) return PieceText.of(insert);
    const first = this.pieceAt(start);
    let last = this.pieceAt(Math.max(start, end - 1));
    let joined =
      this.pieces[first].slice(0, start - this.starts[first]) +
      insert +
      this.pieces[last].slice(end - this.starts[last]);
    // A short piece takes its neighbour in, so that pieces do not crumble over many edits.
    if (joined.length < PIECE / 2 && last + 1 < this.pieces.length) joined += this.pieces[++last];
    const replacement: string[] = [];
    // Copied, so that the new piece does not keep the old one alive through V8's sliced strings.
    for (let offset = 0; offset < joined.length; offset += PIECE)
      replacement.push(detach(joined.slice(offset, offset + PIECE)));
    const pieces = this.pieces.slice(0, first).concat(replacement, this.pieces.slice(last + 1));
    return PieceText.from(pieces.filter((piece) => piece.length > 0));
  }

  /** Index of the piece that holds `offset` (the last piece for the end of the text). */
  pieceAt(offset: number): number {
    return Math.max(
      0,
      lastAtOrBefore(this.pieces.length, (index) => this.starts[index], offset),
    );
  }

  pieceStart(index: number): number {
    return this.starts[index];
  }

  slice(start: number, end: number = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.flat !== undefined) return this.flat.slice(start, end);
    if (start === end) return '';
    const first = this.pieceAt(start);
    const last = this.pieceAt(end - 1);
    if (first === last) return this.pieces[first].slice(start - this.starts[first], end - this.starts[first]);
    const parts = [this.pieces[first].slice(start - this.starts[first])];
    for (let i = first + 1; i < last; i++) parts.push(this.pieces[i]);
    parts.push(this.pieces[last].slice(0, end - this.starts[last]));
    return parts.join('');
  }

  /**
   * [start, end) as a slice of the one piece that holds it, or undefined when it crosses a border between
   * pieces. Such a slice shares the piece's characters, and keeps the piece alive for as long as it lives.
   */
  sliceOfPiece(start: number, end: number): string | undefined {
    if (start < 0 || start >= end || end > this.length) return undefined;
    const index = this.pieceAt(start);
    const from = start - this.starts[index];
    const piece = this.pieces[index];
    return end - start <= piece.length - from ? piece.slice(from, from + end - start) : undefined;
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const piece = this.pieceAt(offset);
    return this.pieces[piece].charCodeAt(offset - this.starts[piece]);
  }

  /** The character at `offset`, or undefined past the end (like indexing a string). */
  charAt(offset: number): string | undefined {
    if (offset < 0 || offset >= this.length) return undefined;
    const piece = this.pieceAt(offset);
    return this.pieces[piece][offset - this.starts[piece]];
  }

  /** First offset at or after `from` where `char` (one character) stands, or -1. */
  indexOf(char: string, from = 0): number {
    if (from >= this.length) return -1;
    for (let i = this.pieceAt(Math.max(0, from)); i < this.pieces.length; i++) {
      const found = this.pieces[i].indexOf(char, Math.max(0, from - this.starts[i]));
      if (found >= 0) return this.starts[i] + found;
    }
    return -1;
  }

  /** Last offset at or before `from` where `char` (one character) stands, or -1. */
  lastIndexOf(char: string, from: number = this.length - 1): number {
    if (from < 0) return -1;
    for (let i = this.pieceAt(Math.min(from, this.length - 1)); i >= 0; i--) {
      const found = this.pieces[i].lastIndexOf(char, from - this.starts[i]);
      if (found >= 0) return this.starts[i] + found;
    }
    return -1;
  }

  /** Whether `needle` occurs in the text, also across the border of two pieces; without joining the text. */
  includes(needle: string): boolean {
    if (this.flat !== undefined) return this.flat.includes(needle);
    const overlap = needle.length - 1;
    for (let i = 0; i < this.pieces.length; i++) {
      if (this.pieces[i].includes(needle)) return true;
      const border = i + 1 < this.pieces.length ? this.starts[i + 1] : -1;
      if (overlap > 0 && border > 0 && this.slice(Math.max(0, border - overlap), border + overlap).includes(needle))
        return true;
    }
    return false;
  }

  /** The whole text as one string, joined anew on each call unless it was made from one. */
  toString(): string {
    return this.flat ?? this.pieces.join('');
  }
}

/**
 * A copy of a slice that does not keep the string it was cut from alive. V8 represents a slice (of 13
 * characters or more) as a view of its parent, so a small piece of text kept for long would keep the whole.
 * The copy takes one byte per character where it can: V8 copies a slice of a string that has any character
 * beyond U+00FF (one en dash anywhere in the file) with two bytes per character, and Latin-1 covers German.
 */
export function detach(slice: string): string {
  if (slice.length < 13) return slice;
  return beyondLatin1.test(slice) ? (' ' + slice).slice(1) : Buffer.from(slice, 'latin1').toString('latin1');
}

// eslint-disable-next-line no-control-regex -- the whole Latin-1 range, control characters included
const beyondLatin1 = /[^\x00-\xff]/;
