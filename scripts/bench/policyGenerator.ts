/**
 * Generates realistic German privacy policies of a chosen length in the source format: many purposes,
 * recipients and data categories that refer to each other, transfers, cookies and long clause text. The
 * same seed gives the same text, so benchmark runs and property tests can be repeated exactly.
 */

export interface GeneratorOptions {
  /** Approximate number of lines; the policy ends at the first entry boundary past it. */
  readonly lines: number;
  readonly seed?: number;
}

/** A small, fast deterministic random source (mulberry32). */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'Kunden',
  'Interessenten',
  'Bewerber',
  'Websitebesucher',
  'Newsletter-Abonnenten',
  'Lieferanten',
  'Geschäftspartner',
  'Beschäftigte',
  'Nutzer der App',
  'Teilnehmer von Veranstaltungen',
  'Supportanfragende',
  'Vertragspartner',
];
const activities = [
  'Bearbeitung von Bestellungen',
  'Versand von Waren',
  'Abrechnung und Buchhaltung',
  'Kundenbetreuung',
  'Betrugsprävention',
  'Reichweitenmessung',
  'Newsletterversand',
  'Bewerbermanagement',
  'Vertragsverwaltung',
  'Terminvereinbarung',
  'Produktverbesserung',
  'IT-Sicherheit',
  'Archivierung nach Handelsrecht',
  'Durchführung von Gewinnspielen',
  'Bonitätsprüfung',
  'Kontaktformular',
  'Webanalyse',
  'Personalisierung von Inhalten',
  'Zahlungsabwicklung',
  'Schulungen',
];
const providers = [
  'Hosting-Dienstleister',
  'E-Mail-Versanddienstleister',
  'Zahlungsdienstleister',
  'Steuerberater',
  'Wirtschaftsprüfer',
  'Versanddienstleister',
  'CRM-Anbieter',
  'Callcenter',
  'IT-Dienstleister',
  'Auskunftei',
  'Druckerei',
  'Rechtsanwälte',
  'Analyse-Anbieter',
  'Cloud-Speicheranbieter',
  'Ticketsystem-Anbieter',
  'Videokonferenzdienst',
];
const dataItems = [
  'Name',
  'Vorname',
  'Anschrift',
  'E-Mail-Adresse',
  'Telefonnummer',
  'Geburtsdatum',
  'Kundennummer',
  'Bankverbindung',
  'IP-Adresse',
  'Gerätekennung',
  'Browsertyp',
  'Bestellhistorie',
  'Zahlungsdaten',
  'Lebenslauf',
  'Zeugnisse',
  'Kommunikationsinhalte',
  'Zeitstempel',
  'Standortdaten',
  'Vertragsdaten',
  'Nutzungsdaten',
  'Cookie-Kennungen',
];
const sentenceStarts = [
  'Wir verarbeiten Ihre personenbezogenen Daten',
  'Die Verarbeitung erfolgt',
  'Ihre Angaben werden',
  'Eine Weitergabe an Dritte erfolgt',
  'Soweit die Verarbeitung auf Ihrer Einwilligung beruht, können Sie diese',
  'Die Daten werden',
  'Wir speichern die Daten',
  'Im Rahmen der Geschäftsbeziehung erheben wir',
  'Ohne diese Angaben können wir',
  'Nach Ablauf der gesetzlichen Fristen werden die Daten',
];
const sentenceEnds = [
  'ausschließlich zu den in dieser Datenschutzerklärung genannten Zwecken.',
  'auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO.',
  'nur, soweit dies zur Erfüllung des Vertrags mit Ihnen erforderlich ist.',
  'jederzeit mit Wirkung für die Zukunft widerrufen.',
  'verschlüsselt übertragen und auf Servern innerhalb der Europäischen Union gespeichert.',
  'gelöscht, sofern keine gesetzlichen Aufbewahrungspflichten nach § 147 AO oder § 257 HGB entgegenstehen.',
  'unter Beachtung der Grundsätze der Datenminimierung und der Speicherbegrenzung (Art. 5 DSGVO).',
  'den Vertrag nicht schließen oder Ihre Anfrage nicht bearbeiten.',
  'in unserem berechtigten Interesse an einem sicheren Betrieb unserer Website.',
];
const retentions = [
  'Drei Jahre nach Ende des Kalenderjahres, in dem der Vertrag endet (§ 195 BGB).',
  'Zehn Jahre nach § 147 AO.',
  'Bis zum Widerruf der Einwilligung.',
  'Sechs Monate nach Abschluss des Bewerbungsverfahrens (§ 15 Abs. 4 AGG).',
  'Sieben Tage; danach werden die Protokolldaten gelöscht.',
  'Solange das Nutzerkonto besteht.',
];
const legalBases = ['art6-1-a', 'art6-1-b', 'art6-1-c', 'art6-1-f'];
const roles = ['processor', 'controller', 'joint-controller', 'authority', 'internal', 'other'];
const thirdCountries = ['US', 'GB', 'CH', 'IN', 'UA', 'JP', 'CA'];
const rights = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdrawal',
  'complaint',
];

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly random: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const count = min + Math.floor(this.random() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.pick(items));
    return [...chosen];
  }
  sentence(): string {
    return `${this.pick(sentenceStarts)} ${this.pick(sentenceEnds)}`;
  }
  /** German prose, folded into lines of about 100 characters at the given indentation. */
  prose(indent: string, sentences: number): void {
    let line = '';
    for (let i = 0; i < sentences; i++) {
      for (const word of this.sentence().split(' ')) {
        if (line.length + word.length > 100) {
          this.lines.push(indent + line);
          line = '';
        }
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) this.lines.push(indent + line);
  }
  push(...lines: string[]): void {
    this.lines.push(...lines);
  }
}

