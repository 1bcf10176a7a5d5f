/**
 * The data protection supervisory authorities a German policy names for the right to lodge a complaint: the
 * Federal Commissioner (BfDI), the authorities of the 16 states (Bavaria: BayLDA for private, BayLfD for
 * public bodies) and the national authorities of the other EU/EEA states; and which of them is competent for
 * a controller. Addresses and contacts as on LAW_AS_OF; where the research could confirm a street address only
 * from third parties, the authority's post-office box stands instead.
 */
import { eeaCountries } from '../countries';
import type { LegalSource } from './sources';

export interface AuthorityAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
}

/** Whom an authority supervises: `both` = public and private bodies of its state. */
export type AuthorityScope = 'federal' | 'both' | 'private' | 'public' | 'national';

export interface Authority {
  readonly id: string;
  readonly short: string;
  /** The name to write in a policy. */
  readonly name: string;
  readonly country: string;
  /** ISO 3166-2 code of the German state it supervises. */
  readonly state?: string;
  readonly scope: AuthorityScope;
  readonly address: AuthorityAddress;
  readonly email?: string;
  readonly url: string;
  /** Recognises the authority in a name an author wrote (old names included). */
  readonly names: RegExp;
  /** Hosts of its e-mail addresses and web sites. */
  readonly domains: readonly string[];
  /** How the contact data was checked (research/law/authorities.md). */
  readonly verification: string;
  readonly unverified?: string;
  /** Contact fields the research could not confirm: the quick fix does not write them. */
  readonly unconfirmed?: ReadonlyArray<'address' | 'url'>;
}

/** EEA authorities whose address or web address the research could not confirm (see `unverified`). */
const unconfirmedContacts: Readonly<Record<string, ReadonlyArray<'address' | 'url'>>> = {
  CZ: ['url'],
  LT: ['address', 'url'],
  IS: ['address'],
  LI: ['url'],
};

const w = (core: string) => new RegExp(`(?<![\\p{L}])(?:${core})(?![\\p{L}-])`, 'iu');

const de = (
  id: string,
  short: string,
  name: string,
  state: string | undefined,
  scope: AuthorityScope,
  address: [string, string, string],
  email: string,
  url: string,
  names: RegExp,
  domains: string[],
  verification: string,
  unverified?: string,
): Authority => ({
  id,
  short,
  name,
  country: 'DE',
  state,
  scope,
  address: { street: address[0], postalCode: address[1], city: address[2], country: 'DE' },
  email,
  url,
  names,
  domains,
  verification,
  unverified,
});

