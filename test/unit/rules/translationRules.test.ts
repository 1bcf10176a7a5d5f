import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { builtinClauses } from '../../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../../server/src/service/clauses/clauseLibrary';
import { buildPage } from '../../../server/src/service/render';
import { examplesDir } from '../../support/paths';
import { diagnosticsOf, rangeOfText } from '../../support/policyText';
import { documentOf, rangesOf, service } from '../../support/serviceHarness';

const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');
const library = createClauseLibrary(builtinClauses);
const missing = (text: string, locale: 'de' | 'en' = 'en') =>
  diagnosticsOf(text, { locale }).filter((d) => d.code === 'translation-missing');

/** The text after the translation fix of the first translation-missing finding at `needle`. */
function fixAt(text: string, needle: string): string {
  const svc = service();
  const document = documentOf(text);
  const at = text.indexOf(needle);
  const diagnostic = svc
    .validate(document)
    .find((d) => d.code === 'translation-missing' && document.offsetAt(d.range.start) === at);
  assert.ok(diagnostic, `no translation-missing at ${needle}`);
  const [action] = svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
  assert.ok(action, 'a quick fix');
  assert.match(action.title, /^Insert a placeholder for the (English|German) text$/);
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  return TextDocument.applyEdits(
    TextDocument.create(document.uri, 'privacy-policy', document.version, text),
    change.edits as TextEdit[],
  );
}

describe('translation-missing', () => {
  it('finds nothing in the bilingual example, where every text for readers is in both languages', () => {
    assert.deepStrictEqual(missing(bilingual), []);
  });

  it('finds nothing in a German-only policy: its texts are written once, as before', () => {
    const germanOnly = bilingual
      .replace('  languages: [de, en]\n', '')
      .replace(
        /title:\n {6}de: Bereitstellung und Sicherheit der Website\n {6}en: Providing and securing the website/,
        'title: Bereitstellung und Sicherheit der Website',
      );
    assert.deepStrictEqual(missing(germanOnly), []);
  });

  it('does not ask to translate names, addresses, e-mail addresses or codes', () => {
    // The controller's name, the authority and the cookie's name and provider stand the same in both pages.
    assert.ok(bilingual.includes('  name: Nordlicht Software GmbH'));
    assert.ok(bilingual.includes('    provider: Nordlicht Software GmbH'));
    assert.deepStrictEqual(missing(bilingual), []);
  });

  it('finds a text written once, in German and English, with the languages named', () => {
    const text = bilingual.replace(
      '    title:\n      de: Supportanfragen\n      en: Support requests\n',
      '    title: Supportanfragen\n',
    );
    const [finding] = missing(text);
    assert.strictEqual(
      rangesOf(missing(text), 'translation-missing')[0],
      rangeOfText(text, 'Supportanfragen\n', 0, 15),
    );
    assert.strictEqual(
      finding.message as string,
      'This text has no English version, but the policy is published in German and English (policy.languages): add "en:". Until then the English page shows the text as written and lists it as not yet translated.',
    );
    assert.match(
      missing(text, 'de')[0].message as string,
      /^Dieser Text fehlt auf Englisch, die Erklärung erscheint aber in Deutsch und Englisch/,
    );
    assert.strictEqual(finding.severity, 2);
  });

  it('quick fix: a text written once becomes a map of languages with the English placeholder', () => {
    const text = bilingual.replace(
      '    title:\n      de: Supportanfragen\n      en: Support requests\n',
      '    title: Supportanfragen\n',
    );
    const result = fixAt(text, 'Supportanfragen\n');
    assert.ok(result.includes('    title:\n      de: Supportanfragen\n      en: "TODO: translate"\n'), result);
    // The placeholder is found until it is translated.
    assert.deepStrictEqual(
      missing(result).map((d) => d.message),
      ['The English text is still the placeholder "TODO: translate": translate it.'],
    );
    assert.deepStrictEqual(missing(result.replace('"TODO: translate"', 'Support requests')), []);
  });

  it('quick fix: a map without English gets an English line at the indentation of its languages', () => {
    const text = bilingual.replace('      en: Two years after the request is closed.\n', '');
    const result = fixAt(text, 'de: Zwei Jahre');
    assert.ok(
      result.includes('      de: Zwei Jahre nach Abschluss der Anfrage.\n      en: "TODO: translate"\n'),
      result,
    );
  });

  it('quick fix: a flow map without English gets it before its brace', () => {
    const text = bilingual.replace(
      '- { de: Inhalt der Anfrage, en: Content of the request }',
      '- { de: Inhalt der Anfrage }',
    );
    const result = fixAt(text, 'de: Inhalt der Anfrage }');
    assert.ok(result.includes('- { de: Inhalt der Anfrage, en: "TODO: translate" }'), result);
  });

  it('quick fix: an item of a flow list becomes a flow map, quoted where a comma would end it', () => {
    const text = bilingual.replace(
      / {4}data:\n {6}- \{ de: Rechnungsanschrift, en: Billing address \}\n {6}- \{ de: Bankverbindung, en: Bank details \}\n {6}- \{ de: Rechnungen, en: Invoices \}\n/,
      '    data: [Rechnungsanschrift, "Bank, Konto", Rechnungen]\n',
    );
    let result = fixAt(text, 'Rechnungsanschrift,');
    assert.ok(result.includes('data: [{ de: Rechnungsanschrift, en: "TODO: translate" }, "Bank, Konto"'), result);
    result = fixAt(result, '"Bank, Konto"');
    assert.ok(result.includes(', { de: "Bank, Konto", en: "TODO: translate" }, Rechnungen]'), result);
    assert.deepStrictEqual(
      diagnosticsOf(result).filter((d) => d.severity === 1),
      [],
      'the fixed list is valid YAML and valid policy',
    );
  });

  it('quick fix: a block scalar moves in under its language, lines and all', () => {
    const text = bilingual.replace(
      / {4}text:\n {6}de: \|-\n([\s\S]*?) {6}en: \|-\n[\s\S]*?\{\{dpo\.email\}\}\.\n/,
      (_whole, german: string) => `    text: |-\n${german.replace(/^ {2}/gm, '')}`,
    );
    assert.ok(text.includes('    text: |-\n      Haben Sie Fragen'), text);
    const result = fixAt(text, '|-\n      Haben Sie');
    assert.ok(
      result.includes(
        '    text:\n      de: |-\n        Haben Sie Fragen zu dieser Erklärung oder zur Verarbeitung Ihrer Daten, schreiben Sie uns an {{controller.email}}.\n\n        Unseren Datenschutzbeauftragten erreichen Sie unter {{dpo.email}}.\n      en: "TODO: translate"\n',
      ),
      result,
    );
  });

  it('finds German missing in a policy written in English first', () => {
    const text = bilingual
      .replace('  language: de\n  languages: [de, en]', '  language: en\n  languages: [en, de]')
      .replace('    title:\n      de: Supportanfragen\n      en: Support requests\n', '    title: Support requests\n');
    const findings = missing(text);
    assert.strictEqual(findings.length, 1);
    assert.match(findings[0].message as string, /no German version/);
    assert.match(fixAt(text, 'Support requests\n'), /title:\n {6}en: Support requests\n {6}de: "TODO: übersetzen"\n/);
  });

  it('finds values under with: that a clause reads in the page', () => {
    const text = bilingual.replace(
      / {6}where:\n {8}de: (.*)\n {8}en: .*\n/,
      (_whole, german: string) => `      where: ${german}\n`,
    );
    assert.strictEqual(missing(text).length, 1);
  });

  it('the English page lists the untranslated text and the German page does not', () => {
    const text = bilingual.replace(
      '    title:\n      de: Supportanfragen\n      en: Support requests\n',
      '    title: Supportanfragen\n',
    );
    const analysis = service().analyze(documentOf(text));
    assert.ok(
      buildPage(analysis, library, 'en').gaps.some((gap) => gap.label === 'Not yet translated: "Supportanfragen"'),
    );
    assert.ok(!buildPage(analysis, library, 'de').gaps.some((gap) => gap.kind === 'translation'));
  });

  it('reports a language key that is not a language, and a flow map a comma broke', () => {
    const french = bilingual.replace('      en: Support requests\n', '      fr: Demandes de support\n');
    assert.ok(
      diagnosticsOf(french).some(
        (d) =>
          d.code === 'unknown-key' && d.message === '"fr" is not a language a policy is published in. Allowed: de, en.',
      ),
    );
    const comma = bilingual.replace(
      '{ de: Datum und Uhrzeit, en: Date and time }',
      '{ de: Datum, Uhrzeit, en: Date and time }',
    );
    assert.ok(
      diagnosticsOf(comma).some(
        (d) => d.code === 'unknown-key' && /"Uhrzeit" is not a language/.test(d.message as string),
      ),
    );
  });
});

