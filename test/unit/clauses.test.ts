import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { bindText } from '../../server/src/service/clauses/clauseBinding';
import { placeholdersIn } from '../../server/src/service/clauses/clauseLibrary';
import { isKnownPlaceholder, placeholderDefinitions, withParams } from '../../server/src/service/clauses/placeholders';
import { examplesDir, repoRoot } from '../support/paths';
import { documentOf, rangesOf, service, validate, validPolicy, withCursor } from '../support/serviceHarness';

const messageOf = (diagnostic: Diagnostic): string =>
  typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;

const modelOf = (text: string) => service().analyze(documentOf(text)).model;

/** The validPolicy with a clauses section appended. */
const withClauses = (...items: string[]) => `${validPolicy}clauses:\n${items.join('')}`;

function complete(marked: string, locale: 'de' | 'en' = 'en'): CompletionItem[] {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  return service({ locale }).complete(document, document.positionAt(offset)).items;
}

function hoverText(marked: string, locale: 'de' | 'en' = 'en'): string | undefined {
  const { text, offset } = withCursor(marked);
  const document = documentOf(text);
  const hover = service({ locale }).hover(document, document.positionAt(offset));
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('clause library', () => {
  it('ships at least 25 clauses with unique ids, German titles, texts and the articles they serve', () => {
    assert.ok(builtinClauses.length >= 25, `${builtinClauses.length} clauses`);
    assert.strictEqual(new Set(builtinClauses.map((clause) => clause.id)).size, builtinClauses.length);
    for (const clause of builtinClauses) {
      assert.match(clause.id, /^[a-z][a-z0-9-]*$/, clause.id);
      assert.ok(clause.title.length > 3 && clause.text.length > 100, clause.id);
      assert.ok(clause.articles.length > 0, `${clause.id} names the provisions it serves`);
      assert.ok(clause.summary?.de && clause.summary.en, `${clause.id} has a summary in both languages`);
    }
  });

  it('covers the modules authors expect, the right to object set apart', () => {
    const titles = builtinClauses.map((clause) => clause.title).join('\n');
    for (const expected of [
      'verantwortlichen Stelle',
      'Datenschutzbeauftragter',
      'Rechtsgrundlagen',
      'Speicherdauer',
      'Empfänger',
      'Drittländer',
      'Widerruf',
      'Widerspruchsrecht nach Art. 21',
      'Beschwerderecht',
      'Auskunft, Berichtigung und Löschung',
      'Einschränkung',
      'Datenübertragbarkeit',
      'TLS',
      'Hosting',
      'Server-Log-Dateien',
      '§ 25 TDDDG',
      'Kontaktformular',
      'Newsletter',
      'Webanalyse',
      'Social-Media',
      'Eingebettete Inhalte',
      'Werbliche Kommunikation',
      'Profiling',
      'Herkunft der Daten',
      'Nutzerkontos',
    ]) {
      assert.ok(titles.includes(expected), `a clause about "${expected}"`);
    }
    assert.deepStrictEqual(
      builtinClauses
        .filter((clause) => clause.placement.kind === 'explains' && clause.placement.rights.includes('objection'))
        .map((clause) => clause.id),
      ['widerspruchsrecht'],
    );
  });

  it('declares as inputs exactly the placeholders its text uses, each of them known', () => {
    for (const clause of builtinClauses) {
      assert.deepStrictEqual(clause.inputs, placeholdersIn(clause.text), clause.id);
      for (const input of clause.inputs) assert.ok(isKnownPlaceholder(input), `${clause.id}: ${input}`);
    }
  });

  it('names no outdated law (TTDSG, TMG, Privacy Shield)', () => {
    for (const clause of builtinClauses)
      assert.doesNotMatch(clause.text + clause.title, /TTDSG|TMG|Privacy Shield/, clause.id);
  });

  it('is offered by the snippet for a clause reference, id for id, in both languages', () => {
    for (const language of ['en', 'de']) {
      const snippets = Object.values<{ body: string[] }>(
        JSON.parse(
          fs.readFileSync(path.join(repoRoot, 'snippets', `privacy-policy.${language}.code-snippets`), 'utf8'),
        ),
      );
      const choice = /^- use: \$\{1\|([^|]*)\|\}\$0$/.exec(snippets[0].body[0]);
      assert.ok(choice, 'the first snippet offers a choice of ids');
      assert.deepStrictEqual(
        choice[1].split(','),
        builtinClauses.map((clause) => clause.id),
      );
      const withChoice = /\$\{1\|([^|]*)\|\}/.exec(snippets[1].body[0])!;
      assert.ok(snippets[1].body.includes('  with:'));
      assert.deepStrictEqual(
        withChoice[1].split(','),
        builtinClauses.filter((clause) => withParams(clause.inputs).length).map((clause) => clause.id),
      );
    }
  });
});

describe('placeholder binding', () => {
  const render = (source: string, text = validPolicy) => bindText(source, modelOf(text));
  const plain = (source: string, text = validPolicy) =>
    render(source, text)
      .blocks.map((block) =>
        (block.kind === 'list' ? block.items : block.kind === 'paragraph' ? block.lines : [])
          .map((pieces) => pieces.map((piece) => (piece.kind === 'gap' ? `<${piece.label}>` : piece.text)).join(''))
          .join('|'),
      )
      .join('\n');

  it("fills the controller's name, address and e-mail from the policy", () => {
    assert.strictEqual(
      plain('{{controller.name}}, {{controller.address}}, {{controller.email}}'),
      'Beispiel GmbH, Musterstraße 1, 01067 Dresden, Deutschland, datenschutz@beispiel.de',
    );
  });

  it('writes dates the German way, whatever the locale', () => {
    assert.strictEqual(plain('Stand: {{policy.effective}}'), 'Stand: 1. Februar 2024');
  });

  it('marks a placeholder without data as a gap that names it, and reports it missing', () => {
    const bound = render('Beschwerden an {{authority.name}}.');
    assert.deepStrictEqual(bound.missing, ['authority.name']);
    assert.strictEqual(
      plain('Beschwerden an {{authority.name}}.'),
      'Beschwerden an <Name der Aufsichtsbehörde fehlt ({{authority.name}})>.',
    );
  });

  it('marks where the facts of the section stand when {{section.facts}} is a paragraph of its own', () => {
    const bound = render('Verantwortlich ist:\n\n{{section.facts}}\n\nSchreiben Sie uns.');
    assert.deepStrictEqual(
      bound.blocks.map((block) => block.kind),
      ['paragraph', 'facts', 'paragraph'],
    );
    assert.deepStrictEqual(bound.missing, []);
  });

  it('reads with.<param> from the values the clause item supplies', () => {
    const model = modelOf(withClauses('  - use: hosting\n    with:\n      provider: Sachsen Hosting AG\n'));
    const params = model.root.fields.clauses!.items[0].fields.with;
    const bound = bindText('Wir hosten bei {{with.provider}}.', model, { params });
    assert.deepStrictEqual(bound.missing, []);
    assert.deepStrictEqual(bound.blocks[0], {
      kind: 'paragraph',
      lines: [
        [
          { kind: 'text', text: 'Wir hosten bei ' },
          { kind: 'value', name: 'with.provider', text: 'Sachsen Hosting AG' },
          { kind: 'text', text: '.' },
        ],
      ],
    });
  });

  it('documents every placeholder in both languages', () => {
    for (const definition of placeholderDefinitions())
      assert.ok(definition.doc.de && definition.doc.en && definition.source, definition.name);
  });
});

describe('clause checks', () => {
  it('names the inputs a library clause needs and the policy lacks, at the clause id', () => {
    const diagnostics = validate(
      withClauses(
        '  - title: Kontakt\n    text: Schreiben Sie an {{dpo.email}}.\n  - use: datenschutz-auf-einen-blick\n',
      ),
    );
    assert.deepStrictEqual(rangesOf(diagnostics, 'clause-inputs-missing'), ['31:11-31:42']);
    const message = messageOf(diagnostics.find((d) => d.code === 'clause-inputs-missing')!);
    assert.match(message, /dpo\.email \(E-mail address of the data protection officer\)/);
  });

  it('says which value under with: is missing, in German too', () => {
    const diagnostics = validate(withClauses('  - use: webanalyse\n    category: kontakt\n'), { locale: 'de' });
    assert.match(
      messageOf(diagnostics.find((d) => d.code === 'clause-inputs-missing')!),
      /„webanalyse“ braucht Angaben.*with\.tool \(Wert „tool“ unter with:\)/,
    );
  });

  it('is quiet when the policy gives everything a clause needs', () => {
    const text = withClauses(
      '  - use: verantwortliche-stelle\n  - use: webanalyse\n    category: kontakt\n    with:\n      tool: Matomo\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'clause-inputs-missing'), []);
  });

  it('fades a value under with: that the clause does not use', () => {
    const diagnostics = validate(
      withClauses('  - use: webanalyse\n    category: kontakt\n    with:\n      tool: X\n      anbieter: Y\n'),
    );
    const unused = diagnostics.filter((d) => d.code === 'clause-inputs-missing');
    assert.deepStrictEqual(rangesOf(unused, 'clause-inputs-missing'), ['34:7-34:15']);
    assert.strictEqual(unused[0].severity, 4);
    assert.deepStrictEqual(unused[0].tags, [1]);
  });

  it("checks the placeholders of the author's own text: missing data and unknown names", () => {
    const diagnostics = validate(
      withClauses('  - title: Kontakt\n    text: Schreiben Sie an {{dpo.email}} oder {{controler.name}}.\n'),
    );
    const messages = diagnostics.filter((d) => d.code === 'clause-inputs-missing').map(messageOf);
    assert.strictEqual(messages.length, 2);
    assert.match(messages[0], /dpo\.email/);
    assert.match(messages[1], /"\{\{controler\.name\}\}" is not a placeholder/);
  });

  it('passes on the complete examples, German and bilingual, hints included', () => {
    // A complete, correct policy gets no finding: the examples are what new users copy from.
    for (const example of ['beispiel-gmbh.policy.yaml', 'nordlicht-software.policy.yaml']) {
      const text = fs.readFileSync(path.join(examplesDir, example), 'utf8');
      assert.deepStrictEqual(
        validate(text).map((d) => `${example}:${d.range.start.line + 1}: ${d.code} ${d.message}`),
        [],
      );
    }
  });
});

describe('clause completion and hover', () => {
  it("offers the library in use:, documented by the clause's text with this policy's data", () => {
    const items = complete(withClauses('  - use: |\n'));
    assert.deepStrictEqual(
      items.map((item) => item.label),
      builtinClauses.map((clause) => clause.id),
    );
    const doc = (items.find((item) => item.label === 'widerruf-einwilligung')!.documentation as MarkupContent).value;
    assert.match(doc, /datenschutz@beispiel\\\.de/);
    const intro = (items.find((item) => item.label === 'verantwortliche-stelle')!.documentation as MarkupContent).value;
    assert.match(intro, /Stands as the introduction of the section "Controller"; its facts follow\./);
    assert.match(intro, /\[the section's facts from the data\]/);
  });

  it('marks the placeholders this policy cannot fill, visibly, in the preview', () => {
    const items = complete(withClauses('  - use: web|\n    category: kontakt\n'), 'de');
    const doc = (items.find((item) => item.label === 'webanalyse')!.documentation as MarkupContent).value;
    assert.match(doc, /\*\*⚠ \[Wert „tool“ unter with: fehlt/);
    assert.match(doc, /Fehlt in dieser Erklärung: `with\.tool`/);
    assert.match(
      doc,
      /Setzt voraus:\n- ein Zweck der Datenkategorie beruht auf art6\\-1\\-a: ⚠ nicht erfüllt: der Baustein wird weggelassen/,
    );
  });

  it("fills with.<param> from the item's own with: values in the preview", () => {
    const items = complete(withClauses('  - use: |\n    with:\n      tool: Matomo\n'));
    const doc = (items.find((item) => item.label === 'webanalyse')!.documentation as MarkupContent).value;
    assert.match(doc, /werten wir mit Matomo aus/);
  });

  it('offers under with: the values the clause reads that are not given yet', () => {
    const items = complete(withClauses('  - use: eingebettete-inhalte\n    with:\n      |\n'));
    assert.deepStrictEqual(
      items.map((item) => item.label),
      ['services'],
    );
    assert.strictEqual(items[0].detail, 'Eingebettete Inhalte (Karten, Videos, Schriftarten): {{with.services}}');
  });

  it('shows the rendered clause on hover, with its provisions', () => {
    const text = hoverText(withClauses('  - use: widerspruch|srecht\n'), 'de');
    assert.ok(text);
    assert.match(text, /\*\*Widerspruchsrecht nach Art\\\. 21 DSGVO\*\*/);
    assert.match(
      text,
      /Steht unter „Ihre Rechte“ als Erläuterung von: Widerspruchsrecht \\\(Art\\\. 21 DSGVO\\\), hervorgehoben/,
    );
    assert.match(text, /datenschutz@beispiel\\\.de/);
    assert.match(text, /Art\\\. 13 Abs\\\. 2 lit\\\. b DSGVO/);
  });
});
