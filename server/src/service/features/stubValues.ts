/**
 * What a quick fix writes after a key it adds, so that the fix ends one step from valid: the ids the policy
 * defines or the schema's choices to pick from, today's date, or a place to type, each taken from the format
 * description and the model. In an editor that takes snippet edits these become tab stops and choices; in
 * others the plain text keeps only what needs no decision (the one id there is, today's date).
 */
import type { KeyStub } from '../rules/fixData';
import { policyLanguages } from '../clauses/policyLanguages';
import type { BoundValue, PolicyModel } from '../model/model';
import { policySchema } from '../schema/policySchema';
import type { FieldSchema, ObjectSchema } from '../schema/schemaTypes';
import { yamlKey, type Slot, type StubValue, type FilledStub } from './sourceEdits';

export interface StubContext {
  readonly model: PolicyModel;
  readonly today: Date;
}

/** The stubs with their values as the schema of the map they go into describes them. */
export function fillStubs(keys: readonly KeyStub[], schema: ObjectSchema | undefined, ctx: StubContext): FilledStub[] {
  const { published } = policyLanguages(ctx.model);
  return keys.map((stub) => {
    const field = schema?.fields[stub.key];
    if (stub.children?.length)
      return {
        key: stub.key,
        children: fillStubs(stub.children, field?.kind === 'object' ? field : undefined, ctx),
      };
    // A text for readers in a policy published in several languages: a place to type in each language.
    if (field?.kind === 'text' && field.translatable && published.length > 1)
      return { key: stub.key, children: published.map((language) => ({ key: language, value: { slot: typed } })) };
    // A value the check knows (`special: health`, the competent authority's name) is written as it is; an empty
    // list or none leaves the place for the author to fill.
    if (stub.value !== undefined && stub.value !== '' && stub.value !== '[]')
      return { key: stub.key, value: { before: stub.value } };
    const value = field ? valueFor(field, ctx) : undefined;
    return { key: stub.key, value: value ?? (stub.value !== undefined ? { before: stub.value } : undefined) };
  });
}

/** What follows `key: ` for a field of this schema; undefined for a map, whose keys go on the lines below. */
export function valueFor(field: FieldSchema, ctx: StubContext): StubValue | undefined {
  switch (field.kind) {
    case 'text':
      return field.format === 'date' ? { slot: { kind: 'default', text: isoDate(ctx.today) } } : { slot: typed };
    case 'enum':
      return { slot: choice(field.choices.map((choice) => choice.value)) };
    case 'bool':
      return { slot: choice(['true', 'false']) };
    case 'refs':
      return idList([...ctx.model.definitions[field.target].keys()]);
    case 'ref':
      return idValue([...ctx.model.definitions[field.target].keys()]);
    case 'list':
      if (field.item.kind === 'enum')
        return { before: '[', slot: choice(field.item.choices.map((c) => c.value)), after: ']' };
      return field.item.kind === 'object' ? undefined : { before: '[', slot: typed, after: ']' };
    default:
      return undefined;
  }
}

const typed: Slot = { kind: 'type' };

function choice(choices: readonly string[]): Slot {
  return { kind: 'choice', choices };
}

/** `[id]` when one id can stand there; a choice of the ids when there are several; a place to type when none. */
export function idList(ids: readonly string[]): StubValue {
  if (ids.length === 1) return { before: `[${yamlKey(ids[0])}]` };
  return { before: '[', slot: ids.length ? choice(ids.map(yamlKey)) : typed, after: ']' };
}

function idValue(ids: readonly string[]): StubValue {
  if (ids.length === 1) return { before: yamlKey(ids[0]) };
  return { slot: ids.length ? choice(ids.map(yamlKey)) : typed };
}

/** As completion proposes dates: the UTC day, as the date checks count. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The schema of the map a quick fix adds keys to, found by walking the model and the schema together to the
 * object whose owner (section key, id or list dash) starts at `ownerStart`.
 */
export function objectSchemaAt(model: PolicyModel, ownerStart: number): ObjectSchema | undefined {
  // The root has no owner of its own (its span starts where the first section does): only its sections are looked at.
  for (const [key, field] of Object.entries(policySchema.fields)) {
    const found = findIn((model.root.fields as Record<string, BoundValue | undefined>)[key], field, ownerStart);
    if (found) return found;
  }
  return undefined;
}

function findIn(value: BoundValue | undefined, schema: FieldSchema, ownerStart: number): ObjectSchema | undefined {
  if (!value) return undefined;
  if (value.kind === 'object' && schema.kind === 'object') {
    if (value.ownerSpan.start === ownerStart) return schema;
    for (const [key, field] of Object.entries(schema.fields)) {
      const found = findIn((value.fields as Record<string, BoundValue | undefined>)[key], field, ownerStart);
      if (found) return found;
    }
    return undefined;
  }
  if (value.kind === 'definitions' && schema.kind === 'definitions') {
    for (const entry of value.entries) {
      const found = findIn(entry.value, schema.entry, ownerStart);
      if (found) return found;
    }
    return undefined;
  }
  if (value.kind === 'list' && schema.kind === 'list') {
    for (const item of value.items) {
      const found = findIn(item, schema.item, ownerStart);
      if (found) return found;
    }
  }
  return undefined;
}
