import type { EnumChoice } from './schemaTypes';

/** Legal bases of Art. 6(1), Art. 9(2) GDPR, § 25 TDDDG and § 26 BDSG, by the ids authors write. */
export const legalBases: readonly EnumChoice[] = [
  { value: 'art6-1-a', label: { de: 'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)', en: 'Consent (Art. 6(1)(a) GDPR)' } },
  {
    value: 'art6-1-b',
    label: {
      de: 'Vertragserfüllung oder vorvertragliche Maßnahmen (Art. 6 Abs. 1 lit. b DSGVO)',
      en: 'Performance of a contract or pre-contractual steps (Art. 6(1)(b) GDPR)',
    },
  },
  {
    value: 'art6-1-c',
    label: { de: 'Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)', en: 'Legal obligation (Art. 6(1)(c) GDPR)' },
  },
  {
    value: 'art6-1-d',
    label: {
      de: 'Schutz lebenswichtiger Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
      en: 'Vital interests (Art. 6(1)(d) GDPR)',
    },
  },
  {
    value: 'art6-1-e',
    label: {
      de: 'Wahrnehmung einer Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)',
      en: 'Task carried out in the public interest (Art. 6(1)(e) GDPR)',
    },
  },
  {
    value: 'art6-1-f',
    label: {
      de: 'Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)',
      en: 'Legitimate interests (Art. 6(1)(f) GDPR)',
    },
  },
  {
    value: 'art9-2-a',
    label: {
      de: 'Ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)',
      en: 'Explicit consent (Art. 9(2)(a) GDPR)',
    },
  },
  {
    value: 'art9-2-b',
    label: {
      de: 'Arbeitsrecht und soziale Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)',
      en: 'Employment, social security and social protection law (Art. 9(2)(b) GDPR)',
    },
  },
  {
    value: 'art9-2-c',
    label: {
      de: 'Schutz lebenswichtiger Interessen (Art. 9 Abs. 2 lit. c DSGVO)',
      en: 'Vital interests (Art. 9(2)(c) GDPR)',
    },
  },
  {
    value: 'art9-2-d',
    label: {
      de: 'Tätigkeit einer Stiftung, Vereinigung oder Organisation (Art. 9 Abs. 2 lit. d DSGVO)',
      en: 'Foundation, association or other not-for-profit body (Art. 9(2)(d) GDPR)',
    },
  },
  {
    value: 'art9-2-e',
    label: {
      de: 'Offensichtlich öffentlich gemachte Daten (Art. 9 Abs. 2 lit. e DSGVO)',
      en: 'Data manifestly made public (Art. 9(2)(e) GDPR)',
    },
  },
  {
    value: 'art9-2-f',
    label: { de: 'Rechtsansprüche (Art. 9 Abs. 2 lit. f DSGVO)', en: 'Legal claims (Art. 9(2)(f) GDPR)' },
  },
  {
    value: 'art9-2-g',
    label: {
      de: 'Erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g DSGVO)',
      en: 'Substantial public interest (Art. 9(2)(g) GDPR)',
    },
  },
  {
    value: 'art9-2-h',
    label: {
      de: 'Gesundheitsvorsorge, Arbeitsmedizin, Diagnostik, Versorgung und Behandlung (Art. 9 Abs. 2 lit. h DSGVO)',
      en: 'Preventive or occupational medicine, medical diagnosis, health or social care or treatment (Art. 9(2)(h) GDPR)',
    },
  },
  {
    value: 'art9-2-i',
    label: { de: 'Öffentliche Gesundheit (Art. 9 Abs. 2 lit. i DSGVO)', en: 'Public health (Art. 9(2)(i) GDPR)' },
  },
  {
    value: 'art9-2-j',
    label: {
      de: 'Archiv-, Forschungs- oder Statistikzwecke (Art. 9 Abs. 2 lit. j DSGVO)',
      en: 'Archiving, research or statistical purposes (Art. 9(2)(j) GDPR)',
    },
  },
  {
    value: 'tdddg-25-1',
    label: {
      de: 'Einwilligung in den Zugriff auf Ihr Endgerät (§ 25 Abs. 1 TDDDG)',
      en: 'Consent to accessing your device (Section 25(1) TDDDG)',
    },
  },
  {
    value: 'tdddg-25-2',
    label: {
      de: 'Unbedingt erforderlicher Zugriff auf Ihr Endgerät (§ 25 Abs. 2 Nr. 2 TDDDG)',
      en: 'Strictly necessary access to your device (Section 25(2) no. 2 TDDDG)',
    },
  },
  {
    value: 'bdsg-26',
    label: { de: 'Beschäftigungsverhältnis (§ 26 BDSG)', en: 'Employment relationship (Section 26 BDSG)' },
    doc: {
      de: 'Nach dem Urteil des EuGH vom 30.03.2023 (C-34/21) ist § 26 Abs. 1 S. 1 BDSG nach herrschender Meinung keine eigenständige Rechtsgrundlage mehr: Schreiben Sie art6-1-b (Arbeitsvertrag) oder art6-1-c (gesetzliche Pflicht) und nennen Sie § 26 BDSG unter `law`, wo er greift.',
      en: 'After the CJEU judgment of 30 Mar 2023 (C-34/21), the prevailing view no longer accepts § 26(1) sentence 1 BDSG as a basis of its own: write art6-1-b (employment contract) or art6-1-c (legal obligation) and name § 26 BDSG under `law` where it applies.',
    },
  },
];

