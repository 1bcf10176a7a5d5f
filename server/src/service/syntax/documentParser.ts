import { splitIntoChunks, type ChunkRole, type ChunkSpan } from './chunker';
import { parseChunk, type ParsedChunk } from './chunkParser';
import { resplitAfterEdit } from './incrementalChunker';
import { detach, PieceText } from './pieceText';
import { findEdit, type TextEdit } from './textEdit';

/** A parsed chunk at its place in one version of a document. */
export interface PlacedChunk {
  /** Offset of the chunk's first character in the document. */
  readonly base: number;
  readonly chunk: ParsedChunk;
  readonly role: ChunkRole;
  readonly section?: string;
}

export interface ParsedDocument {
  /** The whole text; from parseDocument it is joined only when read (see PieceText). */
  readonly text: string;
  /** The text in pieces, when it was parsed from them. */
  readonly source?: PieceText;
  readonly chunks: readonly PlacedChunk[];
  /** Offset of the first CR that is not part of a CRLF, if any: a line break to editors but not to YAML. */
  readonly loneCarriageReturn?: number;
}

interface LastDocument {
  readonly parsed: ParsedDocument;
  readonly source: PieceText;
  /** The chunk spans before unclosed chunks were merged with their successors. */
  readonly spans: readonly ChunkSpan[];
}

/**
 * Remembers the last document parsed through it, and parsed chunks by their text. Parsing is a pure
 * function of a chunk's text, so a document parsed through the cache is identical to one parsed afresh;
 * the cache only saves time. A chunk the last edit did not touch is found by its position, without
 * reading its text again; one it touched is looked up by its text (typing a letter and deleting it
 * again brings back text parsed a moment ago).
 */
export class ChunkCache {
  private chunks = new Map<string, ParsedChunk>();
  private used = new Map<string, ParsedChunk>();
  /**
   * The chunks the last edit replaced. A letter typed at the start of an indented line makes the rest of its
   * section one chunk; deleting it splits that chunk again into the entries it was before, and those are
   * found here instead of being read again.
   */
  private replaced = new Map<string, ParsedChunk>();
  private last?: LastDocument;

  /** The chunk at [start, end) of `source`, parsed or found again. */
  parse(source: PieceText, start: number, end: number): ParsedChunk {
    const text = source.slice(start, end);
    let chunk = this.used.get(text) ?? this.chunks.get(text) ?? this.replaced.get(text);
    if (!chunk) {
      // A chunk outlives many versions of the document, so its text must not keep alive a string it was cut from
      // (V8's sliced strings): not the whole text (every version joined once would stay in memory), and not a
      // piece an edit replaced (each chunk parsed after an edit could keep one). Only the first reading shares
      // the pieces' characters, which keeps one copy of the text instead of two until the pieces are edited.
      const shared = this.last ? undefined : source.sliceOfPiece(start, end);
      chunk = parseChunk(shared ?? detach(text));
    }
    this.used.set(chunk.text, chunk);
    return chunk;
  }

  /** The last document, if `text` is an edit of it: what it was and where the edit is. */
  previous(source: PieceText): { last: LastDocument; edit: TextEdit } | undefined {
    const last = this.last;
    return last ? { last, edit: findEdit(last.source, source) } : undefined;
  }

  /** Forgets every chunk text the last document did not look up or replace, so memory follows the current text. */
  endDocument(parsed: ParsedDocument, source: PieceText, spans: readonly ChunkSpan[]): void {
    this.replaced = this.last ? replacedChunks(this.last.parsed.chunks, parsed.chunks) : new Map();
    this.chunks = this.used;
    this.used = new Map();
    this.last = { parsed, source, spans };
  }
}

/** The chunks of `before` that `after` does not have, by text: those between the common start and end. */
function replacedChunks(before: readonly PlacedChunk[], after: readonly PlacedChunk[]): Map<string, ParsedChunk> {
  let head = 0;
  while (head < before.length && head < after.length && before[head].chunk === after[head].chunk) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail].chunk === after[after.length - 1 - tail].chunk) tail++;
  const replaced = new Map<string, ParsedChunk>();
  for (let i = head; i < before.length - tail; i++) replaced.set(before[i].chunk.text, before[i].chunk);
  return replaced;
}

