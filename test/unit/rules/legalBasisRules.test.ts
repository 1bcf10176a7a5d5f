import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const purposes = (body: string) => withSections(completePolicy, { purposes: `purposes:\n${body}` });

describe('rule purpose-legal-basis', () => {
  it('reports a purpose without legalBasis at its id, and an empty list at its key', () => {
    const text = purposes('  vertrag:\n    title: Vertrag\n  werbung:\n    title: Werbung\n    legalBasis: []\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'purpose-legal-basis'), [
      rangeOfText(text, 'vertrag'),
      rangeOfText(text, 'legalBasis'),
    ]);
  });

  it('is quiet when every purpose has a basis', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'purpose-legal-basis'), []);
  });
});

describe('rule legitimate-interest', () => {
  it('reports art6-1-f without the interest, at the basis', () => {
    const text = purposes('  vertrag:\n    title: Vertrag\n    legalBasis: [art6-1-b, art6-1-f]\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'legitimate-interest'), [rangeOfText(text, 'art6-1-f')]);
  });

  it('is quiet when the interest is named', () => {
    const text = purposes(
      '  vertrag:\n    title: Vertrag\n    legalBasis: [art6-1-f]\n    legitimateInterest: Schutz vor Betrug.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'legitimate-interest'), []);
  });
});

describe('rule special-category-basis', () => {
  const withSpecial = (legalBasis: string) =>
    withSections(completePolicy, {
      purposes: `purposes:\n  vertrag:\n    title: Vertrag\n    legalBasis: [${legalBasis}]\n`,
      categories:
        'categories:\n  gesundheit:\n    title: Gesundheitsdaten\n    special: health\n    purposes: [vertrag]\n    recipients: none\n    retention: Zehn Jahre nach Behandlungsende (§ 630f BGB).\n',
    });

  it('reports each purpose of a special category that lacks an Art. 9(2) basis, at the reference', () => {
    const text = withSpecial('art6-1-b');
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'special-category-basis'), [rangeOfText(text, 'vertrag', 1)]);
    assert.strictEqual(diagnostics.find((d) => d.code === 'special-category-basis')!.relatedInformation!.length, 1);
  });

  it('is quiet with an Art. 9(2) basis', () => {
    assert.deepStrictEqual(rangesOf(validate(withSpecial('art6-1-b, art9-2-h')), 'special-category-basis'), []);
  });
});
