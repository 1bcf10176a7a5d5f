import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyDocument } from '../../server/src/service/text/policyDocument';
import type { CodeAction, Diagnostic, SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../server/src/service/features/codeActions';
import { documentOf, service, completePolicy } from '../support/serviceHarness';
import { withSections } from '../support/policyText';
import { examplesDir } from '../support/paths';

function actionsFor(
  text: string,
  rule: string,
  options = {},
): { actions: CodeAction[]; document: PolicyDocument; diagnostic: Diagnostic } {
  const svc = service(options);
  const document = documentOf(text);
  const diagnostic = svc.validate(document).find((d) => d.code === rule);
  assert.ok(diagnostic, `no ${rule} diagnostic in:\n${text}`);
  return {
    actions: svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] }),
    document,
    diagnostic,
  };
}

function apply(document: TextDocument, action: CodeAction): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  assert.deepStrictEqual(
    change.textDocument,
    { uri: document.uri, version: document.version },
    'the edit names the version it was computed for',
  );
  return TextDocument.applyEdits(document, change.edits as TextEdit[]);
}

/** Applies the quick fix whose title matches (the first fix, if none is given) to the first diagnostic of a rule. */
function fixed(text: string, rule: string, title?: RegExp, options = {}): string {
  const { actions, document } = actionsFor(text, rule, options);
  const action = title ? actions.find((a) => title.test(a.title)) : actions[0];
  assert.ok(action, `no fix ${title} among ${actions.map((a) => a.title).join(' | ')}`);
  return apply(document, action);
}

const noRetention = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');

