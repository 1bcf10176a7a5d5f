import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets into the document text; `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Anything that turns offsets into editor positions the way LSP counts lines (LF, CRLF and lone CR). */
export interface PositionSource {
  positionAt(offset: number): Position;
}

/** Ranges come from the document's own line breaks (LSP counts a lone CR as one; the YAML reader does not). */
export function toRange(document: PositionSource, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
