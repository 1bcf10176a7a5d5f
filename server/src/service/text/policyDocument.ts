/**
 * The one text model the language service reads: the LSP server, the command line and the tests all hand it a
 * PolicyDocument. It answers positions exactly like `TextDocument` from vscode-languageserver-textdocument
 * (line breaks LF, CRLF and lone CR; positions clamped), but it is immutable, keeps its text in pieces (an
 * edit copies what it touches, not the whole text) and remembers the edits that made it from the versions
 * before, so that the parser re-reads only what an edit touched instead of comparing two texts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { PieceText } from './pieceText';
import { lastAtOrBefore } from './search';
import { composeEdits, type TextEdit } from './textEdit';

/** A change as the editor sends it (`textDocument/didChange`): a ranged replacement, or the whole new text. */
export type DocumentChange = { readonly range: Range; readonly text: string } | { readonly text: string };

const LF = 10;
const CR = 13;

/** How many earlier versions a document can still name the edit from. */
const HISTORY = 16;

interface PastVersion {
  /** The `textId` of that version. */
  readonly textId: number;
  /** The edit that leads from that version's text to this one. */
  readonly edit: TextEdit;
}

let lastTextId = 0;

export class PolicyDocument implements TextDocument {
  private lineOffsets?: readonly number[];

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text in pieces; `getText()` joins it. */
    readonly text: PieceText,
    /** Identifies this text among all document versions: the parser's caches compare it, never the text. */
    readonly textId: number,
    private readonly history: readonly PastVersion[],
    lineOffsets?: readonly number[],
  ) {
    this.lineOffsets = lineOffsets;
  }

  static create(uri: string, languageId: string, version: number, content: string): PolicyDocument {
    return new PolicyDocument(uri, languageId, version, PieceText.of(content), ++lastTextId, []);
  }

  /**
   * The edit that leads from the version with `textId` to this one, if that version is this one or one of the
   * last few before it; undefined otherwise (the text must then be read afresh).
   */
  editSince(textId: number): TextEdit | undefined {
    if (textId === this.textId) return { start: 0, oldEnd: 0, newEnd: 0 };
    return this.history.find((past) => past.textId === textId)?.edit;
  }

  /**
   * The document after the editor's changes, applied in order. A range beyond the text is clamped to it, as
   * `TextDocument` does. Changes that are not well-formed (no string text, a range without numbers) are
   * refused all together: the document keeps its text and takes the new version.
   */
  update(changes: readonly DocumentChange[], version: number): PolicyDocument {
    if (!changes.every(isWellFormed))
      return new PolicyDocument(
        this.uri,
        this.languageId,
        version,
        this.text,
        this.textId,
        this.history,
        this.lineOffsets,
      );
    let text = this.text;
    let lineOffsets = this.lineOffsets;
    let edit: TextEdit | undefined;
    for (const change of changes) {
      let step: TextEdit;
      if ('range' in change) {
        const range = ordered(change.range);
        const start = offsetIn(text, lineOffsets ?? lineOffsetsOf(text), range.start);
        const end = offsetIn(text, lineOffsets ?? lineOffsetsOf(text), range.end);
        lineOffsets ??= lineOffsetsOf(text);
        const next = text.replace(start, end, change.text);
        lineOffsets = movedLineOffsets(lineOffsets, text, next, start, end, change.text);
        text = next;
        step = { start, oldEnd: end, newEnd: start + change.text.length };
      } else {
        step = { start: 0, oldEnd: text.length, newEnd: change.text.length };
        text = PieceText.of(change.text);
        lineOffsets = undefined;
      }
      edit = edit ? composeEdits(edit, step) : step;
    }
    if (!edit)
      return new PolicyDocument(this.uri, this.languageId, version, text, this.textId, this.history, lineOffsets);
    const last = edit;
    const history = [{ textId: this.textId, edit: last }];
    for (const past of this.history.slice(0, HISTORY - 1))
      history.push({ textId: past.textId, edit: composeEdits(past.edit, last) });
    return new PolicyDocument(this.uri, this.languageId, version, text, ++lastTextId, history, lineOffsets);
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // As String.prototype.substring does for TextDocument: a range given backwards still has its text.
    return this.text.slice(Math.min(start, end), Math.max(start, end));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const lineOffsets = this.getLineOffsets();
    const line = Math.max(
      0,
      lastAtOrBefore(lineOffsets.length, (index) => lineOffsets[index], offset),
    );
    offset = beforeLineBreak(this.text, offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    return offsetIn(this.text, this.getLineOffsets(), position);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return {
        start: { line: last, character: 0 },
        end: { line: last, character: this.text.length - lineOffsets[last] },
      };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: beforeLineBreak(this.text, next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.text.length;
    return this.text.slice(beforeLineBreak(this.text, next, lineOffsets[line]), next);
  }

  private getLineOffsets(): readonly number[] {
    return (this.lineOffsets ??= lineOffsetsOf(this.text));
  }
}

function isWellFormed(change: DocumentChange): boolean {
  if (typeof change?.text !== 'string') return false;
  if (!('range' in change) || change.range === undefined) return true;
  const { start, end } = change.range ?? {};
  return [start?.line, start?.character, end?.line, end?.character].every(
    (n) => typeof n === 'number' && Number.isFinite(n),
  );
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character)
    ? { start: end, end: start }
    : range;
}

