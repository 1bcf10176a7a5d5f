import { splitIntoChunks, type ChunkRole, type ChunkSpan } from './chunker';
import { parseChunk, type ParsedChunk } from './chunkParser';
import { resplitAfterEdit } from './incrementalChunker';
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
  readonly text: string;
  readonly chunks: readonly PlacedChunk[];
}

interface LastDocument {
  readonly parsed: ParsedDocument;
  /** The chunk spans before unclosed chunks were merged with their successors. */
  readonly spans: readonly ChunkSpan[];
  readonly byBase: Map<number, PlacedChunk>;
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
  private last?: LastDocument;

  parse(text: string): ParsedChunk {
    let chunk = this.used.get(text) ?? this.chunks.get(text);
    if (!chunk) chunk = parseChunk(detach(text));
    this.used.set(chunk.text, chunk);
    return chunk;
  }

  /** The last document, if `text` is an edit of it: what it was and where the edit is. */
  previous(text: string): { last: LastDocument; edit: TextEdit } | undefined {
    const last = this.last;
    return last ? { last, edit: findEdit(last.parsed.text, text) } : undefined;
  }

  /** Forgets every chunk text the last document did not look up, so memory follows the current text. */
  endDocument(parsed: ParsedDocument, spans: readonly ChunkSpan[]): void {
    this.chunks = this.used;
    this.used = new Map();
    const byBase = new Map<number, PlacedChunk>();
    for (const placed of parsed.chunks) byBase.set(placed.base, placed);
    this.last = { parsed, spans, byBase };
  }
}

/** How many chunks an unclosed chunk is merged with one at a time. */
const MERGE_STEPS = 4;

export function parseDocument(text: string, isSplittable: (section: string) => boolean, cache = new ChunkCache()): ParsedDocument {
  const previous = cache.previous(text);
  if (previous && previous.last.parsed.text === text) return previous.last.parsed;
  const spans = (previous && resplitAfterEdit(previous.last.parsed.text, previous.last.spans, text, previous.edit, isSplittable)) ?? splitIntoChunks(text, isSplittable);
  const unchanged = previous ? unchangedChunkFinder(previous.last, previous.edit) : () => undefined;
  const chunks: PlacedChunk[] = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    let end = first.end;
    let old = unchanged(first.start, end);
    let chunk = old?.chunk ?? cache.parse(text.slice(first.start, end));
    // An unclosed quote or bracket swallows what follows, as it would if the file were read whole. Each
    // step reads the grown chunk again: after a few steps the rest of the group is taken at once, so an
    // unclosed quote at the top of a long section costs one more reading, not one per entry.
    for (let steps = 1; chunk.open && i + 1 < spans.length && sameGroup(first, spans[i + 1]); steps++) {
      i++;
      if (steps >= MERGE_STEPS) while (i + 1 < spans.length && sameGroup(first, spans[i + 1])) i++;
      end = spans[i].end;
      old = unchanged(first.start, end);
      chunk = old?.chunk ?? cache.parse(text.slice(first.start, end));
    }
    const reusable = old && old.base === first.start && old.role === first.role && old.section === first.section;
    chunks.push(reusable ? old! : { base: first.start, chunk, role: first.role, section: first.section });
  }
  const parsed = { text, chunks };
  cache.endDocument(parsed, spans);
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
    const old = last.byBase.get(oldStart);
    return old && old.chunk.text.length === end - start ? old : undefined;
  };
}

/**
 * A copy of a slice that does not keep the string it was cut from alive. V8 represents a slice as a view of
 * its parent; a chunk kept for many versions would otherwise keep every version of the whole document.
 */
function detach(slice: string): string {
  return (' ' + slice).slice(1);
}

function sameGroup(a: ChunkSpan, b: ChunkSpan): boolean {
  return a.group === b.group && a.role === b.role;
}
