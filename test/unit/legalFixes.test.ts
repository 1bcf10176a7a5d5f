import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { completePolicy, documentOf, service, validate } from '../support/serviceHarness';
import { codesOf, withSections } from '../support/policyText';

/** Applies the first quick fix of a rule's first finding through the service, as an editor would. */
function fixed(text: string, rule: string): string {
  const svc = service();
  const document = documentOf(text);
  const diagnostic = svc.validate(document).find((d) => d.code === rule);
  assert.ok(diagnostic, `no ${rule} in:\n${text}`);
  const [action] = svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
  assert.ok(action && !/privacy-policy-disable|abschalten|Disable/.test(action.title), `${rule} has a quick fix`);
  const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create('file:///fix', 'privacy-policy', 1, text), edits);
}

/** The fix removes the finding and brings no new one. */
function fixesCleanly(text: string, rule: string): string {
  const before = new Set(codesOf(text));
  const after = fixed(text, rule);
  const codes = codesOf(after);
  assert.ok(!codes.includes(rule), `${rule} is gone after the fix:\n${after}`);
  assert.deepStrictEqual(
    codes.filter((code) => !before.has(code)),
    [],
    `no new finding after fixing ${rule}`,
  );
  return after;
}

const purposes = (extra: string) =>
  `purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n${extra}`;

