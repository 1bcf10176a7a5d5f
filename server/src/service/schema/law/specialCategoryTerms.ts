/**
 * German words that show a data category holds special categories of personal data (Art. 9(1) GDPR) or data on
 * criminal convictions and offences (Art. 10), with their word forms and the near misses that must not count.
 * From research/law/special-categories.json (as of 2026-11-30; its self-test: 181 examples, 0 failures). Only
 * the terms marked "strong" are used: a weak term (DNA, Rasse, katholisch, Bußgeld ...) needs context a policy's
 * words do not give. Patterns are ECMAScript with the flags giu; word boundaries are written as lookarounds,
 * because \\b does not know umlauts.
 */

export interface SpecialTerm {
  readonly id: string;
  /** The value of `special` the term stands for (vocabulary.ts `specialCategories`). */
  readonly category: string;
  readonly pattern: RegExp;
  /** A match that is itself one of these words does not count (Gesundheitsamt, Fahrzeugdiagnose ...). */
  readonly exclude?: RegExp;
  /** Word forms the pattern must find, and near misses it must not (checked by a unit test). */
  readonly matches: readonly string[];
  readonly misses: readonly string[];
}

export const specialTerms: readonly SpecialTerm[] = [
  {
    id: 'gesundheit',
    category: 'health',
    pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:\\p{L}*gesundheit\\p{L}*)(?![\\p{L}\\p{N}])', 'giu'),
    exclude: new RegExp(
      '^(?:gesundheits(?:amt|ämter|ämtern|amtes|amts|wesen|wesens|ministerium|ministeriums|politik|system|systems|behörde|behörden|branche|sektor|markt|portal|ratgeber|tipps?|schutz|schutzes))$',
      'iu',
    ),
    matches: ['Gesundheitsdaten', 'Ihr Gesundheitszustand', 'gesundheitliche Einschränkungen', 'Gesundheitsfragebogen'],
    misses: [
      'Gesundheitsamt Köln',
      'im Gesundheitswesen tätig',
      'Gesundheitsministerium',
      'Arbeits- und Gesundheitsschutz',
    ],
  },
  {
    id: 'diagnose',
    category: 'health',
    pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:\\p{L}*diagnos\\p{L}*)(?![\\p{L}\\p{N}])', 'giu'),
    exclude: new RegExp(
      '^(?:fahrzeug|fehler|system|netzwerk|motor|kfz|auto|geräte|software|hardware|pc|server|anlagen)diagnos\\p{L}*$',
      'iu',
    ),
    matches: ['Diagnosen', 'Diagnosedaten', 'Verdachtsdiagnose', 'diagnostische Befunde'],
    misses: ['Fahrzeugdiagnose', 'Fehlerdiagnose per Fernwartung'],
  },
  {
    id: 'icd',
    category: 'health',
    pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:ICD[- ]?1[01](?:-GM)?)(?![\\p{L}\\p{N}])', 'giu'),
    matches: ['ICD-10-Codes', 'ICD 11'],
    misses: [],
  },
  {
    id: 'krankheit',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*krankheit\\p{L}*|\\p{L}*erkrank\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: [
      'Krankheit',
      'Erkrankung',
      'Vorerkrankungen',
      'Krankheitstage',
      'Krebserkrankung',
      'erkrankte Mitarbeiter',
    ],
    misses: ['Krankenkasse', 'Krankenhaus', 'Krankenversicherung'],
  },
  {
    id: 'krankmeldung',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:krank(?:meldung(?:en)?|schreibung(?:en)?|gemeldet\\p{L}*|geschrieben\\p{L}*|enstand|heitsbedingt\\p{L}*)|krankengeld\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Krankmeldung', 'Krankschreibungen', 'krankheitsbedingte Fehlzeiten', 'Krankengeld'],
    misses: [],
  },
  {
    id: 'arbeitsunfaehigkeit',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:arbeitsunfähig\\p{L}*|e?AU[- ]?(?:Bescheinigung(?:en)?|Daten)|eAU)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Arbeitsunfähigkeitsbescheinigung', 'AU-Bescheinigung', 'eAU', 'arbeitsunfähig'],
    misses: ['AU', 'Australien (AU)'],
  },
  {
    id: 'behinderung',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*behinderung(?:en)?|\\p{L}*behinderungsgrad|schwerbehindert\\p{L}*|behindertenausweis|behinderte[nrs]?\\s+(?:Menschen|Person(?:en)?|Beschäftigte[nr]?|Mitarbeiter\\p{L}*))(?![\\p{L}\\p{N}])',
      'giu',
    ),
    exclude: new RegExp('^(?:verkehrs|wettbewerbs|sicht|betriebs|markt|geschäfts)behinderung\\p{L}*$', 'iu'),
    matches: ['Behinderung', 'Schwerbehinderung', 'schwerbehinderte Menschen', 'Schwerbehindertenausweis'],
    misses: ['Verkehrsbehinderung', 'Wettbewerbsbehinderung', 'der Zugriff wird behindert'],
  },
  {
    id: 'gdb',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:GdB|Grad\\s+der\\s+Behinderung|Merkzeichen|Gleichstellung\\s+mit\\s+schwerbehinderten\\s+Menschen)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['GdB von 50', 'Grad der Behinderung', 'Gleichstellung mit schwerbehinderten Menschen'],
    misses: [],
  },
  {
    id: 'medikation',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*medikation\\p{L}*|\\p{L}*medikament\\p{L}*|\\p{L}*arznei\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    exclude: new RegExp('^tierarznei\\p{L}*$', 'iu'),
    matches: ['Medikation', 'Medikamentenplan', 'Arzneimittelbestellung', 'Medikamente'],
    misses: ['Tierarzneimittel'],
  },
  {
    id: 'rezept_verordnung',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:e-?rezept(?:e|en)?|rezeptdaten|rezeptpflichtig\\p{L}*|verschreibungspflichtig\\p{L}*|kassenrezept\\p{L}*|privatrezept\\p{L}*|ärztlich\\p{L}*\\s+(?:Rezept|Verordnung|Verschreibung)\\p{L}*|(?:heil|hilfs)mittelverordnung\\p{L}*|verordnungsdaten)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['E-Rezept', 'ärztliche Verordnung', 'Heilmittelverordnung', 'verschreibungspflichtige Arzneimittel'],
    misses: ['Rezepte für Kuchen', 'Verordnung (EU) 2016/679', 'Datenschutz-Grundverordnung'],
  },
  {
    id: 'blut_labor',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:blutgruppe\\p{L}*|blut(?:wert|bild|probe|spende|zucker|druck|test|entnahme)\\p{L}*|labor(?:wert|befund)\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Blutgruppe', 'Blutwerte', 'Laborbefunde', 'Blutdruck'],
    misses: [],
  },
  {
    id: 'schwangerschaft',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*schwanger\\p{L}*|mutterschutz\\p{L}*|mutterpass|entbindung\\p{L}*|geburtstermin)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Schwangerschaft', 'schwangere Beschäftigte', 'Mutterschutzfristen', 'Mutterpass'],
    misses: [],
  },
  {
    id: 'impfung',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:impf(?:status|nachweis\\p{L}*|pass|ausweis|daten|zertifikat\\p{L}*|ung(?:en)?|befreiung\\p{L}*)|\\p{L}+impfung(?:en)?|masernschutz\\p{L}*|genesenennachweis\\p{L}*|immunisierung\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Impfstatus', 'Impfnachweis', 'Masernschutzimpfung', 'Nachweis über den Masernschutz', 'Corona-Impfung'],
    misses: ['Impfstoff', 'Impfzentrum'],
  },
  {
    id: 'patient_behandlung',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:patient\\p{L}*|\\p{L}*anamnese\\p{L}*|befund(?:e|en|bericht\\p{L}*)?|arztbrief\\p{L}*|behandlungs(?:daten|dokumentation|verlauf|unterlagen|vertrag\\p{L}*)|(?:medizinisch|ärztlich|zahnärztlich|therapeutisch)\\p{L}*\\s+behandlung\\p{L}*|\\p{L}*therapie\\p{L}*|\\p{L}*therapeut\\p{L}*|psychotherap\\p{L}*|psychiatr\\p{L}*|psychisch\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: [
      'Patientendaten',
      'Anamnesebogen',
      'Befunde',
      'ärztliche Behandlung',
      'Physiotherapie',
      'psychische Erkrankung',
    ],
    misses: ['Behandlung Ihrer Anfrage', 'Bearbeitung und Behandlung von Beschwerden'],
  },
  {
    id: 'allergie',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*allergi(?:e|en|ker\\p{L}*|sch\\p{L}*)|\\p{L}*unverträglichkeit(?:en)?|zöliakie|laktoseintoleranz)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Allergien Ihres Kindes', 'Lebensmittelunverträglichkeiten', 'Allergiker'],
    misses: ['Allergene gemäß LMIV', 'Allergenkennzeichnung'],
  },
  {
    id: 'sucht',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:(?:alkohol|drogen|medikamenten|nikotin|spiel|glücksspiel)(?:abhängigkeit|sucht)\\p{L}*|suchterkrank\\p{L}*|suchtberatung\\p{L}*|drogenkonsum)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Alkoholabhängigkeit', 'Suchterkrankung'],
    misses: ['er sucht einen Termin', 'Abhängigkeit im Beschäftigungsverhältnis'],
  },
  {
    id: 'pflege_bem',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:pflegegrad\\p{L}*|pflegestufe\\p{L}*|pflegebedürftig\\p{L}*|betriebliche[snm]?\\s+Eingliederungsmanagement\\p{L}*|BEM-(?:Verfahren|Gespräch\\p{L}*))(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Pflegegrad', 'betriebliches Eingliederungsmanagement', 'BEM-Verfahren'],
    misses: [],
  },
  {
    id: 'seh_hoer',
    category: 'health',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:sehstärke\\p{L}*|dioptrie\\p{L}*|hörgerät\\p{L}*|hörtest\\p{L}*|sehtest\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Sehstärke', 'Hörgeräteversorgung', 'Sehtest'],
    misses: [],
  },
  {
    id: 'ethnische_herkunft',
    category: 'ethnic-origin',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:(?:ethnisch|rassisch)\\p{L}*\\s+(?:Herkunft|Zugehörigkeit|Abstammung)|ethnie\\p{L}*|ethnizität|hautfarbe)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['ethnische Herkunft', 'rassische Herkunft', 'Hautfarbe'],
    misses: ['Herkunft der Daten', 'Hunderasse'],
  },
  {
    id: 'politische_meinung',
    category: 'political-opinions',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:politisch\\p{L}*\\s+(?:Meinung|Anschauung|Einstellung|Überzeugung|Gesinnung|Betätigung|Partei)\\p{L}*|partei(?:mitglied\\p{L}*|zugehörigkeit|spende\\p{L}*|präferenz\\p{L}*|buch)|wahlverhalten|wahlabsicht\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['politische Meinungen', 'Parteimitgliedschaft', 'politischen Partei', 'Parteispenden'],
    misses: ['Vertragspartei', 'die Parteien des Vertrages', 'dritte Partei', 'Cookie-Politik'],
  },
  {
    id: 'religion',
    category: 'religious-beliefs',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:religi(?:on|onen|ös\\p{L}*|onszugehörigkeit|onsgemeinschaft\\p{L}*|onsbekenntnis)|konfession\\p{L}*|glaubens(?:bekenntnis|zugehörigkeit|gemeinschaft\\p{L}*|richtung\\p{L}*|überzeugung\\p{L}*)|weltanschau\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: [
      'Religionszugehörigkeit',
      'Konfession',
      'konfessionslos',
      'weltanschauliche Überzeugungen',
      'Glaubensgemeinschaft',
    ],
    misses: [],
  },
  {
    id: 'kirchensteuer',
    category: 'religious-beliefs',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:kirchensteuer\\p{L}*|kirchen(?:zugehörigkeit|mitgliedschaft|austritt\\p{L}*|eintritt\\p{L}*))(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Kirchensteuermerkmal', 'Kirchensteuerabzugsmerkmale', 'Kirchenaustritt', 'Kirchensteuer'],
    misses: [],
  },
  {
    id: 'gewerkschaft',
    category: 'trade-union',
    pattern: new RegExp('(?<![\\p{L}\\p{N}])(?:\\p{L}*gewerkschaft\\p{L}*)(?![\\p{L}\\p{N}])', 'giu'),
    matches: ['Gewerkschaftszugehörigkeit', 'Gewerkschaftsmitglied', 'Gewerkschaften'],
    misses: ['Gewerbe', 'Gewerbeanmeldung', 'Betriebsrat'],
  },
  {
    id: 'genetisch',
    category: 'genetic',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:genetisch\\p{L}*|gentest\\p{L}*|genanalyse\\p{L}*|gendiagnosti\\p{L}*|genom(?:e|s|analyse\\p{L}*|sequenzierung\\p{L}*|daten)?|erbgut\\p{L}*|erbkrankheit\\p{L}*|dna-(?:analyse|test|probe|profil)\\p{L}*|abstammungs(?:gutachten|test|untersuchung)\\p{L}*|vaterschaftstest\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['genetische Daten', 'Gentest', 'DNA-Analyse', 'Vaterschaftstest', 'Genom'],
    misses: ['Generation', 'generell', 'Genehmigung', 'Genossenschaft', 'wir haben genommen', 'Gender'],
  },
  {
    id: 'biometrie',
    category: 'biometric',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:biometri\\p{L}*|fingerabdr(?:uck|ücke|ucks|ücken)\\p{L}*|gesichtserkennung\\p{L}*|gesichts(?:scan|geometrie|merkmale|biometrie)\\p{L}*|iris(?:scan|erkennung)\\p{L}*|(?:hand)?venen(?:scan|erkennung)\\p{L}*|stimm(?:erkennung|profil|abdruck)\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['biometrische Daten', 'Fingerabdruck', 'Gesichtserkennung', 'Irisscan', 'Handvenenerkennung'],
    misses: ['Browser-Fingerprinting', 'PGP-Fingerprint', 'Passfoto'],
  },
  {
    id: 'sexualleben',
    category: 'sex-life',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:sexual(?:leben|verhalten|ität)|sexuell\\p{L}*\\s+(?:Leben|Verhalten|Praktiken|Vorlieben|Präferenz\\p{L}*|Aktivität\\p{L}*|Kontakte?))(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Sexualleben', 'sexuelle Vorlieben', 'Sexualität'],
    misses: ['Geschlecht', 'sexuelle Orientierung'],
  },
  {
    id: 'orientierung',
    category: 'sex-life',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:sexuell\\p{L}*\\s+(?:Orientierung|Identität)|(?:homo|hetero|bi|pan|a)sexuell\\p{L}*|(?:homo|hetero|bi|pan|a)sexualität|lgbt\\p{L}*|queer\\p{L}*|schwul\\p{L}*|lesbisch\\p{L}*)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['sexuelle Orientierung', 'homosexuell', 'LGBTQ', 'queer'],
    misses: ['Geschlecht', 'Gender'],
  },
  {
    id: 'fuehrungszeugnis',
    category: 'criminal-convictions',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:\\p{L}*führungszeugnis\\p{L}*|vorstrafe\\p{L}*|vorbestraft\\p{L}*|strafregister\\p{L}*|bundeszentralregister\\p{L}*|fahreignungsregister\\p{L}*|punkte\\s+in\\s+Flensburg)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['erweitertes Führungszeugnis', 'Vorstrafen', 'Bundeszentralregister', 'Punkte in Flensburg'],
    misses: [],
  },
  {
    id: 'straftat',
    category: 'criminal-convictions',
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}])(?:straftat(?:en)?|strafverfahren|ermittlungsverfahren|strafrechtlich\\p{L}*|straffällig\\p{L}*|strafanzeige\\p{L}*|(?:straf)?verurteilung(?:en)?|verurteilt)(?![\\p{L}\\p{N}])',
      'giu',
    ),
    matches: ['Straftaten', 'strafrechtliche Verurteilungen', 'Ermittlungsverfahren', 'Strafanzeige'],
    misses: ['Vertragsstrafe', 'Strafzinsen'],
  },
];

