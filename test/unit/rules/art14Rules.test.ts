import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const withCategoryLines = (lines: string) =>
  completePolicy.replace(
    '    retention: Drei Jahre nach Vertragsende.\n',
    `    retention: Drei Jahre nach Vertragsende.\n${lines}`,
  );

describe('rule data-source', () => {
  it('reports data from third parties or public sources without a source, at the origin', () => {
    for (const origin of ['third-party', 'public']) {
      const text = withCategoryLines(`    origin: ${origin}\n`);
      assert.deepStrictEqual(rangesOf(validate(text), 'data-source'), [rangeOfText(text, origin)], origin);
    }
  });

  it('is quiet with a source, and for data from the person or generated in use', () => {
    for (const lines of [
      '    origin: third-party\n    source: Auskunftei\n',
      '    origin: data-subject\n',
      '    origin: generated\n',
      '',
    ]) {
      assert.deepStrictEqual(rangesOf(validate(withCategoryLines(lines)), 'data-source'), [], lines);
    }
  });
});

describe('rule automated-decision-logic', () => {
  const rights = 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\n';

  it('reports automated decisions without logic and without consequences', () => {
    const text = withSections(completePolicy, {
      rights,
      automatedDecisions: 'automatedDecisions:\n  description: Bonitätsprüfung vor Kauf auf Rechnung.\n',
    });
    const key = rangeOfText(text, 'automatedDecisions');
    assert.deepStrictEqual(rangesOf(validate(text), 'automated-decision-logic'), [key, key]);
    const empty = withSections(completePolicy, {
      rights,
      automatedDecisions:
        'automatedDecisions:\n  description: Bonitätsprüfung.\n  logic:\n  consequences: Ablehnung.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(empty), 'automated-decision-logic'), [rangeOfText(empty, 'logic')]);
  });

  it('is quiet with logic and consequences, and without automated decisions', () => {
    const text = withSections(completePolicy, {
      rights,
      automatedDecisions:
        'automatedDecisions:\n  description: Bonitätsprüfung.\n  logic: Punktwert aus Zahlungshistorie.\n  consequences: Ablehnung des Kaufs auf Rechnung.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(text), 'automated-decision-logic'), []);
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'automated-decision-logic'), []);
  });
});
