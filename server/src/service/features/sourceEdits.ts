/**
 * Edits of the policy's source text for quick fixes: each inserts, replaces or deletes only the characters it
 * must, computed on the text itself (never by printing a YAML tree, which would move comments and requote
 * values), in the document's own line endings and indentation.
 */
import type { ParsedDocument } from '../syntax/documentParser';
import type { ObjectValue, PolicyModel, SectionInfo } from '../model/model';
import type { Span } from '../text/positions';
import { policySchema } from '../schema/policySchema';
import type { FieldSchema, ObjectSchema } from '../schema/schemaTypes';
import type { KeyStub } from '../rules/fixData';
import { anchorLine } from '../config/suppressions';
import { lineIndexAt } from '../text/lines';

export interface SourceEdit {
  readonly start: number;
  readonly end: number;
  /** The text to insert; in an editor without snippet edits, the whole edit. */
  readonly newText: string;
  /**
   * The same text as an LSP snippet, when it has places for the author to fill (tab stops, choices): sent to
   * editors that take snippet edits (LSP 3.18 `SnippetTextEdit`).
   */
  readonly snippet?: string;
}

/** The place in a stub's value the author fills: a place to type, a default to keep or change, a choice. */
export type Slot =
  | { readonly kind: 'type' }
  | { readonly kind: 'default'; readonly text: string }
  | { readonly kind: 'choice'; readonly choices: readonly string[] };

/** What follows `key: ` in a stub: literal YAML around at most one slot. */
export interface StubValue {
  readonly before?: string;
  readonly slot?: Slot;
  readonly after?: string;
}

/** A key to add with the value it gets (see stubValues.ts), or with nested keys. */
export interface FilledStub {
  readonly key: string;
  readonly value?: StubValue;
  readonly children?: readonly FilledStub[];
}

/** A stub's text written twice at once: plain, and as a snippet with numbered tab stops. */
export class StubWriter {
  plain = '';
  snippet = '';
  private stops = 0;

  text(text: string): void {
    this.plain += text;
    this.snippet += text.replace(/[$}\\]/g, (character) => `\\${character}`);
  }

  value(value: StubValue): void {
    if (value.before) this.text(value.before);
    if (value.slot) this.slot(value.slot);
    if (value.after) this.text(value.after);
  }

  slot(slot: Slot): void {
    const stop = ++this.stops;
    if (slot.kind === 'type') this.snippet += `$${stop}`;
    else if (slot.kind === 'default') {
      this.plain += slot.text;
      this.snippet += `\${${stop}:${slot.text.replace(/[$}\\]/g, (character) => `\\${character}`)}}`;
    } else
      this.snippet += `\${${stop}|${slot.choices.map((c) => c.replace(/[,|\\]/g, (character) => `\\${character}`)).join(',')}|}`;
  }

  edit(start: number, end: number): SourceEdit {
    return this.stops
      ? { start, end, newText: this.plain, snippet: this.snippet }
      : { start, end, newText: this.plain };
  }
}