export const germanAuthorities: readonly Authority[] = [
  de(
    'DE-BfDI',
    'BfDI',
    'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
    undefined,
    'federal',
    ['Graurheindorfer Straße 153', '53117', 'Bonn'],
    'poststelle@bfdi.bund.de',
    'https://www.bfdi.bund.de',
    w('BfDI|Bundesbeauftragter?[\\p{L} ]*Datenschutz'),
    ['bfdi.bund.de'],
    'secondary (datenanfragen/data, from bfdi.bund.de)',
  ),
  de(
    'DE-BW',
    'LfDI BW',
    'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
    'DE-BW',
    'both',
    ['Lautenschlagerstraße 20', '70173', 'Stuttgart'],
    'poststelle@lfdi.bwl.de',
    'https://www.baden-wuerttemberg.datenschutz.de',
    w('LfDI[ -]B(?:W|aden-Württemberg)|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Baden-Württemberg'),
    ['lfdi.bwl.de', 'baden-wuerttemberg.datenschutz.de'],
    'authority publication (FAQ Cookies und Tracking, März 2022)',
  ),
  de(
    'DE-BY-LDA',
    'BayLDA',
    'Bayerisches Landesamt für Datenschutzaufsicht',
    'DE-BY',
    'private',
    ['Promenade 18', '91522', 'Ansbach'],
    'poststelle@lda.bayern.de',
    'https://www.lda.bayern.de',
    w('BayLDA|Bayerische[sn]? Landesamt[\\p{L} ]*Datenschutz[\\p{L}]*|Landesamt für Datenschutzaufsicht'),
    ['lda.bayern.de'],
    'secondary (datenanfragen/data, from lda.bayern.de)',
    'Telefonnummer',
  ),
  de(
    'DE-BY-LfD',
    'BayLfD',
    'Der Bayerische Landesbeauftragte für den Datenschutz',
    'DE-BY',
    'public',
    ['Postfach 22 12 19', '80502', 'München'],
    'poststelle@datenschutz-bayern.de',
    'https://www.datenschutz-bayern.de',
    w(
      'BayLfD|Bayerische[rn]? Landesbeauftragte[rn]?[\\p{L} ]*Datenschutz|Landes(?:datenschutz)?beauftragte[rn]?[\\p{L} ]*(?:\\s)Bayern',
    ),
    ['datenschutz-bayern.de'],
    'secondary (datenanfragen/data, from datenschutz-bayern.de); Postanschrift',
    'Hausanschrift (Wagmüllerstraße 18) nur aus Drittquellen; daher die Postfachanschrift',
  ),
  de(
    'DE-BE',
    'BlnBDI',
    'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    'DE-BE',
    'both',
    ['Alt-Moabit 59-61', '10555', 'Berlin'],
    'mailbox@datenschutz-berlin.de',
    'https://www.datenschutz-berlin.de',
    w('BlnBDI|Berliner[\\p{L} ]*Datenschutz[\\p{L} ]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Berlin'),
    ['datenschutz-berlin.de'],
    'secondary (datenanfragen/data, from datenschutz-berlin.de)',
  ),
  de(
    'DE-BB',
    'LDA Brandenburg',
    'Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg',
    'DE-BB',
    'both',
    ['Stahnsdorfer Damm 77', '14532', 'Kleinmachnow'],
    'poststelle@lda.brandenburg.de',
    'https://www.lda.brandenburg.de',
    w('LDA Brandenburg|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Brandenburg'),
    ['lda.brandenburg.de'],
    'secondary; competence from the authority page',
  ),
  de(
    'DE-HB',
    'LfDI Bremen',
    'Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen',
    'DE-HB',
    'both',
    ['Arndtstraße 1', '27570', 'Bremerhaven'],
    'office@datenschutz.bremen.de',
    'https://www.datenschutz.bremen.de',
    w('LfDI Bremen|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Bremen'),
    ['datenschutz.bremen.de'],
    'authority page',
  ),
  de(
    'DE-HH',
    'HmbBfDI',
    'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit',
    'DE-HH',
    'both',
    ['Ludwig-Erhard-Straße 22, 7. OG', '20459', 'Hamburg'],
    'mailbox@datenschutz.hamburg.de',
    'https://datenschutz-hamburg.de',
    w('HmbBfDI|Hamburgische[rn]?[\\p{L} ]*Datenschutz[\\p{L} ]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Hamburg'),
    ['datenschutz.hamburg.de', 'datenschutz-hamburg.de'],
    'authority page',
  ),
  de(
    'DE-HE',
    'HBDI',
    'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit',
    'DE-HE',
    'both',
    ['Postfach 3163', '65021', 'Wiesbaden'],
    'poststelle@datenschutz.hessen.de',
    'https://datenschutz.hessen.de',
    w('HBDI|HDSB|Hessische[rn]?[\\p{L} ]*Datenschutz[\\p{L} ]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Hessen'),
    ['datenschutz.hessen.de'],
    'secondary (datenanfragen/data); Postanschrift',
    'Hausanschrift (Gustav-Stresemann-Ring 1) nur aus Drittquellen; daher die Postfachanschrift',
  ),
  de(
    'DE-MV',
    'LfDI M-V',
    'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    'DE-MV',
    'both',
    ['Werderstraße 74a', '19055', 'Schwerin'],
    'info@datenschutz-mv.de',
    'https://www.datenschutz-mv.de',
    w('LfDI M-V|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Mecklenburg-Vorpommern'),
    ['datenschutz-mv.de'],
    'authority page',
  ),
  de(
    'DE-NI',
    'LfD Niedersachsen',
    'Der Landesbeauftragte für den Datenschutz Niedersachsen',
    'DE-NI',
    'both',
    ['Prinzenstraße 5', '30159', 'Hannover'],
    'poststelle@lfd.niedersachsen.de',
    'https://www.lfd.niedersachsen.de',
    w('LfD Niedersachsen|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Niedersachsen'),
    ['lfd.niedersachsen.de'],
    'authority page',
  ),
  de(
    'DE-NW',
    'LDI NRW',
    'Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
    'DE-NW',
    'both',
    ['Kavalleriestraße 2-4', '40213', 'Düsseldorf'],
    'poststelle@ldi.nrw.de',
    'https://www.ldi.nrw.de',
    w('LDI NRW|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?(?:Nordrhein-Westfalen|NRW)'),
    ['ldi.nrw.de'],
    'authority page',
  ),
  de(
    'DE-RP',
    'LfDI RLP',
    'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
    'DE-RP',
    'both',
    ['Postfach 30 40', '55020', 'Mainz'],
    'poststelle@datenschutz.rlp.de',
    'https://www.datenschutz.rlp.de',
    w('LfDI RLP|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Rheinland-Pfalz'),
    ['datenschutz.rlp.de'],
    'secondary (datenanfragen/data); Postanschrift',
    'Hausanschrift (Hintere Bleiche 34) und Telefonnummer nur aus Drittquellen; daher die Postfachanschrift',
  ),
  de(
    'DE-SL',
    'UDZ',
    'Unabhängiges Datenschutzzentrum Saarland',
    'DE-SL',
    'both',
    ['Fritz-Dobisch-Straße 12', '66111', 'Saarbrücken'],
    'poststelle@datenschutz.saarland.de',
    'https://www.datenschutz.saarland.de',
    w('UDZ|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Saarland'),
    ['datenschutz.saarland.de'],
    'secondary; competence from the authority page',
  ),
  de(
    'DE-SN',
    'SDTB',
    'Die Sächsische Datenschutz- und Transparenzbeauftragte',
    'DE-SN',
    'both',
    ['Postfach 11 01 32', '01330', 'Dresden'],
    'post@sdtb.sachsen.de',
    'https://www.datenschutz.sachsen.de',
    w('SDTB|Sächsische[rn]? Datenschutz[\\p{L} -]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Sachsen'),
    ['sdtb.sachsen.de', 'datenschutz.sachsen.de', 'saechsdsb.de'],
    'authority page (the authority asks for the postal address)',
  ),
  de(
    'DE-ST',
    'LfD Sachsen-Anhalt',
    'Die Landesbeauftragte für den Datenschutz Sachsen-Anhalt',
    'DE-ST',
    'both',
    ['Postfach 1947', '39009', 'Magdeburg'],
    'poststelle@lfd.sachsen-anhalt.de',
    'https://datenschutz.sachsen-anhalt.de',
    /(?<![\p{L}])(?:LfD Sachsen-Anhalt|[\p{L} ]*Datenschutz(?:[\p{L} ]*\s)?Sachsen-Anhalt)(?![\p{L}])/iu,
    ['lfd.sachsen-anhalt.de', 'datenschutz.sachsen-anhalt.de'],
    'secondary (datenschutzarchiv.org); Postanschrift',
    'Hausanschrift (Otto-von-Guericke-Straße 34a) nur aus Drittquellen; daher die Postfachanschrift',
  ),
  de(
    'DE-SH',
    'ULD',
    'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
    'DE-SH',
    'both',
    ['Holstenstraße 98', '24103', 'Kiel'],
    'mail@datenschutzzentrum.de',
    'https://www.datenschutzzentrum.de',
    w(
      'ULD|Unabhängiges Landeszentrum für Datenschutz[\\p{L} -]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Schleswig-Holstein',
    ),
    ['datenschutzzentrum.de'],
    'authority page (Stand 18.03.2019)',
  ),
  de(
    'DE-TH',
    'TLfDI',
    'Der Thüringer Landesbeauftragte für den Datenschutz und die Informationsfreiheit',
    'DE-TH',
    'both',
    ['Postfach 90 04 55', '99107', 'Erfurt'],
    'poststelle@datenschutz.thueringen.de',
    'https://www.tlfdi.de',
    w('TLfDI|Thüringer[\\p{L} ]*Datenschutz[\\p{L} ]*|[\\p{L} ]*Datenschutz(?:[\\p{L} ]*\\s)?Thüringen'),
    ['datenschutz.thueringen.de', 'tlfdi.de'],
    'secondary; competence from the authority page; Postanschrift',
    'Hausanschrift (Häßlerstraße 8) nur aus Drittquellen; daher die Postfachanschrift',
  ),
];

