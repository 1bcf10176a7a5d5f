import * as assert from 'assert';
import type { CompletionItem, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  competentAuthority,
  eeaAuthorities,
  germanAuthorities,
  identifyAuthority,
} from '../../../server/src/service/schema/law/authorities';
import { stateOfCity } from '../../../server/src/service/schema/law/germanStates';
import { authoritySection } from '../../../server/src/service/rules/authorityCompetenceRules';
import { completePolicy, documentOf, rangesOf, service, validate, withCursor } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const controller = (city: string, extra = '', country = 'DE') =>
  `controller:\n  name: Beispiel GmbH\n  address:\n    street: Musterstraße 1\n    postalCode: "12345"\n    city: ${city}\n    country: ${country}\n${extra}  email: datenschutz@beispiel.de\n`;
const authority = (name: string) => `supervisoryAuthority:\n  name: ${name}\n`;

describe('the competent supervisory authority', () => {
  it('is the state authority for a private body, in Bavaria the BayLDA and for public bodies the BayLfD', () => {
    const id = (facts: Parameters<typeof competentAuthority>[0]) => {
      const competence = competentAuthority(facts);
      return competence?.kind === 'authorities' ? competence.authorities.map((a) => a.short) : competence?.kind;
    };
    assert.deepStrictEqual(id({ country: 'DE', state: 'DE-SN' }), ['SDTB']);
    assert.deepStrictEqual(id({ country: 'DE', state: 'DE-BY' }), ['BayLDA']);
    assert.deepStrictEqual(id({ country: 'DE', state: 'DE-BY', sector: 'public' }), ['BayLfD']);
    assert.deepStrictEqual(id({ country: 'DE', state: 'DE-NW', sector: 'federal' }), ['BfDI']);
    assert.deepStrictEqual(id({ country: 'DE', state: 'DE-HE', sector: 'telecom' }), ['BfDI', 'HBDI']);
    assert.deepStrictEqual(id({ country: 'AT' }), ['DSB']);
    assert.deepStrictEqual(id({ country: 'UA' }), 'residence');
    assert.strictEqual(id({ country: 'DE' }), undefined, 'without a state nothing is decided');
  });

  it('takes the state from the address, else from an unambiguous city, never from the postal code', () => {
    assert.strictEqual(stateOfCity('Dresden'), 'DE-SN');
    assert.strictEqual(stateOfCity('Frankfurt am Main'), 'DE-HE');
    assert.strictEqual(stateOfCity('Frankfurt'), undefined, 'Frankfurt (Oder) is in Brandenburg');
    assert.strictEqual(stateOfCity('Radebeul'), undefined);
  });

  it('the quick fix writes only contact data the research could confirm', () => {
    const keys = (country: string) =>
      authoritySection(eeaAuthorities.find((authority) => authority.country === country)!).setSection.keys.map(
        (stub) => stub.key,
      );
    assert.deepStrictEqual(keys('AT'), ['name', 'address', 'email', 'url']);
    assert.deepStrictEqual(keys('LT'), ['name', 'email'], 'Lithuania: address and web site unconfirmed');
    assert.deepStrictEqual(keys('FR'), ['name', 'address', 'url'], 'the CNIL has no general e-mail address');
  });

  it('recognises authorities by name, old names, e-mail domain and web address', () => {
    const short = (written: Parameters<typeof identifyAuthority>[0]) => identifyAuthority(written)?.short;
    assert.strictEqual(short({ name: 'Sächsische Datenschutz- und Transparenzbeauftragte' }), 'SDTB');
    assert.strictEqual(short({ name: 'Der Sächsische Datenschutzbeauftragte' }), 'SDTB');
    assert.strictEqual(
      short({ name: 'Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt' }),
      'LfD Sachsen-Anhalt',
    );
    assert.strictEqual(short({ name: 'Der Landesbeauftragte für den Datenschutz Niedersachsen' }), 'LfD Niedersachsen');
    assert.strictEqual(short({ name: 'Bayerisches Landesamt für Datenschutzaufsicht' }), 'BayLDA');
    assert.strictEqual(short({ name: 'Landesbeauftragter für den Datenschutz in Bayern' }), 'BayLfD');
    assert.strictEqual(short({ name: 'Aufsichtsbehörde', email: 'poststelle@lda.bayern.de' }), 'BayLDA');
    assert.strictEqual(short({ name: 'Behörde', url: 'https://www.datenschutz-berlin.de/' }), 'BlnBDI');
    assert.strictEqual(short({ name: 'CNIL' }), 'CNIL');
    assert.strictEqual(short({ name: 'Die zuständige Landesdatenschutzbehörde' }), undefined);
    assert.strictEqual(germanAuthorities.length, 18, 'the BfDI and 17 state authorities (Bavaria has two)');
  });
});

