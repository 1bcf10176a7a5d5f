import * as assert from 'assert';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { countryTableSource } from '../../scripts/docs/countryTable';
import { schemaJsonText } from '../../scripts/docs/schemaFile';
import { allMessages, localize, message } from '../../server/src/service/l10n/messages';
import { renderPolicy } from '../../server/src/service/render';
import { basisPhrase } from '../../server/src/service/rules/legalPhrases';
import { countryNames } from '../../server/src/service/schema/countryNames';
import { isCountryCode } from '../../server/src/service/schema/countries';
import { completePolicy, documentOf, rangesOf, service, validate, withCursor } from '../support/serviceHarness';
import { codesOf, withSections } from '../support/policyText';

function complete(marked: string): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  return service({ locale: 'de' }).complete(document, document.positionAt(offset)).items;
}

function hoverText(marked: string): string | undefined {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  return (service({ locale: 'en' }).hover(document, document.positionAt(offset))?.contents as MarkupContent)?.value;
}

describe('country codes', () => {
  it('accept the codes ISO 3166-1 assigns and Kosovo, not reserved or withdrawn ones', () => {
    for (const code of ['GB', 'DE', 'US', 'BR', 'TL', 'XK']) assert.ok(isCountryCode(code), code);
    for (const code of [
      'UK',
      'EU',
      'TP',
      'VD',
      'YD',
      'YU',
      'ZR',
      'BU',
      'CS',
      'DD',
      'SU',
      'FX',
      'AN',
      'AC',
      'IC',
      'EA',
      'ZZ',
    ])
      assert.ok(!isCountryCode(code), code);
    assert.strictEqual(Object.keys(countryNames).length, 250, '249 ISO codes (iso-codes 4.15.0) and XK');
  });

  it('the generator leaves out what ICU names but ISO does not assign', () => {
    const source = countryTableSource();
    for (const code of ['UK', 'TP', 'VD', 'YD', 'AN', 'DD', 'SU', 'EU'])
      assert.doesNotMatch(source, new RegExp(`^  ${code}:`, 'm'), code);
    assert.match(source, /^ {2}GB: /m);
  });

  it('UK is not a country, so no one is told the United Kingdom lacks an adequacy decision', () => {
    const text = withSections(completePolicy, {
      recipients: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: UK\n',
    });
    const codes = validate(text).map((d) => d.code);
    assert.ok(codes.includes('invalid-value'));
    assert.ok(!codes.includes('third-country-safeguard'));
    const gb = text.replace('country: UK', 'country: GB');
    assert.deepStrictEqual(
      validate(gb).map((d) => d.code),
      [],
      'GB is adequate (renewed until 27 Dec 2031)',
    );
    const brazil = text.replace('country: UK', 'country: BR');
    assert.deepStrictEqual(
      validate(brazil).map((d) => d.code),
      [],
      'Brazil is adequate since 26 Jan 2026',
    );
  });
});