describe('quick fixes', () => {
  it('creates a purpose stub for a dangling reference, after the last purpose', () => {
    const text = completePolicy.replace('purposes: [vertrag]', 'purposes: [vertrag, newsletter]');
    assert.strictEqual(
      fixed(text, 'unknown-reference'),
      text.replace(
        '    legalBasis: [art6-1-b]\n',
        '    legalBasis: [art6-1-b]\n  newsletter:\n    title:\n    legalBasis: []\n',
      ),
    );
  });

  it("creates the recipients section with a stub when it is missing, in the schema's order", () => {
    const text = withSections(completePolicy, { recipients: '' }).replace(
      'recipients: [hoster]',
      'recipients: [mailer]',
    );
    assert.strictEqual(
      fixed(text, 'unknown-reference'),
      text.replace('categories:\n', 'recipients:\n  mailer:\n    title:\n    role:\ncategories:\n'),
    );
  });

  it("adds a missing key to a category, keeping the document's CRLF line endings", () => {
    const text = noRetention.replace(/\n/g, '\r\n');
    assert.strictEqual(
      fixed(text, 'retention-period'),
      text.replace('    recipients: [hoster]\r\n', '    recipients: [hoster]\r\n    retention:\r\n'),
    );
  });

  it('adds nested keys for a missing EU representative', () => {
    const text = completePolicy.replace('    country: DE\n  email:', '    country: UA\n  email:');
    assert.strictEqual(
      fixed(text, 'eu-representative'),
      text.replace(
        '  email: datenschutz@beispiel.de\n',
        '  email: datenschutz@beispiel.de\n  representative:\n    name:\n    address:\n      street:\n      postalCode:\n      city:\n      country:\n    email:\n',
      ),
    );
  });

  it('adds a missing section with its required keys before the next section, or at the end', () => {
    // Where the controller's city gives no state, the competent authority is not known: a name to fill in.
    const elsewhere = completePolicy.replace('city: Dresden', 'city: Radebeul');
    const withClauses = withSections(elsewhere, {
      supervisoryAuthority: '',
      clauses: '\n# Texte\nclauses:\n  - use: ssl-tls\n',
    });
    assert.strictEqual(
      fixed(withClauses, 'supervisory-authority'),
      withClauses.replace('\n# Texte\n', '\nsupervisoryAuthority:\n  name:\n\n# Texte\n'),
    );
    const atEnd = withSections(elsewhere, { supervisoryAuthority: '' });
    assert.strictEqual(fixed(atEnd, 'supervisory-authority'), `${atEnd}supervisoryAuthority:\n  name:\n`);
    // In Dresden it is the Saxon authority, written whole with its postal address.
    const dresden = withSections(completePolicy, { supervisoryAuthority: '' });
    assert.strictEqual(
      fixed(dresden, 'supervisory-authority'),
      `${dresden}supervisoryAuthority:\n  name: "Die Sächsische Datenschutz- und Transparenzbeauftragte"\n  address:\n    street: "Postfach 11 01 32"\n    postalCode: "01330"\n    city: "Dresden"\n    country: "DE"\n  email: "post@sdtb.sachsen.de"\n  url: "https://www.datenschutz.sachsen.de"\n`,
    );
    const noController = withSections(completePolicy, { controller: '' });
    assert.strictEqual(
      fixed(noController, 'required-field', /controller/),
      noController.replace(
        'purposes:\n',
        'controller:\n  name:\n  address:\n    street:\n    postalCode:\n    city:\npurposes:\n',
      ),
    );
  });

  it('adds the rights the legal bases give when the section is missing', () => {
    const text = withSections(completePolicy, { rights: '' });
    assert.strictEqual(
      fixed(text, 'rights-basis'),
      text.replace(
        'supervisoryAuthority:\n',
        'rights: [access, rectification, erasure, restriction, portability, complaint]\nsupervisoryAuthority:\n',
      ),
    );
  });

  it('adds a missing right to a flow list, a block list and an empty key', () => {
    const flow = withSections(completePolicy, {
      rights: 'rights: [access, rectification, erasure, restriction, portability] # Art. 15-20\n',
    });
    assert.strictEqual(fixed(flow, 'complaint-right'), flow.replace('portability]', 'portability, complaint]'));
    const block = withSections(completePolicy, {
      rights: 'rights:\n  - access\n  - rectification\n  - erasure\n  - restriction\n  - portability\n',
    });
    assert.strictEqual(
      fixed(block, 'complaint-right'),
      block.replace('  - portability\n', '  - portability\n  - complaint\n'),
    );
    const empty = withSections(completePolicy, { rights: 'rights:\n' });
    assert.strictEqual(fixed(empty, 'complaint-right'), empty.replace('rights:\n', 'rights: [complaint]\n'));
  });

  it('swaps reversed dates, each keeping its own quoting', () => {
    const text = completePolicy
      .replace(/published: .*\n/, 'published: "2026-10-01"\n')
      .replace(/effective: .*\n/, 'effective: 2026-09-01 # Stand\n');
    assert.strictEqual(
      fixed(text, 'date-order'),
      text.replace('"2026-10-01"', '2026-09-01').replace('2026-09-01 # Stand', '"2026-10-01" # Stand'),
    );
  });

  it('replaces an outdated law name and nothing else', () => {
    const text = withSections(completePolicy, {
      clauses: 'clauses:\n  - text: |-\n      Cookies  nach   § 25 TTDSG  (siehe oben).\n',
    });
    assert.strictEqual(fixed(text, 'outdated-law'), text.replace('TTDSG', 'TDDDG'));
  });

  it('inserts a missing space and removes a doubled word', () => {
    const text = withSections(completePolicy, { clauses: "clauses:\n  - text: 'Fragen,Antworten und und mehr'\n" });
    assert.strictEqual(fixed(text, 'text-spacing'), text.replace('Fragen,Antworten', 'Fragen, Antworten'));
    assert.strictEqual(fixed(text, 'doubled-word'), text.replace('und und', 'und'));
  });

  it('quotes a value YAML would retype, renames a mistyped key, adds a missing list to a category', () => {
    const text = completePolicy.replace('postalCode: "01067"', 'postalCode: 01067');
    assert.strictEqual(fixed(text, 'implicit-type'), completePolicy);
    const typo = completePolicy.replace('    retention:', '    retension:');
    assert.strictEqual(fixed(typo, 'unknown-key', /Change/), completePolicy);
    const noPurposes = completePolicy.replace('    purposes: [vertrag]\n', '');
    // The one purpose there is: nothing to choose, the finding is gone.
    assert.strictEqual(
      fixed(noPurposes, 'category-purpose'),
      noPurposes.replace(
        '    retention: Drei Jahre nach Vertragsende.\n',
        '    retention: Drei Jahre nach Vertragsende.\n    purposes: [vertrag]\n',
      ),
    );
  });

  it('disables a rule for the line, joining an existing comment, or for the file', () => {
    const text = noRetention;
    assert.strictEqual(
      fixed(text, 'retention-period', /this line/),
      text.replace('  kontakt:\n', '  # privacy-policy-disable-next-line retention-period\n  kontakt:\n'),
    );
    const commented = text.replace(
      '  kontakt:\n',
      '  # privacy-policy-disable-next-line vague-wording -- Grund\n  kontakt:\n',
    );
    assert.strictEqual(
      fixed(commented, 'retention-period', /this line/),
      commented.replace('vague-wording -- Grund', 'vague-wording, retention-period -- Grund'),
    );
    assert.strictEqual(
      fixed(text, 'retention-period', /whole file/),
      `# privacy-policy-disable retention-period\n${text}`,
    );
    const inBlock = withSections(completePolicy, {
      clauses: 'clauses:\n  - text: |-\n      Erste Zeile.\n      Nach dem TTDSG.\n',
    });
    assert.strictEqual(
      fixed(inBlock, 'outdated-law', /this line/),
      inBlock.replace('  - text: |-\n', '  # privacy-policy-disable-next-line outdated-law\n  - text: |-\n'),
    );
  });

  it('offers nothing for a diagnostic of an older text, or one this server did not make', () => {
    const svc = service();
    const document = documentOf(noRetention);
    const diagnostic = svc.validate(document).find((d) => d.code === 'retention-period')!;
    const newer = document.update(
      [{ text: '# edited\n', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
      document.version + 1,
    );
    assert.deepStrictEqual(svc.codeActions(newer, diagnostic.range, { diagnostics: [diagnostic] }), []);
    assert.deepStrictEqual(
      svc.codeActions(document, diagnostic.range, {
        diagnostics: [{ ...diagnostic, data: undefined }],
        only: ['quickfix'],
      }),
      [],
    );
    assert.deepStrictEqual(
      svc.codeActions(document, diagnostic.range, {
        diagnostics: [{ ...diagnostic, message: 'something else' }],
        only: ['quickfix'],
      }),
      [],
    );
  });
});

describe('quick fixes as snippets, for editors that take snippet edits', () => {
  const snippetsOf = (text: string, rule: string): Array<[string, string]> =>
    actionsFor(text, rule, { snippetEdits: true })
      .actions.filter((action) => !action.title.startsWith('Disable'))
      .map((action) => {
        const edit = (action.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit | SnippetTextEdit;
        return [action.title, 'snippet' in edit ? edit.snippet.value : `plain: ${edit.newText}`];
      });
  const twoPurposes = completePolicy
    .replace('    legalBasis: [art6-1-b]\n', '    legalBasis: [art6-1-b]\n  werbung:\n    title: Werbung\n')
    .replace('    purposes: [vertrag]\n', '');

  it('offers the purposes defined as a choice inside the brackets', () => {
    assert.deepStrictEqual(snippetsOf(twoPurposes, 'category-purpose'), [
      ['Add "purposes"', '    purposes: [${1|vertrag,werbung|}]\n'],
    ]);
  });

  it('puts a tab stop where the author types, a choice where the schema has choices, today where a date is due', () => {
    assert.deepStrictEqual(snippetsOf(noRetention, 'retention-period'), [['Add "retention"', '    retention: $1\n']]);
    const withoutPolicy = completePolicy.replace(/^policy:\n(?: {2}.*\n)*/, '');
    assert.deepStrictEqual(snippetsOf(withoutPolicy, 'required-field'), [
      ['Add section "policy"', 'policy:\n  title: $1\n  published: ${2:2026-11-25}\n  effective: ${3:2026-11-25}\n'],
    ]);
    const mailer = completePolicy.replace('recipients: [hoster]', 'recipients: [hoster, mailer]');
    assert.deepStrictEqual(snippetsOf(mailer, 'unknown-reference'), [
      [
        'Create recipient "mailer"',
        '  mailer:\n    title: $1\n    role: ${2|processor,controller,joint-controller,authority,internal,other|}\n',
      ],
    ]);
  });

  it('gives a text for readers a place to type in each language of a policy published in several', () => {
    const bilingual = fs
      .readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8')
      .replace(
        '    retention:\n      de: 14 Tage; danach werden die Einträge automatisch gelöscht.\n      en: 14 days; the entries are then deleted automatically.\n',
        '',
      );
    assert.deepStrictEqual(snippetsOf(bilingual, 'retention-period'), [
      ['Add "retention"', '    retention:\n      de: $1\n      en: $2\n'],
    ]);
  });

  it('escapes what snippet syntax would read: $, } and \\ in the text, commas in a choice', () => {
    const text = completePolicy
      .replace('  vertrag:\n', '  "a,b":\n    title: Eins\n    legalBasis: [art6-1-b]\n  "c$}":\n')
      .replace('    purposes: [vertrag]\n', '');
    assert.deepStrictEqual(snippetsOf(text, 'category-purpose'), [
      ['Add "purposes"', '    purposes: [${1|"a\\,b","c$}"|}]\n'],
    ]);
    const dollar = completePolicy.replace('purposes: [vertrag]', 'purposes: [vertrag, "x$}"]');
    assert.strictEqual(snippetsOf(dollar, 'unknown-reference')[0][1].split('\n')[0], '  "x\\$\\}":');
  });
});

describe('a reference to an id that is not defined', () => {
  it('names the id it most likely meant, and offers to put it in before offering to create the other', () => {
    const text = completePolicy.replace('purposes: [vertrag]', 'purposes: [vertrg]');
    const { actions, diagnostic } = actionsFor(text, 'unknown-reference');
    assert.strictEqual(diagnostic.message, '"vertrg" is not defined in "purposes"; did you mean "vertrag"?');
    assert.deepStrictEqual(
      actions.map((action) => [action.title, action.isPreferred === true]),
      [
        ['Replace "vertrg" with "vertrag"', true],
        ['Create purpose "vertrg"', false],
        ['Disable "unknown-reference" for this line', false],
        ['Disable "unknown-reference" for the whole file', false],
      ],
    );
    assert.strictEqual(fixed(text, 'unknown-reference'), completePolicy);
    const german = service({ locale: 'de' }).validate(documentOf(text));
    assert.strictEqual(
      german.find((d) => d.code === 'unknown-reference')!.message,
      '„vertrg“ ist in „purposes“ nicht definiert; meinten Sie „vertrag“?',
    );
  });

  it('lists the ids defined when none is close', () => {
    const text = completePolicy.replace('purposes: [vertrag]', 'purposes: [newsletter]');
    const { actions, diagnostic } = actionsFor(text, 'unknown-reference');
    assert.strictEqual(diagnostic.message, '"newsletter" is not defined in "purposes". Defined there: vertrag.');
    assert.strictEqual(actions[0].title, 'Create purpose "newsletter"');
  });
});

describe('fix all', () => {
  it('applies every safe fix at once and leaves comments, quoting and unsafe fixes alone', () => {
    const text = withSections(completePolicy, {
      clauses:
        'clauses:\n  # Texte der Erklärung\n  - title: "Cookies (TTDSG)"\n    text: |-\n      Nach § 25 TTDSG und dem EU-US Privacy Shield,ohne Gewähr.\n  - text: \'Telemediengesetz\' # alt\n',
    }).replace('postalCode: "01067"', 'postalCode: 01067');
    const svc = service();
    const document = documentOf(text);
    svc.validate(document);
    const actions = svc.codeActions(
      document,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      { diagnostics: [], only: ['source.fixAll'] },
    );
    assert.deepStrictEqual(
      actions.map((a) => a.kind),
      [FIX_ALL_KIND],
    );
    assert.strictEqual(
      apply(document, actions[0]),
      text
        .replace('"Cookies (TTDSG)"', '"Cookies (TDDDG)"')
        .replace('§ 25 TTDSG', '§ 25 TDDDG')
        .replace('Shield,ohne', 'Shield, ohne')
        .replace("'Telemediengesetz'", "'Digitale-Dienste-Gesetz'")
        .replace('postalCode: 01067', 'postalCode: "01067"'),
    );
  });

  it('skips rules that are off, and offers nothing when nothing is safely fixable', () => {
    const text = withSections(completePolicy, { clauses: 'clauses:\n  - text: Nach § 25 TTDSG.\n' });
    const svc = service({ severities: { 'outdated-law': 'off' } });
    const document = documentOf(text);
    assert.deepStrictEqual(
      svc.codeActions(
        document,
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        { diagnostics: [], only: [FIX_ALL_KIND] },
      ),
      [],
    );
  });
});
