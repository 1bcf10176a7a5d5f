import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { englishCitation } from '../../server/src/service/l10n/citations';
import { examplesDir } from '../support/paths';
import { documentOf, service, validPolicy, withCursor } from '../support/serviceHarness';

const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');

/** The text and cursor of a policy marked with ‸ (the example has block scalars, whose | is taken). */
function cursorIn(marked: string): { text: string; offset: number } {
  if (!marked.includes('‸')) return withCursor(marked);
  return { text: marked.replace('‸', ''), offset: marked.indexOf('‸') };
}

function complete(marked: string, locale: 'de' | 'en' = 'en'): CompletionItem[] {
  const { text, offset } = cursorIn(marked);
  const document = documentOf(text);
  return service({ locale }).complete(document, document.positionAt(offset)).items;
}

function hoverText(marked: string, locale: 'de' | 'en' = 'en'): string {
  const { text, offset } = cursorIn(marked);
  const document = documentOf(text);
  const hover = service({ locale }).hover(document, document.positionAt(offset));
  return hover ? unescaped((hover.contents as MarkupContent).value) : '';
}

/** Markdown as the reader sees it: the escapes that keep author text from becoming formatting removed. */
const unescaped = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

const docOf = (item: CompletionItem | undefined) =>
  unescaped((item?.documentation as MarkupContent | undefined)?.value ?? '');

describe('bilingual editing: completion and hover', () => {
  it('offers the languages a text is not yet written in, under the text', () => {
    const items = complete(
      bilingual.replace(
        '      de: Supportanfragen\n      en: Support requests\n',
        '      de: Supportanfragen\n      ‸\n',
      ),
    );
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.detail, item.textEdit?.newText]),
      [['en', 'English', 'en: ']],
    );
    assert.deepStrictEqual(
      complete(validPolicy.replace('    title: Kontaktdaten\n', '    title:\n      |\n'), 'de').map((item) => [
        item.label,
        item.detail,
      ]),
      [
        ['de', 'Deutsch'],
        ['en', 'Englisch'],
      ],
    );
  });

  it('offers no languages under a name, which is the same in every language', () => {
    assert.deepStrictEqual(
      complete(bilingual.replace('  name: Nordlicht Software GmbH\n', '  name:\n    ‸\n')).map((item) => item.label),
      [],
    );
  });

  it('offers the library with each clause in German and English for a bilingual policy, findable by either title', () => {
    const items = complete(bilingual.replace('  - use: ssl-tls\n', '  - use: ‸\n'));
    const contact = items.find((item) => item.label === 'kontaktformular');
    assert.ok(contact, 'the contact form clause is offered');
    const documentation = docOf(contact);
    assert.match(documentation, /\*\*Kontaktformular und Anfragen\*\* \(German\)/);
    assert.match(documentation, /\*\*Contact form and enquiries\*\* \(English\)/);
    assert.match(contact.filterText ?? '', /Contact form/);
    // The English text is bound to the policy's data in English.
    const newsletter = docOf(items.find((item) => item.label === 'newsletter'));
    assert.match(newsletter, /privacy@nordlicht\.example/);
    assert.match(newsletter, /withdraw/);
  });

  it('offers the German text only for a German-only policy, as before', () => {
    const documentation = docOf(
      complete(`${validPolicy}clauses:\n  - use: |\n`).find((item) => item.label === 'kontaktformular'),
    );
    assert.match(documentation, /^\*\*Kontaktformular und Anfragen\*\*\n/);
    assert.doesNotMatch(documentation, /\(English\)|Contact form/);
  });

  it('hover on a clause of a bilingual policy shows both languages and English citations in an English editor', () => {
    const value = hoverText(bilingual.replace('  - use: beschwerderecht\n', '  - use: beschwer‸derecht\n'));
    assert.match(value, /\(German\)/);
    assert.match(value, /\(English\)/);
    assert.match(value, /Art\. 13\(2\)\(d\) GDPR · Art\. 77 GDPR/);
    const german = hoverText(bilingual.replace('  - use: beschwerderecht\n', '  - use: beschwer‸derecht\n'), 'de');
    assert.match(german, /\(Deutsch\)/);
    assert.match(german, /Art\. 13 Abs\. 2 lit\. d DSGVO · Art\. 77 DSGVO/);
  });
});

describe('bilingual editing: hover on an id', () => {
  it('shows the titles, data and retention in both languages', () => {
    const value = hoverText(bilingual.replace('    purposes: [support]\n', '    purposes: [sup‸port]\n'));
    assert.match(
      value,
      /\*\*Purpose\*\* `support`: Beantwortung von Anfragen und Support \/ Answering enquiries and support/,
    );
    const category = hoverText(bilingual.replace('  supportanfragen:\n', '  support‸anfragen:\n'));
    assert.match(
      category,
      /Data: Name \/ Name, E-Mail-Adresse \/ Email address, Inhalt der Anfrage \/ Content of the request/,
    );
    assert.match(
      category,
      /Retention: Zwei Jahre nach Abschluss der Anfrage\. \/ Two years after the request is closed\./,
    );
  });
});

describe('citations in English', () => {
  it('writes GDPR articles and German sections as English texts cite them', () => {
    assert.deepStrictEqual(
      [
        'Art. 13 Abs. 1 lit. a DSGVO',
        'Art. 37–39 DSGVO',
        'Art. 4 Nr. 1 DSGVO',
        '§ 38 BDSG',
        '§ 7 Abs. 3 UWG',
        '§ 25 Abs. 2 Nr. 2 TDDDG',
        'Erwägungsgrund 47 DSGVO',
      ].map(englishCitation),
      [
        'Art. 13(1)(a) GDPR',
        'Arts. 37–39 GDPR',
        'Art. 4(1) GDPR',
        'Section 38 BDSG',
        'Section 7(3) UWG',
        'Section 25(2) no. 2 TDDDG',
        'Erwägungsgrund 47 DSGVO',
      ],
    );
  });
});
