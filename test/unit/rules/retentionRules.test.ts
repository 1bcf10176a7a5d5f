import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText } from '../../support/policyText';

const withRetention = (line: string) => completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', line);

describe('rule retention-period', () => {
  it('reports a category without retention at its id, and an empty retention at its key', () => {
    const missing = withRetention('');
    assert.deepStrictEqual(rangesOf(validate(missing), 'retention-period'), [
      rangeOfText(missing, 'kontakt:', 0, 'kontakt'.length),
    ]);
    const empty = withRetention('    retention:\n');
    assert.deepStrictEqual(rangesOf(validate(empty), 'retention-period'), [rangeOfText(empty, 'retention')]);
  });

  it('is quiet when a retention is stated', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'retention-period'), []);
  });
});

describe('rule retention-vague', () => {
  it('reports "as long as necessary" alone, at the value', () => {
    for (const vague of [
      'So lange wie erforderlich.',
      'Solange dies nötig ist.',
      'As long as necessary.',
      'so lange, wie es für die Zwecke erforderlich ist',
    ]) {
      const text = withRetention(`    retention: ${vague}\n`);
      assert.deepStrictEqual(rangesOf(validate(text), 'retention-vague'), [rangeOfText(text, vague)], vague);
    }
  });

  it('is quiet when the phrase comes with a period or a criterion', () => {
    for (const fine of [
      'So lange wie erforderlich, höchstens drei Jahre.',
      'Solange der Vertrag läuft, danach 10 Jahre (§ 147 AO).',
      'So lange wie erforderlich, bis zum Widerruf.',
      'Sechs Monate.',
    ]) {
      assert.deepStrictEqual(
        rangesOf(validate(withRetention(`    retention: ${fine}\n`)), 'retention-vague'),
        [],
        fine,
      );
    }
  });
});
