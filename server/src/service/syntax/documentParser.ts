import { splitIntoChunks, type ChunkRole, type ChunkSpan } from './chunker';
import { parseChunk, type ParsedChunk } from './chunkParser';
import { resplitAfterEdit } from './incrementalChunker';
import { detach, type PieceText } from '../text/pieceText';
import { lastAtOrBefore } from '../text/search';
import { ROUNDS_PER_STEP, runSteps, type Steps } from '../text/steps';
import { isEmptyEdit, type TextEdit } from '../text/textEdit';

/** A version of a document as the parser reads it (PolicyDocument is one). */
export interface SourceText {
  readonly text: PieceText;
  /** Identifies the version; see PolicyDocument.textId. */
  readonly textId: number;
  /** The edit from an earlier version to this one, if this version still knows it. */
  editSince(textId: number): TextEdit | undefined;
}

/** A parsed chunk at its place in one version of a document. */
export interface PlacedChunk {
  /** Offset of the chunk's first character in the document. */
  readonly base: number;
  readonly chunk: ParsedChunk;
  readonly role: ChunkRole;
  readonly section?: string;
}

export interface ParsedDocument {
  /** The text in pieces; `source.toString()` joins it. */
  readonly source: PieceText;
  readonly chunks: readonly PlacedChunk[];
  /** Offset of the first CR that is not part of a CRLF, if any: a line break to editors but not to YAML. */
  readonly loneCarriageReturn?: number;
}

interface LastDocument {
  readonly parsed: ParsedDocument;
  readonly source: PieceText;
  readonly textId: number;
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

  /** The last document, if `document` is a later version of it that knows the edit between them. */
  previous(document: SourceText): { last: LastDocument; edit: TextEdit } | undefined {
    const last = this.last;
    const edit = last && document.editSince(last.textId);
    return last && edit ? { last, edit } : undefined;
  }

  /** Forgets every chunk text the last document did not look up or replace, so memory follows the current text. */
  endDocument(parsed: ParsedDocument, document: SourceText, spans: readonly ChunkSpan[]): void {
    this.replaced = this.last ? replacedChunks(this.last.parsed.chunks, parsed.chunks) : new Map();
    this.chunks = this.used;
    this.used = new Map();
    this.last = { parsed, source: document.text, textId: document.textId, spans };
  }
}

/** The chunks of `before` that `after` does not have, by text: those between the common start and end. */
function replacedChunks(before: readonly PlacedChunk[], after: readonly PlacedChunk[]): Map<string, ParsedChunk> {
  let head = 0;
  while (head < before.length && head < after.length && before[head].chunk === after[head].chunk) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail].chunk === after[after.length - 1 - tail].chunk
  )
    tail++;
  const replaced = new Map<string, ParsedChunk>();
  for (let i = head; i < before.length - tail; i++) replaced.set(before[i].chunk.text, before[i].chunk);
  return replaced;
}

/** How many chunks an unclosed chunk is merged with one at a time. */
const MERGE_STEPS = 4;

export function parseDocument(
  document: SourceText,
  isSplittable: (section: string) => boolean,
  cache = new ChunkCache(),
): ParsedDocument {
  return runSteps(parseDocumentSteps(document, isSplittable, cache));
}

/**
 * `parseDocument` in steps (see text/steps.ts). Stopped before its end, it leaves the cache as it was but for
 * chunks parsed on the way, which a later document may find again.
 */
export function* parseDocumentSteps(
  document: SourceText,
  isSplittable: (section: string) => boolean,
  cache: ChunkCache,
): Steps<ParsedDocument> {
  const source = document.text;
  const previous = cache.previous(document);
  if (previous && isEmptyEdit(previous.edit) && previous.last.source.length === source.length)
    return previous.last.parsed;
  let spans =
    previous && resplitAfterEdit(previous.last.source, previous.last.spans, source, previous.edit, isSplittable);
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
  for (let i = 0; i < spans.length; i++) {
    if (i % ROUNDS_PER_STEP === ROUNDS_PER_STEP - 1) yield;
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
      // A chunk the edit moved is placed anew: the last document's placement stays as it was.
      chunks.push(old.base === first.start ? old : { ...old, base: first.start });
    } else {
      chunks.push({ base: first.start, chunk, role: first.role, section: first.section });
    }
  }
  const parsed: ParsedDocument = { source, chunks, loneCarriageReturn };
  cache.endDocument(parsed, document, spans);
  return parsed;
}

/**
 * Finds, for a chunk of the new text, the chunk of the old text with the same characters: one that lies
 * wholly before the edit at the same offset, or wholly after it at the offset the edit moved it from.
 */
function unchangedChunkFinder(
  last: LastDocument,
  edit: TextEdit,
): (start: number, end: number) => PlacedChunk | undefined {
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

/** The chunk that starts at `base` (chunks are in document order). */
function chunkAt(chunks: readonly PlacedChunk[], base: number): PlacedChunk | undefined {
  const found = chunks[lastAtOrBefore(chunks.length, (index) => chunks[index].base, base)];
  return found?.base === base ? found : undefined;
}

function sameGroup(a: ChunkSpan, b: ChunkSpan): boolean {
  return a.group === b.group && a.role === b.role;
}
