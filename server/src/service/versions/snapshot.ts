/**
 * One version of a policy reduced to what it means: records (the controller, each purpose, recipient, category,
 * transfer, cookie, clause …) with flat fields, so two versions compare field by field whatever their layout,
 * quoting or order. Spans stay with the values so a change can point to its place in either version.
 */
import type { ClauseLibrary } from '../clauses/clauseLibrary';
import { policyLanguages, type PageLanguage } from '../clauses/policyLanguages';
import type { BoundValue, ListValue, ObjectValue, PolicyModel, TextValue } from '../model/model';
import type { DefinitionKind } from '../schema/schemaTypes';
import type { Span } from '../text/positions';

/** A scalar as the reader sees it: text, an enumeration's value or a flag. */
export interface TextLeaf {
  readonly kind: 'text';
  readonly text: string;
  readonly span: Span;
  /**
   * A text written per language: its other languages' texts (`text` is the German one, or the first), so that a
   * change made in one language only is a change too.
   */
  readonly translations?: ReadonlyArray<{ readonly language: string; readonly text: string }>;
}

/** A list whose order does not change its meaning: data items, legal bases, references, rights. */
export interface SetLeaf {
  readonly kind: 'set';
  readonly items: ReadonlyArray<{
    readonly text: string;
    readonly span: Span;
    /** A data item written per language: its other languages' texts, as for a text. */
    readonly translations?: TextLeaf['translations'];
  }>;
  readonly span: Span;
  /** For lists of ids: the section they name, so renamed ids can be followed. */
  readonly target?: DefinitionKind;
}

/** The explicit `recipients: none`. */
export interface NoneLeaf {
  readonly kind: 'none';
  readonly span: Span;
}

export type Leaf = TextLeaf | SetLeaf | NoneLeaf;

export type SectionKey =
  | 'policy'
  | 'controller'
  | 'representative'
  | 'dpo'
  | 'supervisoryAuthority'
  | 'automatedDecisions'
  | 'purposes'
  | 'recipients'
  | 'categories'
  | 'transfers'
  | 'cookies'
  | 'rights'
  | 'clauses';

/** One thing the policy states, with its fields flattened (`address.city`, `with.provider`). */
export interface PolicyRecord {
  readonly section: SectionKey;
  /** The id, the cookie's name, the transfer's country …: what identifies the record within its section. */
  readonly key: string;
  /** Where the record is named (its id, its list item, its section key). */
  readonly span: Span;
  readonly fields: ReadonlyMap<string, Leaf>;
}

export interface PolicySnapshot {
  readonly sections: ReadonlyMap<SectionKey, ReadonlyMap<string, PolicyRecord>>;
}

/** The sections that hold one record each, in the order their changes are listed. */
const singletons = ['policy', 'controller', 'supervisoryAuthority', 'automatedDecisions'] as const;

export function snapshotOf(model: PolicyModel, library?: ClauseLibrary): PolicySnapshot {
  // A text written per language is read in the policy's first language, as its notice is written.
  const { primary } = policyLanguages(model);
  const sections = new Map<SectionKey, Map<string, PolicyRecord>>();
  const add = (section: SectionKey, key: string, span: Span, fields: Map<string, Leaf>) => {
    let records = sections.get(section);
    if (!records) sections.set(section, (records = new Map()));
    // A second entry under the same key (duplicate ids, two cookies of one name) is told apart by its order.
    let unique = key;
    for (let n = 2; records.has(unique); n++) unique = `${key}#${n}`;
    records.set(unique, { section, key: unique, span, fields });
  };
  const root = model.root.fields;

  for (const section of singletons) {
    const written = root[section] as ObjectValue | ListValue | undefined;
    // Automated decisions may be one or a list of them: each is a record of the section, told apart by order.
    const values = written?.kind === 'list' ? written.items : written ? [written] : [];
    for (const value of values) {
      if (value.kind !== 'object') continue;
      const fields = new Map<string, Leaf>();
      // The controller's representative and DPO are told apart: appointing one is a change of its own.
      flatten(value, '', fields, primary, section === 'controller' ? ['representative', 'dpo'] : []);
      add(section, section, value.ownerSpan, fields);
    }
  }
  for (const person of ['representative', 'dpo'] as const) {
    const value = root.controller?.fields[person];
    if (!value || value.kind !== 'object') continue;
    const fields = new Map<string, Leaf>();
    flatten(value, '', fields, primary);
    add(person, person, value.ownerSpan, fields);
  }
  for (const kind of ['purposes', 'recipients', 'categories'] as const) {
    for (const definition of model[kind]) {
      const fields = new Map<string, Leaf>();
      if (definition.value) flatten(definition.value, '', fields, primary);
      add(kind, definition.id, definition.idSpan, fields);
    }
  }
  for (const transfer of root.transfers?.items ?? []) {
    if (transfer.kind !== 'object') continue;
    const fields = new Map<string, Leaf>();
    flatten(transfer, '', fields, primary);
    add('transfers', textAt(fields, 'country') ?? '?', transfer.ownerSpan, fields);
  }
  for (const cookie of root.cookies?.items ?? []) {
    if (cookie.kind !== 'object') continue;
    const fields = new Map<string, Leaf>();
    flatten(cookie, '', fields, primary);
    add('cookies', textAt(fields, 'name') ?? '?', cookie.ownerSpan, fields);
  }
  const rights = root.rights;
  if (rights?.kind === 'list') {
    const fields = new Map<string, Leaf>();
    const leaf = leafOf(rights, primary);
    if (leaf) fields.set('rights', leaf);
    add('rights', 'rights', rights.span, fields);
  }
  for (const clause of root.clauses?.items ?? []) {
    if (clause.kind !== 'object') continue;
    const fields = new Map<string, Leaf>();
    flatten(clause, '', fields, primary);
    const use = textAt(fields, 'use');
    const title = textAt(fields, 'title') ?? (use !== undefined ? (library?.get(use)?.title ?? use) : undefined);
    if (title !== undefined && !fields.has('title'))
      fields.set('heading', { kind: 'text', text: title, span: clause.ownerSpan });
    add('clauses', use !== undefined ? `use:${use}` : `title:${title ?? '?'}`, clause.ownerSpan, fields);
  }
  return { sections };
}

