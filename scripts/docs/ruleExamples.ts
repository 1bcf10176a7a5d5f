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
  'special-category-basis': {
    bad: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b]\ncategories:\n  gesundheit:\n    title: Gesundheitsdaten\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
    good: 'purposes:\n  vertrag:\n    title: Erfüllung des Vertrags\n    legalBasis: [art6-1-b, art9-2-h]\ncategories:\n  gesundheit:\n    title: Gesundheitsdaten\n    special: health\n    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Zehn Jahre nach Abschluss der Behandlung (§ 630f BGB).\n',
  },
  'third-country-safeguard': {
    bad: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n',
    good: 'recipients:\n  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n    country: US\n    safeguard: scc\n',
  },
  'retention-period': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Drei Jahre nach Vertragsende.\n'),
    quickFix: 'Adds `retention` to fill in.',
  },
  'retention-vague': {
    bad: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: So lange wie erforderlich.\n'),
    good: category('    purposes: [vertrag]\n    recipients: [hoster]\n    retention: Bis zum Ende des Vertrags, danach zehn Jahre (§ 147 AO).\n'),
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
    quickFix: 'Adds the section with its `name` to fill in.',
  },
  'automated-decision-logic': {
    bad: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n',
    good: 'rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]\nautomatedDecisions:\n  description: Wir prüfen vor einem Kauf auf Rechnung Ihre Bonität.\n  logic: Ein Punktwert aus Ihrer bisherigen Zahlungshistorie bei uns.\n  consequences: Unter 300 Punkten bieten wir den Kauf auf Rechnung nicht an.\n',
    quickFix: 'Adds the missing `logic` or `consequences` to fill in.',
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
