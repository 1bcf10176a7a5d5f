import {
  Composer,
  Parser,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type CST,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { PairNode, ScalarStyle, SyntaxNode, SyntaxProblem, YamlType } from './syntaxTree';

/**
 * Deeper nesting than this is refused before the YAML composer sees it: the composer recurses once per
 * level, and on deeply nested input V8 aborts the whole process (a regular-expression stack overflow no
 * try/catch survives). A policy needs six levels; a hundred leaves room for anything a person writes.
 */
export const MAX_NESTING = 100;

/** One chunk of YAML text, read. Immutable but for when its syntax tree is held (see tree()). */
export class ParsedChunk {
  constructor(
    readonly text: string,
    readonly problems: readonly SyntaxProblem[],
    /** The chunk ends inside an unclosed quote or flow collection, so the following text belongs to it. */
    readonly open: boolean,
    /**
     * Chunk offsets [start, end) of the scalars that run over more than one line, flat and in order: a line
     * inside one is text, whatever it looks like. Kept apart from the tree so that the tree can be let go.
     */
    readonly multiLineScalars: readonly number[],
    private held: SyntaxNode | null | undefined,
  ) {}

  /**
   * The syntax tree. The model builder binds a chunk from it and then releases it, because a chunk is kept for
   * as long as its text is in the document and a tree takes as much memory again as the values bound from it;
   * binding the chunk again (at another place, in another section) reads its text again, which gives the same tree.
   */
  tree(): SyntaxNode | null {
    if (this.held === undefined) this.held = parseChunk(this.text).held;
    return this.held ?? null;
  }

  releaseTree(): void {
    this.held = undefined;
  }
}

const composerOptions = {
  // Duplicate keys are found by the binder in linear time; the composer's own check is quadratic.
  uniqueKeys: false,
  // Pretty errors compute line and column by scanning the text for every error.
  prettyErrors: false,
  strict: true,
  version: '1.2',
} as const;

/** Parses one chunk of YAML text. Never throws: every failure becomes a problem. */
export function parseChunk(text: string): ParsedChunk {
  try {
    return parseChunkUnsafe(text);
  } catch (error) {
    // The composer threw on input we did not foresee; report it where the chunk starts instead of dying.
    const message = error instanceof Error ? error.message : String(error);
    return new ParsedChunk(
      text,
      [{ start: 0, end: Math.min(text.length, 1), code: 'INTERNAL', message, kind: 'syntax' }],
      false,
      noScalars,
      null,
    );
  }
}

function parseChunkUnsafe(text: string): ParsedChunk {
  const tokens = Array.from(new Parser().parse(text));
  const tooDeep = findExcessiveNesting(tokens);
  if (tooDeep !== undefined) {
    return new ParsedChunk(
      text,
      [{ start: tooDeep, end: tooDeep + 1, code: 'TOO_DEEP', message: String(MAX_NESTING), kind: 'too-complex' }],
      false,
      noScalars,
      null,
    );
  }
  const composer = new Composer(composerOptions);
  const documents: Document.Parsed[] = [];
  for (const doc of composer.compose(tokens, true, text.length)) documents.push(doc);
  const problems: SyntaxProblem[] = [];
  const first = documents[0];
  let open = false;
  if (first) {
    for (const error of first.errors) {
      const [start, end] = error.pos;
      problems.push({ start, end: Math.max(end, start + 1), code: error.code, message: error.message, kind: 'syntax' });
      if (isUnterminated(error.code, error.message)) open = true;
    }
    for (const warning of first.warnings) {
      const [start, end] = warning.pos;
      problems.push({
        start,
        end: Math.max(end, start + 1),
        code: warning.code,
        message: warning.message,
        kind: 'unsupported',
      });
    }
  }
  for (const extra of documents.slice(1)) {
    const start = extra.range[0];
    problems.push({
      start,
      end: Math.max(start + 1, extra.range[1]),
      code: 'MULTIPLE_DOCS',
      message: '',
      kind: 'unsupported',
    });
  }
  for (const token of tokens) {
    if (token.type === 'directive') {
      problems.push({
        start: token.offset,
        end: token.offset + Math.max(1, token.source.length),
        code: 'DIRECTIVE',
        message: token.source,
        kind: 'unsupported',
      });
    }
  }
  findCharacterProblems(text, problems);
  const converter = new Converter(text, problems);
  const root = first && first.contents ? converter.convert(first.contents as YamlNode) : null;
  // Most chunks have none; a pushed-to array keeps room for more.
  const multiLineScalars = converter.multiLineScalars.length > 0 ? converter.multiLineScalars.slice() : noScalars;
  return new ParsedChunk(text, problems, open, multiLineScalars, root);
}

const noScalars: readonly number[] = Object.freeze([]);

/** Characters YAML does not allow (C0 and C1 controls, unpaired surrogates, non-characters). */
const controlCharacters =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters YAML allows but nobody sees: zero-width characters, direction controls, a byte order mark. */
const invisibleCharacters = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** A file full of them needs a few findings, not one per character. */
const MAX_CHARACTER_PROBLEMS = 100;

function findCharacterProblems(text: string, problems: SyntaxProblem[]): void {
  for (const [pattern, code] of [
    [controlCharacters, 'CONTROL'],
    [invisibleCharacters, 'INVISIBLE'],
  ] as const) {
    pattern.lastIndex = 0;
    for (
      let count = 0, match = pattern.exec(text);
      match && count < MAX_CHARACTER_PROBLEMS;
      match = pattern.exec(text), count++
    ) {
      const start = match.index;
      const codePoint = `U+${text.charCodeAt(start).toString(16).toUpperCase().padStart(4, '0')}`;
      // A byte order mark may open the file; whether this chunk opens the file only its caller knows.
      problems.push({
        start,
        end: start + 1,
        code: start === 0 && match[0] === '\uFEFF' ? 'BOM' : code,
        message: codePoint,
        kind: 'character',
      });
    }
  }
}

function isUnterminated(code: string, message: string): boolean {
  return code === 'MISSING_CHAR' || (code === 'BAD_INDENT' && message.startsWith('Flow'));
}

/** Walks the concrete syntax tree without recursion and returns where nesting first exceeds the limit. */
function findExcessiveNesting(tokens: CST.Token[]): number | undefined {
  const stack: Array<[CST.Token, number]> = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value) stack.push([token.value, 0]);
  }
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth >= MAX_NESTING) return token.offset;
        for (const item of token.items as ReadonlyArray<{ key?: CST.Token | null; value?: CST.Token }>) {
          if (item.key) stack.push([item.key, depth + 1]);
          if (item.value) stack.push([item.value, depth + 1]);
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}