describe('quick fixes of the legal checks, applied through the service', () => {
  it('basis-fit: adds Art. 9(2)(h) to health care that rests on consent, and (c) to a legal obligation', () => {
    const health = withSections(completePolicy, {
      purposes: purposes('').replace(
        'legalBasis: [art6-1-b]\n',
        'kind: health-care\n    legalBasis: [art6-1-b, art9-2-a]\n    law: § 22 Abs. 1 Nr. 1 lit. b BDSG\n',
      ),
    });
    assert.match(fixesCleanly(health, 'basis-fit'), /legalBasis: \[art6-1-b, art9-2-a, art9-2-h\]/);
    const block = health.replace('legalBasis: [art6-1-b, art9-2-a]', 'legalBasis:\n      - art6-1-b\n      - art9-2-a');
    assert.match(fixesCleanly(block, 'basis-fit'), /- art9-2-a\n {6}- art9-2-h\n/);
    const device = withSections(completePolicy, {
      purposes: purposes(
        '  statistik:\n    title: Statistik\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-2]\n',
      ),
      rights: 'rights: [access, rectification, erasure, restriction, portability, withdrawal, complaint]\n',
    });
    assert.match(fixesCleanly(device, 'basis-fit'), /legalBasis: \[art6-1-a, tdddg-25-1\]/);
  });

  it('recipient-role, cookie-basis, children-age: write the value that fits', () => {
    const advisor = withSections(completePolicy, {
      recipients:
        'recipients:\n  hoster:\n    title: Steuerkanzlei\n    kind: tax-advisor\n    role: processor\n    country: DE\n',
    });
    assert.match(fixesCleanly(advisor, 'recipient-role'), /role: controller/);
    const cookie = withSections(completePolicy, {
      purposes: purposes(
        '  statistik:\n    title: Statistik\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-1]\n',
      ),
      rights: 'rights: [access, rectification, erasure, restriction, portability, withdrawal, complaint]\n',
      cookies: 'cookies:\n  - name: _ga\n    purposes: [statistik]\n    duration: 13 Monate\n    basis: essential\n',
    });
    assert.match(fixesCleanly(cookie, 'cookie-basis'), /basis: consent/);
    const age = withSections(completePolicy, { children: 'children:\n  addressed: false\n  minimumAge: "13"\n' });
    assert.match(fixesCleanly(age, 'children-age'), /minimumAge: "16"/);
  });

  it("retention-statute and retention-outdated: write the statutory period in the author's style", () => {
    const category = (retention: string) =>
      withSections(completePolicy, {
        categories: `categories:\n  kontakt:\n    title: Rechnungen\n    data: [Rechnungen]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: ${retention}\n`,
      });
    assert.match(
      fixesCleanly(category('Sechs Jahre (§ 147 AO).'), 'retention-statute'),
      /retention: Acht Jahre \(§ 147 AO\)\./,
    );
    assert.match(
      fixesCleanly(category('Wir bewahren sie 6 Jahre auf (§ 147 AO).'), 'retention-statute'),
      /sie 8 Jahre auf/,
    );
    assert.match(fixesCleanly(category('zehn Jahre (§ 14b UStG).'), 'retention-outdated'), /retention: acht Jahre/);
  });

  it('special-category-undeclared: writes `special`, or adds to it, turning one value into a list', () => {
    const category = (special: string) =>
      withSections(completePolicy, {
        purposes: purposes('').replace('[art6-1-b]', '[art6-1-b, art9-2-a]'),
        rights: 'rights: [access, rectification, erasure, restriction, portability, withdrawal, complaint]\n',
        categories: `categories:\n  kontakt:\n    title: Kontaktdaten\n    data: [Name, Allergien, Konfession]\n${special}    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n`,
      });
    const added = fixed(category(''), 'special-category-undeclared');
    assert.match(added, /special: health\n/);
    assert.match(
      fixesCleanly(category('    special: health\n'), 'special-category-undeclared'),
      /special: \[health, religious-beliefs\]/,
    );
    assert.match(
      fixesCleanly(category('    special: [health]\n'), 'special-category-undeclared'),
      /special: \[health, religious-beliefs\]/,
    );
  });

  it('special-category-basis: adds the fitting Art. 9(2) basis, (h) for health care', () => {
    const text = withSections(completePolicy, {
      purposes: purposes('').replace(
        'legalBasis: [art6-1-b]\n',
        'kind: health-care\n    legalBasis: [art6-1-b]\n    law: § 22 Abs. 1 Nr. 1 lit. b BDSG\n',
      ),
      categories:
        'categories:\n  kontakt:\n    title: Befunde\n    data: [Befunde]\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
    });
    assert.match(fixesCleanly(text, 'special-category-basis'), /legalBasis: \[art6-1-b, art9-2-h\]/);
  });

  it('supervisory-authority: writes the competent authority for a controller in Saxony', () => {
    const text = withSections(completePolicy, { supervisoryAuthority: '' });
    assert.match(
      fixesCleanly(text, 'supervisory-authority'),
      /name: "Die Sächsische Datenschutz- und Transparenzbeauftragte"/,
    );
  });

  it('data-origin: writes the origin, and the source is asked for next', () => {
    const text = withSections(completePolicy, {
      categories:
        'categories:\n  kontakt:\n    title: Kontaktdaten\n    description: Adressen von einem Adresshändler.\n    data: [Name]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n',
    });
    const after = fixed(text, 'data-origin');
    assert.match(after, /origin: third-party\n {4}source:\n/);
    assert.ok(!codesOf(after).includes('data-origin'));
  });

  it('invalid-value: a policy writing UK is told the code is GB, and the fix writes it', () => {
    const text = completePolicy.replace(
      /title: Hosting-Dienstleister\n(\s+)role: processor\n\s+country: DE/,
      'title: Hosting-Dienstleister\n$1role: processor\n$1country: UK',
    );
    const diagnostics = validate(text);
    const uk = diagnostics.find((d) => d.code === 'invalid-value')!;
    assert.match(uk.message as string, /GB/);
    assert.ok(!diagnostics.some((d) => d.code === 'third-country-safeguard'), 'no claim that the UK lacks adequacy');
    assert.match(fixesCleanly(text, 'invalid-value'), /country: GB/);
    assert.deepStrictEqual(
      validate(fixed(text, 'invalid-value')).map((d) => d.code),
      [],
    );
  });

  it('adds the keys to fill in for national-law, joint controllers, children and automated decisions', () => {
    const law = withSections(completePolicy, { purposes: purposes('').replace('[art6-1-b]', '[art6-1-b, art6-1-c]') });
    assert.match(fixed(law, 'national-law'), /legalBasis: \[art6-1-b, art6-1-c\]\n {4}law:\n/);
    const joint = withSections(completePolicy, {
      recipients:
        'recipients:\n  hoster:\n    title: Meta Platforms Ireland Ltd.\n    role: joint-controller\n    country: IE\n',
    });
    assert.match(fixed(joint, 'joint-controller-arrangement'), /country: IE\n {4}arrangement:\n/);
    const minors = withSections(completePolicy, {
      purposes: purposes('  club:\n    title: Kinderclub mit Gewinnspielen\n    legalBasis: [art6-1-a]\n'),
    });
    assert.match(
      fixed(minors, 'children-consent'),
      /children:\n {2}addressed: true\n {2}minimumAge: "16"\n {2}parentalConsent:\n/,
    );
  });
});
