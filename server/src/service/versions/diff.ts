/**
 * The structural diff of two versions of a policy: which records were added, removed or changed, down to the
 * field, with renamed ids recognised (similarity.ts) and references followed through the renames, so that
 * renaming `newsletter` to `newsletter-versand` is one rename and not a removed and an added purpose.
 */
import type { ClauseLibrary } from '../clauses/clauseLibrary';
import type { PolicyModel } from '../model/model';
import type { DefinitionKind } from '../schema/schemaTypes';
import { itemsOf, normalized, renameScore, sameLeaf, type IdMap } from './similarity';
import { recordsOf, snapshotOf, type Leaf, type PolicyRecord, type PolicySnapshot, type SectionKey } from './snapshot';

export interface Rename {
  readonly section: DefinitionKind;
  readonly from: string;
  readonly to: string;
}

export interface FieldChange {
  readonly field: string;
  readonly before?: Leaf;
  readonly after?: Leaf;
  /** For lists: the items only the later version has, in its ids. */
  readonly added: readonly string[];
  /** For lists: the items only the earlier version has, in the later version's ids. */
  readonly removed: readonly string[];
}

export interface RecordChange {
  readonly section: SectionKey;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The record's key in the later version (in the earlier one for removed records). */
  readonly key: string;
  readonly before?: PolicyRecord;
  readonly after?: PolicyRecord;
  /** The id the record had in the earlier version, when it was renamed. */
  readonly renamedFrom?: string;
  /** For changed records: every field that differs. */
  readonly fields: readonly FieldChange[];
}

export interface PolicyDiff {
  readonly before: PolicySnapshot;
  readonly after: PolicySnapshot;
  readonly renames: readonly Rename[];
  readonly changes: readonly RecordChange[];
  /** An id of the earlier version as the later version names it. */
  readonly idMap: IdMap;
}

/** The order in which sections are compared and their changes listed. */
const sectionOrder: readonly SectionKey[] = [
  'policy',
  'controller',
  'representative',
  'dpo',
  'supervisoryAuthority',
  'purposes',
  'recipients',
  'categories',
  'transfers',
  'cookies',
  'rights',
  'automatedDecisions',
  'clauses',
];

export function diffPolicies(before: PolicyModel, after: PolicyModel, library?: ClauseLibrary): PolicyDiff {
  return diffSnapshots(snapshotOf(before, library), snapshotOf(after, library));
}

export function diffSnapshots(before: PolicySnapshot, after: PolicySnapshot): PolicyDiff {
  const renamed = new Map<string, string>();
  const idMap: IdMap = (target, id) => (target ? (renamed.get(`${target}:${id}`) ?? id) : id);
  const renames: Rename[] = [];
  // Categories refer to purposes and recipients: their renames are found first, so they can be followed.
  for (const section of ['purposes', 'recipients', 'categories'] as const) {
    for (const rename of findRenames(section, recordsOf(before, section), recordsOf(after, section), idMap)) {
      renames.push(rename);
      renamed.set(`${section}:${rename.from}`, rename.to);
    }
  }
  const changes: RecordChange[] = [];
  for (const section of sectionOrder) {
    const olds = recordsOf(before, section);
    const news = recordsOf(after, section);
    const isDefinition = section === 'purposes' || section === 'recipients' || section === 'categories';
    const matched = new Set<string>();
    for (const [key, record] of news) {
      const oldKey = isDefinition ? oldKeyOf(section, key, renames, olds) : olds.has(key) ? key : undefined;
      const old = oldKey === undefined ? undefined : olds.get(oldKey);
      if (!old) {
        changes.push({ section, kind: 'added', key, after: record, fields: [] });
        continue;
      }
      matched.add(oldKey!);
      const fields = fieldChanges(old, record, idMap);
      const renamedFrom = oldKey !== key ? oldKey : undefined;
      if (fields.length || renamedFrom)
        changes.push({ section, kind: 'changed', key, before: old, after: record, renamedFrom, fields });
    }
    for (const [key, record] of olds)
      if (!matched.has(key)) changes.push({ section, kind: 'removed', key, before: record, fields: [] });
  }
  return { before, after, renames, changes, idMap };
}

function oldKeyOf(
  section: DefinitionKind,
  key: string,
  renames: readonly Rename[],
  olds: ReadonlyMap<string, PolicyRecord>,
): string | undefined {
  const rename = renames.find((candidate) => candidate.section === section && candidate.to === key);
  if (rename) return rename.from;
  // An id that was renamed away is not the same entry as a new one that took its name.
  if (renames.some((candidate) => candidate.section === section && candidate.from === key)) return undefined;
  return olds.has(key) ? key : undefined;
}

function findRenames(
  section: DefinitionKind,
  olds: ReadonlyMap<string, PolicyRecord>,
  news: ReadonlyMap<string, PolicyRecord>,
  idMap: IdMap,
): Rename[] {
  const gone = [...olds.values()].filter((record) => !news.has(record.key));
  const come = [...news.values()].filter((record) => !olds.has(record.key));
  const candidates: Array<{ from: PolicyRecord; to: PolicyRecord; score: number }> = [];
  for (const from of gone)
    for (const to of come) {
      const score = renameScore(from, to, idMap);
      if (score !== undefined) candidates.push({ from, to, score });
    }
  candidates.sort(
    (a, b) => b.score - a.score || a.to.span.start - b.to.span.start || a.from.span.start - b.from.span.start,
  );
  const used = new Set<PolicyRecord>();
  const renames: Rename[] = [];
  for (const { from, to } of candidates) {
    if (used.has(from) || used.has(to)) continue;
    used.add(from).add(to);
    renames.push({ section, from: from.key, to: to.key });
  }
  return renames;
}

function fieldChanges(before: PolicyRecord, after: PolicyRecord, idMap: IdMap): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fieldNames(before, after)) {
    const old = before.fields.get(field);
    const now = after.fields.get(field);
    if (sameLeaf(old, now, idMap)) continue;
    const oldItems = itemsOf(old, idMap);
    const newItems = itemsOf(now);
    // Sets, not lists: a list may hold thousands of items.
    const had = new Set(oldItems);
    const has = new Set(newItems);
    changes.push({
      field,
      before: old,
      after: now,
      added: newItems.filter((item) => !had.has(item)),
      removed: oldItems.filter((item) => !has.has(item)),
    });
  }
  return changes;
}

/** The fields of the later record, then those only the earlier one has. */
function* fieldNames(before: PolicyRecord, after: PolicyRecord): Generator<string> {
  yield* after.fields.keys();
  for (const name of before.fields.keys()) if (!after.fields.has(name)) yield name;
}

/** Whether a field's text differs, ignoring whitespace (for fields read as text). */
export function textChanged(change: FieldChange): boolean {
  const text = (leaf: Leaf | undefined) => (leaf?.kind === 'text' ? normalized(leaf.text) : undefined);
  return text(change.before) !== text(change.after);
}

/** Changes that alter what the policy says (not only its date, version, title or change history). */
export function substantiveChanges(diff: PolicyDiff): RecordChange[] {
  return diff.changes.filter((change) => change.section !== 'policy');
}
