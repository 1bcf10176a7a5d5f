/**
 * Splits a policy into chunks that YAML can read on their own, so that a keystroke re-reads one chunk
 * instead of the whole file (a 20,000-line policy takes the `yaml` package most of a second).
 *
 * Level 0: every line that starts a top-level key at column 0 starts a chunk. A line at column 0 that
 * cannot be a key (no `:` ends a word on it) is an error wherever it stands, and stays in the chunk it
 * stands in: a letter typed at the start of an indented line then costs one entry read again, and the
 * entries after it keep their meaning, instead of the rest of the section becoming one broken chunk.
 * Level 1: a section that holds many entries (`categories:`, `clauses:` ...) and whose body is in block
 * style is split again at each line that starts an entry at the entries' indentation.
 * Stray lines: a line indented less than the first line of the block under a top-level key, but more than
 * the key, belongs to neither; YAML reports it and reads on. A letter typed at the start of an entry's field
 * (`n    title: …`) makes such a key, and the section's following entries stray lines: each of them is a chunk
 * of its own, found again by its text, instead of the rest of the section becoming one chunk read anew.
 *
 * A chunk that ends inside an unclosed quote or flow collection is merged with the next one by the caller
 * (see documentParser.ts). Files that use the few YAML features that tie distant lines together (document
 * markers, directives, lone CR line breaks) are read as one chunk.
 */

/**
 * `stray`: lines after a top-level key that are indented less than the block under that key but are not at
 * column 0, split at each key or item they start (see strayStarts).
 */
import { blockHeader, isItemIndicatorEnd, isTopLevelKeyLine, keyIndicator, notAKeyStart } from './yamlLine';

export type ChunkRole = 'top' | 'header' | 'body' | 'stray';

export interface ChunkSpan {
  readonly start: number;
  readonly end: number;
  readonly role: ChunkRole;
  /** For header and body chunks: the top-level key whose entries they hold. */
  readonly section?: string;
  /** Chunks of one group may be merged with each other, never across groups. */
  readonly group: number;
}

export const wholeFileFeatures = /\r(?!\n)|^(?:---|\.\.\.)(?:[ \t\r\n]|$)|^%/m;

export function splitIntoChunks(text: string, isSplittable: (section: string) => boolean): ChunkSpan[] {
  if (text.length === 0 || wholeFileFeatures.test(text)) return [{ start: 0, end: text.length, role: 'top', group: 0 }];
  const keyLines = topLevelKeyLines(text);
  if (keyLines.length === 0) return [{ start: 0, end: text.length, role: 'top', group: 0 }];
  const spans: ChunkSpan[] = [];
  let group = 0;
  for (let i = 0; i < keyLines.length; i++) {
    const keyLine = keyLines[i];
    const start = i === 0 ? 0 : keyLine;
    const end = i + 1 < keyLines.length ? keyLines[i + 1] : text.length;
    const split = splitSection(text, keyLine, end, isSplittable);
    if (split) {
      spans.push({ start, end: split.bodyStarts[0], role: 'header', section: split.section, group: group++ });
      const bodyGroup = group++;
      split.bodyStarts.forEach((bodyStart, j) => {
        const bodyEnd = j + 1 < split.bodyStarts.length ? split.bodyStarts[j + 1] : end;
        spans.push({ start: bodyStart, end: bodyEnd, role: 'body', section: split.section, group: bodyGroup });
      });
    } else {
      const strays = strayStarts(text, keyLine, end);
      spans.push({ start, end: strays.length > 0 ? strays[0] : end, role: 'top', group: 0 });
      if (strays.length > 0) {
        const strayGroup = group++;
        strays.forEach((strayStart, j) =>
          spans.push({
            start: strayStart,
            end: j + 1 < strays.length ? strays[j + 1] : end,
            role: 'stray',
            group: strayGroup,
          }),
        );
      }
    }
  }
  return spans;
}

