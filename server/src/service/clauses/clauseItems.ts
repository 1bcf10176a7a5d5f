import type { ClauseFields, ObjectValue, PolicyModel } from '../model/model';
import type { PlaceholderScope } from './placeholders';
import { scopeOf } from './policyFacts';

/**
 * The clause item (`- use: ...`) that an offset inside the clauses list belongs to: the last one starting
 * before it, so a half-typed line below an item (whose span ends at its last value) still counts as its own.
 */
export function clauseItemAt(model: PolicyModel, offset: number): ObjectValue<ClauseFields> | undefined {
  let found: ObjectValue<ClauseFields> | undefined;
  for (const item of model.root.fields.clauses?.items ?? []) {
    if (item.span.start > offset) break;
    found = item;
  }
  return found;
}

/** What the clause item at an offset supplies to its clause (`with:` values, `category:`, `recipient:`). */
export function clauseScopeAt(model: PolicyModel, offset: number): PlaceholderScope {
  const item = clauseItemAt(model, offset);
  return item ? scopeOf(model, item) : {};
}
