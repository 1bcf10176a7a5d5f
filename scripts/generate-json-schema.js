// Writes schemas/privacy-policy.schema.json from the compiled format description (run `npm run build` first).
// A unit test fails when the committed file differs from what this would write.
const fs = require('fs');
const path = require('path');
const { schemaJsonText } = require('../out/server/src/service/schema/schemaFile.js');

const target = path.join(__dirname, '..', 'schemas', 'privacy-policy.schema.json');
fs.writeFileSync(target, schemaJsonText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
