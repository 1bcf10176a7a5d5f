import type { Finding } from '../model/finding';
import type { ClauseFields, ObjectValue, PolicyModel, TextValue } from '../model/model';
import type { Span } from '../text/positions';

/**
 * Where each character of a scalar's value stands in the source. YAML folds line breaks, strips indentation,
 * doubles single quotes and escapes in double quotes, so the words a reader sees are not a slice of the file;
 * checks that find words in the value map them back here. Only characters that stand in the source exactly as
 * they are in the value are mapped exactly; a span is reported only when both its ends are.
 */
export class ScalarSourceMap {
  private constructor(
    readonly value: TextValue,
    /** For each value index: the source offset of that character. */
    private readonly offsets: Int32Array,
    /** For each value index: whether the source character is the value character itself. */
    private readonly exact: Uint8Array,
  ) {}

  /**
   * Maps a value, or returns undefined when the value cannot be aligned with its source. Not kept: the findings
   * made with a map are kept instead (see findingsPerValue), and the maps of a large policy's clause texts took
   * five bytes per character of them.
   */
  static of(read: ReadSource, value: TextValue): ScalarSourceMap | undefined {
    const text = new SourceWindow(read(value.span.start, value.span.end), value.span.start);
    const chars = value.text;
    const offsets = new Int32Array(chars.length);
    const exact = new Uint8Array(chars.length);
    const end = value.span.end;
    let s = contentStart(text, value);
    const quote = value.style === 'single' ? "'" : value.style === 'double' ? '"' : undefined;
    for (let v = 0; v < chars.length; v++) {
      const c = chars[v];
      for (;;) {
        if (s >= end) return undefined;
        const sc = text.at(s);
        if (sc === c && !(value.style === 'double' && sc === '\\')) {
          offsets[v] = s;
          exact[v] = 1;
          s++;
          break;
        }
        if ((c === ' ' || c === '\n') && (sc === '\n' || sc === '\r')) {
          // A folded line break: the reader sees a space or a newline where the source breaks the line.
          offsets[v] = s;
          s++;
          break;
        }
        if (value.style === 'double' && sc === '\\') {
          const escape = escapeAt(text, s, end);
          if (escape === undefined) return undefined;
          if (escape.char === undefined) {
            s = escape.end; // an escaped line break stands for nothing
            continue;
          }
          if (escape.char !== c) return undefined;
          offsets[v] = s;
          s = escape.end;
          break;
        }
        if (sc === ' ' || sc === '\t' || sc === '\n' || sc === '\r' || sc === quote) {
          s++;
          continue;
        }
        return undefined;
      }
    }
    return new ScalarSourceMap(value, offsets, exact);
  }

  /** The source span of value characters [from, to), when both ends stand in the source as they are. */
  span(from: number, to: number): Span | undefined {
    if (from < 0 || to > this.offsets.length || to <= from) return undefined;
    if (!this.exact[from] || !this.exact[to - 1]) return undefined;
    return { start: this.offsets[from], end: this.offsets[to - 1] + 1 };
  }

  /** True when value characters [from, to) stand in the source as one unbroken run, so an edit can replace them. */
  isVerbatim(from: number, to: number): boolean {
    for (let v = from; v < to; v++) {
      if (!this.exact[v]) return false;
      if (v > from && this.offsets[v] !== this.offsets[v - 1] + 1) return false;
    }
    return to > from;
  }
}

/** Reads the document's characters between two offsets (a slice, not the whole text). */
export type ReadSource = (start: number, end: number) => string;

/** The characters of one value's span, addressed by document offsets. */
class SourceWindow {
  constructor(
    private readonly chars: string,
    private readonly base: number,
  ) {}

  at(offset: number): string | undefined {
    return this.chars[offset - this.base];
  }

  indexOf(search: string, from: number): number {
    const found = this.chars.indexOf(search, from - this.base);
    return found < 0 ? found : found + this.base;
  }

  slice(start: number, end: number): string {
    return this.chars.slice(start - this.base, end - this.base);
  }
}

/** Where a scalar's content begins: after an opening quote, or on the line after a block scalar's header. */
function contentStart(text: SourceWindow, value: TextValue): number {
  const start = value.span.start;
  switch (value.style) {
    case 'single':
    case 'double':
      return start + 1;
    case 'literal':
    case 'folded': {
      const newline = text.indexOf('\n', start);
      return newline < 0 || newline >= value.span.end ? value.span.end : newline + 1;
    }
    default:
      return start;
  }
}

const simpleEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** A double-quoted escape at `at` (a backslash): the character it stands for (none for a line break) and where it ends. */
function escapeAt(text: SourceWindow, at: number, end: number): { char: string | undefined; end: number } | undefined {
  const next = text.at(at + 1);
  if (next === undefined || at + 1 >= end) return undefined;
  if (next === '\n') return { char: undefined, end: at + 2 };
  if (next === '\r') return { char: undefined, end: text.at(at + 2) === '\n' ? at + 3 : at + 2 };
  if (next in simpleEscapes) return { char: simpleEscapes[next], end: at + 2 };
  const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (!digits) return undefined;
  const hex = text.slice(at + 2, at + 2 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
  return { char: String.fromCodePoint(parseInt(hex, 16)), end: at + 2 + digits };
}

/** The clause titles and texts of a policy: the prose the text checks read (listed once per model, for all checks). */
export function clauseTexts(model: PolicyModel): readonly TextValue[] {
  let texts = clauseTextsOfModel.get(model);
  if (texts) return texts;
  texts = [];
  for (const clause of (model.root.fields.clauses?.items ?? []) as ReadonlyArray<ObjectValue<ClauseFields>>) {
    if (clause.kind !== 'object') continue;
    if (clause.fields.title) texts.push(clause.fields.title);
    if (clause.fields.text) texts.push(clause.fields.text);
  }
  clauseTextsOfModel.set(model, texts);
  return texts;
}

const clauseTextsOfModel = new WeakMap<PolicyModel, TextValue[]>();

/** More findings of one rule in one text than this are noise; the text needs rewriting, not a list. */
export const MAX_FINDINGS_PER_TEXT = 50;

export type TextFinding = Omit<Finding, 'rule'>;

/**
 * The findings of a text check for one value, computed once per bound value: a keystroke re-binds only the chunk
 * it changed, so the checks re-read only the texts of that chunk.
 */
export function findingsPerValue(
  cache: WeakMap<TextValue, readonly TextFinding[]>,
  value: TextValue,
  scan: TextScan,
  read: ReadSource,
): readonly TextFinding[] {
  const cached = cache.get(value) as PlacedFindings | undefined;
  // No findings stay no findings wherever the value moves: most values, so most keystrokes, stop here.
  if (cached && (cached.length === 0 || cached.placedAt === value.span.start)) return cached;
  const at = value.span.start;
  let findings: PlacedFindings;
  if (cached && cached.placedAt !== undefined) {
    // An edit before the value moved its chunk, and the binder moved the value's spans in place (see BindCache):
    // the findings move with it instead of being computed again.
    const from = cached.placedAt;
    findings = cached.map((finding) =>
      moveFinding(finding, at - from, from, from + (value.span.end - value.span.start)),
    ) as PlacedFindings;
  } else {
    const found: TextFinding[] = [];
    scan(value, read, (finding) => found.push(finding));
    findings = found.slice(0, MAX_FINDINGS_PER_TEXT) as PlacedFindings;
  }
  findings.placedAt = at;
  cache.set(value, findings);
  return findings;
}

/** Findings of one value, with where the value stood when they were made. */
export type PlacedFindings = TextFinding[] & { placedAt?: number };

/** A text check: reads one value and reports what it finds. */
export type TextScan = (value: TextValue, read: ReadSource, found: (finding: TextFinding) => void) => void;

/** A finding about a value's text, moved by `delta`: its spans, and the offsets inside the value in its fix data. */
function moveFinding(finding: TextFinding, delta: number, from: number, to: number): TextFinding {
  const move = (data: unknown): unknown => {
    if (typeof data === 'number') return data >= from && data <= to ? data + delta : data;
    if (Array.isArray(data)) return data.map(move);
    if (data && typeof data === 'object')
      return Object.fromEntries(Object.entries(data).map(([key, item]) => [key, move(item)]));
    return data;
  };
  const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  return {
    ...finding,
    span: span(finding.span),
    related: finding.related?.map((related) => ({ ...related, span: span(related.span) })),
    fixData: finding.fixData === undefined ? undefined : move(finding.fixData),
  };
}

/**
 * Runs a global regular expression over a text value and hands each match that maps exactly back to the source
 * to `found`, together with the map (built once, on the first match).
 */
export function forEachMatch(
  read: ReadSource,
  value: TextValue,
  pattern: RegExp,
  found: (match: RegExpExecArray, span: Span, map: ScalarSourceMap) => void,
): void {
  pattern.lastIndex = 0;
  let map: ScalarSourceMap | undefined | null = null;
  let matches = 0;
  for (
    let match = pattern.exec(value.text);
    match && matches < MAX_FINDINGS_PER_TEXT * 4;
    match = pattern.exec(value.text)
  ) {
    matches++;
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (map === null) map = ScalarSourceMap.of(read, value);
    if (!map) return;
    const span = map.span(match.index, match.index + match[0].length);
    if (span) found(match, span, map);
  }
}
