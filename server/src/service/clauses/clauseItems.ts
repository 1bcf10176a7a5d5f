import type { PolicyModel, TextMapValue } from '../model/model';

/** The `with:` values of the clause item (`- use: ...`) whose text holds an offset: completion and hover fill the preview with them. */
export function clauseParamsAt(model: PolicyModel, offset: number): TextMapValue | undefined {
  return model.root.fields.clauses?.items.find((item) => item.span.start <= offset && offset <= item.span.end)?.fields.with;
}
