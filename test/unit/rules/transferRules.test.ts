import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const recipient = (country: string, safeguard = '') =>
  withSections(completePolicy, {
    recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: ${country}\n${safeguard ? `    safeguard: ${safeguard}\n` : ''}`,
  });

describe('rule third-country-safeguard', () => {
  it('reports a recipient in a third country without a safeguard, at its country', () => {
    const text = recipient('UA');
    assert.deepStrictEqual(rangesOf(validate(text), 'third-country-safeguard'), [rangeOfText(text, 'UA')]);
  });

  it('treats the United States as adequate only under the Data Privacy Framework', () => {
    const bare = recipient('US');
    assert.deepStrictEqual(rangesOf(validate(bare), 'third-country-safeguard'), [rangeOfText(bare, 'US')]);
    const claimed = recipient('US', 'adequacy');
    assert.deepStrictEqual(rangesOf(validate(claimed), 'third-country-safeguard'), [rangeOfText(claimed, 'adequacy')]);
    assert.deepStrictEqual(rangesOf(validate(recipient('US', 'dpf')), 'third-country-safeguard'), []);
  });

  it('reports a safeguard that does not fit the country', () => {
    const noAdequacy = recipient('UA', 'adequacy');
    assert.deepStrictEqual(rangesOf(validate(noAdequacy), 'third-country-safeguard'), [
      rangeOfText(noAdequacy, 'adequacy'),
    ]);
    const dpf = recipient('IN', 'dpf');
    assert.deepStrictEqual(rangesOf(validate(dpf), 'third-country-safeguard'), [rangeOfText(dpf, 'dpf')]);
  });

  it('is quiet inside the EEA, for adequate countries and with standard contractual clauses', () => {
    for (const text of [
      completePolicy,
      recipient('NO'),
      recipient('CH'),
      recipient('GB'),
      recipient('UA', 'scc'),
      recipient('US', 'bcr'),
    ]) {
      assert.deepStrictEqual(rangesOf(validate(text), 'third-country-safeguard'), [], text);
    }
  });

  it('reports a transfer without safeguard, unless every recipient it names has one', () => {
    const transfer = (safeguard: string) => `transfers:\n  - country: IN\n    recipients: [hoster]\n${safeguard}`;
    const bare = withSections(completePolicy, { transfers: transfer('') });
    assert.deepStrictEqual(rangesOf(validate(bare), 'third-country-safeguard'), [rangeOfText(bare, 'IN')]);
    assert.deepStrictEqual(
      rangesOf(
        validate(withSections(completePolicy, { transfers: transfer('    safeguard: scc\n') })),
        'third-country-safeguard',
      ),
      [],
    );
    const covered = withSections(recipient('DE', 'scc'), { transfers: transfer('') });
    assert.deepStrictEqual(rangesOf(validate(covered), 'third-country-safeguard'), []);
  });
});
