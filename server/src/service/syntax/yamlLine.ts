/**
 * The one reader of single YAML lines: what starts a key, a list item, a block header, and the shape of a line
 * as an author sees it (indentation, dashes, key, what follows the colon). The chunker, the structure path of
 * completion and hover, and completion itself read lines only through this file.
 */

/** Characters that cannot start a plain key at the start of a line. */
export const notAKeyStart = new Set([
  ' ',
  '\t',
  '\r',
  '\n',
  '#',
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
]);
export const blockHeader = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(?:#.*)?\r?$/;
/** A `:` that ends a word: what makes a line an implicit key. */
export const keyIndicator = /:(?:[ \t\r]|$)/;

/** Whether the line (without its line break) starts a top-level key. */
export function isTopLevelKeyLine(line: string): boolean {
  return line.length > 0 && !notAKeyStart.has(line[0]) && keyIndicator.test(line);
}

export function isItemIndicatorEnd(next: string | undefined): boolean {
  return next === undefined || next === ' ' || next === '\n' || next === '\r';
}

export interface LineShape {
  /** Offset of the line's first character. */
  readonly start: number;
  readonly end: number;
  /** Column of each `- ` item indicator, left to right. */
  readonly dashColumns: readonly number[];
  /** Column where the content after indentation and dashes starts. */
  readonly contentColumn: number;
  readonly key?: string;
  readonly keyColumn: number;
  /** Column just after the key's colon. */
  readonly colonColumn: number;
  /** The key's value is on the following lines (nothing but a comment or block indicator follows the colon). */
  readonly opensBlock: boolean;
  readonly blank: boolean;
}

const keyPattern = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:"'[\]{},][^:#]*?)[ \t]*:(?=[ \t]|$)/;

export function shapeOfLine(text: string, start: number, end: number): LineShape {
  const line = text.slice(start, end).replace(/\r$/, '');
  let column = 0;
  while (line[column] === ' ') column++;
  const dashColumns: number[] = [];
  while (line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ')) {
    dashColumns.push(column);
    column++;
    while (line[column] === ' ') column++;
  }
  const rest = line.slice(column);
  const blank = rest.length === 0 || rest.startsWith('#');
  const match = blank ? null : keyPattern.exec(rest);
  if (!match) {
    return {
      start,
      end,
      dashColumns,
      contentColumn: column,
      keyColumn: -1,
      colonColumn: -1,
      opensBlock: false,
      blank: blank && dashColumns.length === 0,
    };
  }
  const rawKey = match[1];
  const key = /^["']/.test(rawKey) ? rawKey.slice(1, -1) : rawKey.trim();
  const colonColumn = column + match[0].length;
  const after = line.slice(colonColumn).trim();
  const opensBlock = after === '' || after.startsWith('#') || /^[|>][-+0-9]*\s*(#.*)?$/.test(after);
  return {
    start,
    end,
    dashColumns,
    contentColumn: column,
    key,
    keyColumn: column,
    colonColumn,
    opensBlock,
    blank: false,
  };
}
