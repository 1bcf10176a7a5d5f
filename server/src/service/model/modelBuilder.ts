import { message } from '../l10n/messages';
import { explainYamlError } from '../l10n/yamlErrors';
import { MAX_NESTING, type ParsedChunk } from '../syntax/chunkParser';
import type { ParsedDocument, PlacedChunk } from '../syntax/documentParser';
import type { SyntaxProblem } from '../syntax/syntaxTree';
import { policySchema } from '../schema/policySchema';
import type { DefinitionKind, FieldSchema } from '../schema/schemaTypes';
import { atLength, Binder, type BindSink, type MovableSpan } from './binder';
import type { Finding } from './finding';
import type { BoundValue, Definition, ObjectValue, PolicyFields, PolicyModel, RefValue, SectionInfo } from './model';
import type { Span } from '../text/positions';
import { closestWord } from '../text/spelling';
import { ROUNDS_PER_STEP, runSteps, type Steps } from '../text/steps';
import { appendAll } from '../text/arrays';

/** What one chunk contributes to the model. */
interface BoundChunk {
  readonly role: PlacedChunk['role'];
  readonly section?: string;
  /** The chunk's offset in the document its spans are for; see moveBound. */
  base: number;
  readonly findings: Finding[];
  readonly references: RefValue[];
  /** Whole sections, from a chunk that holds them entirely. */
  readonly sections: BoundSection[];
  /** Entries of a split section, from a body chunk. */
  readonly entries: Definition[];
  readonly items: BoundValue[];
  /** Document offset just after the chunk's content. */
  contentEnd: number;
  /** Every span object in what the chunk contributes, each once: moveBound moves them. */
  readonly spans: MovableSpan[];
  /** The document (BindCache generation) this binding was last used for. */
  claimedIn: number;
}

interface BoundSection {
  readonly name: string;
  readonly keySpan: Span;
  readonly span: Span;
  readonly schema: FieldSchema | undefined;
  readonly value: BoundValue | undefined;
}

/**
 * Remembers what each chunk contributed, so that a keystroke binds only the chunk it changed. A chunk
 * that an edit moved is not bound again: its spans are moved in place. So the model of a document version
 * stays valid until the next version of the same document is analysed.
 */
export class BindCache {
  /** Every binding made and not yet swept, by the parsed chunk it was made from. */
  private readonly byChunk = new Map<ParsedChunk, BoundChunk[]>();
  /** For texts bound in several places: how many of those places the document being built has bound so far. */
  private readonly placesBound = new Map<ParsedChunk, number>();
  private generation = 0;
  private claimed = 0;
  /** Characters of chunk text behind all bindings kept, and behind those the document being built has claimed. */
  private heldChars = 0;
  private claimedChars = 0;

  bind(placed: PlacedChunk): BoundChunk {
    const list = this.byChunk.get(placed.chunk);
    let bound: BoundChunk | undefined;
    if (list) {
      // Each binding serves one place per document; the same text may stand in several places.
      const free = (b: BoundChunk) =>
        b.claimedIn !== this.generation && b.role === placed.role && b.section === placed.section;
      if (list.length === 1) {
        bound = free(list[0]) ? list[0] : undefined;
      } else {
        // A text that stands in many places (entries duplicated, a block pasted again and again): its k-th place
        // takes its k-th binding, instead of a search over all its bindings for each place, which made a
        // section of 20,000 equal entries take 14 seconds.
        let place = this.placesBound.get(placed.chunk);
        // Counted only from the second binding on: the places bound before that are those it already took.
        place ??= list.reduce((taken, b) => taken + (b.claimedIn === this.generation ? 1 : 0), 0);
        this.placesBound.set(placed.chunk, place + 1);
        // Past the end of the list the places before took every binding (or left one for a new binding to replace).
        const guess = list[place];
        bound = guess === undefined ? undefined : free(guess) ? guess : list.find(free);
      }
    }
    if (bound) {
      moveBound(bound, placed.base);
    } else {
      bound = atExactLength(bindChunk(placed));
      placed.chunk.releaseTree();
      // Most chunks have one binding: a list of one, not an empty list pushed to, which keeps room for 17.
      if (list) list.push(bound);
      else this.byChunk.set(placed.chunk, [bound]);
      this.heldChars += placed.chunk.text.length;
    }
    bound.claimedIn = this.generation;
    this.claimed++;
    this.claimedChars += placed.chunk.text.length;
    return bound;
  }