const eea = (
  country: string,
  short: string,
  name: string,
  address: [string, string, string],
  email: string | undefined,
  url: string,
  names: RegExp,
  domains: string[],
  verification: string,
  unverified?: string,
): Authority => ({
  id: country,
  short,
  name,
  country,
  scope: 'national',
  address: { street: address[0], postalCode: address[1], city: address[2], country },
  email,
  url,
  names,
  domains,
  verification,
  unverified,
  unconfirmed: unconfirmedContacts[country],
});

/** The national authority of each other EU/EEA state (research/law/authorities.md; mostly secondary). */
export const eeaAuthorities: readonly Authority[] = [
  eea(
    'AT',
    'DSB',
    'Österreichische Datenschutzbehörde',
    ['Barichgasse 40-42', '1030', 'Wien'],
    'dsb@dsb.gv.at',
    'https://www.dsb.gv.at',
    w('Österreichische Datenschutzbehörde|Datenschutzbehörde Österreich|Austrian Data Protection Authority'),
    ['dsb.gv.at'],
    'authority page',
  ),
  eea(
    'BE',
    'APD/GBA',
    'Datenschutzbehörde (Autorité de protection des données / Gegevensbeschermingsautoriteit)',
    ['Rue de la Presse 35', '1000', 'Bruxelles'],
    'contact@apd-gba.be',
    'https://www.dataprotectionauthority.be',
    w('Autorité de protection des données|Gegevensbeschermingsautoriteit|Belgian Data Protection Authority|APD|GBA'),
    ['apd-gba.be', 'dataprotectionauthority.be', 'autoriteprotectiondonnees.be'],
    'secondary',
  ),
  eea(
    'BG',
    'CPDP',
    'Комисия за защита на личните данни (Commission for Personal Data Protection)',
    ['2 Prof. Tsvetan Lazarov Blvd.', '1592', 'Sofia'],
    'kzld@cpdp.bg',
    'https://www.cpdp.bg',
    w('Комисия за защита на личните данни|Commission for Personal Data Protection|CPDP|КЗЛД'),
    ['cpdp.bg'],
    'secondary',
  ),
  eea(
    'HR',
    'AZOP',
    'Agencija za zaštitu osobnih podataka',
    ['Fra Grge Martića 14', '10000', 'Zagreb'],
    'azop@azop.hr',
    'https://azop.hr',
    w('Agencija za zaštitu osobnih podataka|AZOP|Croatian Personal Data Protection Agency'),
    ['azop.hr'],
    'secondary',
  ),
  eea(
    'CY',
    'Commissioner',
    'Commissioner for Personal Data Protection',
    ['Iasonos 1', '1082', 'Nicosia'],
    'commissioner@dataprotection.gov.cy',
    'https://www.dataprotection.gov.cy',
    w('Commissioner for Personal Data Protection|Γραφείο Επιτρόπου Προστασίας Δεδομένων'),
    ['dataprotection.gov.cy'],
    'secondary',
  ),
  eea(
    'CZ',
    'ÚOOÚ',
    'Úřad pro ochranu osobních údajů',
    ['Pplk. Sochora 27', '170 00', 'Praha 7'],
    'posta@uoou.cz',
    'https://www.uoou.cz',
    w('Úřad pro ochranu osobních údajů|ÚOOÚ|UOOU|Office for Personal Data Protection'),
    ['uoou.cz', 'uoou.gov.cz'],
    'secondary',
    'Domain (uoou.cz or uoou.gov.cz)',
  ),
  eea(
    'DK',
    'Datatilsynet',
    'Datatilsynet',
    ['Carl Jacobsens Vej 35', '2500', 'Valby'],
    'dt@datatilsynet.dk',
    'https://www.datatilsynet.dk',
    w('Danish Data Protection Agency'),
    ['datatilsynet.dk'],
    'secondary',
  ),
  eea(
    'EE',
    'AKI',
    'Andmekaitse Inspektsioon',
    ['Tatari 39', '10134', 'Tallinn'],
    'info@aki.ee',
    'https://www.aki.ee',
    w('Andmekaitse Inspektsioon|Estonian Data Protection Inspectorate'),
    ['aki.ee'],
    'authority page mirror',
  ),
  eea(
    'FI',
    'Tietosuojavaltuutettu',
    'Tietosuojavaltuutetun toimisto',
    ['P.O. Box 800', '00531', 'Helsinki'],
    'tietosuoja@om.fi',
    'https://tietosuoja.fi',
    w('Tietosuojavaltuutetun toimisto|Data Protection Ombudsman|Dataombudsmannens byrå'),
    ['tietosuoja.fi', 'om.fi'],
    'secondary',
    'Hausanschrift; daher die Postfachanschrift',
  ),
  eea(
    'FR',
    'CNIL',
    "Commission Nationale de l'Informatique et des Libertés (CNIL)",
    ['3 Place de Fontenoy, TSA 80715', '75334', 'Paris Cedex 07'],
    undefined,
    'https://www.cnil.fr',
    w('CNIL|Commission Nationale de l.Informatique et des Libertés'),
    ['cnil.fr'],
    'secondary; no general e-mail (web form)',
  ),
  eea(
    'GR',
    'HDPA',
    'Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Hellenic Data Protection Authority)',
    ['Kifisias 1-3', '115 23', 'Athens'],
    'complaints@dpa.gr',
    'https://www.dpa.gr',
    w('Hellenic Data Protection Authority|Αρχή Προστασίας Δεδομένων'),
    ['dpa.gr'],
    'secondary',
  ),
  eea(
    'HU',
    'NAIH',
    'Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)',
    ['Pf. 9.', '1363', 'Budapest'],
    'ugyfelszolgalat@naih.hu',
    'https://naih.hu',
    w('NAIH|Nemzeti Adatvédelmi'),
    ['naih.hu'],
    'partial; Postanschrift',
    'Hausanschrift; daher die Postfachanschrift',
  ),
  eea(
    'IE',
    'DPC',
    'Data Protection Commission',
    ['21 Fitzwilliam Square South, Dublin 2', 'D02 RD28', 'Dublin'],
    undefined,
    'https://www.dataprotection.ie',
    w('Data Protection Commission(?:er)?|DPC|An Coimisiún um Chosaint Sonraí'),
    ['dataprotection.ie'],
    'authority page (address)',
    'E-Mail-Adresse (info@dataprotection.ie); die DPC nutzt Webformulare',
  ),
  eea(
    'IT',
    'Garante',
    'Garante per la protezione dei dati personali',
    ['Piazza Venezia 11', '00187', 'Roma'],
    undefined,
    'https://www.garanteprivacy.it',
    w('Garante per la protezione dei dati personali|Garante Privacy|Italian Data Protection Authority'),
    ['garanteprivacy.it', 'gpdp.it'],
    'secondary',
  ),
  eea(
    'LV',
    'DVI',
    'Datu valsts inspekcija',
    ['Elijas iela 17', 'LV-1050', 'Rīga'],
    'pasts@dvi.gov.lv',
    'https://www.dvi.gov.lv',
    w('Datu valsts inspekcija|Data State Inspectorate'),
    ['dvi.gov.lv'],
    'secondary',
  ),
  eea(
    'LT',
    'VDAI',
    'Valstybinė duomenų apsaugos inspekcija',
    ['A. Juozapavičiaus g. 6', 'LT-09310', 'Vilnius'],
    'ada@ada.lt',
    'https://vdai.lrv.lt',
    w('Valstybinė duomenų apsaugos inspekcija|VDAI|State Data Protection Inspectorate'),
    ['ada.lt', 'vdai.lrv.lt'],
    'secondary',
    'Anschrift und Website möglicherweise veraltet',
  ),
  eea(
    'LU',
    'CNPD',
    'Commission nationale pour la protection des données (CNPD)',
    ['15, Boulevard du Jazz', 'L-4370', 'Belvaux'],
    'info@cnpd.lu',
    'https://cnpd.public.lu',
    w('Commission nationale pour la protection des données|CNPD Luxembourg'),
    ['cnpd.lu', 'cnpd.public.lu'],
    'secondary',
  ),
  eea(
    'MT',
    'IDPC',
    'Information and Data Protection Commissioner',
    ['Level 2, Airways House, High Street', 'SLM 1549', 'Sliema'],
    'idpc.info@idpc.org.mt',
    'https://idpc.org.mt',
    w('Information and Data Protection Commissioner|IDPC'),
    ['idpc.org.mt'],
    'secondary',
  ),
  eea(
    'NL',
    'AP',
    'Autoriteit Persoonsgegevens',
    ['Postbus 93374', '2509 AJ', 'Den Haag'],
    undefined,
    'https://autoriteitpersoonsgegevens.nl',
    w('Autoriteit Persoonsgegevens|Dutch Data Protection Authority'),
    ['autoriteitpersoonsgegevens.nl'],
    'secondary; web forms',
  ),
  eea(
    'PL',
    'UODO',
    'Prezes Urzędu Ochrony Danych Osobowych',
    ['ul. Stawki 2', '00-193', 'Warszawa'],
    undefined,
    'https://uodo.gov.pl',
    w('Urzędu Ochrony Danych Osobowych|Urząd Ochrony Danych Osobowych|UODO'),
    ['uodo.gov.pl'],
    'partial',
    'E-Mail-Adresse (kancelaria@uodo.gov.pl)',
  ),
  eea(
    'PT',
    'CNPD',
    'Comissão Nacional de Proteção de Dados',
    ['Av. D. Carlos I, 134, 1.º', '1200-651', 'Lisboa'],
    'geral@cnpd.pt',
    'https://www.cnpd.pt',
    w('Comissão Nacional de Proteção de Dados'),
    ['cnpd.pt'],
    'secondary',
  ),
  eea(
    'RO',
    'ANSPDCP',
    'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal',
    ['B-dul G-ral Gheorghe Magheru 28-30, Sector 1', '010336', 'București'],
    'anspdcp@dataprotection.ro',
    'https://www.dataprotection.ro',
    w('ANSPDCP|Autoritatea Națională de Supraveghere'),
    ['dataprotection.ro'],
    'secondary',
  ),
  eea(
    'SK',
    'ÚOOÚ SR',
    'Úrad na ochranu osobných údajov Slovenskej republiky',
    ['Hraničná 12', '820 07', 'Bratislava 27'],
    'statny.dozor@pdp.gov.sk',
    'https://dataprotection.gov.sk',
    w('Úrad na ochranu osobných údajov'),
    ['dataprotection.gov.sk', 'pdp.gov.sk'],
    'secondary',
  ),
  eea(
    'SI',
    'IP',
    'Informacijski pooblaščenec Republike Slovenije',
    ['Dunajska cesta 22', '1000', 'Ljubljana'],
    'gp.ip@ip-rs.si',
    'https://www.ip-rs.si',
    w('Informacijski pooblaščenec|Information Commissioner of the Republic of Slovenia'),
    ['ip-rs.si'],
    'secondary',
  ),
  eea(
    'ES',
    'AEPD',
    'Agencia Española de Protección de Datos (AEPD)',
    ['C/ Jorge Juan 6', '28001', 'Madrid'],
    undefined,
    'https://www.aepd.es',
    w('AEPD|Agencia Española de Protección de Datos'),
    ['aepd.es'],
    'secondary; regional authorities exist for Catalonia, the Basque Country and Andalusia (mainly their public sector)',
    'Allgemeine E-Mail-Adresse',
  ),
  eea(
    'SE',
    'IMY',
    'Integritetsskyddsmyndigheten (IMY)',
    ['Box 8114', '104 20', 'Stockholm'],
    'imy@imy.se',
    'https://www.imy.se',
    w('Integritetsskyddsmyndigheten|IMY|Datainspektionen'),
    ['imy.se'],
    'secondary',
  ),
  eea(
    'IS',
    'Persónuvernd',
    'Persónuvernd',
    ['Rauðarárstígur 10', '105', 'Reykjavík'],
    'postur@personuvernd.is',
    'https://www.personuvernd.is',
    w('Persónuvernd|Icelandic Data Protection Authority'),
    ['personuvernd.is'],
    'secondary',
    'Anschrift',
  ),
  eea(
    'LI',
    'DSS',
    'Datenschutzstelle Fürstentum Liechtenstein',
    ['Städtle 38, Postfach 684', '9490', 'Vaduz'],
    'info.dss@llv.li',
    'https://www.datenschutzstelle.li',
    w('Datenschutzstelle[\\p{L} ]*Liechtenstein'),
    ['datenschutzstelle.li', 'llv.li'],
    'secondary',
    'Website',
  ),
  eea(
    'NO',
    'Datatilsynet',
    'Datatilsynet',
    ['Postboks 458 Sentrum', '0105', 'Oslo'],
    'postkasse@datatilsynet.no',
    'https://www.datatilsynet.no',
    w('Norwegian Data Protection Authority'),
    ['datatilsynet.no'],
    'secondary',
  ),
];

