import * as assert from 'assert';
import { diffPolicies } from '../../../server/src/service/versions/diff';
import { modelOfText } from '../../../server/src/service/versions/comparison';
import { recipientPhrase, inCountry } from '../../../server/src/service/versions/phrasing';
import { periodInDays } from '../../../server/src/service/text/periods';
import { compareVersions } from '../../../server/src/service/versions/versionChecks';
import { NEARLY_SAME, textSimilarity } from '../../../server/src/service/versions/similarity';
import { edit } from '../../support/policyHistory';
import { completePolicy, documentOf, service } from '../../support/serviceHarness';

const base = completePolicy;

/** The notice's sentences for a change of `completePolicy`. */
function sentences(after: string, before = base): string[] {
  return service()
    .compare(documentOf(after), { text: before, label: 'HEAD' })
    .notice.entries.map((entry) => entry.text);
}

function renamesOf(after: string, before = base) {
  return diffPolicies(modelOfText(before), modelOfText(after)).renames;
}

describe('versions: renamed ids', () => {
  it('an id renamed with its content unchanged is a rename, and the references that follow it are no change', () => {
    const after = edit(
      base,
      ['  vertrag:\n', '  vertragserfuellung:\n'],
      ['purposes: [vertrag]', 'purposes: [vertragserfuellung]'],
    );
    assert.deepStrictEqual(renamesOf(after), [{ section: 'purposes', from: 'vertrag', to: 'vertragserfuellung' }]);
    assert.deepStrictEqual(sentences(after), []);
  });

  it('a renamed id whose title lost a typo is still the same entry: one editorial change', () => {
    const before = edit(base, ['title: Kontaktdaten', 'title: Kontakdaten']);
    const after = edit(base, ['  kontakt:\n', '  kontaktdaten:\n']);
    assert.ok(textSimilarity('Kontakdaten', 'Kontaktdaten') >= NEARLY_SAME);
    assert.deepStrictEqual(renamesOf(after, before), [{ section: 'categories', from: 'kontakt', to: 'kontaktdaten' }]);
    assert.deepStrictEqual(sentences(after, before), [
      'Redaktionell: Die Datenkategorie „Kontakdaten“ heißt nun „Kontaktdaten“.',
    ]);
  });

  it('another recipient with the same role and country is not a rename: its title differs too much', () => {
    const after = edit(
      base,
      ['  hoster:\n    title: Hosting-Dienstleister', '  versand:\n    title: Versand-Dienstleister'],
      ['recipients: [hoster]', 'recipients: [versand]'],
    );
    assert.ok(textSimilarity('Hosting-Dienstleister', 'Versand-Dienstleister') < NEARLY_SAME);
    assert.deepStrictEqual(renamesOf(after), []);
    assert.deepStrictEqual(
      service({ locale: 'de' })
        .compare(documentOf(after), { text: base, label: 'HEAD' })
        .notice.entries.map((entry) => entry.kind),
      ['recipient.added', 'recipient.removed'],
    );
  });

  it('the same title over mostly different content is not a rename', () => {
    const after = edit(
      base,
      ['  kontakt:\n', '  kunden:\n'],
      ['    data: [Name, E-Mail-Adresse]\n', '    data: [Kundennummer]\n'],
      [
        '    retention: Drei Jahre nach Vertragsende.\n',
        '    retention: Zehn Jahre.\n    origin: third-party\n    source: Auskunftei\n',
      ],
    );
    assert.deepStrictEqual(renamesOf(after), []);
  });

  it('ids follow renames in lists of other sections too (a category renamed in a transfer)', () => {
    const withTransfer = (text: string, id: string) =>
      `${text}transfers:\n  - country: CH\n    recipients: [hoster]\n    categories: [${id}]\n    safeguard: adequacy\n`;
    const after = edit(withTransfer(base, 'kunden'), ['  kontakt:\n', '  kunden:\n']);
    assert.deepStrictEqual(sentences(after, withTransfer(base, 'kontakt')), []);
  });
});