  /**
   * Characters of chunk text kept alive by bindings that neither the last document nor the one before it used
   * (counted afresh, for tests).
   */
  get unusedChars(): number {
    let unused = 0;
    for (const [chunk, list] of this.byChunk) {
      for (const bound of list) if (bound.claimedIn < this.generation - 2) unused += chunk.text.length;
    }
    return unused;
  }

  /**
   * Ends a document that was not built to its end: the bindings it claimed count as the last document's (their
   * spans were moved to its places), so the next document finds them free and moves them again.
   */
  abandon(): void {
    this.placesBound.clear();
    this.generation++;
    this.claimed = 0;
    this.claimedChars = 0;
  }

  endDocument(): void {
    // Forget the bindings neither this document nor the one before used, once they are as many as those it used,
    // or hold an eighth of its text: sweeping is a walk over every binding, so it is not done on each keystroke,
    // but a broken structure can leave behind chunks as large as a whole section, and those must not pile up.
    // The document before counts too: a letter typed at the start of a line can take a whole section's entries
    // out of one version, and when it is deleted again they must not be bound again (which reads their text).
    if (
      this.byChunk.size > 2 * this.claimed + 16 ||
      this.heldChars - this.claimedChars > this.claimedChars / 8 + 65536
    ) {
      let held = 0;
      for (const [chunk, list] of this.byChunk) {
        const kept = list.filter((b) => b.claimedIn >= this.generation - 1);
        if (kept.length === 0) this.byChunk.delete(chunk);
        else if (kept.length < list.length) this.byChunk.set(chunk, kept);
        held += kept.length * chunk.text.length;
      }
      this.heldChars = held;
    }
    this.placesBound.clear();
    this.generation++;
    this.claimed = 0;
    this.claimedChars = 0;
  }
}

/** A binding with its arrays copied at their length (see atLength); its items come from listItems at theirs. */
function atExactLength(bound: BoundChunk): BoundChunk {
  return {
    ...bound,
    findings: atLength(bound.findings),
    references: atLength(bound.references),
    sections: atLength(bound.sections),
    entries: atLength(bound.entries),
    spans: atLength(bound.spans),
  };
}

/**
 * Moves a binding to where its chunk now stands. The bound values of a chunk serve every version of the document
 * that holds the chunk's text, so that a keystroke binds only what it changed: the spans are moved in place, and
 * a model describes the version analysed last (see PolicyAnalysis).
 */
function moveBound(bound: BoundChunk, base: number): void {
  const delta = base - bound.base;
  if (delta === 0) return;
  for (const span of bound.spans) {
    span.start += delta;
    span.end += delta;
  }
  bound.contentEnd += delta;
  bound.base = base;
}

export function buildModel(parsed: ParsedDocument, cache = new BindCache()): PolicyModel {
  return runSteps(buildModelSteps(parsed, cache));
}

/**
 * `buildModel` in steps (see text/steps.ts). Stopped before its end, it ends the cache's document as if it had
 * been built (cache.abandon): the bindings it moved stay valid for the next document, but the model of the
 * document before no longer describes its version.
 */
export function* buildModelSteps(parsed: ParsedDocument, cache: BindCache): Steps<PolicyModel> {
  let built = false;
  try {
    const model = yield* bindChunks(parsed, cache);
    built = true;
    return model;
  } finally {
    if (!built) cache.abandon();
  }
}