/**
 * Phrases that name offences as what a measure guards against, not as data about a person (video surveillance
 * "zur Aufklärung von Straftaten"): our editorial decision, against the research's default. Private video
 * surveillance rests on Art. 6(1)(f) GDPR (BVerwG 6 C 2.18); reading it as Art. 10 data would demand an
 * authorising law that private controllers never have.
 */
export const offenceAsPurpose =
  /(?:Aufklärung|Verhinderung|Verhütung|Vorbeugung|Abwehr|Prävention|Schutz|Verfolgung)\s+(?:vor\s+|von\s+|gegen\s+)?(?:möglichen\s+)?$/iu;

/**
 * Word parts at least one of which every term's matches contain: a text without any of them holds no term, and
 * most texts are ruled out by this one linear scan instead of thirty patterns that start with `\p{L}*`. A unit
 * test holds every term's word forms to containing one of them.
 */
export const termStems =
  /gesundheit|diagnos|icd|krank|erkrank|arbeitsunf|au-|eau|behind|gdb|grad der|merkzeichen|gleichstellung|medikat|medikament|arznei|rezept|verordnung|verschreib|blut|labor|schwanger|mutter|entbindung|geburtstermin|impf|masernschutz|genesenen|immunisier|patient|anamnese|befund|arztbrief|behandlung|therap|psychiatr|psychisch|allergi|unverträglich|zöliakie|laktose|sucht|abhängig|drogen|pflege|eingliederung|bem-|sehstärke|dioptrie|hörgerät|hörtest|sehtest|ethni|rassisch|hautfarbe|politisch|partei|wahl|religi|konfession|glaubens|weltanschau|kirchen|gewerkschaft|genetisch|gentest|genanalyse|gendiagnost|genom|erbgut|erbkrank|dna-|abstammung|vaterschaft|biometri|fingerabdr|gesichts|iris|venen|stimm|sexu|lgbt|queer|schwul|lesbisch|führungszeugnis|vorstraf|vorbestraft|strafregister|zentralregister|fahreignung|flensburg|straf|ermittlungsverfahren|verurteil/iu;

/** Every term found in a text, with where it stands, skipping excluded words and offences named as a purpose. */
export function specialTermsIn(text: string): Array<{ term: SpecialTerm; match: string; index: number }> {
  const found: Array<{ term: SpecialTerm; match: string; index: number }> = [];
  if (!termStems.test(text)) return found;
  for (const term of specialTerms) {
    const pattern = term.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (term.exclude?.test(match[0])) continue;
      if (
        term.category === 'criminal-convictions' &&
        offenceAsPurpose.test(text.slice(Math.max(0, match.index - 40), match.index))
      )
        continue;
      found.push({ term, match: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