export const allAuthorities: readonly Authority[] = [...germanAuthorities, ...eeaAuthorities];

export const authoritySources: readonly LegalSource[] = [
  {
    title: '§ 40 Abs. 1 BDSG (Länder für nichtöffentliche Stellen), § 9 Abs. 1 BDSG (BfDI)',
    url: 'https://www.gesetze-im-internet.de/bdsg_2018/__40.html',
    kind: 'statute',
  },
  {
    title: '§ 29 TDDDG (BfDI für Telekommunikation), § 71 Abs. 1 PostG 2024 (BfDI für Postdienste)',
    url: 'https://www.gesetze-im-internet.de/ttdsg/__29.html',
    kind: 'statute',
    unverified: 'URL des PostG 2024 auf gesetze-im-internet.de (die Vorschrift selbst ist geprüft)',
  },
  {
    title: 'BayLfD, FAQ Allgemeines: BayLDA für privatwirtschaftliche Stellen in Bayern',
    url: 'https://www.datenschutz-bayern.de/print/faq/FAQ-Allgemeines.html',
    kind: 'authority-page',
  },
  {
    title: 'Art. 55, 56, 77 DSGVO; EDPB Guidelines 3/2018 (Version 2.1, 7 Jan 2020), Abschnitt 4',
    url: 'https://edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-32018-territorial-scope-gdpr-article-3-version_en',
    kind: 'guidance',
  },
  {
    title: 'Kontaktdaten: Seiten der Behörden und datenanfragen/data (Gemeinschaftsdatenbank)',
    url: 'https://github.com/datenanfragen/data/tree/master/supervisory-authorities',
    kind: 'secondary',
    unverified:
      'Telefon BayLDA und LfDI RLP; Hausanschriften BayLfD, HBDI, TLfDI, LfDI RLP, LfD Sachsen-Anhalt (daher Postfach); EWR: Anschriften HU, LT, FI, IS, NO, E-Mail NL/ES/GR/IE/PL, Domain CZ, Website LI',
  },
];

