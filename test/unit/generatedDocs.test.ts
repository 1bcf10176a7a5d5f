import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { formatReferenceMarkdown } from '../../scripts/docs/formatReference';
import { schemaJsonText } from '../../scripts/docs/schemaFile';
import { repoRoot } from '../support/paths';
import { validate } from '../support/serviceHarness';

describe('generated documentation', () => {
  for (const [file, generate] of [
    ['schemas/privacy-policy.schema.json', schemaJsonText],
    ['docs/format.md', formatReferenceMarkdown],
  ] as const) {
    it(`${file} is up to date with the format description (run \`npm run docs\`)`, () => {
      assert.strictEqual(fs.readFileSync(path.join(repoRoot, file), 'utf8'), generate());
    });
  }

  it('the JSON Schema accepts the structure of the seed example and names every section', () => {
    const schema = JSON.parse(schemaJsonText());
    assert.deepStrictEqual(Object.keys(schema.properties), [
      'policy',
      'controller',
      'purposes',
      'recipients',
      'categories',
      'transfers',
      'rights',
      'supervisoryAuthority',
      'cookies',
      'automatedDecisions',
      'children',
      'clauses',
      'changeHistory',
    ]);
    assert.deepStrictEqual(schema.required, ['policy', 'controller']);
    assert.deepStrictEqual(schema.properties.categories.additionalProperties.properties.recipients.oneOf[1], {
      const: 'none',
    });
  });

  it("the README's example policy passes every check", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const example = /^## The source format$[\s\S]*?```yaml\n([\s\S]*?)```/m.exec(readme);
    assert.ok(example, 'the README has an example policy under "The source format"');
    assert.deepStrictEqual(
      validate(example[1]).map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
      [],
    );
  });
});