function offsetIn(text: PieceText, lineOffsets: readonly number[], position: Position): number {
  if (position.line >= lineOffsets.length) return text.length;
  if (position.line < 0) return 0;
  const lineOffset = lineOffsets[position.line];
  if (position.character <= 0) return lineOffset;
  const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : text.length;
  const offset = Math.min(lineOffset + position.character, nextLineOffset);
  return beforeLineBreak(text, offset, lineOffset);
}

function beforeLineBreak(text: PieceText, offset: number, lineOffset: number): number {
  while (offset > lineOffset && isLineBreak(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

function isLineBreak(ch: number): boolean {
  return ch === CR || ch === LF;
}

function lineOffsetsOf(text: PieceText): number[] {
  const offsets = [0];
  let base = 0;
  let pendingCR = false;
  for (const piece of text.pieces) {
    for (let i = 0; i < piece.length; i++) {
      const ch = piece.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        // CRLF is one line break: its line starts after the LF.
        if (ch === LF) {
          offsets[offsets.length - 1] = base + i + 1;
          continue;
        }
      }
      if (ch === CR) {
        offsets.push(base + i + 1);
        pendingCR = true;
      } else if (ch === LF) {
        offsets.push(base + i + 1);
      }
    }
    base += piece.length;
  }
  return offsets;
}

/**
 * The line offsets after [start, end) of `before` was replaced by `inserted`, worked out from the lines the
 * change touched; counted afresh when a CR and an LF meet across its borders (they are then one line break).
 */
function movedLineOffsets(
  lineOffsets: readonly number[],
  before: PieceText,
  after: PieceText,
  start: number,
  end: number,
  inserted: string,
): readonly number[] {
  const insertedEnd = start + inserted.length;
  const joinsAtStart = after.charCodeAt(start - 1) === CR && after.charCodeAt(start) === LF;
  const joinsAtEnd = after.charCodeAt(insertedEnd - 1) === CR && after.charCodeAt(insertedEnd) === LF;
  const splitsCrlf = before.charCodeAt(start - 1) === CR && before.charCodeAt(start) === LF && start === end;
  if (joinsAtStart || joinsAtEnd || splitsCrlf) return lineOffsetsOf(after);
  // The lines of the change come from its clamped offsets, never from the range it was sent with.
  const startLine = Math.max(
    0,
    lastAtOrBefore(lineOffsets.length, (index) => lineOffsets[index], start),
  );
  const endLine = Math.max(
    0,
    lastAtOrBefore(lineOffsets.length, (index) => lineOffsets[index], end),
  );
  const added = lineStartsIn(inserted, start);
  const delta = inserted.length - (end - start);
  const result = lineOffsets.slice(0, startLine + 1);
  for (const offset of added) result.push(offset);
  for (let i = endLine + 1; i < lineOffsets.length; i++) result.push(lineOffsets[i] + delta);
  return result;
}

function lineStartsIn(text: string, base: number): number[] {
  const result: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === CR || ch === LF) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(base + i + 1);
    }
  }
  return result;
}
