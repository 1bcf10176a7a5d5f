import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { completePolicy, documentOf, rangesOf, service, validate } from '../../support/serviceHarness';
import { rangeOfText } from '../../support/policyText';

/** The complete policy with a newsletter purpose and category beside the contract, and clauses appended. */
const policy = completePolicy
  .replace(
    'purposes:\n',
    'purposes:\n  newsletter:\n    title: Versand des Newsletters\n    legalBasis: [art6-1-a]\n  sicherheit:\n    title: Sicherheit der Website\n    legalBasis: [art6-1-f]\n    legitimateInterest: Schutz vor Angriffen.\n',
  )
  .replace(
    'categories:\n',
    'categories:\n  abo:\n    title: Newsletter-Abonnement\n    data: [E-Mail-Adresse]\n    channels: [form]\n    purposes: [newsletter]\n    recipients: none\n    retention: Bis zur Abmeldung.\n  logs:\n    title: Server-Log-Dateien\n    data: [IP-Adresse]\n    origin: generated\n    purposes: [sicherheit]\n    recipients: none\n    retention: Sieben Tage.\n',
  );
const withClauses = (clauses: string) => `${policy}clauses:\n${clauses}`;
const messages = (diagnostics: readonly Diagnostic[], rule: string) =>
  diagnostics.filter((d) => d.code === rule).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

describe('rule clause-condition', () => {
  it('leaves out a library clause whose facts the data contradicts, and names the missing fact', () => {
    const text = withClauses('  - use: newsletter\n    category: kontakt\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'clause-condition'), [
      rangeOfText(text, 'newsletter\n    category: kontakt', 0, 'newsletter'.length),
    ]);
    assert.match(
      messages(validate(text, { locale: 'de' }), 'clause-condition')[0],
      /„newsletter“ setzt voraus, dass ein Zweck der Datenkategorie beruht auf art6-1-a/,
    );
  });

  it('is quiet where the data says what the clause takes for granted', () => {
    for (const clauses of [
      '  - use: newsletter\n    category: abo\n',
      '  - use: kontaktformular\n    category: abo\n',
      '  - use: server-log-dateien\n    category: logs\n',
      '  - use: hosting\n    recipient: hoster\n',
      '  - use: rechtsgrundlagen\n',
    ]) {
      assert.deepStrictEqual(rangesOf(validate(withClauses(clauses)), 'clause-condition'), [], clauses);
    }
  });

  it('finds each contradiction: server logs on data the person gives, DPO text without a DPO, objection without (e) or (f)', () => {
    assert.strictEqual(
      rangesOf(validate(withClauses('  - use: server-log-dateien\n    category: abo\n')), 'clause-condition').length,
      1,
    );
    assert.strictEqual(
      rangesOf(validate(withClauses('  - use: datenschutzbeauftragter\n')), 'clause-condition').length,
      1,
    );
    const contractOnly =
      completePolicy.replace('rights: [', 'rights: [objection, ') + 'clauses:\n  - use: widerspruchsrecht\n';
    assert.strictEqual(rangesOf(validate(contractOnly), 'clause-condition').length, 1);
  });
});