/**
 * Where stray lines start under the top-level key at `keyLine` (up to `end`). A key with its value on its
 * line (`n    title: Zweck`) holds no block, so the first line under it that starts a key or an item is
 * stray; a key with a block under it is followed by stray lines where a key or an item starts left of that
 * block, but not at column 0. After the first stray line, each line that starts a key or an item at its
 * indentation or left of it starts the next (so the entries of a section each stay one chunk). Not under a
 * key whose value on its line is quoted, a flow collection, a block scalar, an anchor, a tag or an alias:
 * those can run over lines indented any way.
 */
export function strayStarts(text: string, keyLine: number, end: number): number[] {
  const keyLineEnd = lineEnd(text, keyLine);
  const line = text.slice(keyLine, keyLineEnd);
  const indicator = keyIndicator.exec(line);
  const value = indicator ? line.slice(indicator.index + 1).trim() : '';
  if (/^['"[{|>&!*]/.test(value)) return [];
  // Lines that start a key or an item indented less than this are stray.
  let limit = value === '' || value.startsWith('#') ? -1 : Infinity;
  const starts: number[] = [];
  for (let lineStart = keyLineEnd + 1; lineStart < end; lineStart = lineEnd(text, lineStart) + 1) {
    let indent = 0;
    while (text[lineStart + indent] === ' ') indent++;
    const first = text[lineStart + indent];
    if (first === '\t') return []; // tabs cannot indent YAML; let the reader report it in place
    if (first === '\n' || first === '\r' || first === '#' || lineStart + indent >= end) continue;
    if (limit < 0) {
      // The first line of the block under the key sets its indentation.
      if (indent === 0) return [];
      limit = indent;
      continue;
    }
    if (indent === 0 || indent >= limit) continue;
    const isItem = first === '-' && isItemIndicatorEnd(text[lineStart + indent + 1]);
    // A line that starts no key may continue a plain value over lines.
    if (
      !isItem &&
      (notAKeyStart.has(first) || !keyIndicator.test(text.slice(lineStart + indent, lineEnd(text, lineStart))))
    )
      continue;
    starts.push(lineStart);
    limit = indent + 1;
  }
  return starts;
}

function topLevelKeyLines(text: string): number[] {
  const lines: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    // Most lines are indented: look at the first character before cutting the line out.
    if (
      !notAKeyStart.has(text[lineStart]) &&
      isTopLevelKeyLine(text.slice(lineStart, newline < 0 ? text.length : newline))
    )
      lines.push(lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}

interface SectionSplit {
  readonly section: string;
  readonly bodyStarts: number[];
}

function splitSection(
  text: string,
  keyLine: number,
  end: number,
  isSplittable: (section: string) => boolean,
): SectionSplit | undefined {
  const headerEnd = lineEnd(text, keyLine);
  const header = blockHeader.exec(text.slice(keyLine, headerEnd));
  if (!header || !isSplittable(header[1]) || headerEnd >= end) return undefined;
  let childIndent = -1;
  let childIsItem = false;
  const bodyStarts: number[] = [];
  for (let lineStart = headerEnd + 1; lineStart < end; lineStart = lineEnd(text, lineStart) + 1) {
    let indent = 0;
    while (text[lineStart + indent] === ' ') indent++;
    const first = text[lineStart + indent];
    if (first === '\t') return undefined; // tabs cannot indent YAML; let the reader report it in place
    if (first === '\n' || first === '\r' || first === '#' || lineStart + indent >= end) continue;
    const isItem = first === '-' && isItemIndicatorEnd(text[lineStart + indent + 1]);
    if (childIndent < 0) {
      if (indent === 0 && !isItem) return undefined;
      childIndent = indent;
      childIsItem = isItem;
      bodyStarts.push(lineStart);
      continue;
    }
    if (indent !== childIndent) continue;
    if (childIsItem ? isItem : !notAKeyStart.has(first)) bodyStarts.push(lineStart);
  }
  return bodyStarts.length > 0 ? { section: header[1], bodyStarts } : undefined;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