/** Ids as authors write them: readable words joined by hyphens, numbered where a file has many. */
const idOf = (words: string, n: number) =>
  `${words
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${n}`;

export function generatePolicy(options: GeneratorOptions): string {
  const random = randomSource(options.seed ?? 1);
  const w = new Writer(random);
  // Proportions of a large real policy: a fifth purposes, a tenth recipients, half categories, the rest
  // transfers, cookies and clause text.
  const target = options.lines;
  const purposeCount = Math.max(3, Math.round(target / 45));
  const recipientCount = Math.max(2, Math.round(target / 80));
  w.push(
    '# Datenschutzerklärung der Beispiel Handels GmbH (generiert für Messungen)',
    'policy:',
    '  title: Datenschutzerklärung der Beispiel Handels GmbH',
    '  language: de',
    '  published: 2024-01-15',
    '  effective: 2024-02-01',
    '  version: "3.2"',
    '  url: https://www.beispiel-handel.de/datenschutz',
    '',
    'controller:',
    '  name: Beispiel Handels GmbH',
    '  address:',
    '    street: Musterstraße 12',
    '    postalCode: "01067"',
    '    city: Dresden',
    '    country: DE',
    '  email: datenschutz@beispiel-handel.de',
    '  phone: "+49 351 1234567"',
    '  website: https://www.beispiel-handel.de',
    '  dpo:',
    '    name: Dr. Erika Mustermann',
    '    email: dsb@beispiel-handel.de',
    '',
    'purposes:',
  );
  const purposeIds: string[] = [];
  for (let i = 1; i <= purposeCount; i++) {
    const activity = w.pick(activities);
    const id = idOf(activity, i);
    purposeIds.push(id);
    const basis = w.some(legalBases, 1, 2);
    w.push(`  ${id}:`, `    title: ${activity} für ${w.pick(subjects)}`, '    description: >-');
    w.prose('      ', 2);
    w.push(`    legalBasis: [${basis.join(', ')}]`);
    if (basis.includes('art6-1-f'))
      w.push(
        '    legitimateInterest: Unser berechtigtes Interesse an einer effizienten und sicheren Geschäftsabwicklung.',
      );
  }
  w.push('', 'recipients:');
  const recipientIds: string[] = [];
  const thirdCountryRecipients: Array<{ id: string; country: string }> = [];
  for (let i = 1; i <= recipientCount; i++) {
    const provider = w.pick(providers);
    const id = idOf(provider, i);
    recipientIds.push(id);
    const abroad = random() < 0.2;
    const country = abroad ? w.pick(thirdCountries) : 'DE';
    if (abroad) thirdCountryRecipients.push({ id, country });
    w.push(`  ${id}:`, `    title: ${provider} (${i})`, `    role: ${w.pick(roles)}`, `    country: ${country}`);
    if (abroad) w.push('    safeguard: scc');
    w.push('    description: >-');
    w.prose('      ', 1);
  }
  w.push('', 'categories:');
  // Categories fill what is left after the fixed sections and the clauses (a quarter of the file).
  const categoryLines = () => w.lines.length;
  const categoriesUntil = Math.round(target * 0.75);
  for (let i = 1; categoryLines() < categoriesUntil || i <= 3; i++) {
    const item = w.pick(dataItems);
    w.push(`  ${idOf(item, i)}:`, `    title: ${item} der ${w.pick(subjects)}`);
    if (random() < 0.5) {
      w.push(`    data: [${w.some(dataItems, 2, 5).join(', ')}]`);
    } else {
      w.push('    data:');
      for (const data of w.some(dataItems, 2, 4)) w.push(`      - ${data}`);
    }
    w.push('    description: >-');
    w.prose('      ', 1 + Math.floor(random() * 2));
    w.push(`    purposes: [${w.some(purposeIds, 1, 3).join(', ')}]`);
    w.push(`    recipients: [${w.some(recipientIds, 1, 3).join(', ')}]`);
    w.push(`    retention: ${w.pick(retentions)}`);
    if (random() < 0.2) w.push('    origin: third-party', `    source: ${w.pick(providers)}`);
  }
  w.push('', 'transfers:');
  for (const { id, country } of thirdCountryRecipients.length
    ? thirdCountryRecipients
    : [{ id: recipientIds[0], country: 'US' }]) {
    w.push(`  - country: ${country}`, `    recipients: [${id}]`, '    safeguard: scc', '    description: >-');
    w.prose('      ', 1);
  }
  w.push('', `rights: [${rights.join(', ')}]`, '', 'supervisoryAuthority:');
  w.push(
    '  name: Sächsische Datenschutz- und Transparenzbeauftragte',
    '  address:',
    '    street: Devrientstraße 5',
    '    postalCode: "01067"',
    '    city: Dresden',
    '  url: https://www.datenschutz.sachsen.de',
    '',
    'cookies:',
  );
  for (let i = 1; i <= Math.max(2, Math.round(target / 400)); i++) {
    w.push(
      `  - name: cookie_${i}`,
      `    provider: ${w.pick(providers)}`,
      `    purposes: [${w.pick(purposeIds)}]`,
      '    duration: 12 Monate',
      `    basis: ${random() < 0.3 ? 'essential' : 'consent'}`,
    );
  }
  w.push('', 'clauses:', '  - use: verantwortliche-stelle', '  - use: ssl-tls');
  for (let i = 1; w.lines.length < target; i++) {
    w.push(`  - title: ${w.pick(activities)} – Hinweise (${i})`, '    text: |-');
    // Paragraphs as authors paste them: one line each, a few hundred characters (as in the seed policy).
    for (let p = 0; p < 3; p++) {
      if (p > 0) w.push('');
      w.push(`      ${Array.from({ length: 2 + Math.floor(random() * 3) }, () => w.sentence()).join(' ')}`);
    }
  }
  return w.lines.join('\n') + '\n';
}
