/**
 * Works out where in the structure a position is by reading indentation, line by line, the way an author
 * does. It needs no successful parse, so completion and hover work on half-typed lines too.
 */
import { lineEndOf } from '../text/lines';
import { shapeOfLine } from './yamlLine';

export interface StructurePath {
  /** Keys from the top down to the map or list that holds the position; `-` stands for a list item. */
  readonly segments: readonly string[];
  /** Keys already present in that map, so completion does not offer them twice. */
  readonly siblings: ReadonlySet<string>;
}

/**
 * The path of the collection that holds content starting at `column` on line `lineIndex`.
 * `inItemAt` is the column of a `- ` on the position's own line, which opens a list item.
 */
export function pathAt(
  text: string,
  lineStarts: readonly number[],
  lineIndex: number,
  column: number,
  inItemAt?: number,
): StructurePath {
  const segments: string[] = [];
  const siblings = new Set<string>();
  let target = column;
  // After a list item, its parent key may stand at the item's own column (`key:` then `- item`).
  let parentMayShareColumn = false;
  if (inItemAt !== undefined) {
    segments.unshift('-');
    target = inItemAt;
    parentMayShareColumn = true;
  }
  let collectingSiblings = inItemAt === undefined;
  for (let i = lineIndex - 1; i >= 0 && (target > 0 || parentMayShareColumn); i--) {
    const shape = shapeOfLine(text, lineStarts[i], lineEndOf(text, lineStarts, i));
    if (shape.blank) continue;
    const lastDash = shape.dashColumns.length ? shape.dashColumns[shape.dashColumns.length - 1] : -1;
    const firstColumn = shape.dashColumns.length ? shape.dashColumns[0] : shape.contentColumn;
    if (parentMayShareColumn) {
      if (firstColumn > target) continue;
      if (shape.dashColumns.includes(target)) continue; // a sibling item
      if (shape.key !== undefined && shape.keyColumn <= target) {
        segments.unshift(shape.key);
        parentMayShareColumn = false;
        target = shape.keyColumn;
        if (lastDash >= 0) {
          segments.unshift('-');
          target = lastDash;
          parentMayShareColumn = true;
        }
      }
      continue;
    }
    if (firstColumn > target) continue; // nested in an earlier sibling
    if (shape.key !== undefined && shape.keyColumn === target) {
      if (collectingSiblings) siblings.add(shape.key);
      if (lastDash >= 0) {
        // `- key:` opens the item whose map holds the position.
        segments.unshift('-');
        target = lastDash;
        parentMayShareColumn = true;
        collectingSiblings = false;
      }
      continue;
    }
    if (shape.key !== undefined && shape.keyColumn < target) {
      segments.unshift(shape.key);
      collectingSiblings = false;
      target = shape.keyColumn;
      if (lastDash >= 0) {
        segments.unshift('-');
        target = lastDash;
        parentMayShareColumn = true;
      }
      continue;
    }
    if (firstColumn < target) {
      // A line with less indentation that is not a key: the structure is broken here; stop guessing.
      break;
    }
  }
  if (collectingSiblings) {
    if (column === 0) collectTopLevelKeysAbove(text, lineStarts, lineIndex, siblings);
    collectSiblingsBelow(text, lineStarts, lineIndex, column, siblings);
  }
  return { segments, siblings };
}

/** At column 0 there is no parent to stop at: every top-level key above is a sibling. */
function collectTopLevelKeysAbove(
  text: string,
  lineStarts: readonly number[],
  lineIndex: number,
  siblings: Set<string>,
): void {
  for (let i = lineIndex - 1; i >= 0; i--) {
    const start = lineStarts[i];
    const first = text[start];
    if (first === ' ' || first === '\t' || first === '#' || first === '\n' || first === '\r' || first === '-') continue;
    const shape = shapeOfLine(text, start, lineEndOf(text, lineStarts, i));
    if (shape.key !== undefined) siblings.add(shape.key);
  }
}

function collectSiblingsBelow(
  text: string,
  lineStarts: readonly number[],
  lineIndex: number,
  column: number,
  siblings: Set<string>,
): void {
  for (let i = lineIndex + 1; i < lineStarts.length; i++) {
    const shape = shapeOfLine(text, lineStarts[i], lineEndOf(text, lineStarts, i));
    if (shape.blank) continue;
    const firstColumn = shape.dashColumns.length ? shape.dashColumns[0] : shape.contentColumn;
    if (firstColumn < column) break;
    if (firstColumn === column && shape.dashColumns.length) break;
    if (shape.key !== undefined && shape.keyColumn === column) siblings.add(shape.key);
  }
}

/** The plain values of the other `- value` lines in the block list around a line, at the same column. */
export function blockItemsAround(
  text: string,
  lineStarts: readonly number[],
  lineIndex: number,
  dashColumn: number,
): string[] {
  const values: string[] = [];
  for (const step of [-1, 1]) {
    for (let i = lineIndex + step; i >= 0 && i < lineStarts.length; i += step) {
      const shape = shapeOfLine(text, lineStarts[i], lineEndOf(text, lineStarts, i));
      if (shape.blank) continue;
      if (shape.dashColumns[0] !== dashColumn) break;
      const value = text
        .slice(shape.start + shape.contentColumn, shape.end)
        .replace(/\s+#.*$/, '')
        .trim();
      if (value) values.push(value.replace(/^["']|["']$/g, ''));
    }
  }
  return values;
}
