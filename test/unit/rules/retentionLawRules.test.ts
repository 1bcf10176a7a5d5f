import * as assert from 'assert';
import { completePolicy, rangesOf, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

/** A category with its title, data and retention; purposes may name a law. */
function category(title: string, data: string, retention: string, law = ''): string {
  return withSections(completePolicy, {
    purposes: `purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n${
      law ? `    law: ${law}\n` : ''
    }`,
    categories: `categories:\n  kontakt:\n    title: ${title}\n    data: [${data}]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: ${retention}\n`,
  });
}

describe('rule retention-statute', () => {
  it('reports six years for invoices under § 147 AO (eight since 2025), at the period', () => {
    const text = category('Rechnungen', 'Rechnungen, Zahlungseingänge', 'Sechs Jahre (§ 147 AO).');
    assert.deepStrictEqual(rangesOf(validate(text), 'retention-statute'), [rangeOfText(text, 'Sechs Jahre')]);
    const message = validate(text).find((d) => d.code === 'retention-statute')!.message as string;
    assert.match(message, /8 years/);
  });

  it('reports a patient record kept five years under § 630f BGB, and two years under the limitation period', () => {
    const patient = category(
      'Patientenakte',
      'Befunde, Behandlungsverlauf',
      'Fünf Jahre nach Abschluss der Behandlung (§ 630f Abs. 3 BGB).',
    );
    assert.deepStrictEqual(rangesOf(validate(patient), 'retention-statute'), [rangeOfText(patient, 'Fünf Jahre')]);
    const claims = category('Bestelldaten', 'Name, Anschrift', 'Zwei Jahre nach Vertragsende (§§ 195, 199 BGB).');
    assert.deepStrictEqual(rangesOf(validate(claims), 'retention-statute'), [rangeOfText(claims, 'Zwei Jahre')]);
  });

  it('reads the law a purpose names, and the shortest period of a statute when the words name no records', () => {
    const viaLaw = category(
      'Belege',
      'Buchungsbelege',
      'Sieben Jahre ab Ende des Kalenderjahres.',
      '§ 147 AO, § 257 HGB',
    );
    assert.deepStrictEqual(rangesOf(validate(viaLaw), 'retention-statute'), [rangeOfText(viaLaw, 'Sieben Jahre')]);
    const unnamed = category('Unterlagen', 'Unterlagen', 'Zwei Jahre (§ 147 AO).');
    assert.deepStrictEqual(rangesOf(validate(unnamed), 'retention-statute'), [rangeOfText(unnamed, 'Zwei Jahre')]);
  });

  it('is quiet where the period is long enough, in any wording', () => {
    for (const [title, data, retention] of [
      ['Rechnungen', 'Rechnungen', 'Acht Jahre (§ 147 Abs. 3 AO, § 14b UStG).'],
      ['Rechnungen', 'Rechnungen', '96 Monate ab Ende des Kalenderjahres (§ 147 AO).'],
      ['Korrespondenz', 'Geschäftsbriefe', 'Sechs Jahre (§ 257 HGB).'],
      ['Buchhaltung', 'Bücher, Jahresabschlüsse, Rechnungen', 'Zehn Jahre (§ 147 AO, § 257 HGB).'],
      [
        'Rechnungen und Briefe',
        'Rechnungen, Geschäftsbriefe',
        'Rechnungen acht, Geschäftsbriefe sechs Jahre (§ 147 Abs. 1, 3 und 4 AO).',
      ],
      ['Patientenakte', 'Befunde', 'Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).'],
      // A criterion, not a period: nothing to compare.
      ['Rechnungen', 'Rechnungen', 'Bis zum Ablauf der gesetzlichen Aufbewahrungsfrist (§ 147 AO).'],
      // A period without a statute: nothing to compare either.
      ['Kontaktdaten', 'Name', 'Sechs Monate nach der letzten Anfrage.'],
    ])
      assert.deepStrictEqual(rangesOf(validate(category(title, data, retention)), 'retention-statute'), [], retention);
  });
});

describe('rule retention-outdated', () => {
  it('reports ten years for invoices and vouchers since 1 January 2025, with a statute or a tax-law reason', () => {
    for (const retention of [
      'Zehn Jahre (§ 147 AO).',
      'Zehn Jahre nach § 14b UStG.',
      '10 Jahre wegen der steuerrechtlichen Aufbewahrungspflicht.',
    ]) {
      const text = category('Rechnungen', 'Rechnungen, Quittungen', retention);
      assert.strictEqual(rangesOf(validate(text), 'retention-outdated').length, 1, retention);
    }
  });

  it('is quiet for books and annual accounts, which are still kept ten years, and for eight years', () => {
    for (const [title, data, retention] of [
      ['Buchhaltung', 'Bücher, Inventare, Jahresabschlüsse', 'Zehn Jahre (§ 147 AO, § 257 HGB).'],
      ['Rechnungen', 'Rechnungen', 'Acht Jahre (§ 147 AO).'],
      ['Verträge', 'Mietverträge', 'Zehn Jahre nach Vertragsende.'],
    ])
      assert.deepStrictEqual(rangesOf(validate(category(title, data, retention)), 'retention-outdated'), [], retention);
  });
});

describe('rule retention-unlimited', () => {
  it('reports retention with no end, in its German forms', () => {
    for (const words of [
      'dauerhaft',
      'unbegrenzt',
      'unbefristet',
      'für immer',
      'auf unbestimmte Zeit',
      'auf Dauer',
      'bis auf Weiteres',
    ]) {
      const text = category('Kontaktdaten', 'Name', `Wir speichern die Daten ${words}.`);
      assert.deepStrictEqual(rangesOf(validate(text), 'retention-unlimited'), [rangeOfText(text, words)], words);
    }
  });

  it('reads each clause on its own: an end in one clause does not end another', () => {
    const text = category(
      'Konto',
      'Name',
      'Bis zur Kündigung; Sicherungskopien bewahren wir auf unbestimmte Zeit auf.',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'retention-unlimited'), [
      rangeOfText(text, 'auf unbestimmte Zeit'),
    ]);
  });

  it('is quiet for deletion, contract kinds, negations and a stated end', () => {
    for (const retention of [
      'Nach Löschung Ihres Kontos werden die Daten dauerhaft gelöscht.',
      'Die Daten werden dauerhaft und unwiderruflich gelöscht, sobald der Vertrag endet.',
      'Wir speichern die Daten nicht dauerhaft, sondern löschen sie nach 30 Tagen.',
      'Bei unbefristeten Arbeitsverträgen bis zum Ende des Arbeitsverhältnisses, danach drei Jahre.',
      'Für die Dauer des auf Dauer angelegten Mietverhältnisses, danach drei Jahre.',
      'Wir speichern Ihre Einwilligung dauerhaft, bis Sie sie widerrufen.',
      'Für die Dauer der Mitgliedschaft.',
    ])
      assert.deepStrictEqual(
        rangesOf(validate(category('Daten', 'Name', retention)), 'retention-unlimited'),
        [],
        retention,
      );
  });
});