describe('rule authority-competence', () => {
  it('reports a named authority that is not competent, at its name', () => {
    const text = withSections(completePolicy, {
      supervisoryAuthority: authority('Bayerisches Landesamt für Datenschutzaufsicht'),
    });
    assert.deepStrictEqual(rangesOf(validate(text), 'authority-competence'), [
      rangeOfText(text, 'Bayerisches Landesamt für Datenschutzaufsicht'),
    ]);
  });

  it('reports the BayLfD for a company in Bavaria, and the BayLDA for a Bavarian public body', () => {
    const company = withSections(completePolicy, {
      controller: controller('München'),
      supervisoryAuthority: authority('Der Bayerische Landesbeauftragte für den Datenschutz'),
    });
    assert.strictEqual(rangesOf(validate(company), 'authority-competence').length, 1);
    const office = withSections(completePolicy, {
      controller: controller('München', '', 'DE').replace('  email:', '  sector: public\n  email:'),
      supervisoryAuthority: authority('Bayerisches Landesamt für Datenschutzaufsicht'),
    });
    assert.strictEqual(rangesOf(validate(office), 'authority-competence').length, 1);
  });

  it('asks a controller outside the Union for residence: true instead of a competent authority', () => {
    const text = withSections(completePolicy, {
      controller: controller('Kyiv', '', 'UA').replace(
        '  email:',
        '  representative:\n    name: Vertretung GmbH\n    email: v@beispiel.de\n  email:',
      ),
      supervisoryAuthority: authority('Berliner Beauftragte für Datenschutz und Informationsfreiheit'),
    });
    assert.strictEqual(rangesOf(validate(text), 'authority-competence').length, 1);
    const residence = text.replace(/supervisoryAuthority:\n.*\n/, 'supervisoryAuthority:\n  residence: true\n');
    assert.deepStrictEqual(
      validate(residence).map((d) => d.code),
      [],
    );
  });

  it('is quiet for the competent authority, an unknown name, and a controller whose state is not known', () => {
    for (const text of [
      completePolicy,
      withSections(completePolicy, { supervisoryAuthority: authority('Die zuständige Aufsichtsbehörde') }),
      withSections(completePolicy, {
        controller: controller('Radebeul'),
        supervisoryAuthority: authority('Bayerisches Landesamt für Datenschutzaufsicht'),
      }),
      withSections(completePolicy, {
        controller: controller('Radebeul', '    state: DE-SN\n'),
        supervisoryAuthority: authority('SDTB'),
      }),
      withSections(completePolicy, {
        controller: controller('Bonn').replace('  email:', '  sector: telecom\n  email:'),
        supervisoryAuthority: authority('Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit'),
      }),
    ])
      assert.deepStrictEqual(rangesOf(validate(text), 'authority-competence'), [], text);
  });
});

describe('completing and fixing the supervisory authority', () => {
  it('offers the competent authority first, preselected, with its address', () => {
    const { text, offset } = withCursor(
      withSections(completePolicy, { supervisoryAuthority: 'supervisoryAuthority:\n  name: |\n' }),
    );
    const document = documentOf(text);
    const items: CompletionItem[] = service({ locale: 'de' }).complete(document, document.positionAt(offset)).items;
    const first = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
    assert.strictEqual(first.label, 'Die Sächsische Datenschutz- und Transparenzbeauftragte');
    assert.strictEqual(first.preselect, true);
    assert.match(JSON.stringify(first.documentation), /Postfach 11 01 32/);
    assert.ok(items.some((item) => item.label === 'Bayerisches Landesamt für Datenschutzaufsicht'));
  });

  it('replaces a wrong authority with the competent one and its address; then the finding is gone', () => {
    const text = withSections(completePolicy, {
      supervisoryAuthority:
        'supervisoryAuthority:\n  name: Bayerisches Landesamt für Datenschutzaufsicht\n  email: poststelle@lda.bayern.de\n',
    });
    const svc = service();
    const document = documentOf(text);
    const diagnostic = svc.validate(document).find((d) => d.code === 'authority-competence')!;
    const action = svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] })[0];
    assert.match(action.title, /Sächsische/);
    const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const after = TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);
    assert.match(after, /email: "post@sdtb\.sachsen\.de"/);
    assert.doesNotMatch(after, /lda\.bayern/);
    assert.deepStrictEqual(
      validate(after).map((d) => d.code),
      [],
    );
  });
});