describe('versions: the change notice sentence by sentence', () => {
  const de = (after: string, before = base) =>
    service({ locale: 'de' })
      .compare(documentOf(after), { text: before, label: 'HEAD' })
      .notice.entries.map((entry) => entry.text);

  it('a new data item, a new legal basis, a shorter retention', () => {
    assert.deepStrictEqual(
      de(
        edit(
          base,
          ['data: [Name, E-Mail-Adresse]', 'data: [Name, E-Mail-Adresse, Telefonnummer]'],
          ['legalBasis: [art6-1-b]', 'legalBasis: [art6-1-b, art6-1-f]'],
          ['retention: Drei Jahre nach Vertragsende.', 'retention: Zwei Jahre nach Vertragsende.'],
        ),
      ),
      [
        'Neu: Die Datenkategorie „Kontaktdaten“ umfasst nun auch: Telefonnummer.',
        'Geändert: Rechtsgrundlagen für den Zweck „Erfüllung des Vertrags“ sind nun Art. 6 Abs. 1 lit. b und f DSGVO (bisher Art. 6 Abs. 1 lit. b DSGVO).',
        'Geändert: Wir speichern Kontaktdaten kürzer als bisher. Speicherdauer nun: „Zwei Jahre nach Vertragsende.“ (bisher: „Drei Jahre nach Vertragsende.“).',
      ],
    );
  });

  it('a recipient moved to a third country, with its new safeguard', () => {
    assert.deepStrictEqual(
      de(edit(base, ['    country: DE\ncategories', '    country: CH\n    safeguard: adequacy\ncategories'])),
      [
        'Geändert: Die Daten, die wir an den Empfänger „Hosting-Dienstleister“ übermitteln, werden nun in der Schweiz verarbeitet (bisher in Deutschland).',
        'Geändert: Garantie für die Übermittlung an den Empfänger „Hosting-Dienstleister“ in der Schweiz: nun Angemessenheitsbeschluss der EU-Kommission (bisher ohne angegebene Garantie).',
      ],
    );
  });

  it('a new data protection officer, a changed e-mail address, a removed right', () => {
    assert.deepStrictEqual(
      de(
        edit(
          base,
          [
            '  email: datenschutz@beispiel.de\n',
            '  email: privacy@beispiel.de\n  dpo:\n    name: Dr. Erika Muster\n    email: dsb@beispiel.de\n',
          ],
          ['portability, complaint]', 'complaint]'],
        ),
      ),
      [
        'Neu: Wir haben einen Datenschutzbeauftragten benannt: Dr. Erika Muster, dsb@beispiel.de.',
        'Entfallen: Hinweis auf Ihr Recht auf Datenübertragbarkeit (Art. 20 DSGVO).',
        'Geändert: E-Mail-Adresse des Verantwortlichen nun: privacy@beispiel.de (bisher: datenschutz@beispiel.de).',
      ],
    );
  });

  it('existing data used for an existing purpose it did not serve, and a category no longer sent to a recipient', () => {
    const before = edit(
      base,
      [
        'recipients:\n  hoster:\n',
        '  werbung:\n    title: Werbung\n    legalBasis: [art6-1-f]\n    legitimateInterest: Direktwerbung.\nrecipients:\n  agentur:\n    title: Werbeagentur Nord GmbH\n    role: processor\n    country: DE\n  hoster:\n',
      ],
      ['recipients: [hoster]', 'recipients: [hoster, agentur]'],
    );
    const after = edit(
      before,
      ['purposes: [vertrag]', 'purposes: [vertrag, werbung]'],
      ['recipients: [hoster, agentur]', 'recipients: [hoster]'],
    );
    assert.deepStrictEqual(de(after, before), [
      'Neu: Wir verarbeiten Kontaktdaten nun auch zum Zweck „Werbung“.',
      'Entfallen: Wir übermitteln Kontaktdaten nicht mehr an die Werbeagentur Nord GmbH.',
    ]);
  });

  it('quotes only what the author wrote, and nothing when nothing changed but the layout', () => {
    const relaid = base.replace('data: [Name, E-Mail-Adresse]', 'data:\n      - Name\n      - "E-Mail-Adresse"');
    assert.deepStrictEqual(de(relaid), []);
  });
});

describe('versions: phrasing', () => {
  it('reads periods from retention texts in German and English', () => {
    assert.strictEqual(periodInDays('14 Tage; danach gelöscht'), 14);
    assert.strictEqual(periodInDays('Drei Jahre nach Vertragsende (§ 195 BGB)'), 1095);
    assert.strictEqual(periodInDays('13 Monate'), 390);
    assert.strictEqual(periodInDays('two weeks'), 14);
    assert.strictEqual(periodInDays('Bis zum Widerruf'), undefined);
  });

  it('names recipients and countries as a German reader expects them', () => {
    assert.strictEqual(recipientPhrase('Versand Inc.', 'de'), 'die Versand Inc.');
    assert.strictEqual(recipientPhrase('Sachsen Hosting AG, Leipzig', 'de'), 'die Sachsen Hosting AG, Leipzig');
    assert.strictEqual(recipientPhrase('Finanzbehörden', 'de'), 'den Empfänger „Finanzbehörden“');
    assert.strictEqual(inCountry('US', 'de'), 'in den USA');
    assert.strictEqual(inCountry('CH', 'de'), 'in der Schweiz');
    assert.strictEqual(inCountry('GB', 'de'), 'im Vereinigten Königreich');
    assert.strictEqual(inCountry('IN', 'de'), 'in Indien');
    assert.strictEqual(inCountry('US', 'en'), 'in the United States');
  });

  it('orders version labels made of numbers, and leaves others alone', () => {
    assert.strictEqual(compareVersions('1.9', '2.0'), -1);
    assert.strictEqual(compareVersions('v2.10', '2.9'), 1);
    assert.strictEqual(compareVersions('2', '2.0'), 0);
    assert.strictEqual(compareVersions('Entwurf', '2.0'), undefined);
  });
});