export interface SourceContext {
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly model: PolicyModel;
  readonly parsed: ParsedDocument;
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

export function columnOf(ctx: SourceContext, offset: number): number {
  return offset - ctx.lineStarts[lineIndexAt(ctx.lineStarts, offset)];
}

/** Where a new line goes after the line holding `offset - 1` (a span end): the start of the following line. */
function afterLineOf(ctx: SourceContext, contentEnd: number): { at: number; prefix: string } {
  const { text } = ctx;
  // A map's span runs over the blank lines after it; new lines go right after its last line of content.
  let end = contentEnd;
  while (end > 0 && text[end - 1] === '\n') {
    const lineStart = text.lastIndexOf('\n', end - 2) + 1;
    if (text.slice(lineStart, end).trim() !== '') break;
    end = lineStart;
  }
  if (end > 0 && text[end - 1] === '\n') return { at: end, prefix: '' };
  const newline = text.indexOf('\n', Math.max(0, end - 1));
  if (newline >= 0) return { at: newline + 1, prefix: '' };
  return { at: text.length, prefix: text.length > 0 ? eolOf(text) : '' };
}

/** The indentation step the document uses (two spaces unless its first nested key says otherwise). */
export function indentUnit(ctx: SourceContext): number {
  const match = /\n( +)[^\s#-]/.exec(ctx.text);
  return match ? Math.min(match[1].length, 8) : 2;
}

function renderKeys(out: StubWriter, keys: readonly FilledStub[], indent: number, unit: number, eol: string): void {
  for (const stub of keys) {
    out.text(`${' '.repeat(indent)}${yamlKey(stub.key)}:`);
    const value = stub.value;
    // An empty value stays `key:` in plain text; in a snippet the tab stop goes after a space.
    if (value && (value.before || value.after || value.slot)) {
      const plainBefore = out.plain.length;
      out.text(' ');
      out.value(value);
      if (out.plain.length === plainBefore + 1) out.plain = out.plain.slice(0, -1);
    }
    out.text(eol);
    if (stub.children?.length) renderKeys(out, stub.children, indent + unit, unit, eol);
  }
}

/** Key stubs with literal values (no places to fill) as filled stubs. */
export function literalStubs(keys: readonly KeyStub[]): FilledStub[] {
  return keys.map((stub) => ({
    key: stub.key,
    value: stub.value ? { before: stub.value } : undefined,
    children: stub.children ? literalStubs(stub.children) : undefined,
  }));
}

/** Key stubs with literal values as plain YAML lines, each ending with `eol`. */
export function renderPlainKeys(keys: readonly KeyStub[], indent: number, unit: number, eol: string): string {
  const out = new StubWriter();
  renderKeys(out, literalStubs(keys), indent, unit, eol);
  return out.plain;
}

/** Ids that YAML reads as plain text stay plain; anything else is written in double quotes. */
export function yamlKey(key: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(key) &&
    !/^(?:true|false|null|yes|no|on|off|~)$/i.test(key) &&
    !/^[\d.+-]+$/.test(key)
    ? key
    : JSON.stringify(key);
}

/** Adds keys to a block map, after its last line, at its keys' indentation. */
export function insertKeys(
  ctx: SourceContext,
  fix: { owner: Span; map?: Span; sibling?: Span; keys: readonly FilledStub[] },
): SourceEdit | undefined {
  const { text } = ctx;
  if (fix.map && text[fix.map.start] === '{') return undefined; // a flow map: no line to add
  const unit = indentUnit(ctx);
  const eol = eolOf(text);
  if (fix.sibling && fix.map) {
    const place = afterLineOf(ctx, fix.map.end);
    const out = new StubWriter();
    out.text(place.prefix);
    renderKeys(out, fix.keys, columnOf(ctx, fix.sibling.start), unit, eol);
    return out.edit(place.at, place.at);
  }
  // An empty map: its keys go on the lines after its owner (key, id or list dash), one step further in.
  const ownerLineEnd = text.indexOf('\n', fix.owner.end);
  const afterOwner = text.slice(fix.owner.end, ownerLineEnd < 0 ? text.length : ownerLineEnd).trim();
  if (afterOwner !== ':' && afterOwner !== '' && !afterOwner.startsWith('#') && !/^:\s*#/.test(afterOwner))
    return undefined;
  const place = afterLineOf(ctx, fix.owner.end + 1);
  const ownerColumn = columnOf(ctx, fix.owner.start);
  const out = new StubWriter();
  out.text(place.prefix);
  renderKeys(out, fix.keys, ownerColumn + unit, unit, eol);
  return out.edit(place.at, place.at);
}

/** The keys a new, empty object of a schema needs: its required keys, recursively. */
export function requiredStubs(schema: FieldSchema): KeyStub[] {
  if (schema.kind !== 'object') return [];
  return (schema.required ?? []).map((key) => {
    const field = (schema as ObjectSchema).fields[key];
    const children = requiredStubs(field);
    return children.length ? { key, children } : { key };
  });
}

const sectionOrder = Object.keys(policySchema.fields);

/** Adds a top-level section at its place in the schema's order, before the comments that introduce the next one. */
export function insertSection(
  ctx: SourceContext,
  name: string,
  body: { value?: StubValue; children?: readonly FilledStub[] },
): SourceEdit | undefined {
  const { text, model } = ctx;
  if (model.root.keys[name as keyof typeof model.root.keys]) return undefined;
  const eol = eolOf(text);
  const unit = indentUnit(ctx);
  const out = new StubWriter();
  const section = (): void =>
    renderKeys(out, [{ key: name, value: body.value, children: body.children }], 0, unit, eol);
  const index = sectionOrder.indexOf(name);
  const next = model.sections.find((section: SectionInfo) => sectionOrder.indexOf(section.name) > index);
  if (next) {
    let line = lineIndexAt(ctx.lineStarts, next.keySpan.start);
    while (line > 0 && /^[ \t]*#/.test(lineText(ctx, line - 1))) line--;
    const at = ctx.lineStarts[line];
    const blankBefore = line > 0 && lineText(ctx, line - 1).trim() === '';
    section();
    if (blankBefore) out.text(eol);
    return out.edit(at, at);
  }
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  const lastLine = lineText(ctx, ctx.lineStarts.length - (endsWithNewline && text.length > 0 ? 2 : 1));
  const last = model.sections[model.sections.length - 1];
  const separated =
    last !== undefined &&
    lineIndexAt(ctx.lineStarts, last.keySpan.start) > 0 &&
    lineText(ctx, lineIndexAt(ctx.lineStarts, last.keySpan.start) - 1).trim() === '';
  out.text((endsWithNewline ? '' : eol) + (separated && lastLine.trim() !== '' ? eol : ''));
  section();
  return out.edit(text.length, text.length);
}

function lineText(ctx: SourceContext, line: number): string {
  if (line < 0 || line >= ctx.lineStarts.length) return '';
  const start = ctx.lineStarts[line];
  const end = line + 1 < ctx.lineStarts.length ? ctx.lineStarts[line + 1] : ctx.text.length;
  return ctx.text.slice(start, end).replace(/\r?\n$/, '');
}

/** Adds a new entry to `purposes`, `recipients` or `categories`, creating the section if it is missing. */
export function insertDefinition(
  ctx: SourceContext,
  section: 'purposes' | 'recipients' | 'categories',
  id: string,
  keys: readonly FilledStub[],
): SourceEdit | undefined {
  const { model, text } = ctx;
  const info = model.sections.find((s) => s.name === section);
  if (!info) return insertSection(ctx, section, { children: [{ key: id, children: keys }] });
  const unit = indentUnit(ctx);
  const eol = eolOf(text);
  const entries: ReadonlyArray<{ idSpan: Span; value?: ObjectValue<object> }> = model[section];
  const afterKey = text.slice(info.keySpan.end, lineEndOf(text, info.keySpan.end)).replace(/^\s*:/, '').trim();
  if (afterKey !== '' && !afterKey.startsWith('#')) return undefined; // a flow map or a value on the key's line
  const first = entries[0];
  const entryIndent = first ? columnOf(ctx, first.idSpan.start) : unit;
  const firstKey = first?.value ? (Object.values(first.value.keys) as Span[])[0] : undefined;
  const keyIndent = firstKey ? columnOf(ctx, firstKey.start) : entryIndent + unit;
  const place = afterLineOf(ctx, entries.length ? info.span.end : info.keySpan.end + 1);
  const out = new StubWriter();
  out.text(`${place.prefix}${' '.repeat(entryIndent)}${yamlKey(id)}:${eol}`);
  renderKeys(out, keys, keyIndent, unit, eol);
  return out.edit(place.at, place.at);
}

function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline;
}

/** Adds a right to the `rights` list, in the list's own style. */
export function insertRight(ctx: SourceContext, right: string): SourceEdit | undefined {
  const { text, model } = ctx;
  const rights = model.root.fields.rights;
  const key = model.root.keys.rights;
  if (!rights || !key) return undefined;
  const items = rights.items;
  if (rights.flow) {
    if (items.length) {
      const last = items[items.length - 1].span;
      return { start: last.end, end: last.end, newText: `, ${right}` };
    }
    const open = text.indexOf('[', rights.span.start);
    return open >= 0 && open < rights.span.end ? { start: open + 1, end: open + 1, newText: right } : undefined;
  }
  if (items.length) {
    const last = items[items.length - 1].span;
    const dash = text.lastIndexOf('-', last.start);
    const lineStart = ctx.lineStarts[lineIndexAt(ctx.lineStarts, last.start)];
    if (dash < lineStart) return undefined;
    const place = afterLineOf(ctx, last.end);
    return {
      start: place.at,
      end: place.at,
      newText: `${place.prefix}${text.slice(lineStart, dash)}- ${right}${eolOf(text)}`,
    };
  }
  // `rights:` with nothing after it.
  const colon = text.indexOf(':', key.end);
  if (colon < 0 || text.slice(key.end, colon).trim() !== '') return undefined;
  const rest = text.slice(colon + 1, lineEndOf(text, colon)).replace(/\r$/, '');
  if (rest.trim() !== '' && !rest.trim().startsWith('#')) return undefined;
  return { start: colon + 1, end: colon + 1, newText: ` [${right}]` };
}

/** A suppression comment for a finding's rule above the line it belongs to, or the rule added to one already there. */
export function insertLineSuppression(ctx: SourceContext, offset: number, rule: string): SourceEdit {
  const line = anchorLine(offset, ctx.lineStarts, ctx.parsed);
  const lineStart = ctx.lineStarts[line];
  const previous = lineText(ctx, line - 1);
  const existing = /^([ \t]*#[ \t]*privacy-policy-disable-next-line[ \t]+[^\r\n]*?)(?:[ \t]+--[ \t].*)?$/.exec(
    previous,
  );
  if (line > 0 && existing && /-next-line[ \t]+\S/.test(existing[1])) {
    const at = ctx.lineStarts[line - 1] + existing[1].length;
    return { start: at, end: at, newText: `, ${rule}` };
  }
  const indent = /^[ \t]*/.exec(lineText(ctx, line))![0];
  return {
    start: lineStart,
    end: lineStart,
    newText: `${indent}# privacy-policy-disable-next-line ${rule}${eolOf(ctx.text)}`,
  };
}

export function insertFileSuppression(ctx: SourceContext, rule: string): SourceEdit {
  const first = lineText(ctx, 0);
  const existing = /^(#[ \t]*privacy-policy-disable[ \t]+[^\r\n]*?)(?:[ \t]+--[ \t].*)?$/.exec(first);
  if (existing) return { start: existing[1].length, end: existing[1].length, newText: `, ${rule}` };
  return { start: 0, end: 0, newText: `# privacy-policy-disable ${rule}${eolOf(ctx.text)}` };
}

/** Sorts edits and drops any that overlap an earlier one, so that they can be applied together. */
export function compatibleEdits(edits: readonly SourceEdit[]): SourceEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: SourceEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start < lastEnd || (edit.start === lastEnd && kept.length && kept[kept.length - 1].start === edit.start))
      continue;
    kept.push(edit);
    lastEnd = edit.end;
  }
  return kept;
}

/** Applies edits to a text (for tests and the command line). */
export function applyEdits(text: string, edits: readonly SourceEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
