import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { completenessRules } from '../../../server/src/service/rules/completenessRules';
import { ruleCatalog } from '../../../server/src/service/rules/ruleCatalog';

describe('completeness rules: the baseline', () => {
  it('a complete policy triggers no rule at all', () => {
    assert.deepStrictEqual(
      validate(completePolicy).map((d) => `${d.code}: ${d.message}`),
      [],
    );
  });

  it('every rule has a unique, stable-looking id, a default severity and both languages', () => {
    const ids = ruleCatalog.map((meta) => meta.id);
    assert.strictEqual(new Set(ids).size, ids.length, 'ids are unique');
    for (const meta of ruleCatalog) {
      assert.match(meta.id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, meta.id);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(meta.defaultSeverity), meta.id);
      for (const text of [meta.title, meta.description])
        assert.ok(text.de.trim() && text.en.trim() && text.de !== text.en, meta.id);
    }
    for (const rule of completenessRules)
      assert.ok(
        rule.meta.articles || ['text-spacing', 'doubled-word', 'placeholder'].includes(rule.meta.id),
        `${rule.meta.id} names its article`,
      );
  });

  it('rangesOf on a clean policy is empty for each completeness rule', () => {
    const diagnostics = validate(completePolicy);
    for (const rule of completenessRules) assert.deepStrictEqual(rangesOf(diagnostics, rule.meta.id), [], rule.meta.id);
  });
});
