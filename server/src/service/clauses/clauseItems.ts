import type { ClauseFields, ObjectValue, PolicyModel, TextMapValue } from '../model/model';

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

/** The `with:` values of the clause item at an offset: completion and hover fill the preview with them. */
export function clauseParamsAt(model: PolicyModel, offset: number): TextMapValue | undefined {
  return clauseItemAt(model, offset)?.fields.with;
}
