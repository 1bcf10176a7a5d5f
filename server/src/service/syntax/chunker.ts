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
 *
 * A chunk that ends inside an unclosed quote or flow collection is merged with the next one by the caller
 * (see documentParser.ts). Files that use the few YAML features that tie distant lines together (document
 * markers, directives, lone CR line breaks) are read as one chunk.
 */

export type ChunkRole = 'top' | 'header' | 'body';

export interface ChunkSpan {
  readonly start: number;
  readonly end: number;
  readonly role: ChunkRole;
  /** For header and body chunks: the top-level key whose entries they hold. */
  readonly section?: string;
  /** Chunks of one group may be merged with each other, never across groups. */
  readonly group: number;
}

export const notAKeyStart = new Set([' ', '\t', '\r', '\n', '#', '-', '?', ':', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
export const blockHeader = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(?:#.*)?\r?$/;
/** A `:` that ends a word: what makes a line an implicit key. */
const keyIndicator = /:(?:[ \t\r]|$)/;

/** Whether the line (without its line break) starts a top-level key. */
export function isTopLevelKeyLine(line: string): boolean {
  return line.length > 0 && !notAKeyStart.has(line[0]) && keyIndicator.test(line);
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
      spans.push({ start, end, role: 'top', group: 0 });
    }
  }
  return spans;
}

function topLevelKeyLines(text: string): number[] {
  const lines: number[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    // Most lines are indented: look at the first character before cutting the line out.
    if (!notAKeyStart.has(text[lineStart]) && isTopLevelKeyLine(text.slice(lineStart, newline < 0 ? text.length : newline))) lines.push(lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
}

interface SectionSplit {
  readonly section: string;
  readonly bodyStarts: number[];
}

function splitSection(text: string, keyLine: number, end: number, isSplittable: (section: string) => boolean): SectionSplit | undefined {
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

export function isItemIndicatorEnd(next: string | undefined): boolean {
  return next === undefined || next === ' ' || next === '\n' || next === '\r';
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