describe('one value or a list', () => {
  const recipient = (country: string, safeguard: string) =>
    withSections(completePolicy, {
      recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: ${country}\n${safeguard}`,
    });

  it("special, safeguard and a recipient's country take one value or a list, block or flow", () => {
    for (const text of [
      recipient('DE', ''),
      recipient('[DE, US]', '    safeguard: [dpf, scc]\n'),
      recipient('\n      - DE\n      - US', '    safeguard:\n      - scc\n'),
      recipient('US', '    safeguard: dpf\n'),
    ])
      assert.deepStrictEqual(
        validate(text).map((d) => d.code),
        [],
        text,
      );
  });

  it('checks each country of a list: US support access needs its safeguard', () => {
    const text = recipient('[DE, US]', '');
    assert.deepStrictEqual(rangesOf(validate(text), 'third-country-safeguard').length, 1);
    assert.deepStrictEqual(
      rangesOf(validate(recipient('[DE, IN]', '    safeguard: dpf\n')), 'third-country-safeguard').length,
      1,
    );
  });

  it('completes a value where one value may stand, and items inside brackets', () => {
    const special = complete(completePolicy.replace('    retention:', '    special: |\n    retention:'));
    assert.ok(special.some((item) => item.label === 'health' && item.detail === 'Gesundheitsdaten'));
    const country = complete(completePolicy.replace('    country: DE\ncategories', '    country: [DE, |]\ncategories'));
    assert.ok(country.some((item) => item.label === 'US'));
    const single = complete(completePolicy.replace('    country: DE\ncategories', '    country: |\ncategories'));
    assert.ok(single.some((item) => item.label === 'GB'));
    assert.ok(!single.some((item) => item.label === 'UK'));
  });

  it('completes and explains the keys of a single automated decision', () => {
    const keys = complete(`${completePolicy}automatedDecisions:\n  description: Prüfung\n  |\n`).map(
      (item) => item.label,
    );
    assert.ok(keys.includes('exception') && keys.includes('logic'), keys.join());
    assert.match(hoverText(`${completePolicy}automatedDecisions:\n  excep|tion: contract\n`) ?? '', /Art\. 22\(2\)/);
  });

  it('the JSON Schema allows one value or a list', () => {
    const schema = JSON.parse(schemaJsonText());
    const special = schema.properties.categories.additionalProperties.properties.special;
    assert.strictEqual(special.oneOf.length, 2);
    assert.strictEqual(special.oneOf[1].type, 'array');
    assert.strictEqual(schema.properties.automatedDecisions.oneOf[0].type, 'object');
  });
});

describe('messages that read as German', () => {
  it('name a basis in the accusative, with its article', () => {
    assert.strictEqual(
      localize('de', message('rightsMissing.purpose', { purpose: 'werbung', basis: basisPhrase('art6-1-f') })),
      'Der Zweck „werbung“ stützt sich auf ein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).',
    );
  });

  it('name special categories by their German labels, not by their codes', () => {
    const text = withSections(completePolicy, {
      categories:
        'categories:\n  kontakt:\n    title: Befunde\n    data: [Befunde]\n    special: [health, religious-beliefs]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
    });
    const found = validate(text, { locale: 'de' }).find((d) => d.code === 'special-category-basis')!;
    assert.match(found.message as string, /\(Gesundheitsdaten, Religiöse oder weltanschauliche Überzeugungen\)/);
    assert.doesNotMatch(found.message as string, /\((?:health|religious-beliefs)\)/);
  });

  it('no German message puts an English vocabulary code in brackets', () => {
    const codes = /\((?:health|religious-beliefs|ethnic-origin|processor|controller|consent|essential)\)/;
    for (const { key, de } of allMessages()) assert.doesNotMatch(de, codes, key);
  });
});

describe('the page states the new facts, each once', () => {
  const page = (text: string) =>
    renderPolicy(service({ locale: 'de' }).analyze(documentOf(text)), { format: 'page', mode: 'publish' });

  it('a controller without an establishment in the Union names no competent authority', () => {
    const text = withSections(completePolicy, {
      controller:
        'controller:\n  name: Relokia LLC\n  address:\n    street: 3a Medova St.\n    postalCode: "46000"\n    city: Ternopil\n    country: UA\n  email: privacy@relokia.example\n  representative:\n    name: Vertretung GmbH\n    email: v@beispiel.de\n',
      supervisoryAuthority: 'supervisoryAuthority:\n  residence: true\n',
      clauses: 'clauses:\n  - use: beschwerderecht\n',
    });
    const html = page(text);
    assert.match(html, /keine federführende Aufsichtsbehörde \(Art\. 56 DSGVO\)/);
    assert.doesNotMatch(html, /Für uns zuständig ist/);
    assert.ok(codesOf(text).includes('clause-condition'), 'the clause that names a competent authority is left out');
  });

  it('several automated decisions, each with its exception and law; a joint controller with Art. 26(3)', () => {
    const text = withSections(completePolicy, {
      recipients:
        'recipients:\n  hoster:\n    title: Meta Platforms Ireland Ltd.\n    role: joint-controller\n    country: IE\n    arrangement: Meta übernimmt die Rechte der Betroffenen für die Seiten-Insights.\n',
      rights: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\n',
      automatedDecisions:
        'automatedDecisions:\n  - description: Kauf auf Rechnung\n    logic: Punktwert\n    consequences: Kein Rechnungskauf\n    exception: contract\n  - description: Tarif\n    logic: Tabelle\n    consequences: Beitrag\n    exception: law\n    law: § 37 BDSG\n',
    });
    const html = page(text);
    assert.match(html, /<h3>Entscheidung 1<\/h3>[\s\S]*<h3>Entscheidung 2<\/h3>/);
    assert.match(
      html,
      /Zulässig auf Grund einer Rechtsvorschrift \(Art\. 22 Abs\. 2 lit\. b DSGVO\) i\. V\. m\. § 37 BDSG/,
    );
    assert.match(html, /Das Wesentliche der Vereinbarung \(Art\. 26 Abs\. 2 DSGVO\)/);
    assert.strictEqual(html.split('gegenüber jedem der gemeinsam Verantwortlichen').length - 1, 1);
  });

  it('the law behind a basis stands with the purpose', () => {
    const text = withSections(completePolicy, {
      purposes:
        'purposes:\n  vertrag:\n    title: Aufbewahrung\n    legalBasis: [art6-1-c]\n    law: § 147 AO, § 257 HGB\n',
      rights: 'rights: [access, rectification, restriction, complaint]\n',
    });
    assert.match(page(text), /Rechtsvorschrift: § 147 AO, § 257 HGB/);
  });
});