function* bindChunks(parsed: ParsedDocument, cache: BindCache): Steps<PolicyModel> {
  const findings: Finding[] = [];
  const references: RefValue[] = [];
  // Keys come from the author: `__proto__` or `constructor` must be ordinary names, not Object.prototype's.
  const fields: Record<string, BoundValue> = Object.create(null);
  const keys: Record<string, Span> = Object.create(null);
  const sections: SectionInfo[] = [];
  const chunks = parsed.chunks;

  const addSection = (section: BoundSection): void => {
    const first = keys[section.name];
    if (first) {
      findings.push({
        rule: 'duplicate-key',
        span: section.keySpan,
        message: message('duplicateKey', { key: section.name, where: message('where.document') }),
        related: [{ span: first, message: message('duplicateKey.first', { key: section.name }) }],
      });
      return;
    }
    sections.push({ name: section.name, keySpan: section.keySpan, span: section.span, schema: section.schema });
    if (!section.schema) return;
    keys[section.name] = section.keySpan;
    if (section.value !== undefined) fields[section.name] = section.value;
  };

  for (let i = 0; i < chunks.length; i++) {
    if (i % ROUNDS_PER_STEP === ROUNDS_PER_STEP - 1) yield;
    const bound = cache.bind(chunks[i]);
    appendAll(findings, bound.findings);
    appendAll(references, bound.references);
    if (chunks[i].role !== 'header') {
      bound.sections.forEach(addSection);
      continue;
    }
    // A split section: its header chunk names it, the body chunks that follow hold its entries.
    const header = bound.sections[0];
    const entries: Definition[] = [];
    const items: BoundValue[] = [];
    let end = header ? header.keySpan.end : bound.contentEnd;
    while (i + 1 < chunks.length && chunks[i + 1].role === 'body' && chunks[i + 1].section === chunks[i].section) {
      if (i % ROUNDS_PER_STEP === ROUNDS_PER_STEP - 1) yield;
      const body = cache.bind(chunks[++i]);
      appendAll(findings, body.findings);
      appendAll(references, body.references);
      appendAll(entries, body.entries);
      appendAll(items, body.items);
      end = Math.max(end, body.contentEnd);
    }
    if (!header) continue;
    const span = { start: header.keySpan.start, end };
    const value: BoundValue | undefined =
      header.schema?.kind === 'definitions'
        ? { kind: 'definitions', span, entries }
        : header.schema?.kind === 'list'
          ? { kind: 'list', span, items, flow: false }
          : undefined;
    addSection({ ...header, span, value });
  }
  cache.endDocument();

  for (const required of policySchema.required ?? []) {
    if (keys[required]) continue;
    const firstLineEnd = firstLineEndOf(parsed);
    findings.push({
      rule: 'required-field',
      span: { start: 0, end: Math.max(0, firstLineEnd) },
      message: message('requiredField', { where: message('where.document'), field: required }),
      fixData: { addSection: required },
    });
  }

  const root: ObjectValue<PolicyFields> = {
    kind: 'object',
    span: { start: 0, end: parsed.source.length },
    keys,
    fields: fields as Partial<PolicyFields>,
    ownerSpan: { start: 0, end: 0 },
  };
  const purposes = checkIds('purposes', root.fields.purposes?.entries ?? [], findings);
  const recipients = checkIds('recipients', root.fields.recipients?.entries ?? [], findings);
  const categories = checkIds('categories', root.fields.categories?.entries ?? [], findings);
  return {
    root,
    sections,
    purposes: purposes.entries,
    recipients: recipients.entries,
    categories: categories.entries,
    definitions: { purposes: purposes.byId, recipients: recipients.byId, categories: categories.byId },
    references,
    findings,
    loneCarriageReturn: parsed.loneCarriageReturn,
  };
}

/** Where the first line ends, before its line break; read from the pieces so the text need not be joined. */
function firstLineEndOf(parsed: ParsedDocument): number {
  const newline = parsed.source.indexOf('\n');
  if (newline < 0) return parsed.source.length;
  return newline > 0 && parsed.source.charAt(newline - 1) === '\r' ? newline - 1 : newline;
}

/** Appends without spreading: a spread passes every item as an argument, and 130,000 of them overflow the stack. */

/** Ids of one section, each defined once; later definitions of an id are reported. */
function checkIds<T extends Definition<object>>(kind: DefinitionKind, entries: readonly T[], findings: Finding[]) {
  const byId = new Map<string, T>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) {
      findings.push({
        rule: 'duplicate-id',
        span: entry.idSpan,
        message: message('duplicateId', { id: entry.id, section: kind }),
        related: [{ span: first.idSpan, message: message('duplicateId.first', { id: entry.id }) }],
      });
    } else {
      byId.set(entry.id, entry);
    }
  }
  // Each section's entries have their own fields; the model's map of all sections knows them as Definition.
  return { entries, byId: byId as unknown as ReadonlyMap<string, Definition> };
}

/** What the YAML reader says of a line indented like a stray chunk's first line. */
const strayIndentMessage = 'All mapping items must start at the same column';

