/**
 * `npm run docs`: writes every file generated from the code: the format reference and its JSON Schema (from
 * service/schema/policySchema.ts), the rule documentation and the JSON Schema of `.privacy-policy.json` (from
 * the rule catalog and ruleExamples.ts). A unit test fails when a committed file differs from what this writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { formatReferenceMarkdown } from './formatReference';
import { renderRuleConfigSchema, renderRuleDocs } from './ruleDocs';
import { schemaJsonText } from './schemaFile';

export const generatedFiles: Readonly<Record<string, () => string>> = {
  'schemas/privacy-policy.schema.json': schemaJsonText,
  'docs/format.md': formatReferenceMarkdown,
  'docs/rules.md': renderRuleDocs,
  'schemas/privacy-policy-rules.schema.json': renderRuleConfigSchema,
};

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..', '..');
  for (const [file, generate] of Object.entries(generatedFiles)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), generate());
    console.log(`wrote ${file}`);
  }
}