/** Who the controller is, as far as competence goes. */
export interface ControllerFacts {
  readonly country?: string;
  readonly state?: string;
  /** `private` when absent (see the vocabulary `controllerSectors`). */
  readonly sector?: string;
}

export type Competence =
  /** These authorities are competent; the first is the one to name. */
  | { readonly kind: 'authorities'; readonly authorities: readonly Authority[] }
  /** A controller outside the EEA: no lead authority; people complain where they live, work or were wronged. */
  | { readonly kind: 'residence' };

/**
 * The authority competent for a controller: its state's authority for a German private or state body (in
 * Bavaria BayLDA or BayLfD), the BfDI for a federal body, both for telecom and postal providers, the national
 * authority of another EEA state; undefined when the facts do not decide it (a German controller whose state
 * is not known, a country the table does not hold).
 */
export function competentAuthority(facts: ControllerFacts): Competence | undefined {
  const { country, state } = facts;
  if (!country) return undefined;
  if (!eeaCountries.has(country)) return { kind: 'residence' };
  const sector = facts.sector ?? 'private';
  if (country !== 'DE') {
    const national = eeaAuthorities.find((authority) => authority.country === country);
    return national ? { kind: 'authorities', authorities: [national] } : undefined;
  }
  const federal = germanAuthorities.find((authority) => authority.scope === 'federal')!;
  if (sector === 'federal') return { kind: 'authorities', authorities: [federal] };
  const ofState = state
    ? germanAuthorities.find(
        (authority) =>
          authority.state === state &&
          (authority.scope === 'both' || authority.scope === (sector === 'public' ? 'public' : 'private')),
      )
    : undefined;
  if (sector === 'telecom' || sector === 'postal')
    return { kind: 'authorities', authorities: ofState ? [federal, ofState] : [federal] };
  return ofState ? { kind: 'authorities', authorities: [ofState] } : undefined;
}

/** The authority a name, e-mail address or web address the author wrote stands for, if it is one of the table. */
export function identifyAuthority(written: {
  readonly name?: string;
  readonly email?: string;
  readonly url?: string;
}): Authority | undefined {
  const hosts = [written.email?.replace(/^[^@]*@/, ''), hostOf(written.url)]
    .filter((host): host is string => Boolean(host))
    .map((host) => host.toLowerCase().replace(/^www\./, ''));
  for (const host of hosts) {
    const byHost = allAuthorities.find((authority) =>
      authority.domains.some((domain) => host === domain || host.endsWith(`.${domain}`)),
    );
    if (byHost) return byHost;
  }
  const name = written.name?.trim();
  if (!name) return undefined;
  // Sachsen-Anhalt before Sachsen, Bavaria's two authorities apart: the first pattern that matches wins.
  const ordered = [...allAuthorities].sort((a, b) => specificity(b) - specificity(a));
  return ordered.find((authority) => authority.names.test(name));
}

function specificity(authority: Authority): number {
  return authority.id === 'DE-ST' ? 1 : 0;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^(?:https?:\/\/)?([^/?#:\s]+)/i.exec(url.trim());
  return match?.[1];
}