const styles: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

class Converter {
  readonly multiLineScalars: number[] = [];
  /** The first line break at or after `searchedFrom` (-1: none), so scalars in order search the text once. */
  private searchedFrom = Infinity;
  private lineBreak = -1;

  constructor(
    private readonly text: string,
    private readonly problems: SyntaxProblem[],
  ) {}

  convert(node: YamlNode): SyntaxNode | null {
    const [start, valueEnd] = node.range ?? [0, 0];
    // A block collection's range runs on over the line break after its last value; stop at the value.
    let end = valueEnd;
    if ((isMap(node) || isSeq(node)) && !node.flow) while (end > start && /\s/.test(this.text[end - 1])) end--;
    const tag = node.tag && !node.tag.startsWith('tag:yaml.org,2002:') ? node.tag : undefined;
    const anchor = node.anchor;
    if (anchor) {
      // Point at the `&name` itself, which stands before the node's value on the same or an earlier line.
      const at = this.text.lastIndexOf(`&${anchor}`, start);
      if (at >= 0) this.unsupported(at, at + anchor.length + 1, 'ANCHOR', anchor);
      else this.unsupported(start, end, 'ANCHOR', anchor);
    }
    if (isScalar(node)) return this.scalar(node, start, end, tag, anchor);
    if (isMap(node)) {
      const pairs: PairNode[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key ? this.convert(pair.key as YamlNode) : null;
        const value = pair.value ? this.convert(pair.value as YamlNode) : null;
        const pairStart = key ? key.start : value ? value.start : start;
        const pairEnd = value ? value.end : key ? key.end : pairStart;
        pairs.push({ start: pairStart, end: pairEnd, key, value });
      }
      return { kind: 'map', start, end, tag, anchor, flow: node.flow === true, pairs };
    }
    if (isSeq(node)) {
      const items = node.items.map((item) => (item ? this.convert(item as YamlNode) : null));
      return { kind: 'seq', start, end, tag, anchor, flow: node.flow === true, items };
    }
    if (isAlias(node)) {
      this.unsupported(start, end, 'ALIAS', node.source);
      return { kind: 'alias', start, end, name: node.source };
    }
    return null;
  }

  private scalar(
    node: Scalar,
    start: number,
    end: number,
    tag: string | undefined,
    anchor: string | undefined,
  ): SyntaxNode | null {
    const style = styles[node.type ?? 'PLAIN'] ?? 'plain';
    const text = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    // An empty plain scalar is YAML's way of writing "no value": treat it as absent.
    if (style === 'plain' && text === '' && !tag) return null;
    const resolved = String(node.value);
    const lineBreak = this.lineBreakFrom(start);
    if (lineBreak >= 0 && lineBreak < end) this.multiLineScalars.push(start, end);
    return {
      kind: 'scalar',
      start,
      end,
      tag,
      anchor,
      text,
      style,
      yamlType: yamlTypeOf(node.value),
      // Most scalars read back as written: one string for both keeps a large policy's tree small.
      resolved: resolved === text ? text : resolved,
    };
  }

  /**
   * `text.indexOf('\n', start)`, remembered: on a long line of many scalars (a flow list of a million items)
   * searching afresh for each scalar would scan the rest of the line each time.
   */
  private lineBreakFrom(start: number): number {
    if (start < this.searchedFrom || (this.lineBreak >= 0 && this.lineBreak < start)) {
      this.searchedFrom = start;
      this.lineBreak = this.text.indexOf('\n', start);
    }
    return this.lineBreak;
  }

  private unsupported(start: number, end: number, code: string, message: string): void {
    this.problems.push({ start, end: Math.max(end, start + 1), code, message, kind: 'unsupported' });
  }
}

function yamlTypeOf(value: unknown): YamlType {
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    default:
      return value === null || value === undefined ? 'null' : 'string';
  }
}
