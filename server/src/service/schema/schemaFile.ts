import { builtinClauses } from '../clauses/builtinClauses';
import { createClauseLibrary } from '../clauses/clauseLibrary';
import { toJsonSchema } from './jsonSchema';
import { policySchema } from './policySchema';

/** The text of schemas/privacy-policy.schema.json, as generated from the format description. */
export function schemaJsonText(): string {
  return JSON.stringify(toJsonSchema(policySchema, createClauseLibrary(builtinClauses)), null, 2) + '\n';
}
