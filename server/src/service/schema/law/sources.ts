/**
 * Where a legal fact of the product comes from. Every rule that states the law, and every table of legal facts
 * (retention statutes, supervisory authorities, adequacy decisions, special-category terms), names its sources
 * with the day they were last checked, and says what could not be checked against a primary source.
 */

/** The day the legal facts of this product were last checked against their sources. */
export const LAW_AS_OF = '2026-11-30';

export type SourceKind =
  'statute' | 'case-law' | 'decision' | 'guidance' | 'authority-page' | 'secondary' | 'editorial';

export interface LegalSource {
  /** How the source is cited: "§ 147 Abs. 3 AO", "EuGH, Urt. v. 01.10.2019, C-673/17 (Planet49)". */
  readonly title: string;
  readonly url?: string;
  readonly kind: SourceKind;
  /** What of it is not verified against a primary source (shown as UNVERIFIED in the documentation). */
  readonly unverified?: string;
}

/** The GDPR itself, the source of most articles the rules name. */
export const GDPR: LegalSource = {
  title: 'Verordnung (EU) 2016/679 (DSGVO), ABl. L 119 vom 4.5.2016',
  url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  kind: 'statute',
};

export const BDSG: LegalSource = {
  title: 'Bundesdatenschutzgesetz (BDSG 2018)',
  url: 'https://www.gesetze-im-internet.de/bdsg_2018/',
  kind: 'statute',
};

export const TDDDG_25: LegalSource = {
  title: '§ 25 TDDDG (bis 13.05.2024: TTDSG)',
  url: 'https://www.gesetze-im-internet.de/ttdsg/__25.html',
  kind: 'statute',
};
