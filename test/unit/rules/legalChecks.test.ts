import * as assert from 'assert';
import { completePolicy, rangesOf, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const purposes = (extra: string) =>
  `purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n${extra}`;
const categories = (extra: string) =>
  `categories:\n  kontakt:\n    title: Kontaktdaten\n    data: [Name, E-Mail-Adresse]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n${extra}`;

describe('rule children-consent', () => {
  const club = (title: string, bases = '[art6-1-a]', children = '') =>
    withSections(completePolicy, {
      purposes: purposes(`  club:\n    title: ${title}\n    legalBasis: ${bases}\n`),
      categories: categories(
        `  club:\n    title: Anmeldung\n    data: [Vorname]\n    purposes: [club]\n    recipients: [hoster]\n    retention: Bis zur Abmeldung.\n`,
      ),
      ...(children ? { children } : {}),
    });

  it('reports consent-based processing addressed to minors without parental consent, at the words that say so', () => {
    for (const words of ['Kinder', 'Jugendliche', 'Minderjährige', 'Schülerinnen', 'Jugendabteilung', 'Kinderclub']) {
      const text = club(`Online-Angebot für ${words}`);
      assert.deepStrictEqual(rangesOf(validate(text), 'children-consent'), [rangeOfText(text, words)], words);
    }
    const addressed = club('Spiele-Plattform', '[art6-1-a]', 'children:\n  addressed: true\n');
    assert.strictEqual(rangesOf(validate(addressed), 'children-consent').length, 1);
  });

  it('is quiet with parental consent stated, without consent, for excluded children and near misses', () => {
    for (const text of [
      club(
        'Online-Angebot für Kinder',
        '[art6-1-a]',
        'children:\n  addressed: true\n  minimumAge: "16"\n  parentalConsent: Ein Elternteil bestätigt per E-Mail.\n',
      ),
      club('Kinderbetreuung während der Schicht', '[art6-1-b]'),
      club('Unser Angebot richtet sich nicht an Kinder'),
      club('Online-Beratung für Kinder und Jugendliche'),
      club('Kinderwagen und Kindersitze'),
      club('Antrag auf Kindergeld'),
    ])
      assert.deepStrictEqual(rangesOf(validate(text), 'children-consent'), [], text);
  });
});

describe('rule children-age', () => {
  it('reports an age of consent below 16 and accepts 16 or more', () => {
    for (const [age, count] of [
      ['"13"', 1],
      ['"15"', 1],
      ['"16"', 0],
      ['"18"', 0],
    ] as const) {
      const text = withSections(completePolicy, { children: `children:\n  addressed: false\n  minimumAge: ${age}\n` });
      assert.strictEqual(rangesOf(validate(text), 'children-age').length, count, age);
    }
  });
});

describe('transfers against categories and recipients', () => {
  const us = (safeguard: string, role = 'processor', kind = '') =>
    withSections(completePolicy, {
      recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n  dienst:\n    title: US-Dienst\n${kind}    role: ${role}\n    country: US\n    safeguard: ${safeguard}\n`,
      categories: categories('').replace('recipients: [hoster]', 'recipients: [hoster, dienst]'),
    });

  it('transfer-derogation: reports Art. 49 for a processor or a routine service, at the safeguard', () => {
    for (const safeguard of ['art49-consent', 'art49-contract', '[scc, art49-consent]']) {
      const text = us(safeguard);
      assert.strictEqual(rangesOf(validate(text), 'transfer-derogation').length, 1, safeguard);
    }
    assert.strictEqual(
      rangesOf(validate(us('art49-contract', 'controller', '    kind: email-service\n')), 'transfer-derogation').length,
      1,
    );
  });

  it('transfer-derogation: is quiet for an occasional transfer to an independent controller and for SCC', () => {
    assert.deepStrictEqual(rangesOf(validate(us('art49-claims', 'controller')), 'transfer-derogation'), []);
    assert.deepStrictEqual(rangesOf(validate(us('scc')), 'transfer-derogation'), []);
  });

  const transfer = (lines: string, recipients = 'recipients: [hoster]', hosterCountry = '[DE, US]') =>
    withSections(completePolicy, {
      recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: ${hosterCountry}\n    safeguard: scc\n  mailer:\n    title: Versanddienst\n    role: processor\n    country: US\n    safeguard: scc\n`,
      categories: categories(
        `  statistik:\n    title: Statistik\n    data: [Aufrufe]\n    purposes: [vertrag]\n    ${recipients}\n    retention: Zwölf Monate.\n`,
      ),
      transfers: `transfers:\n  - country: US\n${lines}    safeguard: scc\n`,
    });

  it('transfer-consistency: a category that goes to nobody but is transferred, at its reference', () => {
    const text = transfer('    recipients: [hoster]\n    categories: [statistik]\n', 'recipients: none');
    assert.deepStrictEqual(rangesOf(validate(text), 'transfer-consistency'), [rangeOfText(text, 'statistik', 1)]);
  });

  it('transfer-consistency: a recipient the categories do not name, and a country the recipient does not name', () => {
    const notInCategory = transfer('    recipients: [mailer]\n    categories: [kontakt]\n');
    assert.deepStrictEqual(rangesOf(validate(notInCategory), 'transfer-consistency'), [
      rangeOfText(notInCategory, 'mailer', 1),
      rangeOfText(notInCategory, 'kontakt', 1),
    ]);
    const notThere = transfer('    recipients: [hoster]\n    categories: [kontakt]\n', 'recipients: [hoster]', 'DE');
    assert.deepStrictEqual(rangesOf(validate(notThere), 'transfer-consistency'), [
      rangeOfText(notThere, 'hoster]\n    categories', 0, 'hoster'.length),
    ]);
  });

  it('transfer-consistency: is quiet where categories, recipients and countries agree', () => {
    const text = transfer(
      '    recipients: [hoster, mailer]\n    categories: [kontakt, statistik]\n',
      'recipients: [mailer]',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'transfer-consistency'), []);
  });
});

