import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { comparePolicies, modelOfText } from '../../../server/src/service/versions/comparison';
import { examplesDir } from '../../support/paths';
import { documentOf, service } from '../../support/serviceHarness';

const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');

function notice(before: string, after: string) {
  return comparePolicies(modelOfText(before), modelOfText(after), 'v-prev').notice;
}

function replaced(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example has ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const englishTitle = 'en: Meeting our obligations under commercial and tax law';
const newerDates = (text: string) =>
  replaced(
    replaced(text, 'published: 2026-11-02', 'published: 2026-12-01'),
    'effective: 2026-11-16',
    'effective: 2026-12-15',
  );

describe('versions of a bilingual policy', () => {
  it('notices a change made in the English text only, as an editorial entry that names the language', () => {
    const after = replaced(bilingual, englishTitle, 'en: Complying with commercial and tax law');
    const { entries, language } = notice(bilingual, after);
    assert.strictEqual(language, 'de');
    assert.deepStrictEqual(
      entries.map((entry) => [entry.text, entry.needsNotice]),
      [
        [
          'Redaktionell: Die englische Fassung zu „Erfüllung handels- und steuerrechtlicher Pflichten“ wurde überarbeitet.',
          false,
        ],
      ],
    );
  });

  it('says a German change as before, and does not say "changed from X to X" for a field changed in English only', () => {
    const after = replaced(
      replaced(bilingual, englishTitle, 'en: Complying with commercial and tax law'),
      'de: Erfüllung handels- und steuerrechtlicher Pflichten',
      'de: Handels- und steuerrechtliche Pflichten',
    );
    const texts = notice(bilingual, after).entries.map((entry) => entry.text);
    assert.strictEqual(texts.length, 1, texts.join('\n'));
    assert.match(
      texts[0],
      /„Erfüllung handels- und steuerrechtlicher Pflichten“.*„Handels- und steuerrechtliche Pflichten“/,
    );
  });

  it('asks for new dates when only the English text changed, and is content once they moved', () => {
    const after = replaced(bilingual, englishTitle, 'en: Complying with commercial and tax law');
    const checked = (text: string) =>
      service({ previousVersion: () => ({ text: bilingual, label: 'v-prev' }) })
        .validate(documentOf(text))
        .filter((d) => d.code === 'version-not-updated')
        .map((d) => d.message as string);
    assert.strictEqual(checked(after).length, 3, checked(after).join('\n'));
    assert.deepStrictEqual(checked(newerDates(replaced(after, 'version: "2.0"', 'version: "2.1"'))), []);
  });

  it('notices a data item translated anew, and a German item added as before', () => {
    const retranslated = replaced(bilingual, 'en: Date and time }', 'en: Date and time of access }');
    assert.deepStrictEqual(
      notice(bilingual, retranslated).entries.map((entry) => entry.text),
      ['Redaktionell: Die englische Fassung zu „Server-Log-Dateien“ wurde überarbeitet.'],
    );
    const added = replaced(
      retranslated,
      '      - { de: IP-Adresse, en: IP address }\n',
      '      - { de: IP-Adresse, en: IP address }\n      - { de: Referrer, en: Referrer }\n',
    );
    const texts = notice(bilingual, added).entries.map((entry) => entry.text);
    assert.ok(
      texts.some((text) => /Referrer/.test(text)),
      texts.join('\n'),
    );
  });

  it('finds no change where nothing changed in any language', () => {
    assert.deepStrictEqual(notice(bilingual, bilingual).entries, []);
  });

  it('writes the notice of a policy whose first language is English in English', () => {
    const english = replaced(bilingual, '  language: de\n  languages: [de, en]\n', '  languages: [en, de]\n');
    const after = replaced(english, 'de: Erfüllung handels- und steuerrechtlicher Pflichten', 'de: Steuerpflichten');
    const { language, entries } = notice(english, after);
    assert.strictEqual(language, 'en');
    assert.deepStrictEqual(
      entries.map((entry) => entry.text),
      ['Editorial: The German version of "Meeting our obligations under commercial and tax law" was revised.'],
    );
  });
});
