/**
 * The adequacy decisions of the European Commission (Art. 45 GDPR) in force on LAW_AS_OF, and the transfer
 * instruments courts have invalidated or the Commission has repealed (research/law/transfers.md).
 */
import type { LegalSource } from './sources';

export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2 code of the country or territory. */
  readonly country: string;
  readonly decision: string;
  readonly adopted: string;
  readonly scope: string;
  readonly unverified?: string;
}

const PRE_2019 =
  'Beschlussnummer über den CELEX-Verweis des W3C-DPV-Vokabulars bestätigt; Annahmedatum aus allgemeinem Wissen';

export const adequacyDecisions: readonly AdequacyDecision[] = [
  {
    country: 'AD',
    decision: 'Entscheidung 2010/625/EU',
    adopted: '2010-10-19',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'AR',
    decision: 'Entscheidung 2003/490/EG',
    adopted: '2003-06-30',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'BR',
    decision: 'Durchführungsbeschluss (EU) 2026/179',
    adopted: '2026-01-26',
    scope: 'Verarbeitungen unter dem LGPD',
  },
  {
    country: 'CA',
    decision: 'Entscheidung 2002/2/EG',
    adopted: '2001-12-20',
    scope: 'nur Organisationen, die dem PIPEDA unterliegen',
    unverified: PRE_2019,
  },
  {
    country: 'CH',
    decision: 'Entscheidung 2000/518/EG',
    adopted: '2000-07-26',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'FO',
    decision: 'Entscheidung 2010/146/EU',
    adopted: '2010-03-05',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'GB',
    decision: 'Durchführungsbeschluss (EU) 2021/1772, erneuert am 19.12.2025 bis 27.12.2031',
    adopted: '2021-06-28',
    scope: 'Übermittlungen nach der DSGVO',
    unverified: 'Nummer des DSGVO-seitigen Verlängerungs- und Erneuerungsbeschlusses',
  },
  {
    country: 'GG',
    decision: 'Entscheidung 2003/821/EG',
    adopted: '2003-11-21',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'IL',
    decision: 'Entscheidung 2011/61/EU',
    adopted: '2011-01-31',
    scope: 'wie im Beschluss bestimmt',
    unverified: PRE_2019,
  },
  {
    country: 'IM',
    decision: 'Entscheidung 2004/411/EG',
    adopted: '2004-04-28',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'JE',
    decision: 'Entscheidung 2008/393/EG',
    adopted: '2008-05-08',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'JP',
    decision: 'Durchführungsbeschluss (EU) 2019/419',
    adopted: '2019-01-23',
    scope: 'Privatsektor nach dem APPI, mit Zusatzregeln',
    unverified: PRE_2019,
  },
  {
    country: 'KR',
    decision: 'Durchführungsbeschluss (EU) 2022/254',
    adopted: '2021-12-17',
    scope: 'Verarbeitungen unter dem PIPA',
    unverified: 'aus allgemeinem Wissen',
  },
  {
    country: 'NZ',
    decision: 'Durchführungsbeschluss 2013/65/EU',
    adopted: '2012-12-19',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'UY',
    decision: 'Durchführungsbeschluss 2012/484/EU',
    adopted: '2012-08-21',
    scope: 'vollständig',
    unverified: PRE_2019,
  },
  {
    country: 'US',
    decision: 'Durchführungsbeschluss (EU) 2023/1795 (EU-US Data Privacy Framework)',
    adopted: '2023-07-10',
    scope: 'nur nach dem Data Privacy Framework zertifizierte Organisationen',
    unverified: 'Ausgang des Rechtsmittels C-703/25 P (Latombe); nach den gesehenen Quellen anhängig',
  },
];

/**
 * Not a country and so not in the table: the European Patent Organisation, an international organisation with
 * an adequacy decision of its own (Durchführungsbeschluss (EU) 2025/1382 vom 15.07.2025). A policy names a
 * transfer to it in a transfer's description; no ISO country code stands for it.
 */
export const internationalOrganisationDecisions: readonly string[] = [
  'Europäische Patentorganisation: Durchführungsbeschluss (EU) 2025/1382 vom 15.07.2025',
];

export const adequacySources: readonly LegalSource[] = [
  {
    title: 'Art. 45 DSGVO; Angemessenheitsbeschlüsse der Kommission (Stand 30.11.2026)',
    url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
    kind: 'decision',
    unverified:
      'die Übersichtsseite der Kommission war in der Recherche nicht abrufbar; Einzelnachweise in research/law/transfers.json',
  },
  {
    title: 'EuG, Urt. v. 03.09.2025, T-553/23 (Latombe): Klage gegen das Data Privacy Framework abgewiesen',
    kind: 'case-law',
    unverified: 'Rechtsmittel C-703/25 P: kein Urteil gefunden',
  },
];