describe('rule data-origin', () => {
  const category = (lines: string, recipients = '[hoster]', extraRecipient = '') =>
    withSections(completePolicy, {
      recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n${extraRecipient}`,
      categories: `categories:\n  kontakt:\n    title: Kontaktdaten\n${lines}    purposes: [vertrag]\n    recipients: ${recipients}\n    retention: Drei Jahre nach Vertragsende.\n`,
    });

  it('reports data plainly from credit agencies, brokers, registers, networks and employers', () => {
    for (const description of [
      'Vor dem Kauf auf Rechnung holen wir eine Bonitätsauskunft ein.',
      'Wir erhalten einen Scorewert von der SCHUFA.',
      'Die Adressen haben wir von einem Adresshändler angemietet.',
      'Namen der Geschäftsführer entnehmen wir aus dem Handelsregister.',
      'Wir ergänzen Angaben aus öffentlich zugänglichen Quellen.',
      'Profile, die wir über LinkedIn finden (Active Sourcing).',
      'Die Arbeitsunfähigkeit erfahren wir von Ihrer Krankenkasse.',
    ]) {
      const text = category(`    description: ${description}\n`);
      assert.strictEqual(rangesOf(validate(text), 'data-origin').length, 1, description);
    }
  });

  it('reports a category that asks a credit agency about credit, at the agency', () => {
    const text = category(
      '    description: Wir prüfen Ihre Bonität vor Vertragsschluss.\n',
      '[hoster, auskunftei]',
      '  auskunftei:\n    title: Auskunftei\n    kind: credit-agency\n    role: controller\n    country: DE\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'data-origin'), [rangeOfText(text, 'auskunftei', 1)]);
  });

  it("is quiet with origin and source, for disclosure, denial and the controller's own checks", () => {
    for (const lines of [
      '    description: Wir holen eine Bonitätsauskunft ein.\n    origin: third-party\n    source: Beispiel Auskunftei AG\n',
      '    description: Offene Forderungen melden wir an die SCHUFA.\n',
      '    description: Wir führen keine Bonitätsprüfung durch.\n',
      '    description: Wir geben Ihre Adresse nicht an Adresshändler weiter.\n',
      '    description: Die Vorstandsmitglieder melden wir zum Vereinsregister an.\n',
      '    description: Eine Bonitätsprüfung anhand Ihrer Zahlungshistorie bei uns.\n',
    ])
      assert.deepStrictEqual(rangesOf(validate(category(lines)), 'data-origin'), [], lines);
  });
});

describe('cookies under § 25 TDDDG', () => {
  const policy = (cookie: string, purposeLines = '') =>
    withSections(completePolicy, {
      purposes: purposes(purposeLines),
      cookies: `cookies:\n  - ${cookie.trimStart()}`,
    });
  const analytics =
    '  statistik:\n    title: Reichweitenmessung\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-1]\n';

  it('cookie-basis: reports essential for analytics, consent purposes and known trackers, at the basis', () => {
    const byKind = policy(
      'name: stats\n    purposes: [statistik]\n    duration: 13 Monate\n    basis: essential\n',
      analytics,
    );
    assert.deepStrictEqual(rangesOf(validate(byKind), 'cookie-basis'), [rangeOfText(byKind, 'essential')]);
    const tracker = policy('name: _fbp\n    purposes: [vertrag]\n    duration: 3 Monate\n    basis: essential\n');
    assert.deepStrictEqual(rangesOf(validate(tracker), 'cookie-basis'), [rangeOfText(tracker, 'essential')]);
  });

  it('cookie-basis: is quiet for a session cookie of the shopping cart and for consent', () => {
    assert.deepStrictEqual(
      rangesOf(
        validate(policy('name: cart\n    purposes: [vertrag]\n    duration: Sitzung\n    basis: essential\n')),
        'cookie-basis',
      ),
      [],
    );
    assert.deepStrictEqual(
      rangesOf(
        validate(
          policy('name: _ga\n    purposes: [statistik]\n    duration: 13 Monate\n    basis: consent\n', analytics),
        ),
        'cookie-basis',
      ),
      [],
    );
  });

  it('cookie-consent-purpose: reports consent with no consent-based purpose', () => {
    const text = policy('name: prefs\n    purposes: [vertrag]\n    duration: Sitzung\n    basis: consent\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'cookie-consent-purpose'), [rangeOfText(text, 'consent', 0)]);
  });

  it('cookie-duration: reports a missing and an endless lifetime, and hints beyond 13 months', () => {
    const missing = policy('name: prefs\n    purposes: [vertrag]\n    basis: essential\n');
    assert.strictEqual(rangesOf(validate(missing), 'cookie-duration').length, 1);
    const endless = policy('name: prefs\n    purposes: [vertrag]\n    duration: unbegrenzt\n    basis: essential\n');
    assert.deepStrictEqual(rangesOf(validate(endless), 'cookie-duration'), [rangeOfText(endless, 'unbegrenzt')]);
    const long = validate(
      policy('name: _ga\n    purposes: [statistik]\n    duration: 2 Jahre\n    basis: consent\n', analytics),
    ).filter((d) => d.code === 'cookie-duration');
    assert.deepStrictEqual(
      long.map((d) => d.severity),
      [4],
      'a hint',
    );
    assert.match(long[0].message as string, /CNIL/);
  });

  it('cookie-duration: is quiet for a session, 13 months and a lifetime with a period', () => {
    for (const duration of ['Sitzung', 'Ende der Browsersitzung', '13 Monate', '390 Tage', 'Persistent, 6 Monate'])
      assert.deepStrictEqual(
        rangesOf(
          validate(policy(`name: prefs\n    purposes: [vertrag]\n    duration: ${duration}\n    basis: essential\n`)),
          'cookie-duration',
        ),
        [],
        duration,
      );
  });
});

describe('recipients: role against kind, joint controllers', () => {
  const recipient = (lines: string) =>
    withSections(completePolicy, {
      recipients: `recipients:\n  hoster:\n    title: Hosting-Dienstleister\n${lines}    country: DE\n`,
    });

  it('recipient-role: a tax advisor, an authority, a credit agency or a social network as processor', () => {
    for (const kind of ['tax-advisor', 'authority', 'credit-agency', 'social-network']) {
      const text = recipient(`    kind: ${kind}\n    role: processor\n`);
      assert.deepStrictEqual(rangesOf(validate(text), 'recipient-role'), [rangeOfText(text, 'processor')], kind);
    }
  });

  it('recipient-role: is quiet where the role fits', () => {
    for (const lines of [
      '    kind: tax-advisor\n    role: controller\n',
      '    kind: authority\n    role: authority\n',
      '    kind: hosting\n    role: processor\n',
      '    kind: payment\n    role: controller\n',
      '    role: processor\n',
    ])
      assert.deepStrictEqual(rangesOf(validate(recipient(lines)), 'recipient-role'), [], lines);
  });

  it('joint-controller-arrangement: a joint controller without the essence of the arrangement', () => {
    const text = recipient('    role: joint-controller\n');
    assert.deepStrictEqual(rangesOf(validate(text), 'joint-controller-arrangement'), [
      rangeOfText(text, 'joint-controller'),
    ]);
    const stated = recipient(
      '    role: joint-controller\n    arrangement: Meta übernimmt die Betroffenenrechte für die Seiten-Insights.\n',
    );
    assert.deepStrictEqual(rangesOf(validate(stated), 'joint-controller-arrangement'), []);
  });
});

describe('rule automated-decision-exception', () => {
  const decisions = (yaml: string) =>
    withSections(completePolicy, {
      rights: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\n',
      automatedDecisions: `automatedDecisions:\n${yaml}`,
    });

  it('asks each decision of a list for its exception, and a law-based one for its law', () => {
    const text = decisions(
      '  - description: Kauf auf Rechnung\n    logic: Punktwert\n    consequences: Kein Rechnungskauf\n    exception: contract\n  - description: Tarifeinstufung\n    logic: Tabelle\n    consequences: Beitrag\n    exception: law\n  - description: Kontosperre\n    logic: Regeln\n    consequences: Sperre\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'automated-decision-exception'), [
      rangeOfText(text, 'law', 0),
      rangeOfText(text, 'description: Kontosperre', 0, 'description'.length),
    ]);
  });

  it('keeps the single-object form valid', () => {
    const text = decisions(
      '  description: Kauf auf Rechnung\n  logic: Punktwert\n  consequences: Kein Rechnungskauf\n  exception: consent\n',
    );
    assert.deepStrictEqual(
      validate(text).map((d) => d.code),
      [],
    );
  });
});

describe('every text the author wrote is checked', () => {
  it('finds the Privacy Shield in a transfer description and the TTDSG in a purpose description', () => {
    const text = withSections(completePolicy, {
      purposes: purposes('').replace(
        'legalBasis: [art6-1-b]\n',
        'legalBasis: [art6-1-b]\n    description: Cookies setzen wir nach § 25 TTDSG.\n',
      ),
      recipients:
        'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: [DE, US]\n    safeguard: dpf\n',
      transfers:
        'transfers:\n  - country: US\n    recipients: [hoster]\n    categories: [kontakt]\n    safeguard: dpf\n    description: Der Anbieter war unter dem Privacy Shield zertifiziert.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(text), 'outdated-law'), [
      rangeOfText(text, 'TTDSG'),
      rangeOfText(text, 'Privacy Shield'),
    ]);
  });

  it('finds placeholders in a retention text and Safe Harbor in an interest', () => {
    const text = withSections(completePolicy, {
      purposes: purposes(
        '  pruefung:\n    title: Prüfung\n    legalBasis: [art6-1-f]\n    legitimateInterest: Übermittlung nach Safe Harbor.\n',
      ),
      categories: categories('').replace('Drei Jahre nach Vertragsende.', 'Drei Jahre [Zeitraum prüfen]'),
    });
    const codes = validate(text).map((d) => d.code);
    assert.ok(codes.includes('placeholder'), codes.join());
    assert.ok(codes.includes('outdated-law'), codes.join());
  });
});
