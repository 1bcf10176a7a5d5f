import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import { toJsonSchema } from './jsonSchema';
import { policySchema } from '../../server/src/service/schema/policySchema';

/** The text of schemas/privacy-policy.schema.json, as generated from the format description. */
export function schemaJsonText(): string {
  return JSON.stringify(toJsonSchema(policySchema, createClauseLibrary(builtinClauses)), null, 2) + '\n';
}
