import type { Definition, PolicyModel, RefValue } from '../model/model';
import type { Span } from '../text/positions';
import { lineEndOf, lineIndexAt } from '../text/lines';
import { lastAtOrBefore } from '../text/search';
import { pathAt, type StructurePath } from '../syntax/linePath';
import { shapeOfLine, type LineShape } from '../syntax/yamlLine';

/** What is under the cursor, for hover, navigation and rename. */
export type SymbolAtCursor =
  | { readonly kind: 'reference'; readonly reference: RefValue; readonly definition: Definition | undefined }
  | { readonly kind: 'definition'; readonly definition: Definition };

export function symbolAt(model: PolicyModel, offset: number): SymbolAtCursor | undefined {
  const reference = referenceAt(model.references, offset);
  if (reference)
    return { kind: 'reference', reference, definition: model.definitions[reference.target].get(reference.id) };
  for (const list of [model.purposes, model.recipients, model.categories] as const) {
    const definition = list.find((entry) => entry.idSpan.start <= offset && offset <= entry.idSpan.end);
    if (definition) return { kind: 'definition', definition };
  }
  return undefined;
}

/** References are in document order, so the one at an offset is found by binary search. */
function referenceAt(references: readonly RefValue[], offset: number): RefValue | undefined {
  const candidate = references[lastAtOrBefore(references.length, (index) => references[index].span.start, offset)];
  return candidate && offset <= candidate.span.end ? candidate : undefined;
}

/** The key or value at an offset, read from the line and its indentation. */
export interface LineContext {
  readonly shape: LineShape;
  readonly lineIndex: number;
  /** Column of the offset in its line. */
  readonly column: number;
  /** The path of the map or list holding this line's key or item. */
  readonly path: StructurePath;
}

export function lineContextAt(text: string, lineStarts: readonly number[], offset: number): LineContext {
  const lineIndex = lineIndexAt(lineStarts, offset);
  const shape = shapeOfLine(text, lineStarts[lineIndex], lineEndOf(text, lineStarts, lineIndex));
  const lastDash = shape.dashColumns.length ? shape.dashColumns[shape.dashColumns.length - 1] : undefined;
  const path = pathAt(text, lineStarts, lineIndex, shape.contentColumn, lastDash);
  return { shape, lineIndex, column: offset - shape.start, path };
}

/** The id-like word around an offset (letters, digits, `-`, `_`, `.`). */
export function wordAt(text: string, offset: number): { word: string; span: Span } | undefined {
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_.-]/u.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (end < text.length && isWordChar(text[end])) end++;
  return end > start ? { word: text.slice(start, end), span: { start, end } } : undefined;
}

/** The content of a possibly quoted scalar: renames and edits replace what is inside the quotes. */
export function unquotedSpan(text: string, span: Span): Span {
  const first = text[span.start];
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text[span.end - 1] === first) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  return span;
}
