import type { ClauseFields, ObjectValue, PolicyModel, TextMapValue } from '../model/model';

/** The clause item (`- use: ...`) whose text holds an offset, if any. */
export function clauseItemAt(model: PolicyModel, offset: number): ObjectValue<ClauseFields> | undefined {
  return model.root.fields.clauses?.items.find((item) => item.span.start <= offset && offset <= item.span.end);
}

/** The `with:` values of the clause item at an offset: completion and hover fill the preview with them. */
export function clauseParamsAt(model: PolicyModel, offset: number): TextMapValue | undefined {
  return clauseItemAt(model, offset)?.fields.with;
}