describe('rule clause-placement', () => {
  it('asks a clause about a processing activity to name its data category', () => {
    const text = withClauses('  - use: kontaktformular\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'clause-placement'), [rangeOfText(text, 'kontaktformular')]);
    assert.match(messages(validate(text), 'clause-placement')[0], /name it with "category:" \(abo, logs, kontakt\)/);
  });

  it('refuses keys that do not apply, and a second text in the place of one section', () => {
    const text = withClauses(
      '  - use: rechtsgrundlagen\n    category: abo\n  - title: A\n    replaces: cookies\n    text: Eins.\n  - title: B\n    replaces: cookies\n    text: Zwei.\n  - title: C\n    section: rights\n    replaces: rights\n    text: Drei.\n',
    );
    const found = messages(validate(text), 'clause-placement');
    assert.strictEqual(found.length, 3, found.join('\n'));
    assert.match(found[0], /"category" does not apply to the clause "rechtsgrundlagen"/);
    assert.match(found[1], /already replaced by the clause at line \d+/);
    assert.match(found[2], /either adds to a section/);
  });

  it('is quiet for the usual placements', () => {
    const text = withClauses(
      '  - use: newsletter\n    category: abo\n  - title: Eigenes\n    section: rights\n    text: Eins.\n  - title: Statt Cookies\n    replaces: cookies\n    text: Zwei.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'clause-placement'), []);
  });
});

describe('rule clause-contradiction', () => {
  const own = (text: string, category = 'kontakt') =>
    withClauses(`  - title: Hinweis\n    category: ${category}\n    text: ${text}\n`);

  it('flags a retention period in own text that the category does not state', () => {
    for (const sentence of [
      'Ihre Anfragen speichern wir zwei Jahre lang.',
      'Wir löschen die Daten nach 6 Monaten.',
      'Die Kontaktdaten werden zehn Jahre aufbewahrt.',
    ]) {
      const text = own(sentence);
      assert.strictEqual(rangesOf(validate(text), 'clause-contradiction').length, 1, sentence);
    }
    assert.match(
      messages(
        validate(own('Ihre Anfragen speichern wir zwei Jahre lang.'), { locale: 'de' }),
        'clause-contradiction',
      )[0],
      /nennt für die Speicherung zwei Jahre, die Datenkategorie „kontakt“ nennt als Speicherdauer aber: „Drei Jahre nach Vertragsende\.“/,
    );
  });

  it('finds the period after many bases the category rests on, and again after an edit elsewhere', () => {
    // kontakt rests on Art. 6 Abs. 1 lit. b: sixty citations of it must not crowd out the period behind them.
    const basis = 'Wir stützen das auf Art. 6 Abs. 1 lit. b DSGVO. '.repeat(60);
    const text = own(`"${basis}Ihre Anfragen speichern wir zwei Jahre lang."`);
    assert.strictEqual(rangesOf(validate(text), 'clause-contradiction').length, 1);
    // The facts of the text are kept while it is unchanged; a finding still lands where the text now stands.
    const svc = service();
    const first = documentOf(text);
    svc.validate(first);
    const insertion = '# Stand: Oktober\n';
    const start = { line: 0, character: 0 };
    const second = first.update([{ range: { start, end: start }, text: insertion }], 2);
    const moved = insertion + text;
    const [range] = rangesOf(svc.validate(second), 'clause-contradiction');
    assert.strictEqual(range, rangeOfText(moved, 'zwei Jahre'));
  });

  it('accepts the period the category states, in words or digits, and periods that are not about keeping data', () => {
    for (const sentence of [
      'Ihre Anfragen speichern wir drei Jahre nach Vertragsende.',
      'Wir löschen die Daten 3 Jahre nach dem Ende des Vertrags.',
      'Die Widerrufsfrist beträgt 14 Tage.',
      'Soweit wir Daten länger als sechs Monate speichern müssen, sagen wir es Ihnen.',
    ]) {
      assert.deepStrictEqual(rangesOf(validate(own(sentence)), 'clause-contradiction'), [], sentence);
    }
    assert.deepStrictEqual(
      rangesOf(validate(own('Die Einträge löschen wir nach sieben Tagen.', 'logs')), 'clause-contradiction'),
      [],
    );
  });

  it('flags a legal basis no purpose of the category rests on, in any citation form', () => {
    for (const sentence of [
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.',
      'Wir stützen uns auf Art. 6 (1) (a) DSGVO.',
      'Grundlage ist Art. 6 Abs. 1 Satz 1 lit. c DSGVO.',
    ]) {
      const text = own(sentence);
      assert.deepStrictEqual(rangesOf(validate(text), 'clause-contradiction').length, 1, sentence);
    }
    assert.match(
      messages(validate(own('Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.')), 'clause-contradiction')[0],
      /names Legitimate interests \(Art\. 6\(1\)\(f\) GDPR\) as the legal basis, but the data category "kontakt" rests only on: Performance of a contract/,
    );
  });

  it('accepts the basis the category rests on, and the law stated under a condition', () => {
    for (const sentence of [
      'Rechtsgrundlage ist Art. 6 Abs. 1 S. 1 lit. b DSGVO.',
      'Soweit wir uns auf Art. 6 Abs. 1 lit. f DSGVO stützen, können Sie widersprechen.',
      'Beruht eine Verarbeitung auf Art. 6 Abs. 1 lit. a DSGVO, können Sie die Einwilligung widerrufen.',
    ]) {
      assert.deepStrictEqual(rangesOf(validate(own(sentence)), 'clause-contradiction'), [], sentence);
    }
    // Without category: the bases of the whole policy count.
    const unattached = withClauses(
      '  - title: Sicherheit\n    text: Grundlage ist unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).\n',
    );
    assert.deepStrictEqual(rangesOf(validate(unattached), 'clause-contradiction'), []);
    const nowhere = withClauses('  - title: Behörden\n    text: Grundlage ist Art. 6 Abs. 1 lit. e DSGVO.\n');
    assert.strictEqual(rangesOf(validate(nowhere), 'clause-contradiction').length, 1);
  });
});