export const recipientRoles: readonly EnumChoice[] = [
  { value: 'processor', label: { de: 'Auftragsverarbeiter (Art. 28 DSGVO)', en: 'Processor (Art. 28 GDPR)' } },
  { value: 'controller', label: { de: 'Eigenständig Verantwortlicher', en: 'Independent controller' } },
  {
    value: 'joint-controller',
    label: { de: 'Gemeinsam Verantwortlicher (Art. 26 DSGVO)', en: 'Joint controller (Art. 26 GDPR)' },
  },
  { value: 'authority', label: { de: 'Behörde oder öffentliche Stelle', en: 'Public authority or body' } },
  {
    value: 'internal',
    label: { de: 'Interne Stelle oder verbundenes Unternehmen', en: 'Internal department or affiliated company' },
  },
  { value: 'other', label: { de: 'Sonstiger Empfänger', en: 'Other recipient' } },
];

export const safeguards: readonly EnumChoice[] = [
  {
    value: 'adequacy',
    label: {
      de: 'Angemessenheitsbeschluss der EU-Kommission (Art. 45 DSGVO)',
      en: 'Adequacy decision of the European Commission (Art. 45 GDPR)',
    },
  },
  {
    value: 'dpf',
    label: { de: 'EU-US Data Privacy Framework (Art. 45 DSGVO)', en: 'EU-US Data Privacy Framework (Art. 45 GDPR)' },
  },
  {
    value: 'scc',
    label: {
      de: 'EU-Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
      en: 'Standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)',
    },
  },
  {
    value: 'bcr',
    label: {
      de: 'Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)',
      en: 'Binding corporate rules (Art. 47 GDPR)',
    },
  },
  {
    value: 'art49-consent',
    label: {
      de: 'Ausdrückliche Einwilligung (Art. 49 Abs. 1 lit. a DSGVO)',
      en: 'Explicit consent (Art. 49(1)(a) GDPR)',
    },
  },
  {
    value: 'art49-contract',
    label: {
      de: 'Erforderlich zur Vertragserfüllung (Art. 49 Abs. 1 lit. b DSGVO)',
      en: 'Necessary for the performance of a contract with you (Art. 49(1)(b) GDPR)',
    },
  },
  {
    value: 'art49-claims',
    label: {
      de: 'Geltendmachung von Rechtsansprüchen (Art. 49 Abs. 1 lit. e DSGVO)',
      en: 'Establishment, exercise or defence of legal claims (Art. 49(1)(e) GDPR)',
    },
  },
];

export const rights: readonly EnumChoice[] = [
  { value: 'access', label: { de: 'Recht auf Auskunft (Art. 15 DSGVO)', en: 'Right of access (Art. 15 GDPR)' } },
  {
    value: 'rectification',
    label: { de: 'Recht auf Berichtigung (Art. 16 DSGVO)', en: 'Right to rectification (Art. 16 GDPR)' },
  },
  { value: 'erasure', label: { de: 'Recht auf Löschung (Art. 17 DSGVO)', en: 'Right to erasure (Art. 17 GDPR)' } },
  {
    value: 'restriction',
    label: {
      de: 'Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO)',
      en: 'Right to restriction of processing (Art. 18 GDPR)',
    },
  },
  {
    value: 'portability',
    label: { de: 'Recht auf Datenübertragbarkeit (Art. 20 DSGVO)', en: 'Right to data portability (Art. 20 GDPR)' },
  },
  { value: 'objection', label: { de: 'Widerspruchsrecht (Art. 21 DSGVO)', en: 'Right to object (Art. 21 GDPR)' } },
  {
    value: 'withdrawal',
    label: {
      de: 'Recht auf Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
      en: 'Right to withdraw consent (Art. 7(3) GDPR)',
    },
  },
  {
    value: 'automated-decision',
    label: {
      de: 'Recht, keiner automatisierten Entscheidung unterworfen zu werden (Art. 22 DSGVO)',
      en: 'Right not to be subject to solely automated decisions (Art. 22 GDPR)',
    },
  },
  {
    value: 'complaint',
    label: {
      de: 'Beschwerderecht bei einer Aufsichtsbehörde (Art. 77 DSGVO)',
      en: 'Right to lodge a complaint with a supervisory authority (Art. 77 GDPR)',
    },
  },
];

