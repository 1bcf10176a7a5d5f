import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

describe('rule complaint-right', () => {
  it('reports rights without complaint at the rights key', () => {
    const text = withSections(completePolicy, {
      rights: 'rights:\n  - access\n  - rectification\n  - erasure\n  - restriction\n  - portability\n',
    });
    assert.deepStrictEqual(rangesOf(validate(text), 'complaint-right'), [rangeOfText(text, 'rights')]);
  });

  it('is quiet when complaint is listed, and leaves a missing rights section to rights-basis', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'complaint-right'), []);
    assert.deepStrictEqual(rangesOf(validate(withSections(completePolicy, { rights: '' })), 'complaint-right'), []);
  });
});

describe('rule supervisory-authority', () => {
  it('reports a policy without supervisoryAuthority at the policy key', () => {
    const text = withSections(completePolicy, { supervisoryAuthority: '' });
    assert.deepStrictEqual(rangesOf(validate(text), 'supervisory-authority'), [rangeOfText(text, 'policy')]);
  });

  it('is quiet when the authority is named', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'supervisory-authority'), []);
  });
});
