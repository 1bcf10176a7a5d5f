/**
 * German statutes that make a controller keep records for a fixed time, with their periods as they stand on
 * LAW_AS_OF. A policy that names one of them for a data category's retention may not keep that category's
 * records for less; since 1 January 2025 booking vouchers and invoices are kept eight years, not ten.
 */
import type { LegalSource } from './sources';

/** One period of a statute: which records it covers and for how long they are kept. */
export interface StatutePeriod {
  /** The records, as German readers name them, and in English. */
  readonly records: string;
  readonly recordsEn: string;
  readonly years: number;
  /** The provision that sets this period. */
  readonly provision: string;
  /** Words in a data category (title, data, description, retention) that say it holds these records. */
  readonly words: RegExp;
  /** The period before the last change, when it changed recently. */
  readonly previous?: { readonly years: number; readonly until: string; readonly changedBy: string };
}

export interface RetentionStatute {
  readonly id: string;
  /** How the statute is usually cited: "§ 147 AO". */
  readonly citation: string;
  /** Finds a citation of the statute in a German text ("§ 147 Abs. 3 AO", "§§ 147 AO"). */
  readonly pattern: RegExp;
  readonly periods: readonly StatutePeriod[];
  /** When the period starts, in German and English. */
  readonly start: string;
  readonly startEn: string;
  readonly sources: readonly LegalSource[];
}

/**
 * "§ 147", "§ 147 Abs. 3", "§ 147 Abs. 1, 3 und 4", "§ 147 Abs. 3 S. 1 Nr. 4", "§§ 147" ... then the act's
 * abbreviation: the section, then only subdivision words and short numbers up to the act.
 */
const cite = (section: string, act: string) =>
  new RegExp(
    `§§?[ \\u00a0]*${section}(?![\\p{N}\\p{L}])(?:[ \\u00a0,]+(?:Abs(?:atz|\\.)|S(?:atz|\\.)|Nr\\.|i\\.[ \\u00a0]?V\\.[ \\u00a0]?m\\.|und|bis|[\\p{N}]{1,3}[a-z]?(?![\\p{N}])))*[ \\u00a0]+${act}(?![\\p{L}])`,
    'u',
  );

const BEG_IV = 'Viertes Bürokratieentlastungsgesetz (BEG IV), BGBl. 2024 I Nr. 323';

const books =
  /(?<![\p{L}])(?:Handelsb[üu]ch|B[üu]cher|Buchf[üu]hrung|Buchhaltung|Jahresabschl[üu]ss|Inventar|Er[öo]ffnungsbilanz|Bilanz|Lagebericht|Aufzeichnungen)/iu;
const vouchers =
  /(?:Buchungsbeleg|Belege?(?![\p{L}])|Rechnung|Quittung|Kontoausz[üu]g|Lieferschein|Gutschrift|Zahlungsbeleg)/iu;
const letters = /(?:Handelsbrie[fv]|Gesch[äa]ftsbrie[fv]|Korrespondenz|Schriftverkehr|Gesch[äa]ftskorrespondenz)/iu;

const ao147: LegalSource = {
  title: '§ 147 Abs. 3 und 4 AO i. d. F. des BEG IV',
  url: 'https://www.gesetze-im-internet.de/ao_1977/__147.html',
  kind: 'statute',
  unverified:
    'Wortlaut von Satz 1 über zwei Sekundärquellen gelesen (Stand 05.08.2026); Übergang nach Art. 97 § 19a Abs. 3 EGAO für Kredit-, Versicherungs- und Wertpapierinstitute (Stichtag) nicht geprüft',
};

