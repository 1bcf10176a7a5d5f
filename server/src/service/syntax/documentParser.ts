import { splitIntoChunks, type ChunkRole, type ChunkSpan } from './chunker';
import { parseChunk, type ParsedChunk } from './chunkParser';

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

/**
 * Remembers parsed chunks by their text. Parsing is a pure function of a chunk's text, so a document
 * parsed through the cache is identical to one parsed afresh; the cache only saves time.
 */
export class ChunkCache {
  private chunks = new Map<string, ParsedChunk>();
  private used = new Map<string, ParsedChunk>();

  parse(text: string): ParsedChunk {
    let chunk = this.used.get(text) ?? this.chunks.get(text);
    if (!chunk) chunk = parseChunk(text);
    this.used.set(text, chunk);
    return chunk;
  }

  /** Forgets every chunk the last document did not use, so memory follows the current text. */
  endDocument(): void {
    this.chunks = this.used;
    this.used = new Map();
  }
}

export function parseDocument(text: string, isSplittable: (section: string) => boolean, cache = new ChunkCache()): ParsedDocument {
  const spans = splitIntoChunks(text, isSplittable);
  const chunks: PlacedChunk[] = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i];
    let end = first.end;
    let chunk = cache.parse(text.slice(first.start, end));
    // An unclosed quote or bracket swallows what follows, as it would if the file were read whole.
    while (chunk.open && i + 1 < spans.length && sameGroup(first, spans[i + 1])) {
      end = spans[++i].end;
      chunk = cache.parse(text.slice(first.start, end));
    }
    chunks.push({ base: first.start, chunk, role: first.role, section: first.section });
  }
  cache.endDocument();
  return { text, chunks };
}

function sameGroup(a: ChunkSpan, b: ChunkSpan): boolean {
  return a.group === b.group && a.role === b.role;
}