export const specialCategories: readonly EnumChoice[] = [
  { value: 'ethnic-origin', label: { de: 'Rassische oder ethnische Herkunft', en: 'Racial or ethnic origin' } },
  { value: 'political-opinions', label: { de: 'Politische Meinungen', en: 'Political opinions' } },
  {
    value: 'religious-beliefs',
    label: { de: 'Religiöse oder weltanschauliche Überzeugungen', en: 'Religious or philosophical beliefs' },
  },
  { value: 'trade-union', label: { de: 'Gewerkschaftszugehörigkeit', en: 'Trade union membership' } },
  { value: 'genetic', label: { de: 'Genetische Daten', en: 'Genetic data' } },
  {
    value: 'biometric',
    label: {
      de: 'Biometrische Daten zur eindeutigen Identifizierung',
      en: 'Biometric data for uniquely identifying a person',
    },
  },
  { value: 'health', label: { de: 'Gesundheitsdaten', en: 'Data concerning health' } },
  { value: 'sex-life', label: { de: 'Sexualleben oder sexuelle Orientierung', en: 'Sex life or sexual orientation' } },
  {
    value: 'criminal-convictions',
    label: {
      de: 'Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)',
      en: 'Criminal convictions and offences (Art. 10 GDPR)',
    },
    doc: {
      de: 'Keine besondere Kategorie nach Art. 9: Art. 10 DSGVO verlangt eine Rechtsvorschrift, die die Verarbeitung erlaubt (z. B. § 72a SGB VIII für das erweiterte Führungszeugnis); nennen Sie sie unter `law` des Zwecks.',
      en: "Not a special category under Art. 9: Art. 10 GDPR requires a law that authorises the processing (e.g. § 72a SGB VIII for the extended certificate of good conduct); name it under the purpose's `law`.",
    },
  },
];

export const origins: readonly EnumChoice[] = [
  { value: 'data-subject', label: { de: 'Bei Ihnen selbst erhoben', en: 'Collected from you' } },
  { value: 'third-party', label: { de: 'Von Dritten erhalten', en: 'Received from third parties' } },
  { value: 'public', label: { de: 'Aus öffentlich zugänglichen Quellen', en: 'From publicly accessible sources' } },
  {
    value: 'generated',
    label: { de: 'Bei der Nutzung automatisch erzeugt', en: 'Generated automatically during use' },
  },
];

export const cookieBases: readonly EnumChoice[] = [
  {
    value: 'essential',
    label: {
      de: 'Unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG)',
      en: 'Strictly necessary (Section 25(2) no. 2 TDDDG)',
    },
  },
  { value: 'consent', label: { de: 'Einwilligung (§ 25 Abs. 1 TDDDG)', en: 'Consent (Section 25(1) TDDDG)' } },
];

export const languages: readonly EnumChoice[] = [
  { value: 'de', label: { de: 'Deutsch', en: 'German' } },
  { value: 'en', label: { de: 'Englisch', en: 'English' } },
];

/**
 * The sections of the published page, in the order German policies use (see render/outline.ts). A clause
 * item names one under `section` (its text is added there) or `replaces` (its text takes that section's place).
 */
export const pageSections: readonly EnumChoice[] = [
  { value: 'overview', label: { de: 'Datenschutz auf einen Blick', en: 'Privacy at a glance' } },
  { value: 'controller', label: { de: 'Verantwortlicher', en: 'Controller' } },
  { value: 'representative', label: { de: 'Vertreter in der Union', en: 'Representative in the Union' } },
  { value: 'dpo', label: { de: 'Datenschutzbeauftragter', en: 'Data protection officer' } },
  { value: 'processing', label: { de: 'Welche Daten wir wozu verarbeiten', en: 'What data we process and why' } },
  { value: 'recipients', label: { de: 'Empfänger', en: 'Recipients' } },
  { value: 'transfers', label: { de: 'Übermittlung in Drittländer', en: 'Transfers to third countries' } },
  { value: 'cookies', label: { de: 'Cookies und ähnliche Technologien', en: 'Cookies and similar technologies' } },
  {
    value: 'automated-decisions',
    label: { de: 'Automatisierte Entscheidungsfindung', en: 'Automated decision-making' },
  },
  { value: 'children', label: { de: 'Kinder und Jugendliche', en: 'Children and young people' } },
  { value: 'rights', label: { de: 'Ihre Rechte', en: 'Your rights' } },
  {
    value: 'complaint',
    label: {
      de: 'Beschwerderecht bei einer Aufsichtsbehörde',
      en: 'Right to lodge a complaint with a supervisory authority',
    },
  },
  { value: 'security', label: { de: 'Datensicherheit', en: 'Data security' } },
  { value: 'changes', label: { de: 'Änderungen dieser Erklärung', en: 'Changes to this policy' } },
];

/** How data reaches the controller, where the person gives it: a clause about a contact form needs `form`. */
export const channels: readonly EnumChoice[] = [
  { value: 'form', label: { de: 'Formular auf unserer Website', en: 'Form on our website' } },
  { value: 'email', label: { de: 'E-Mail', en: 'Email' } },
  { value: 'phone', label: { de: 'Telefon', en: 'Phone' } },
  { value: 'post', label: { de: 'Post', en: 'Post' } },
  { value: 'chat', label: { de: 'Chat', en: 'Chat' } },
  { value: 'account', label: { de: 'Ihr Nutzerkonto', en: 'Your user account' } },
  { value: 'in-person', label: { de: 'Persönlich', en: 'In person' } },
];
