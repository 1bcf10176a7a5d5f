import * as assert from 'assert';
import { completePolicy, rangesOf, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

/** The complete policy with one more purpose, used by its category so nothing else is reported. */
function withPurpose(lines: string): string {
  return withSections(completePolicy, {
    purposes: `purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  zweck:\n${lines}`,
    categories:
      'categories:\n  kontakt:\n    title: Kontaktdaten\n    data: [Name, E-Mail-Adresse]\n    purposes: [vertrag, zweck]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n',
  });
}

describe('rule basis-fit', () => {
  it('reports a contract basis for a newsletter and for web analytics, at the basis', () => {
    for (const kind of ['marketing', 'analytics']) {
      const text = withPurpose(
        `    title: Newsletter mit Produktneuheiten\n    kind: ${kind}\n    legalBasis: [art6-1-b]\n`,
      );
      assert.deepStrictEqual(rangesOf(validate(text), 'basis-fit'), [rangeOfText(text, 'art6-1-b', 1)], kind);
    }
  });

  it('reports § 25(2) no. 2 TDDDG and a legal obligation for analytics', () => {
    const device = withPurpose(
      '    title: Reichweitenmessung\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-2]\n',
    );
    assert.deepStrictEqual(rangesOf(validate(device), 'basis-fit'), [rangeOfText(device, 'tdddg-25-2')]);
    const obligation = withPurpose(
      '    title: Werbung\n    kind: marketing\n    legalBasis: [art6-1-c]\n    law: § 7 UWG\n',
    );
    assert.deepStrictEqual(rangesOf(validate(obligation), 'basis-fit'), [rangeOfText(obligation, 'art6-1-c')]);
  });

  it('reports a legal obligation that does not rest on Art. 6(1)(c)', () => {
    const text = withPurpose(
      '    title: Aufbewahrung von Rechnungen\n    kind: legal-obligation\n    legalBasis: [art6-1-f]\n    legitimateInterest: Ordnung.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'basis-fit'), [rangeOfText(text, '[art6-1-f]', 0)]);
  });

  it('warns where health care rests on consent instead of Art. 9(2)(h)', () => {
    const text = withPurpose('    title: Behandlung\n    kind: health-care\n    legalBasis: [art6-1-b, art9-2-a]\n');
    const found = validate(text).filter((d) => d.code === 'basis-fit');
    assert.deepStrictEqual(
      found.map((d) => d.severity),
      [2],
      'a warning',
    );
    assert.match(found[0].message as string, /Art\. 9\(2\)\(h\)/);
  });

  it('warns about § 26 BDSG as a basis of its own (CJEU C-34/21)', () => {
    const text = withPurpose('    title: Bewerbungsverfahren\n    kind: employment\n    legalBasis: [bdsg-26]\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'basis-fit'), [rangeOfText(text, 'bdsg-26')]);
  });

  it('is quiet where the basis fits, and where the purpose says nothing of its kind', () => {
    for (const lines of [
      '    title: Newsletter\n    kind: marketing\n    legalBasis: [art6-1-a]\n',
      '    title: Werbung an Bestandskunden\n    kind: marketing\n    legalBasis: [art6-1-f]\n    legitimateInterest: Direktwerbung (ErwG 47).\n',
      '    title: Reichweitenmessung\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-1]\n',
      '    title: Aufbewahrung\n    kind: legal-obligation\n    legalBasis: [art6-1-c]\n    law: § 147 AO\n',
      '    title: Behandlung\n    kind: health-care\n    legalBasis: [art6-1-b, art9-2-h]\n    law: § 22 Abs. 1 Nr. 1 lit. b BDSG\n',
      '    title: Behandlung mit zusätzlicher Einwilligung\n    kind: health-care\n    legalBasis: [art6-1-b, art9-2-h, art9-2-a]\n    law: § 22 Abs. 1 Nr. 1 lit. b BDSG\n',
      // Without a kind nothing can be asked: a newsletter title alone does not say the basis is wrong.
      '    title: Newsletter\n    legalBasis: [art6-1-b]\n',
    ])
      assert.deepStrictEqual(rangesOf(validate(withPurpose(lines)), 'basis-fit'), [], lines);
  });
});

describe('rule national-law', () => {
  it('asks for the law behind Art. 6(1)(c), (e) and Art. 9(2)(b), (g), (h), (i), at the basis', () => {
    for (const basis of ['art6-1-c', 'art6-1-e', 'art9-2-b', 'art9-2-g', 'art9-2-h', 'art9-2-i']) {
      const text = withPurpose(`    title: Pflicht\n    legalBasis: [${basis}]\n`);
      assert.deepStrictEqual(rangesOf(validate(text), 'national-law'), [rangeOfText(text, basis)], basis);
    }
  });

  it('is quiet when the purpose names its law, or rests on a basis that needs none', () => {
    for (const lines of [
      '    title: Aufbewahrung\n    legalBasis: [art6-1-c]\n    law: § 147 AO, § 257 HGB\n',
      '    title: Newsletter\n    legalBasis: [art6-1-a]\n',
      '    title: Sicherheit\n    legalBasis: [art6-1-f]\n    legitimateInterest: Schutz vor Angriffen.\n',
    ])
      assert.deepStrictEqual(rangesOf(validate(withPurpose(lines)), 'national-law'), [], lines);
  });

  it('names a fitting example in its message', () => {
    const health = validate(withPurpose('    title: Behandlung\n    kind: health-care\n    legalBasis: [art9-2-h]\n'), {
      locale: 'de',
    }).find((d) => d.code === 'national-law');
    assert.match(health!.message as string, /§ 22 Abs\. 1 Nr\. 1 lit\. b BDSG/);
    assert.match(health!.message as string, /stützt sich auf die Gesundheitsvorsorge, Diagnostik oder Behandlung/);
  });
});
