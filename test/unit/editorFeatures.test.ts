import * as assert from 'assert';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RenameError } from '../../server/src/service/features/navigation';
import { documentOf, service, TODAY, validPolicy, withCursor } from '../support/serviceHarness';

function complete(marked: string, locale: 'de' | 'en' = 'en'): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  return service({ locale }).complete(document, document.positionAt(offset)).items;
}

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function hoverText(marked: string, locale: 'de' | 'en' = 'en'): string | undefined {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  const hover = service({ locale }).hover(document, document.positionAt(offset));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const document = TextDocument.create('file:///x', 'privacy-policy', 1, text);
  return TextDocument.applyEdits(document, edits as TextEdit[]);
}

describe('completion', () => {
  it('offers the top-level sections not yet written, required ones first', () => {
    const items = complete(`${validPolicy}|`);
    assert.deepStrictEqual(labels(items).sort(), [
      'automatedDecisions',
      'changeHistory',
      'children',
      'clauses',
      'cookies',
      'rights',
      'supervisoryAuthority',
      'transfers',
    ]);
  });

  it('offers the keys of a data category that it lacks, with their documentation', () => {
    const items = complete(validPolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '    ret|\n'));
    assert.ok(labels(items).includes('retention'));
    assert.ok(
      !labels(items).includes('title') && !labels(items).includes('purposes'),
      'keys already present are not offered',
    );
    const retention = items.find((item) => item.label === 'retention')!;
    assert.match((retention.documentation as MarkupContent).value, /Art\. 13\(2\)\(a\)/);
    assert.strictEqual((retention.textEdit as TextEdit).newText, 'retention: $0');
    assert.deepStrictEqual((retention.textEdit as TextEdit).range, {
      start: { line: 27, character: 4 },
      end: { line: 27, character: 7 },
    });
  });

  it('documents keys in German for German authors', () => {
    const items = complete(validPolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '    |\n'), 'de');
    assert.match(
      (items.find((item) => item.label === 'retention')!.documentation as MarkupContent).value,
      /Speicherdauer/,
    );
  });

  it('offers legal bases with their German and English names', () => {
    const items = complete(validPolicy.replace('legalBasis: [art6-1-b]', 'legalBasis: [art6-1-b, |]'), 'de');
    assert.ok(!labels(items).includes('art6-1-b'), 'a basis already listed is not offered again');
    assert.strictEqual(
      items.find((item) => item.label === 'art6-1-f')!.detail,
      'Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)',
    );
  });

  it('offers defined ids where a category refers to purposes or recipients', () => {
    const inFlow = complete(validPolicy.replace('recipients: [hoster]', 'recipients: [|]'));
    assert.deepStrictEqual(labels(inFlow), ['hoster']);
    assert.strictEqual(inFlow[0].detail, 'Hosting-Dienstleister');
    const afterKey = complete(validPolicy.replace('recipients: [hoster]', 'recipients: |'));
    assert.deepStrictEqual(labels(afterKey), ['hoster', 'none']);
    assert.strictEqual((afterKey[0].textEdit as TextEdit).newText, '[hoster]', 'outside brackets an id starts a list');
  });

  it('offers ids in a block list, without those already listed', () => {
    const text = validPolicy
      .replace('purposes:\n  vertrag:', 'purposes:\n  werbung:\n    title: Werbung\n  vertrag:')
      .replace('    purposes: [vertrag]', '    purposes:\n      - vertrag\n      - |');
    assert.deepStrictEqual(labels(complete(text)), ['werbung']);
  });

  it('offers the recipient roles and country codes', () => {
    assert.ok(labels(complete(validPolicy.replace('role: processor', 'role: |'))).includes('joint-controller'));
    const countries = complete(validPolicy.replace('    country: DE\ncategories', '    country: |\ncategories'), 'de');
    assert.strictEqual(countries.find((item) => item.label === 'UA')!.detail, 'Ukraine');
  });

  it("offers today's date for dates", () => {
    assert.deepStrictEqual(labels(complete(validPolicy.replace('published: 2024-01-01', 'published: |'))), [
      TODAY.toISOString().slice(0, 10),
    ]);
  });

  it('offers library clauses after use:', () => {
    const items = complete(`${validPolicy}clauses:\n  - use: |\n`);
    assert.ok(labels(items).includes('ssl-tls'));
  });

  it('offers the keys of a clause item after its dash', () => {
    assert.deepStrictEqual(labels(complete(`${validPolicy}clauses:\n  - |\n`)).sort(), [
      'category',
      'recipient',
      'replaces',
      'section',
      'text',
      'title',
      'use',
      'with',
    ]);
  });

  it('offers a whole new entry where ids are defined', () => {
    const items = complete(validPolicy.replace('categories:\n  kontakt:', 'categories:\n  |\n  kontakt:'));
    assert.deepStrictEqual(labels(items), ['New data category']);
    assert.match(
      (items[0].textEdit as TextEdit).newText,
      /^\$\{1:kategorie-id\}:\n {2}title: \$2\n {2}data: \[\$3\]\n {2}purposes: \[\$4\]/,
    );
  });

  it('gives plain text to editors without snippet support', () => {
    const { text, offset } = withCursor(
      validPolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '    |\n'),
    );
    const document = documentOf(text);
    const items = service({ snippets: false }).complete(document, document.positionAt(offset)).items;
    assert.strictEqual((items.find((item) => item.label === 'retention')!.textEdit as TextEdit).newText, 'retention: ');
  });
});

