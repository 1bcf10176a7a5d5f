import * as assert from 'assert';
import { rangesOf, TODAY, completePolicy, validate } from '../../support/serviceHarness';
import { rangeOfText, rangeWithin, withSections } from '../../support/policyText';

const withClauses = (clauses: string) => withSections(completePolicy, { clauses: `clauses:\n${clauses}` });

describe('rule outdated-law', () => {
  it('finds outdated law names in every scalar style, with exact ranges', () => {
    const text = withClauses(
      [
        '  - title: Cookies nach dem TTDSG',
        '    text: |-',
        '      Wir setzen Cookies nach § 25 TTDSG ein.',
        '      Die Anbieterkennzeichnung folgt aus § 5 TMG.',
        '  - title: "Übermittlung in die USA"',
        '    text: >-',
        '      Die Übermittlung stützt sich auf das EU-US',
        '      Privacy Shield.',
        "  - text: 'Nach dem Telemediengesetz gilt ''Impressumspflicht''; TMG-Kenner wissen es.'",
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'outdated-law'), [
      rangeOfText(text, 'TTDSG', 0),
      rangeOfText(text, 'TTDSG', 1),
      rangeOfText(text, 'TMG', 0),
      rangeOfText(text, 'EU-US\n      Privacy Shield'),
      rangeOfText(text, 'Telemediengesetz'),
      rangeOfText(text, 'TMG', 1),
    ]);
  });

  it('is quiet for current names and for names inside other words', () => {
    const text = withClauses(
      '  - text: Cookies nach § 25 TDDDG, Anbieterkennzeichnung nach § 5 DDG; die XTMG AG und TTDSGX bleiben.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'outdated-law'), []);
  });

  it('maps spans exactly in CRLF files and in double-quoted text with escapes', () => {
    const crlf = withClauses('  - text: |\n      Erste Zeile.\n      Nach § 25 TTDSG.\n').replace(/\n/g, '\r\n');
    assert.deepStrictEqual(rangesOf(validate(crlf), 'outdated-law'), [rangeOfText(crlf, 'TTDSG')]);
    const escaped = withClauses('  - text: "Gem\\u00e4\\u00df \\"TTDSG\\" und TMG"\n');
    assert.deepStrictEqual(rangesOf(validate(escaped), 'outdated-law'), [
      rangeOfText(escaped, 'TTDSG'),
      rangeOfText(escaped, 'TMG'),
    ]);
  });
});

describe('rule stale-policy', () => {
  const dated = (published: string, effective: string) =>
    completePolicy
      .replace(/published: .*\n/, `published: ${published}\n`)
      .replace(/effective: .*\n/, `effective: ${effective}\n`);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const monthsBefore = (months: number, days = 0) =>
    iso(new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - months, TODAY.getUTCDate() - days)));

  it('reports a policy last updated more than twelve months ago, at the later date', () => {
    const text = dated(monthsBefore(14), monthsBefore(12, 1));
    assert.deepStrictEqual(rangesOf(validate(text), 'stale-policy'), [rangeOfText(text, monthsBefore(12, 1))]);
  });

  it('is quiet up to twelve months, and for invalid dates', () => {
    assert.deepStrictEqual(rangesOf(validate(dated(monthsBefore(13), monthsBefore(12))), 'stale-policy'), []);
    assert.deepStrictEqual(rangesOf(validate(dated('2020-02-30', '2020-13-01')), 'stale-policy'), []);
  });
});

describe('rule text-spacing', () => {
  it('reports a missing space after punctuation', () => {
    const text = withClauses(
      '  - title: Fragen,plain, Streitbeilegung\n    text: |-\n      Wir speichern Daten.Die Löschung erfolgt; danach:nichts mehr!Ende\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'text-spacing'), [
      rangeOfText(text, ',p', 0, 1),
      rangeOfText(text, '.Die', 0, 1),
      rangeOfText(text, ':n', 0, 1),
      rangeOfText(text, '!E', 0, 1),
    ]);
  });

  it('is quiet for abbreviations, numbers, references, addresses and normal punctuation', () => {
    const fine =
      'Z. B. und z.B. oder d.h. und u.a. gilt Art. 6 Abs. 1 lit. f DSGVO sowie Art.6 und § 5 Nr.1, Beträge wie 1.000,50 Euro, ' +
      'Uhrzeit 10:30, Adressen wie https://www.beispiel.de/datenschutz?x=1,y oder datenschutz@beispiel.de, beispiel.de und e.V. „Zitat.“';
    assert.deepStrictEqual(rangesOf(validate(withClauses(`  - text: '${fine}'\n`)), 'text-spacing'), []);
  });
});

describe('rule doubled-word', () => {
  it('reports the second of two equal words', () => {
    const text = withClauses('  - text: Wir speichern und und löschen Daten Daten.\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'doubled-word'), [
      rangeWithin(text, 'und und', 'und', 1),
      rangeWithin(text, 'Daten Daten', 'Daten', 1),
    ]);
  });

  it('is quiet for words grammar doubles', () => {
    const text = withClauses('  - text: Personen, die die Daten erhalten, und wenn Sie sie löschen, was was ist.\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'doubled-word'), []);
  });
});