/** How many chunks an unclosed chunk is merged with one at a time. */
const MERGE_STEPS = 4;

export function parseDocument(text: string | PieceText, isSplittable: (section: string) => boolean, cache = new ChunkCache()): ParsedDocument {
  const source = typeof text === 'string' ? PieceText.of(text) : text;
  const previous = cache.previous(source);
  if (previous && previous.edit.start === previous.edit.oldEnd && previous.edit.oldEnd === previous.edit.newEnd && previous.last.source.length === source.length) {
    return previous.last.parsed;
  }
  let spans = previous && resplitAfterEdit(previous.last.source, previous.last.spans, source, previous.edit, isSplittable);
  // Only the whole text can say where a lone CR is; an edit the fast path took added none and the text had none.
  let loneCarriageReturn: number | undefined;
  if (!spans) {
    const whole = source.toString();
    spans = splitIntoChunks(whole, isSplittable);
    const match = /\r(?!\n)/.exec(whole);
    loneCarriageReturn = match ? match.index : undefined;
  }
  const unchanged = previous ? unchangedChunkFinder(previous.last, previous.edit) : () => undefined;
  const chunks: PlacedChunk[] = [];
  const moved: Array<[PlacedChunk, number]> = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    let end = first.end;
    let old = unchanged(first.start, end);
    let chunk = old?.chunk ?? cache.parse(source, first.start, end);
    // An unclosed quote or bracket swallows what follows, as it would if the file were read whole. Each
    // step reads the grown chunk again: after a few steps the rest of the group is taken at once, so an
    // unclosed quote at the top of a long section costs one more reading, not one per entry.
    for (let steps = 1; chunk.open && i + 1 < spans.length && sameGroup(first, spans[i + 1]); steps++) {
      i++;
      if (steps >= MERGE_STEPS) while (i + 1 < spans.length && sameGroup(first, spans[i + 1])) i++;
      end = spans[i].end;
      old = unchanged(first.start, end);
      chunk = old?.chunk ?? cache.parse(source, first.start, end);
    }
    if (old && old.role === first.role && old.section === first.section) {
      if (old.base !== first.start) moved.push([old, first.start]);
      chunks.push(old);
    } else {
      chunks.push({ base: first.start, chunk, role: first.role, section: first.section });
    }
  }
  // Chunks the edit moved keep their objects (the last document's, which this one replaces); moved only
  // now, so that the search over the last document's chunks above saw them where they were.
  for (const [placed, base] of moved) (placed as { base: number }).base = base;
  const parsed: ParsedDocument = {
    get text() {
      return source.toString();
    },
    source,
    chunks,
    loneCarriageReturn,
  };
  cache.endDocument(parsed, source, spans);
  return parsed;
}

/**
 * Finds, for a chunk of the new text, the chunk of the old text with the same characters: one that lies
 * wholly before the edit at the same offset, or wholly after it at the offset the edit moved it from.
 */
function unchangedChunkFinder(last: LastDocument, edit: TextEdit): (start: number, end: number) => PlacedChunk | undefined {
  const delta = edit.newEnd - edit.oldEnd;
  return (start, end) => {
    let oldStart: number;
    if (end <= edit.start) oldStart = start;
    else if (start >= edit.newEnd) oldStart = start - delta;
    else return undefined;
    const old = chunkAt(last.parsed.chunks, oldStart);
    return old && old.chunk.text.length === end - start ? old : undefined;
  };
}

/** The chunk that starts at `base`, by binary search (chunks are in document order). */
function chunkAt(chunks: readonly PlacedChunk[], base: number): PlacedChunk | undefined {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = chunks[mid].base;
    if (at === base) return chunks[mid];
    if (at < base) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

function sameGroup(a: ChunkSpan, b: ChunkSpan): boolean {
  return a.group === b.group && a.role === b.role;
}
