import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCapabilities, LspClient } from '../support/lspClient';
import { examplesDir } from '../support/paths';
import { completePolicy } from '../support/serviceHarness';
import { playSnippet } from '../support/snippets';

/** An editor that applies snippet edits in code actions, as VS Code with vscode-languageclient 11 declares. */
const snippetEditor = {
  ...defaultCapabilities,
  workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
};

interface Case {
  /** The policy: `completePolicy` with one thing taken away or changed. */
  readonly text: string;
  readonly rule: string;
  /** The fix to take; the first one offered when not given. */
  readonly title?: RegExp;
  /** What the author types into the empty tab stops, in order. */
  readonly typed?: readonly string[];
  /** Rules that may newly appear because of the first choice taken (a legal basis brings its rights). */
  readonly mayAdd?: readonly string[];
}

const without = (find: string): string => {
  assert.ok(completePolicy.includes(find), find);
  return completePolicy.replace(find, '');
};
const changed = (find: string, replacement: string): string => {
  assert.strictEqual(completePolicy.split(find).length, 2, `"${find}" occurs once`);
  return completePolicy.replace(find, replacement);
};
const secondPurpose = '    legalBasis: [art6-1-b]\n  werbung:\n    title: Werbung\n    legalBasis: [art6-1-b]\n';
const automated = 'automatedDecisions:\n  description: Wir prüfen die Bonität automatisch.\n';

/** The example published in German and English, which passes every check. */
const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');
const bilingualRetention =
  '    retention:\n      de: 14 Tage; danach werden die Einträge automatisch gelöscht.\n      en: 14 days; the entries are then deleted automatically.\n';