export const retentionStatutes: readonly RetentionStatute[] = [
  {
    id: 'ao-147',
    citation: '§ 147 AO',
    pattern: cite('147', 'AO'),
    start: 'mit dem Schluss des Kalenderjahres, in dem die Unterlage entstanden ist (§ 147 Abs. 4 AO)',
    startEn: 'at the end of the calendar year in which the record arose (§ 147(4) AO)',
    periods: [
      {
        records: 'Bücher, Aufzeichnungen, Inventare, Jahresabschlüsse, Lageberichte, Eröffnungsbilanz',
        recordsEn: 'books, records, inventories, annual accounts, management reports, opening balance sheet',
        years: 10,
        provision: '§ 147 Abs. 3 S. 1 i. V. m. Abs. 1 Nr. 1 AO',
        words: books,
      },
      {
        records: 'Buchungsbelege (auch Rechnungen)',
        recordsEn: 'booking vouchers (invoices too)',
        years: 8,
        provision: '§ 147 Abs. 3 S. 1 i. V. m. Abs. 1 Nr. 4 AO',
        words: vouchers,
        previous: { years: 10, until: '2024-12-31', changedBy: BEG_IV },
      },
      {
        records: 'empfangene und abgesandte Handels- oder Geschäftsbriefe',
        recordsEn: 'commercial and business letters received and sent',
        years: 6,
        provision: '§ 147 Abs. 3 S. 1 i. V. m. Abs. 1 Nr. 2, 3 AO',
        words: letters,
      },
    ],
    sources: [ao147],
  },
  {
    id: 'hgb-257',
    citation: '§ 257 HGB',
    pattern: cite('257', 'HGB'),
    start: 'mit dem Schluss des Kalenderjahres, in dem die Unterlage entstanden ist (§ 257 Abs. 5 HGB)',
    startEn: 'at the end of the calendar year in which the record arose (§ 257(5) HGB)',
    periods: [
      {
        records: 'Handelsbücher, Inventare, Eröffnungsbilanzen, Jahresabschlüsse, Lageberichte',
        recordsEn: 'commercial books, inventories, opening balance sheets, annual accounts, management reports',
        years: 10,
        provision: '§ 257 Abs. 4 i. V. m. Abs. 1 Nr. 1 HGB',
        words: books,
      },
      {
        records: 'Buchungsbelege (auch Rechnungen)',
        recordsEn: 'booking vouchers (invoices too)',
        years: 8,
        provision: '§ 257 Abs. 4 i. V. m. Abs. 1 Nr. 4 HGB',
        words: vouchers,
        previous: { years: 10, until: '2024-12-31', changedBy: BEG_IV },
      },
      {
        records: 'empfangene Handelsbriefe und Wiedergaben der abgesandten Handelsbriefe',
        recordsEn: 'commercial letters received and copies of those sent',
        years: 6,
        provision: '§ 257 Abs. 4 i. V. m. Abs. 1 Nr. 2, 3 HGB',
        words: letters,
      },
    ],
    sources: [
      {
        title: '§ 257 Abs. 4 und 5 HGB i. d. F. des BEG IV',
        url: 'https://www.gesetze-im-internet.de/hgb/__257.html',
        kind: 'statute',
        unverified: 'Wortlaut über Sekundärquellen gelesen; handelsrechtliche Übergangsvorschrift nicht gefunden',
      },
    ],
  },
  {
    id: 'ustg-14b',
    citation: '§ 14b UStG',
    pattern: cite('14b', 'UStG'),
    start: 'mit dem Schluss des Kalenderjahres, in dem die Rechnung ausgestellt worden ist (§ 14b Abs. 1 UStG)',
    startEn: 'at the end of the calendar year in which the invoice was issued (§ 14b(1) UStG)',
    periods: [
      {
        records: 'Rechnungen (Doppel der ausgestellten und erhaltene Rechnungen)',
        recordsEn: 'invoices (copies of those issued and those received)',
        years: 8,
        provision: '§ 14b Abs. 1 S. 1 UStG; Übergang § 27 Abs. 40 UStG',
        words: vouchers,
        previous: { years: 10, until: '2024-12-31', changedBy: BEG_IV },
      },
    ],
    sources: [
      {
        title: '§ 14b Abs. 1 UStG i. d. F. des BEG IV',
        url: 'https://www.gesetze-im-internet.de/ustg_1980/__14b.html',
        kind: 'statute',
        unverified: 'Wortlaut über Sekundärquellen gelesen (NWB UStAE Aktuell 14b.1)',
      },
    ],
  },
  {
    id: 'bgb-630f',
    citation: '§ 630f BGB',
    pattern: cite('630f', 'BGB'),
    start: 'mit dem Abschluss der Behandlung (§ 630f Abs. 3 BGB)',
    startEn: 'at the end of the treatment (§ 630f(3) BGB)',
    periods: [
      {
        records: 'Patientenakte',
        recordsEn: 'the patient record',
        years: 10,
        provision: '§ 630f Abs. 3 BGB',
        words: /(?:Patient|Behandlung|Befund|Anamnese|Diagnose|Therapie|Arztbrief)/iu,
      },
    ],
    sources: [
      {
        title: '§ 630f Abs. 3 BGB',
        url: 'https://www.gesetze-im-internet.de/bgb/__630f.html',
        kind: 'statute',
      },
    ],
  },
  {
    id: 'estg-41',
    citation: '§ 41 EStG',
    pattern: cite('41', 'EStG'),
    start: 'bis zum Ablauf des sechsten Kalenderjahres, das auf die zuletzt eingetragene Lohnzahlung folgt',
    startEn: 'until the end of the sixth calendar year after the last wage payment entered',
    periods: [
      {
        records: 'Lohnkonto',
        recordsEn: 'the payroll account',
        years: 6,
        provision: '§ 41 Abs. 1 S. 9 EStG',
        words: /(?:Lohn|Gehalt|Entgelt)/iu,
      },
    ],
    sources: [
      {
        title: '§ 41 Abs. 1 S. 9 EStG',
        url: 'https://www.gesetze-im-internet.de/estg/__41.html',
        kind: 'statute',
        unverified: 'Wortlaut über einen Kommentar (Haufe) gelesen',
      },
    ],
  },
  {
    id: 'bgb-195',
    citation: '§ 195 BGB',
    pattern: cite('195', 'BGB'),
    start: 'mit dem Schluss des Jahres, in dem der Anspruch entstanden ist (§ 199 Abs. 1 BGB)',
    startEn: 'at the end of the year in which the claim arose (§ 199(1) BGB)',
    periods: [
      {
        records: 'Unterlagen zu zivilrechtlichen Ansprüchen (regelmäßige Verjährung; keine Aufbewahrungspflicht)',
        recordsEn: 'records of civil-law claims (regular limitation period; no duty to keep)',
        years: 3,
        provision: '§§ 195, 199 Abs. 1 BGB',
        words: /./u,
      },
    ],
    sources: [
      {
        title: '§§ 195, 199 BGB',
        url: 'https://www.gesetze-im-internet.de/bgb/__195.html',
        kind: 'statute',
        unverified: 'Wortlaut in dieser Sitzung nicht erneut gelesen (seit 2002 unverändert)',
      },
    ],
  },
];

/**
 * Statutes policies often cite whose periods could not be checked against the statute (documented, not used by
 * the checks): § 17 MiLoG (2 years), § 16 Abs. 2 ArbZG (2 years), § 8 Abs. 4 GwG (5 years), § 30 Abs. 4 BMG
 * (1 year), § 11 Abs. 5 HinSchG (3 years), § 28f SGB IV (until the end of the year after the next audit).
 */
export const unverifiedRetentionStatutes: readonly string[] = [
  '§ 17 Abs. 1 MiLoG: 2 Jahre',
  '§ 16 Abs. 2 ArbZG: 2 Jahre',
  '§ 8 Abs. 4 GwG: 5 Jahre',
  '§ 30 Abs. 4 BMG: 1 Jahr',
  '§ 11 Abs. 5 HinSchG: 3 Jahre',
  '§ 28f Abs. 1 SGB IV: bis zum Ablauf des auf die letzte Prüfung folgenden Kalenderjahres',
];

/** The statutes a text cites, each once, in the order of the table. */
export function statutesCitedIn(text: string): RetentionStatute[] {
  return retentionStatutes.filter((statute) => statute.pattern.test(text));
}