function flatten(
  value: ObjectValue,
  prefix: string,
  into: Map<string, Leaf>,
  primary: PageLanguage,
  skip: readonly string[] = [],
): void {
  for (const [name, field] of Object.entries(value.fields) as Array<[string, BoundValue | undefined]>) {
    if (!field || skip.includes(name)) continue;
    const path = prefix + name;
    if (field.kind === 'object') flatten(field, `${path}.`, into, primary);
    else if (field.kind === 'textMap') {
      for (const entry of field.entries)
        if (entry.value)
          into.set(`${path}.${entry.key}`, { kind: 'text', text: entry.value.text, span: entry.value.span });
    } else {
      const leaf = leafOf(field, primary);
      if (leaf) into.set(path, leaf);
    }
  }
}

function leafOf(value: BoundValue, primary: PageLanguage): Leaf | undefined {
  switch (value.kind) {
    case 'text':
      return textLeaf(value, primary);
    case 'enum':
      return { kind: 'text', text: value.value, span: value.span };
    case 'bool':
      return { kind: 'text', text: String(value.value), span: value.span };
    case 'libraryRef':
      return { kind: 'text', text: value.id, span: value.span };
    case 'none':
      return { kind: 'none', span: value.span };
    case 'list': {
      const items: Array<SetLeaf['items'][number]> = [];
      let target: DefinitionKind | undefined;
      for (const item of value.items) {
        if (item.kind === 'text') {
          const { text, span, translations } = textLeaf(item, primary);
          items.push(translations ? { text, span, translations } : { text, span });
        } else if (item.kind === 'enum') items.push({ text: item.value, span: item.span });
        else if (item.kind === 'ref') {
          items.push({ text: item.id, span: item.span });
          target = item.target;
        }
      }
      return { kind: 'set', items, span: value.span, target };
    }
    default:
      return undefined;
  }
}

/** A text in the policy's first language; its other languages' texts alongside, when written per language. */
function textLeaf(value: TextValue, primary: PageLanguage): TextLeaf {
  const entries = value.translations?.entries;
  if (!entries?.length) return { kind: 'text', text: value.text, span: value.span };
  const first = entries.find((entry) => entry.language === primary) ?? entries[0];
  return {
    kind: 'text',
    text: first.value.text,
    span: first.value.span,
    translations: entries
      .filter((entry) => entry !== first)
      .map((entry) => ({ language: entry.language, text: entry.value.text })),
  };
}

function textAt(fields: ReadonlyMap<string, Leaf>, name: string): string | undefined {
  const leaf = fields.get(name);
  // A field that takes one value or a list of them (a recipient's countries and safeguards) reads as its values.
  if (leaf?.kind === 'set' && leaf.target === undefined) {
    const texts = leaf.items.map((item) => item.text.trim()).filter(Boolean);
    return texts.length ? texts.join(', ') : undefined;
  }
  return leaf?.kind === 'text' && leaf.text.trim() ? leaf.text.trim() : undefined;
}

/** The text of a field, blank text counting as absent. */
export function fieldText(record: PolicyRecord | undefined, name: string): string | undefined {
  return record ? textAt(record.fields, name) : undefined;
}

/** The items of a list field (ids, data items, legal bases), without blanks. */
export function fieldItems(record: PolicyRecord | undefined, name: string): string[] {
  const leaf = record?.fields.get(name);
  return leaf?.kind === 'set' ? leaf.items.map((item) => item.text.trim()).filter(Boolean) : [];
}

export function recordsOf(snapshot: PolicySnapshot, section: SectionKey): ReadonlyMap<string, PolicyRecord> {
  return snapshot.sections.get(section) ?? new Map();
}
