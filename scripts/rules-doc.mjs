// Writes docs/rules.md from the rule catalog. Run after `tsc -p .` (npm run docs:rules does both).
import { writeFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { renderRuleDocs, RULE_DOCS_PATH } = require('../out/server/src/service/rules/ruleDocs.js');
writeFileSync(new URL(`../${RULE_DOCS_PATH}`, import.meta.url), renderRuleDocs());
console.log(`wrote ${RULE_DOCS_PATH}`);
