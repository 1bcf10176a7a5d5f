/**
 * Hand-written examples for docs/rules.md: for each rule, whole top-level sections that trigger it (`bad`) and
 * the same sections fixed (`good`). A test puts each into `examplePolicy` and checks that `bad` triggers the rule
 * and `good` does not, so the documentation cannot drift from the checks.
 */

/** A complete policy that passes every check (for a "today" in late 2026): the background of every example. */
export const examplePolicy = `policy:
  title: Datenschutzerklärung
  published: 2026-10-01
  effective: 2026-10-15
controller:
  name: Beispiel GmbH
  address:
    street: Musterstraße 1
    postalCode: "01067"
    city: Dresden
    country: DE
  email: datenschutz@beispiel.de
purposes:
  vertrag:
    title: Erfüllung des Vertrags
    legalBasis: [art6-1-b]
recipients:
  hoster:
    title: Hosting-Dienstleister
    role: processor
    country: DE
categories:
  kontakt:
    title: Kontaktdaten
    data: [Name, E-Mail-Adresse]
    purposes: [vertrag]
    recipients: [hoster]
    retention: Drei Jahre nach Vertragsende.
rights: [access, rectification, erasure, restriction, portability, complaint]
supervisoryAuthority:
  name: Sächsische Datenschutz- und Transparenzbeauftragte
`;

export interface RuleExample {
  readonly bad: string;
  readonly good: string;
  /** Sections of the example policy that the bad example leaves out. */
  readonly remove?: readonly string[];
  /** What the quick fix does, when the rule has one. */
  readonly quickFix?: string;
  /**
   * For the checks across versions: sections of the example policy as the previous version had them (the
   * example policy itself when empty). The bad and good examples are compared with it.
   */
  readonly previous?: string;
}

const category = (lines: string) => `categories:
  kontakt:
    title: Kontaktdaten
    data: [Name, E-Mail-Adresse]
${lines}`;

const controller = (lines: string) => `controller:
  name: Beispiel GmbH
  address:
    street: Musterstraße 1
    postalCode: "01067"
    city: Dresden
${lines}`;

const clause = (text: string) => `clauses:
  - title: Cookies
    text: ${text}
`;

const purposesWithAdvertising = `purposes:
  vertrag:
    title: Erfüllung des Vertrags
    legalBasis: [art6-1-b]
  werbung:
    title: Werbung für eigene ähnliche Angebote
    legalBasis: [art6-1-f]
    legitimateInterest: Bestandskunden über eigene ähnliche Produkte zu informieren (§ 7 Abs. 3 UWG).
`;

