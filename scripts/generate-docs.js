// Writes the generated documentation (run `npm run build` first): the JSON Schema and the format reference.
// Unit tests fail when a committed file differs from what this writes.
const fs = require('fs');
const path = require('path');
const { schemaJsonText } = require('../out/server/src/service/schema/schemaFile.js');
const { formatReferenceMarkdown } = require('../out/server/src/service/schema/formatReference.js');

const root = path.join(__dirname, '..');
const outputs = {
  'schemas/privacy-policy.schema.json': schemaJsonText(),
  'docs/format.md': formatReferenceMarkdown(),
};
for (const [file, text] of Object.entries(outputs)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`wrote ${file}`);
}