describe('hover', () => {
  it("explains a key in the author's language", () => {
    assert.match(
      hoverText(validPolicy.replace('    retention:', '    reten|tion:'))!,
      /^\*\*retention\*\*: Retention period/,
    );
    assert.match(
      hoverText(validPolicy.replace('    retention:', '    reten|tion:'), 'de')!,
      /^\*\*retention\*\*: Speicherdauer/,
    );
  });

  it('shows the definition a reference points to', () => {
    const value = hoverText(validPolicy.replace('purposes: [vertrag]', 'purposes: [ver|trag]'), 'de')!;
    assert.match(value, /\*\*Zweck\*\* `vertrag`: Erfüllung des Vertrags/);
    assert.match(
      value,
      /Rechtsgrundlage: Vertragserfüllung oder vorvertragliche Maßnahmen \(Art\. 6 Abs\. 1 lit\. b DSGVO\)/,
    );
    assert.match(value, /Verwendet von: `kontakt`/);
  });

  it('summarises a data category at its id', () => {
    const value = hoverText(validPolicy.replace('  kontakt:', '  kon|takt:'))!;
    assert.match(value, /\*\*Data category\*\* `kontakt`: Kontaktdaten/);
    assert.match(value, /Recipients: Hosting\\-Dienstleister \(`hoster`\)/);
  });

  it('names an enumerated value', () => {
    assert.strictEqual(
      hoverText(validPolicy.replace('role: processor', 'role: proc|essor')),
      '`processor`: Processor (Art. 28 GDPR)',
    );
  });

  it("escapes Markdown in the author's text", () => {
    const value = hoverText(
      validPolicy
        .replace('title: Hosting-Dienstleister', 'title: "[click](command:evil) <img src=x>"')
        .replace('recipients: [hoster]', 'recipients: [hos|ter]'),
    )!;
    assert.ok(value.includes('\\[click\\]\\(command:evil\\) \\<img src=x\\>'), value);
  });

  it('has nothing to say about plain prose', () => {
    assert.strictEqual(hoverText(validPolicy.replace('Drei Jahre', 'Drei Ja|hre')), undefined);
  });
});

describe('outline, navigation and rename', () => {
  const document = documentOf(validPolicy.replace('recipients: [hoster]', 'recipients: ["hoster"]'));
  const at = (needle: string, delta = 1) => document.positionAt(document.getText().indexOf(needle) + delta);

  it('outlines sections and their entries', () => {
    const symbols = service().documentSymbols(document);
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['policy', ['title', 'published', 'effective']],
        ['controller', ['name', 'address', 'email']],
        ['purposes', ['vertrag']],
        ['recipients', ['hoster']],
        ['categories', ['kontakt']],
      ],
    );
    const kontakt = symbols[4].children![0];
    assert.strictEqual(kontakt.detail, 'Kontaktdaten');
    assert.deepStrictEqual(kontakt.selectionRange, {
      start: { line: 22, character: 2 },
      end: { line: 22, character: 9 },
    });
    assert.deepStrictEqual(kontakt.range.end, { line: 27, character: 44 });
  });

  it('goes from a reference to its definition, also from a quoted reference', () => {
    assert.deepStrictEqual(service().definition(document, at('"hoster"', 2)), [
      { uri: document.uri, range: { start: { line: 17, character: 2 }, end: { line: 17, character: 8 } } },
    ]);
  });

  it('finds every reference, with or without the declaration', () => {
    assert.strictEqual(service().references(document, at('  hoster:', 3), true).length, 2);
    assert.deepStrictEqual(
      service()
        .references(document, at('  hoster:', 3), false)
        .map((l) => l.range.start),
      [{ line: 26, character: 17 }],
    );
  });

  it('renames an id everywhere and keeps the quotes it stood in', () => {
    const edit = service().rename(document, at('"hoster"', 3), 'webhoster')!;
    const renamed = applyEdits(document.getText(), edit.changes![document.uri]);
    assert.strictEqual(
      renamed,
      document.getText().replace('  hoster:', '  webhoster:').replace('["hoster"]', '["webhoster"]'),
    );
  });

  it('refuses names that cannot be ids, and ids that are taken', () => {
    assert.throws(() => service().rename(document, at('  vertrag:', 3), 'zwei worte'), RenameError);
    const extended = documentOf(`${validPolicy}`.replace('purposes:\n', 'purposes:\n  werbung:\n    title: Werbung\n'));
    assert.throws(
      () => service().rename(extended, extended.positionAt(extended.getText().indexOf('  vertrag:') + 3), 'werbung'),
      /already defined/,
    );
  });

  it('offers rename only on ids', () => {
    assert.deepStrictEqual(service().prepareRename(document, at('  vertrag:', 3)), {
      range: { start: { line: 13, character: 2 }, end: { line: 13, character: 9 } },
      placeholder: 'vertrag',
    });
    assert.strictEqual(service().prepareRename(document, at('Kontaktdaten')), null);
  });
});