describe('language-not-listed', () => {
  const notListed = (text: string, locale: 'de' | 'en' = 'de') =>
    diagnosticsOf(text, { locale }).filter((d) => d.code === 'language-not-listed');
  const withLanguages = (language: string, languages: string) =>
    bilingual.replace(
      '  language: de\n  languages: [de, en]\n',
      `  language: ${language}\n  languages: ${languages}\n`,
    );

  it('finds a language that the list of published languages leaves out, and names both', () => {
    const text = withLanguages('en', '[de]');
    const [finding, ...more] = notListed(text);
    assert.ok(finding, 'a finding');
    assert.deepStrictEqual(more, []);
    assert.match(
      finding.message as string,
      /„en“ \(policy\.language\) steht nicht unter den Sprachen der Erklärung \(de,/,
    );
    assert.match(finding.message as string, /erschiene auch auf Englisch/);
    assert.deepStrictEqual(rangesOf([finding], 'language-not-listed'), [rangeOfText(text, 'en\n  languages', 0, 2)]);
    assert.match(notListed(text, 'en')[0].message as string, /would be published in English too/);
  });

  it('is quiet when the language is listed, first or not, and when either key is missing', () => {
    assert.deepStrictEqual(notListed(bilingual), []);
    assert.deepStrictEqual(notListed(withLanguages('en', '[de, en]')), []);
    assert.deepStrictEqual(notListed(withLanguages('de', '[en, de]')), []);
    assert.deepStrictEqual(notListed(bilingual.replace('  languages: [de, en]\n', '')), []);
    assert.deepStrictEqual(notListed(bilingual.replace('  language: de\n', '')), []);
    // A language the format does not know is the enum check's finding, not this one's.
    assert.deepStrictEqual(notListed(withLanguages('fr', '[de]')), []);
  });

  it('adds the language to the list with its quick fix, and the finding is gone', () => {
    const text = withLanguages('en', '[de]');
    const svc = service();
    const document = documentOf(text);
    const [diagnostic] = svc.validate(document).filter((d) => d.code === 'language-not-listed');
    const [action] = svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
    assert.ok(action, 'a quick fix');
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    const fixed = TextDocument.applyEdits(
      TextDocument.create(document.uri, 'privacy-policy', document.version, text),
      change.edits as TextEdit[],
    );
    assert.ok(fixed.includes('  languages: [de, en]\n'), fixed.slice(0, 300));
    assert.deepStrictEqual(notListed(fixed), []);
  });
});
