/**
 * The server's open documents. It behaves exactly like `TextDocument` from vscode-languageserver-textdocument
 * (same line breaks: LF, CRLF and lone CR; same clamping of positions), but keeps the text as a PieceText,
 * so an incremental change costs what the change touches instead of a copy of the whole text.
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { PieceText } from '../service/syntax/pieceText';

const LF = 10;
const CR = 13;

export class PolicyTextDocument implements TextDocument {
  private lineOffsets?: number[];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private content: PieceText,
  ) {}

  get version(): number {
    return this.currentVersion;
  }

  /** The text in pieces; the language service reads it without joining it. */
  get source(): PieceText {
    return this.content;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content.toString();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    // As String.prototype.substring does for TextDocument: a range given backwards still has its text.
    return this.content.slice(Math.min(start, end), Math.max(start, end));
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.content = this.content.replace(startOffset, endOffset, change.text);
        const insertedEnd = startOffset + change.text.length;
        const crlfAtStart = this.content.charCodeAt(startOffset - 1) === CR && this.content.charCodeAt(startOffset) === LF;
        const crlfAtEnd = this.content.charCodeAt(insertedEnd - 1) === CR && this.content.charCodeAt(insertedEnd) === LF;
        if (crlfAtStart || crlfAtEnd || this.lineOffsets === undefined) {
          // A CR and an LF joined across the edit: count the lines again.
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        const lineOffsets = this.lineOffsets;
        const added = lineStartsIn(change.text, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else {
          this.lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          const offsets = this.lineOffsets;
          for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
        }
      } else {
        this.content = PieceText.of(change.text);
        this.lineOffsets = undefined;
      }
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeLineBreak(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.content.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.beforeLineBreak(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.content.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    const endOffset = this.beforeLineBreak(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.content.length;
    return this.content.slice(this.beforeLineBreak(nextLineOffset, lineOffsets[line]), nextLineOffset);
  }

  private beforeLineBreak(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isLineBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) {
      const offsets = [0];
      let base = 0;
      let pendingCR = false;
      for (const piece of this.content.pieces) {
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
      this.lineOffsets = offsets;
    }
    return this.lineOffsets;
  }
}

/** The configuration `TextDocuments` needs to keep PolicyTextDocuments. */
export const policyTextDocuments: TextDocumentsConfiguration<PolicyTextDocument> = {
  create: (uri, languageId, version, content) => new PolicyTextDocument(uri, languageId, version, PieceText.of(content)),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};

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

function isLineBreak(ch: number): boolean {
  return ch === CR || ch === LF;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