export const ruleExamples: Readonly<Record<string, RuleExample>> = {
  'yaml-syntax': { bad: 'policy:\n  title: "Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n', good: 'policy:\n  title: "Datenschutzerklärung"\n  published: 2026-10-01\n  effective: 2026-10-15\n' },
  'yaml-unsupported': {
    bad: 'purposes:\n  vertrag: &basis\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  angebot: *basis\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
  },
  'invisible-character': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des\u200b Vertrags\n    legalBasis: [art6-1-b]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
  },
  'unknown-key': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retension: Drei Jahre nach Vertragsende.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Changes the key to the one it most likely meant.',
  },
  'value-type': { bad: 'rights: access\n', good: 'rights: [access, rectification, erasure, restriction, portability, complaint]\n' },
  'required-field': {
    bad: 'controller:\n  name: Beispiel GmbH\n  email: datenschutz@beispiel.de\n',
    good: controller('    country: DE\n  email: datenschutz@beispiel.de\n'),
    quickFix: 'For a missing section: adds it with its required keys to fill in (dates: today).',
  },
  'duplicate-key': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n    retention: Sechs Monate.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
  },
  'duplicate-id': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  vertrag:\n    title: Newsletter\n    legalBasis: [art6-1-a]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
  },
  'implicit-type': {
    bad: controller('    country: DE\n  email: datenschutz@beispiel.de\n').replace('"01067"', '01067'),
    good: controller('    country: DE\n  email: datenschutz@beispiel.de\n'),
    quickFix: 'Puts the value in quotes (safe: part of "fix all").',
  },
  'invalid-value': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: auftragsverarbeiter\n    country: DE\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n',
  },
  'line-endings': { bad: 'policy:\r  title: Datenschutzerklärung\r  published: 2026-10-01\r  effective: 2026-10-15\r', good: 'policy:\r\n  title: Datenschutzerklärung\r\n  published: 2026-10-01\r\n  effective: 2026-10-15\r\n' },
  'category-purpose': {
    bad: category('    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `purposes` with the purposes defined to choose from (the one there is, when there is one).',
  },
  'category-recipient': {
    bad: category('    purposes: [vertrag]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `recipients` with the recipients defined to choose from (the one there is, when there is one).',
  },
  'unknown-reference': {
    bad: category('    purposes: [vertrag, newsletter]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Puts in the defined id it most likely meant, when one is close ("did you mean"); after that, or alone, creates a stub for the missing purpose, recipient or category at the end of its section (or the section itself).',
  },
  'unused-definition': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  alt:\n    title: Nicht mehr genutzt\n    legalBasis: [art6-1-f]\n    legitimateInterest: Keines.\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
  },
  'invalid-date': { bad: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-02-30\n  effective: 2026-10-15\n', good: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n' },
  'date-order': {
    bad: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-15\n  effective: 2026-10-01\n',
    good: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n',
    quickFix: 'Swaps the two dates.',
  },
  'clause-content': { bad: 'clauses:\n  - title: Hosting\n', good: 'clauses:\n  - title: Hosting\n    text: Wir hosten bei der Beispiel Hosting GmbH in Dresden.\n' },
  'unknown-clause': { bad: 'clauses:\n  - use: ssl\n', good: 'clauses:\n  - use: ssl-tls\n' },
  'clause-inputs-missing': {
    bad: category('    channels: [account]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n') + 'clauses:\n  - use: kontoloeschung\n    category: kontakt\n',
    good:
      category('    channels: [account]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n') +
      'clauses:\n  - use: kontoloeschung\n    category: kontakt\n    with:\n      where: im Kundenkonto unter „Einstellungen“\n',
  },
  'clause-placement': {
    bad: category('    channels: [email]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n') + 'clauses:\n  - use: kontaktformular\n',
    good: category('    channels: [email]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n') + 'clauses:\n  - use: kontaktformular\n    category: kontakt\n',
  },
  'clause-condition': {
    bad: 'clauses:\n  - use: newsletter\n    category: kontakt\n',
    good: 'clauses:\n  - use: rechtsgrundlagen\n',
  },
  'clause-contradiction': {
    bad: 'clauses:\n  - title: Anfragen\n    category: kontakt\n    text: Ihre Anfrage speichern wir zwei Jahre lang.\n',
    good: 'clauses:\n  - title: Anfragen\n    category: kontakt\n    text: Ihre Anfrage speichern wir bis drei Jahre nach Vertragsende.\n',
  },
  'translation-missing': {
    bad:
      'policy:\n  title: { de: Datenschutzerklärung, en: Privacy Policy }\n  languages: [de, en]\n  published: 2026-10-01\n  effective: 2026-10-15\n' +
      'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
    good:
      'policy:\n  title: { de: Datenschutzerklärung, en: Privacy Policy }\n  languages: [de, en]\n  published: 2026-10-01\n  effective: 2026-10-15\n' +
      'purposes:\n  vertrag:\n    title:\n      de: Erfüllung des Vertrags\n      en: Performing the contract\n    legalBasis: [art6-1-b]\n' +
      'recipients:\n  hoster:\n    title: { de: Hosting-Dienstleister, en: Hosting provider }\n    role: processor\n    country: DE\n' +
      'categories:\n  kontakt:\n    title: { de: Kontaktdaten, en: Contact details }\n' +
      '    data: [{ de: Name, en: Name }, { de: E-Mail-Adresse, en: Email address }]\n    purposes: [vertrag]\n    recipients: [hoster]\n' +
      '    retention: { de: Drei Jahre nach Vertragsende., en: Three years after the end of the contract. }\n',
    quickFix: 'Writes the text per language and inserts the placeholder `"TODO: translate"` for the missing one.',
  },
  'language-not-listed': {
    bad: 'policy:\n  title: Datenschutzerklärung\n  language: en\n  languages: [de]\n  published: 2026-10-01\n  effective: 2026-10-15\n',
    good: 'policy:\n  title: Datenschutzerklärung\n  language: de\n  languages: [de]\n  published: 2026-10-01\n  effective: 2026-10-15\n',
    quickFix: 'Adds the language to `policy.languages`.',
  },
  'controller-contact': {
    bad: controller('    country: DE\n'),
    good: controller('    country: DE\n  email: datenschutz@beispiel.de\n'),
    quickFix: 'Adds the missing `email` (or `country`) to fill in.',
  },
  'eu-representative': {
    bad: controller('    country: UA\n  email: privacy@beispiel.ua\n'),
    good: controller('    country: UA\n  email: privacy@beispiel.ua\n  representative:\n    name: Beispiel Vertretung GmbH\n    email: vertreter@beispiel.de\n'),
    quickFix: 'Adds a `representative` with its keys to fill in.',
  },
  'dpo-contact': {
    bad: controller('    country: DE\n  email: datenschutz@beispiel.de\n  dpo:\n    name: Erika Mustermann\n'),
    good: controller('    country: DE\n  email: datenschutz@beispiel.de\n  dpo:\n    name: Erika Mustermann\n    email: dsb@beispiel.de\n'),
    quickFix: 'Adds `email` to the DPO, to fill in.',
  },
  'purpose-legal-basis': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n',
    quickFix: 'Adds `legalBasis` with the legal bases to choose from.',
  },
  'legitimate-interest': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b, art6-1-f]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b, art6-1-f]\n    legitimateInterest: Abwehr von Betrug bei Zahlungen.\n',
    quickFix: 'Adds `legitimateInterest` to fill in.',
  },
  'basis-fit': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  newsletter:\n    title: Newsletter mit Produktneuheiten\n    kind: marketing\n    legalBasis: [art6-1-b]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  newsletter:\n    title: Newsletter mit Produktneuheiten\n    kind: marketing\n    legalBasis: [art6-1-a]\n',
    quickFix: 'Where one basis is missing rather than wrong (art6-1-c for a legal obligation, art9-2-h for health care): adds it to `legalBasis`; for § 25(2) no. 2 TDDDG under analytics or marketing: writes tdddg-25-1.',
  },
  'national-law': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  buchhaltung:\n    title: Aufbewahrung von Rechnungen\n    kind: legal-obligation\n    legalBasis: [art6-1-c]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  buchhaltung:\n    title: Aufbewahrung von Rechnungen\n    kind: legal-obligation\n    legalBasis: [art6-1-c]\n    law: § 147 AO, § 257 HGB, § 14b UStG\n',
    quickFix: 'Adds `law` to fill in.',
  },
  'special-category-undeclared': {
    bad: category('    data: [Name, Diagnose, Verordnete Medikamente]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n').replace('    data: [Name, E-Mail-Adresse]\n', ''),
    good: category('    data: [Name, Diagnose, Verordnete Medikamente]\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n').replace('    data: [Name, E-Mail-Adresse]\n', ''),
    quickFix: 'Adds the category to `special` (or writes `special`).',
  },
  'special-category-basis': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\ncategories:\n  gesundheit:\n    title: Gesundheitsdaten\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b, art9-2-h]\ncategories:\n  gesundheit:\n    title: Gesundheitsdaten\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
  },
  'recipient-role': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n  steuerberatung:\n    title: Steuerberatung Muster & Partner\n    kind: tax-advisor\n    role: processor\n    country: DE\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n  steuerberatung:\n    title: Steuerberatung Muster & Partner\n    kind: tax-advisor\n    role: controller\n    country: DE\n',
    quickFix: 'Puts in the role that fits what the recipient is.',
  },
  'joint-controller-arrangement': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n  fanpage:\n    title: Meta Platforms Ireland Ltd. (Facebook-Seite)\n    kind: social-network\n    role: joint-controller\n    country: IE\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: DE\n  fanpage:\n    title: Meta Platforms Ireland Ltd. (Facebook-Seite)\n    kind: social-network\n    role: joint-controller\n    country: IE\n    arrangement: Meta übernimmt die Informationspflichten und die Betroffenenrechte für die Seiten-Insights; Anfragen dazu richten Sie an Meta (https://www.facebook.com/legal/terms/page_controller_addendum).\n',
    quickFix: 'Adds `arrangement` to fill in.',
  },
  'third-country-safeguard': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n    safeguard: scc\n',
  },
  'transfer-derogation': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n    safeguard: art49-consent\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n    safeguard: scc\n',
  },
  'transfer-consistency': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: [DE, US]\n    safeguard: scc\n' + category('    purposes: [vertrag]\n    recipients: none\n    retention: Drei Jahre nach Vertragsende.\n') + 'transfers:\n  - country: US\n    recipients: [hoster]\n    categories: [kontakt]\n    safeguard: scc\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: [DE, US]\n    safeguard: scc\n' + category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n') + 'transfers:\n  - country: US\n    recipients: [hoster]\n    categories: [kontakt]\n    safeguard: scc\n',
  },
  'retention-period': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `retention` to fill in.',
  },
  'retention-vague': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: So lange wie erforderlich.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Bis zum Ende des Vertrags, danach drei Jahre (§ 195 BGB).\n'),
  },
  'retention-unlimited': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Wir speichern die Daten dauerhaft.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Bis zum Ende des Vertrags, danach drei Jahre (§ 195 BGB).\n'),
  },
  'retention-statute': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Rechnungen bewahren wir sechs Jahre auf (§ 147 AO).\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Rechnungen bewahren wir acht Jahre auf (§ 147 AO).\n'),
    quickFix: 'Puts in the period the statute requires ("acht Jahre").',
  },
  'retention-outdated': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Rechnungen bewahren wir zehn Jahre auf (§ 147 AO, § 14b UStG).\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Rechnungen bewahren wir acht Jahre auf (§ 147 AO, § 14b UStG).\n'),
    quickFix: 'Writes "acht Jahre".',
  },
  'rights-basis': {
    bad: 'purposes:\n  vertrag:\n    title: Newsletter\n    legalBasis: [art6-1-a]\nrights: [access, rectification, erasure, restriction, portability, complaint]\n',
    good: 'purposes:\n  vertrag:\n    title: Newsletter\n    legalBasis: [art6-1-a]\nrights: [access, rectification, erasure, restriction, portability, withdrawal, complaint]\n',
    quickFix: 'Adds the missing right to `rights`; adds the whole section, with the rights the legal bases give, when it is missing.',
  },
  'complaint-right': {
    bad: 'rights: [access, rectification, erasure, restriction, portability]\n',
    good: 'rights: [access, rectification, erasure, restriction, portability, complaint]\n',
    quickFix: 'Adds `complaint` to `rights`.',
  },
  'supervisory-authority': {
    bad: '# (no supervisoryAuthority section)\n',
    remove: ['supervisoryAuthority'],
    good: 'supervisoryAuthority:\n  name: Sächsische Datenschutz- und Transparenzbeauftragte\n  url: https://www.datenschutz.sachsen.de\n',
    quickFix:
      'Writes the section with the competent authority\'s name, address, e-mail and web site where the controller\'s country, state and kind of body decide it (here: Dresden, so the SDTB); `residence: true` for a controller outside the EEA; else a `name` to fill in.',
  },
  'authority-competence': {
    bad: 'supervisoryAuthority:\n  name: Bayerisches Landesamt für Datenschutzaufsicht\n',
    good: 'supervisoryAuthority:\n  name: Die Sächsische Datenschutz- und Transparenzbeauftragte\n  address:\n    street: Postfach 11 01 32\n    postalCode: "01330"\n    city: Dresden\n  email: post@sdtb.sachsen.de\n  url: https://www.datenschutz.sachsen.de\n',
    quickFix: 'Replaces the section with the competent authority, its address, e-mail and web site.',
  },
  'automated-decision-logic': {
    bad: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n',
    good: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n  logic: Ein Punktwert aus Ihrer bisherigen Zahlungshistorie bei uns.\n  consequences: Unter 300 Punkten bieten wir den Kauf auf Rechnung nicht an.\n',
    quickFix: 'Adds the missing `logic` or `consequences` to fill in.',
  },
  'automated-decision-exception': {
    bad: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n  logic: Ein Punktwert aus Ihrer bisherigen Zahlungshistorie bei uns.\n  consequences: Unter 300 Punkten bieten wir den Kauf auf Rechnung nicht an.\n',
    good: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n  logic: Ein Punktwert aus Ihrer bisherigen Zahlungshistorie bei uns.\n  consequences: Unter 300 Punkten bieten wir den Kauf auf Rechnung nicht an.\n  exception: contract\n',
    quickFix: 'Adds `exception` (or `law`) to fill in.',
  },
  'data-origin': {
    bad: category('    description: Vor einem Kauf auf Rechnung holen wir eine Bonitätsauskunft bei einer Auskunftei ein.\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good: category('    description: Vor einem Kauf auf Rechnung holen wir eine Bonitätsauskunft bei einer Auskunftei ein.\n    origin: third-party\n    source: Beispiel Auskunftei AG, Musterweg 5, 65201 Wiesbaden\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `origin` and `source` (or corrects `origin`).',
  },
  'children-consent': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  kinderclub:\n    title: Mitgliedschaft im Online-Kinderclub\n    legalBasis: [art6-1-a]\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  kinderclub:\n    title: Mitgliedschaft im Online-Kinderclub\n    legalBasis: [art6-1-a]\nchildren:\n  addressed: true\n  minimumAge: "16"\n  parentalConsent: Jüngere Kinder melden sich mit der E-Mail-Adresse eines Elternteils an; erst nach dessen Bestätigung über einen Link schalten wir das Konto frei.\n',
    quickFix: 'Adds the `children` section (or `parentalConsent`) to fill in.',
  },
  'children-age': {
    bad: 'children:\n  addressed: false\n  minimumAge: "13"\n',
    good: 'children:\n  addressed: false\n  minimumAge: "16"\n',
    quickFix: 'Writes "16".',
  },
  'cookie-basis': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  reichweite:\n    title: Reichweitenmessung\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-1]\ncookies:\n  - name: _ga\n    provider: Google Ireland Ltd.\n    purposes: [reichweite]\n    duration: 13 Monate\n    basis: essential\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\n  reichweite:\n    title: Reichweitenmessung\n    kind: analytics\n    legalBasis: [art6-1-a, tdddg-25-1]\ncookies:\n  - name: _ga\n    provider: Google Ireland Ltd.\n    purposes: [reichweite]\n    duration: 13 Monate\n    basis: consent\n',
    quickFix: 'Writes `consent`.',
  },
  'cookie-consent-purpose': {
    bad: 'cookies:\n  - name: warenkorb\n    provider: Beispiel GmbH\n    purposes: [vertrag]\n    duration: Sitzung\n    basis: consent\n',
    good: 'cookies:\n  - name: warenkorb\n    provider: Beispiel GmbH\n    purposes: [vertrag]\n    duration: Sitzung\n    basis: essential\n',
  },
  'cookie-duration': {
    bad: 'cookies:\n  - name: session\n    provider: Beispiel GmbH\n    purposes: [vertrag]\n    basis: essential\n',
    good: 'cookies:\n  - name: session\n    provider: Beispiel GmbH\n    purposes: [vertrag]\n    duration: Sitzung\n    basis: essential\n',
    quickFix: 'Adds `duration` to fill in.',
  },
  'data-source': {
    bad: category('    origin: third-party\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good: category('    origin: third-party\n    source: Adresshändler Beispiel Daten AG\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `source` to fill in.',
  },
  'outdated-law': {
    bad: clause('Wir setzen Cookies nach § 25 Abs. 2 TTDSG ein.'),
    good: clause('Wir setzen Cookies nach § 25 Abs. 2 TDDDG ein.'),
    quickFix: 'Puts in the current name (safe for renamed acts such as TTDSG and TMG; not part of "fix all" for the Privacy Shield, whose successor covers only certified companies).',
  },
  'stale-policy': {
    bad: 'policy:\n  title: Datenschutzerklärung\n  published: 2024-12-20\n  effective: 2025-01-01\n',
    good: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n',
  },
  'text-spacing': { bad: clause('Wir setzen Cookies ein.Sie können widersprechen.'), good: clause('Wir setzen Cookies ein. Sie können widersprechen.'), quickFix: 'Inserts the space (safe).' },
  'doubled-word': { bad: clause('Wir setzen nur nur notwendige Cookies ein.'), good: clause('Wir setzen nur notwendige Cookies ein.'), quickFix: 'Removes the second word.' },
  'placeholder': { bad: clause('Anbieter ist [Firmenname].'), good: clause('Anbieter ist die Beispiel GmbH.') },
  'vague-wording': { bad: clause('Wir können Cookies einsetzen.'), good: clause('Wir setzen ein Sitzungscookie ein, das beim Schließen des Browsers gelöscht wird.') },
  'version-not-updated': {
    previous: '',
    bad: category('    data: [Name, E-Mail-Adresse, Telefonnummer]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n').replace('    data: [Name, E-Mail-Adresse]\n', ''),
    good:
      'policy:\n  title: Datenschutzerklärung\n  published: 2026-11-02\n  effective: 2026-11-16\n' +
      category('    data: [Name, E-Mail-Adresse, Telefonnummer]\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n').replace('    data: [Name, E-Mail-Adresse]\n', ''),
  },
  'change-needs-notice': {
    previous: '',
    bad:
      'policy:\n  title: Datenschutzerklärung\n  published: 2026-11-02\n  effective: 2026-11-02\n' +
      purposesWithAdvertising +
      category('    purposes: [vertrag, werbung]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    good:
      'policy:\n  title: Datenschutzerklärung\n  published: 2026-11-02\n  effective: 2026-11-16\n' +
      purposesWithAdvertising +
      category('    purposes: [vertrag, werbung]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
  },
  'version-backwards': {
    previous: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n  version: "2.0"\n',
    bad: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n  version: "1.9"\n',
    good: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n  version: "2.1"\n',
  },
  'invalid-suppression': {
    bad: '# privacy-policy-disable stale-polcy\npolicy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n',
    good: '# privacy-policy-disable stale-policy\npolicy:\n  title: Datenschutzerklärung\n  published: 2024-10-01\n  effective: 2024-10-15\n',
    quickFix: 'Changes the id to the rule it most likely meant.',
  },
  'unused-suppression': {
    bad: '# privacy-policy-disable stale-policy\npolicy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n',
    good: 'policy:\n  title: Datenschutzerklärung\n  published: 2026-10-01\n  effective: 2026-10-15\n',
  },
};
