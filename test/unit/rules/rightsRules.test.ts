import * as assert from 'assert';
import { rangesOf, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const policy = (legalBasis: string, rights: string | undefined, extra: Record<string, string> = {}) =>
  withSections(completePolicy, {
    purposes: `purposes:\n  vertrag:\n    title: Vertrag\n    legalBasis: [${legalBasis}]\n${legalBasis.includes('art6-1-f') ? '    legitimateInterest: Betrugsabwehr.\n' : ''}`,
    rights: rights === undefined ? '' : `rights: [${rights}]\n`,
    ...extra,
  });

describe('rule rights-basis', () => {
  it('requires withdrawal for consent, objection for (e) and (f), portability for contract', () => {
    const consent = policy('art6-1-a', 'access, rectification, erasure, restriction, portability, complaint');
    const diagnostics = validate(consent);
    assert.deepStrictEqual(rangesOf(diagnostics, 'rights-basis'), [rangeOfText(consent, 'rights')]);
    assert.match(String(diagnostics.find((d) => d.code === 'rights-basis')!.message), /withdraw/);
    const interest = policy('art6-1-f', 'access, rectification, erasure, restriction, complaint');
    assert.match(String(validate(interest).find((d) => d.code === 'rights-basis')!.message), /object/);
    const contract = policy('art6-1-b', 'access, rectification, erasure, restriction, complaint');
    assert.match(String(validate(contract).find((d) => d.code === 'rights-basis')!.message), /portability/);
  });

  it('requires access, rectification and restriction whatever the basis, and the automated-decision right with automated decisions', () => {
    const text = policy('art6-1-c', 'access, complaint');
    assert.deepStrictEqual(rangesOf(validate(text), 'rights-basis'), [
      rangeOfText(text, 'rights'),
      rangeOfText(text, 'rights'),
    ]);
    const automated = policy('art6-1-c', 'access, rectification, restriction, complaint', {
      automatedDecisions:
        'automatedDecisions:\n  description: Bonitätsprüfung.\n  logic: Punktwert aus Zahlungshistorie.\n  consequences: Ablehnung des Kaufs auf Rechnung.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(automated), 'rights-basis'), [rangeOfText(automated, 'rights')]);
  });

  it('warns about portability promised where no purpose rests on consent or contract', () => {
    const text = policy('art6-1-f', 'access, rectification, erasure, restriction, objection, portability, complaint');
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'rights-basis'), [rangeOfText(text, 'portability')]);
    assert.strictEqual(diagnostics.find((d) => d.code === 'rights-basis')!.severity, 2);
  });

  it('reports a policy without rights once, at the policy key', () => {
    const text = policy('art6-1-b', undefined);
    assert.deepStrictEqual(rangesOf(validate(text), 'rights-basis'), [rangeOfText(text, 'policy')]);
  });

  it('leaves rights that are not a list to the structure check', () => {
    const codes = validate(withSections(completePolicy, { rights: 'rights: access\n' })).map((d) => d.code);
    assert.ok(codes.includes('value-type'));
    assert.ok(!codes.includes('rights-basis') && !codes.includes('complaint-right'), codes.join());
  });

  it('is quiet when the rights match the bases', () => {
    assert.deepStrictEqual(rangesOf(validate(completePolicy), 'rights-basis'), []);
    const text = policy(
      'art6-1-a, art6-1-f',
      'access, rectification, erasure, restriction, portability, objection, withdrawal, complaint',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'rights-basis'), []);
  });
});
