import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  renderRuleConfigSchema,
  renderRuleDocs,
  RULE_CONFIG_SCHEMA_PATH,
  RULE_DOCS_PATH,
} from '../../scripts/docs/ruleDocs';
import { examplePolicy, ruleExamples } from '../../scripts/docs/ruleExamples';
import { ruleCatalog } from '../../server/src/service/rules/ruleCatalog';
import { repoRoot } from '../support/paths';
import { codesOf, withSections } from '../support/policyText';

describe('docs/rules.md', () => {
  it('is up to date with the rule catalog (run `npm run docs` after changing a rule)', () => {
    assert.strictEqual(fs.readFileSync(path.join(repoRoot, RULE_DOCS_PATH), 'utf8'), renderRuleDocs());
  });

  it('the JSON Schema of .privacy-policy.json is up to date and the extension uses it', () => {
    assert.strictEqual(fs.readFileSync(path.join(repoRoot, RULE_CONFIG_SCHEMA_PATH), 'utf8'), renderRuleConfigSchema());
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.ok(
      manifest.contributes.jsonValidation.some(
        (v: { fileMatch: string; url: string }) =>
          v.fileMatch === '.privacy-policy.json' && v.url === `./${RULE_CONFIG_SCHEMA_PATH}`,
      ),
    );
  });

  it('the README links to it under "Checks"', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    assert.match(readme, /^## Checks$[\s\S]*docs\/rules\.md/m);
  });

  it('the example policy passes every check', () => {
    assert.deepStrictEqual(codesOf(examplePolicy), []);
  });

  for (const meta of ruleCatalog) {
    const example = ruleExamples[meta.id];
    if (!example) continue;
    it(`the example of ${meta.id} triggers it, and its fixed version does not`, () => {
      const sectionsOf = (yaml: string) =>
        Object.fromEntries(
          yaml.split(/^(?=[A-Za-z#])/m).reduce<Array<[string, string]>>((all, part) => {
            const key = /^([A-Za-z]\w*):/.exec(part)?.[1];
            if (key) all.push([key, part]);
            else if (all.length) all[all.length - 1][1] += part;
            else all.push(['#', part]);
            return all;
          }, []),
        );
      const build = (yaml: string, remove: readonly string[] = []) => {
        const sections = { ...Object.fromEntries(remove.map((name) => [name, ''])), ...sectionsOf(yaml) };
        const comment = sections['#'] ?? '';
        delete sections['#'];
        return comment + withSections(examplePolicy, sections);
      };
      // A check across versions compares with the previous version the example names.
      const options =
        example.previous === undefined
          ? {}
          : { previousVersion: () => ({ text: build(example.previous!), label: 'HEAD' }) };
      assert.ok(
        codesOf(build(example.bad, example.remove), options).includes(meta.id),
        `bad example of ${meta.id}: ${codesOf(build(example.bad, example.remove), options)}`,
      );
      assert.ok(
        !codesOf(build(example.good), options).includes(meta.id),
        `good example of ${meta.id}: ${codesOf(build(example.good), options)}`,
      );
    });
  }

  it('every rule that can be shown has an example', () => {
    const withoutExample = ruleCatalog.map((meta) => meta.id).filter((id) => !ruleExamples[id]);
    assert.deepStrictEqual(withoutExample, ['too-complex', 'too-large', 'internal-error']);
  });
});