function bindChunk(placed: PlacedChunk): BoundChunk {
  const { base, chunk, role, section: placedSection } = placed;
  const sink: BindSink = { findings: [], references: [], spans: [] };
  const binder = new Binder(base, sink);
  for (const problem of chunk.problems) {
    // A byte order mark is allowed where the file starts, nowhere else.
    if (problem.code === 'BOM' && base === 0) continue;
    sink.findings.push(problemFinding(problem, binder.at(base + problem.start, base + problem.end)));
  }
  const result: BoundChunk = {
    role,
    section: placedSection,
    base,
    findings: sink.findings,
    references: sink.references,
    sections: [],
    entries: [],
    items: [],
    contentEnd: base,
    spans: sink.spans,
    claimedIn: -1,
  };
  if (role === 'stray') {
    // Indented less than the block it follows and more than a key: YAML reports each such line and reads on.
    // Reported without the tree, which a stray entry does not need: it is bound to nothing.
    const indent = chunk.text.length - chunk.text.trimStart().length;
    const problem: SyntaxProblem = {
      start: indent,
      end: Math.min(chunk.text.length, indent + 1),
      code: 'BAD_INDENT',
      message: strayIndentMessage,
      kind: 'syntax',
    };
    sink.findings.push(problemFinding(problem, binder.at(base + problem.start, base + problem.end)));
    return result;
  }
  const root = chunk.tree();
  if (!root) return result;
  const contentEnd = base + root.end;
  const documentContext = { key: 'policy', path: '', where: message('where.document'), ownerSpan: binder.span(root) };

  if (placed.role === 'body') {
    const section = placed.section!;
    const schema = Object.prototype.hasOwnProperty.call(policySchema.fields, section)
      ? policySchema.fields[section]
      : undefined;
    const context = {
      key: section,
      path: section,
      where: message('where.section', { name: section }),
      ownerSpan: binder.span(root),
    };
    if (schema?.kind === 'definitions') {
      if (root.kind === 'map')
        return { ...result, contentEnd, entries: binder.definitionEntries(schema, root, section) };
      binder.wrongType(root, context, 'type.map');
    } else if (schema?.kind === 'list') {
      if (root.kind === 'seq') return { ...result, contentEnd, items: binder.listItems(schema, root.items, context) };
      binder.wrongType(root, context, 'type.list');
    }
    return { ...result, contentEnd };
  }

  if (root.kind !== 'map') {
    binder.wrongType(root, documentContext, 'type.map');
    return { ...result, contentEnd };
  }
  const sections: BoundSection[] = [];
  for (const pair of root.pairs) {
    if (!pair.key || pair.key.kind !== 'scalar') {
      if (pair.key) binder.wrongType(pair.key, documentContext, 'type.text');
      continue;
    }
    const name = pair.key.text;
    const keySpan = binder.span(pair.key);
    const schema = Object.prototype.hasOwnProperty.call(policySchema.fields, name)
      ? policySchema.fields[name]
      : undefined;
    if (!schema) {
      const known = Object.keys(policySchema.fields);
      const suggestion = closestWord(name, known);
      sink.findings.push({
        rule: 'unknown-key',
        span: keySpan,
        message: suggestion
          ? message('unknownKey.suggest', { key: name, where: message('where.document'), suggestion })
          : message('unknownKey', { key: name, where: message('where.document'), allowed: known.join(', ') }),
        fixData: suggestion ? { replaceWith: suggestion } : undefined,
      });
    }
    const span = binder.at(keySpan.start, pair.value ? base + pair.value.end : keySpan.end);
    const value =
      schema && placed.role === 'top'
        ? binder.bind(schema, pair.value, {
            key: name,
            path: name,
            where: message('where.section', { name }),
            ownerSpan: keySpan,
          })
        : undefined;
    sections.push({ name, keySpan, span, schema, value });
  }
  return { ...result, contentEnd, sections };
}

function problemFinding(problem: SyntaxProblem, span: Span): Finding {
  switch (problem.kind) {
    case 'too-complex':
      return { rule: 'too-complex', span, message: message('tooComplex', { limit: MAX_NESTING }) };
    case 'character':
      return problem.code === 'CONTROL'
        ? { rule: 'yaml-syntax', span, message: message('controlCharacter', { code: problem.message }) }
        : { rule: 'invisible-character', span, message: message('invisibleCharacter', { code: problem.message }) };
    case 'unsupported':
      switch (problem.code) {
        case 'ALIAS':
          return { rule: 'yaml-unsupported', span, message: message('unsupported.alias', { name: problem.message }) };
        case 'ANCHOR':
          return { rule: 'yaml-unsupported', span, message: message('unsupported.anchor', { name: problem.message }) };
        case 'DIRECTIVE':
          return {
            rule: 'yaml-unsupported',
            span,
            message: message('unsupported.directive', { directive: problem.message }),
          };
        case 'MULTIPLE_DOCS':
          return { rule: 'yaml-unsupported', span, message: message('unsupported.multipleDocs') };
        case 'TAG_RESOLVE_FAILED':
          return {
            rule: 'yaml-unsupported',
            span,
            message: message('unsupported.tag', { tag: problem.message.replace(/^Unresolved tag: /, '') }),
          };
        default:
          return {
            rule: 'yaml-unsupported',
            span,
            message: message('syntax', { detail: explainYamlError(problem.code, problem.message) }),
          };
      }
    case 'syntax':
      return {
        rule: 'yaml-syntax',
        span,
        message: message('syntax', { detail: explainYamlError(problem.code, problem.message) }),
      };
  }
}