/** Every quick fix that inserts a stub, each from a policy that has exactly that one problem. */
const cases: Record<string, Case> = {
  'category-purpose: a choice of the purposes defined, the first picked': {
    text: changed('    legalBasis: [art6-1-b]\n', secondPurpose).replace('    purposes: [vertrag]\n', ''),
    rule: 'category-purpose',
    // The purpose not picked stands unused (a hint): the author picked the other one.
    mayAdd: ['unused-definition'],
  },
  'category-purpose: the one purpose there is': {
    text: without('    purposes: [vertrag]\n'),
    rule: 'category-purpose',
  },
  'category-recipient: the one recipient there is': {
    text: without('    recipients: [hoster]\n'),
    rule: 'category-recipient',
  },
  'retention-period: a place to type the period': {
    text: without('    retention: Drei Jahre nach Vertragsende.\n'),
    rule: 'retention-period',
    typed: ['Drei Jahre nach Vertragsende.'],
  },
  'retention-period in a policy in two languages: a place to type in each': {
    text: bilingual.replace(bilingualRetention, ''),
    rule: 'retention-period',
    typed: ['14 Tage.', '14 days.'],
  },
  'data-source: a place to type the source': {
    text: changed('    retention: Drei', '    origin: third-party\n    retention: Drei'),
    rule: 'data-source',
    typed: ['Öffentliche Verzeichnisse'],
  },
  'automated-decision-logic: a place to type the logic': {
    text: `${completePolicy}${automated}  consequences: Ein Vertrag kommt nur bei guter Bonität zustande.\n`,
    rule: 'automated-decision-logic',
    typed: ['Ein Punktwert aus Zahlungserfahrungen.'],
  },
  'controller-contact: a place to type the e-mail address': {
    text: without('  email: datenschutz@beispiel.de\n'),
    rule: 'controller-contact',
    typed: ['datenschutz@beispiel.de'],
  },
  'controller-contact: a place to type the country': {
    text: changed('    city: Dresden\n    country: DE\n', '    city: Dresden\n'),
    rule: 'controller-contact',
    typed: ['DE'],
  },
  'eu-representative: the representative with name, address and e-mail to type': {
    text: changed('    city: Dresden\n    country: DE\n', '    city: Kyjiw\n    country: UA\n'),
    rule: 'eu-representative',
    typed: ['Vertreter GmbH', 'Musterstraße 2', '"01067"', 'Dresden', 'DE', 'vertreter@beispiel.de'],
  },
  'eu-representative: a place to type the contact of a representative named without one': {
    text: changed(
      '    city: Dresden\n    country: DE\n',
      '    city: Kyjiw\n    country: UA\n  representative:\n    name: Vertreter GmbH\n',
    ),
    rule: 'eu-representative',
    typed: ['vertreter@beispiel.de'],
  },
  'dpo-contact: a place to type the e-mail address': {
    text: `${completePolicy.replace('  email: datenschutz@beispiel.de\n', '  email: datenschutz@beispiel.de\n  dpo:\n    name: Erika Muster\n')}`,
    rule: 'dpo-contact',
    typed: ['dsb@beispiel.de'],
  },
  'purpose-legal-basis: a choice of the legal bases, the first picked': {
    text: without('    legalBasis: [art6-1-b]\n'),
    rule: 'purpose-legal-basis',
    // Consent (the first choice) brings the right to withdraw it.
    mayAdd: ['rights-basis'],
  },
  'legitimate-interest: a place to type the interest': {
    text: changed('    legalBasis: [art6-1-b]\n', '    legalBasis: [art6-1-f]\n'),
    rule: 'legitimate-interest',
    typed: ['Sichere Bereitstellung unseres Angebots'],
  },
  // The controller sits in Dresden: the fix writes the competent authority itself, with nothing to type.
  'supervisory-authority: the section with the competent authority written out': {
    text: without('supervisoryAuthority:\n  name: Sächsische Datenschutz- und Transparenzbeauftragte\n'),
    rule: 'supervisory-authority',
    typed: [],
  },
  'required-field: the policy section, dated today, with a place to type its title': {
    text: completePolicy.replace(/^policy:\n(?: {2}.*\n)*/, ''),
    rule: 'required-field',
    typed: ['Datenschutzerklärung'],
  },
  'required-field: the controller section with places to type its name and address': {
    text: completePolicy.replace(/^controller:\n(?: {2}.*\n)*/m, ''),
    rule: 'required-field',
    typed: ['Beispiel GmbH', 'Musterstraße 1', '"01067"', 'Dresden'],
    // The new controller has no e-mail address and no country yet: the next findings to fix.
    mayAdd: ['controller-contact'],
  },
  'rights-basis: the rights section with the rights the legal bases give': {
    text: without('rights: [access, rectification, erasure, restriction, portability, complaint]\n'),
    rule: 'rights-basis',
    // The section is added once; the complaint right comes with it.
  },
  'unknown-reference: "did you mean" replaces a misspelt id': {
    text: changed('    purposes: [vertrag]\n', '    purposes: [vertrg]\n'),
    rule: 'unknown-reference',
  },
  'unknown-reference: a new purpose with a title to type and a choice of legal bases': {
    text: changed('    purposes: [vertrag]\n', '    purposes: [vertrag, newsletter]\n'),
    rule: 'unknown-reference',
    typed: ['Versand des Newsletters'],
    mayAdd: ['rights-basis'],
  },
  'unknown-reference: a new recipient with a title to type and a choice of roles': {
    text: changed('    recipients: [hoster]\n', '    recipients: [hoster, mailer]\n'),
    rule: 'unknown-reference',
    typed: ['Versanddienstleister'],
  },
};