describe('rule placeholder', () => {
  it('reports template placeholders and editing marks', () => {
    const text = withClauses(
      "  - text: 'Verantwortlich ist [Firmenname], vertreten durch <Name des Geschäftsführers>. TODO prüfen. Ort: ____'\n",
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'placeholder'), [
      rangeOfText(text, '[Firmenname]'),
      rangeOfText(text, '<Name des Geschäftsführers>'),
      rangeOfText(text, 'TODO'),
      rangeOfText(text, '____'),
    ]);
  });

  it('is quiet for ordinary brackets and words', () => {
    const text = withClauses(
      '  - text: Die Daten (z. B. Name) werden [sic] verarbeitet; Einstellungen > Datenschutz > Cookies. Todos gibt es nicht.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'placeholder'), []);
  });
});

describe('rule vague-wording', () => {
  it('reports vague words as hints', () => {
    const text = withClauses(
      '  - text: Wir können Ihre Daten ggf. an einige Partner weitergeben, unter Umständen auch gelegentlich.\n',
    );
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'vague-wording'), [
      rangeOfText(text, 'können'),
      rangeOfText(text, 'ggf.'),
      rangeOfText(text, 'einige'),
      rangeOfText(text, 'unter Umständen'),
      rangeOfText(text, 'gelegentlich'),
    ]);
    assert.ok(diagnostics.filter((d) => d.code === 'vague-wording').every((d) => d.severity === 4));
  });

  it('is quiet for the reader\'s own options ("Sie können …")', () => {
    const text = withClauses(
      '  - text: Sie können der Verarbeitung jederzeit widersprechen. Dazu können Sie uns schreiben.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'vague-wording'), []);
  });
  // English texts: a policy written in English (language: en), or the English texts of a bilingual one.
  const inEnglish = (clauses: string) => withClauses(clauses).replace('policy:\n', 'policy:\n  language: en\n');
  const bilingual = (english: string) =>
    withClauses(
      `  - text:\n      de: Wir geben Ihre Daten an unseren Zahlungsdienstleister weiter.\n      en: ${english}\n`,
    ).replace('policy:\n', 'policy:\n  languages: [de, en]\n');

  it('reports the vague words of English texts, written once in an English policy or per language', () => {
    const sentence =
      'We may share some of your data with partners where applicable, and possibly also from time to time.';
    for (const text of [inEnglish(`  - text: ${sentence}\n`), bilingual(sentence)]) {
      assert.deepStrictEqual(rangesOf(validate(text), 'vague-wording'), [
        rangeOfText(text, 'may'),
        rangeOfText(text, 'some'),
        rangeOfText(text, 'where applicable'),
        rangeOfText(text, 'possibly'),
        rangeOfText(text, 'from time to time'),
      ]);
    }
    assert.match(
      validate(bilingual(sentence)).find((d) => d.code === 'vague-wording')!.message as string,
      /"may" is vague \(WP260\)/,
    );
  });

  it("is quiet for the reader's rights, negated sentences, the month May and words that contain a vague one", () => {
    for (const sentence of [
      'You may withdraw your consent at any time.',
      'You may lodge a complaint with a supervisory authority.',
      'Without an e-mail address we could not reply to you.',
      'We will not share your data with anyone.',
      'This policy has applied since 1 May 2026; the previous one was published in May 2025.',
      'Someone at our handsome office answers it; we keep it somewhere safe.',
    ]) {
      assert.deepStrictEqual(rangesOf(validate(inEnglish(`  - text: ${sentence}\n`)), 'vague-wording'), [], sentence);
      assert.deepStrictEqual(rangesOf(validate(bilingual(sentence)), 'vague-wording'), [], sentence);
    }
  });

  it('checks the English texts of a bilingual policy for old law and placeholders too, but not "TODO: translate"', () => {
    const text = bilingual('Transfers to the US rely on the EU-US Privacy Shield of [Company name].');
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'outdated-law'), [rangeOfText(text, 'EU-US Privacy Shield')]);
    assert.deepStrictEqual(rangesOf(diagnostics, 'placeholder'), [rangeOfText(text, '[Company name]')]);
    // The placeholder of a missing translation is translation-missing's to report, not a leftover.
    const untranslated = bilingual('"TODO: translate"');
    assert.deepStrictEqual(rangesOf(validate(untranslated), 'placeholder'), []);
    assert.ok(
      rangesOf(validate(untranslated), 'translation-missing').includes(rangeOfText(untranslated, '"TODO: translate"')),
    );
  });

  it('reads German texts with German words only, and English texts with English words only', () => {
    // "Sie können" (de) and "some" inside a German word; "kann" in an English text is not an English word.
    const text = bilingual('Kann is a German word and stays unreported here.').replace(
      'an unseren Zahlungsdienstleister',
      'gelegentlich an unseren Zahlungsdienstleister',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'vague-wording'), [rangeOfText(text, 'gelegentlich')]);
  });
});
