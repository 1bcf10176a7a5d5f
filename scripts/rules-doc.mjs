// Writes docs/rules.md and the JSON Schema of .privacy-policy.json from the rule catalog.
// Run after `tsc -p .` (npm run docs:rules does both).
import { writeFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const docs = require('../out/server/src/service/rules/ruleDocs.js');
writeFileSync(new URL(`../${docs.RULE_DOCS_PATH}`, import.meta.url), docs.renderRuleDocs());
writeFileSync(new URL(`../${docs.RULE_CONFIG_SCHEMA_PATH}`, import.meta.url), docs.renderRuleConfigSchema());
console.log(`wrote ${docs.RULE_DOCS_PATH}, ${docs.RULE_CONFIG_SCHEMA_PATH}`);