describe('quick fixes that insert a stub end with their finding gone (an editor with snippet edits)', function () {
  let server: LspClient;
  let version = 0;

  before(async () => {
    server = LspClient.spawn();
    await server.initialize({}, snippetEditor);
  });

  after(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
  });

  for (const [name, testCase] of Object.entries(cases)) {
    it(name, async () => {
      const uri = `file:///virtual/stub-${++version}.policy.yaml`;
      server.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'privacy-policy', version: 1, text: testCase.text },
      });
      const before = (await server.diagnosticsFor(uri, 1)).diagnostics;
      const diagnostic = before.find((d) => d.code === testCase.rule);
      assert.ok(diagnostic, `${testCase.rule} among ${JSON.stringify(before.map((d) => d.code))}`);

      const actions = await server.request('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      const action = testCase.title ? actions.find((a: any) => testCase.title!.test(a.title)) : actions[0];
      assert.ok(action, JSON.stringify(actions.map((a: any) => a.title)));
      assert.ok(action.isPreferred, `the fix offered first is the preferred one: ${action.title}`);
      const change = action.edit.documentChanges[0];
      assert.deepStrictEqual(change.textDocument, { uri, version: 1 });

      const typed = [...(testCase.typed ?? [])];
      const edits = change.edits.map((edit: any) => {
        if (edit.snippet === undefined) return edit;
        assert.strictEqual(edit.snippet.kind, 'snippet');
        const stops = (edit.snippet.value.match(/\$(?:\d+|\{\d+\})/g) ?? []).length;
        return { range: edit.range, newText: playSnippet(edit.snippet.value, typed.splice(0, stops)).text };
      });
      assert.deepStrictEqual(typed, [], 'every typed text had its tab stop');
      const fixedText = TextDocument.applyEdits(TextDocument.create(uri, 'privacy-policy', 1, testCase.text), edits);

      server.notify('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: fixedText }],
      });
      const after = (await server.diagnosticsFor(uri, 2)).diagnostics;
      const same = (d: any) => d.code === diagnostic.code && d.message === diagnostic.message;
      assert.deepStrictEqual(after.filter(same), [], `the finding is gone in:\n${fixedText}`);
      const added = after
        .filter((d: any) => !before.some((b: any) => b.code === d.code && b.message === d.message))
        .filter((d: any) => !(testCase.mayAdd ?? []).includes(d.code));
      assert.deepStrictEqual(
        added.map((d: any) => `${d.code}: ${d.message}`),
        [],
        `no new problem in:\n${fixedText}`,
      );
      server.notify('textDocument/didClose', { textDocument: { uri } });
    });
  }
});

describe('the same fixes in an editor without snippet edits', function () {
  let server: LspClient;

  before(async () => {
    server = LspClient.spawn();
    await server.initialize();
  });

  after(async () => {
    assert.strictEqual(await server.shutdown(), 0);
  });

  async function fixesOf(uri: string, text: string, rule: string): Promise<{ diagnostic: any; actions: any[] }> {
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    const diagnostic = (await server.diagnosticsFor(uri, 1)).diagnostics.find((d) => d.code === rule);
    assert.ok(diagnostic, rule);
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return { diagnostic, actions };
  }

  it('offers one fix per purpose instead of a choice, each ending with the finding gone', async () => {
    const uri = 'file:///virtual/plain-purposes.policy.yaml';
    const text = changed('    legalBasis: [art6-1-b]\n', secondPurpose).replace('    purposes: [vertrag]\n', '');
    const { actions } = await fixesOf(uri, text, 'category-purpose');
    assert.deepStrictEqual(
      actions.slice(0, 2).map((a: any) => a.title),
      ['Add "purposes: [vertrag]"', 'Add "purposes: [werbung]"'],
    );
    const edits = actions[1].edit.documentChanges[0].edits;
    assert.ok(
      edits.every((edit: any) => typeof edit.newText === 'string' && edit.snippet === undefined),
      'no snippet edits for an editor that did not ask for them',
    );
    const fixedText = TextDocument.applyEdits(TextDocument.create(uri, 'privacy-policy', 1, text), edits);
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixedText }],
    });
    const after = (await server.diagnosticsFor(uri, 2)).diagnostics;
    assert.deepStrictEqual(
      after.map((d: any) => `${d.code}: ${d.message}`),
      [
        'unused-definition: Purpose "vertrag" is defined but nothing refers to it: refer to it where it is used, or remove it.',
      ],
    );
  });

  it('adds a key to type into as plain text, and the date of today where a date is due', async () => {
    const { actions } = await fixesOf(
      'file:///virtual/plain-policy.policy.yaml',
      completePolicy.replace(/^policy:\n(?: {2}.*\n)*/, ''),
      'required-field',
    );
    const today = new Date().toISOString().slice(0, 10);
    assert.strictEqual(
      actions[0].edit.documentChanges[0].edits[0].newText,
      `policy:\n  title:\n  published: ${today}\n  effective: ${today}\n`,
    );
  });
});
