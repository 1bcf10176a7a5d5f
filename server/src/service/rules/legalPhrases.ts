/**
 * Legal bases and vocabulary values as a sentence names them: "stützt sich auf ein berechtigtes Interesse
 * (Art. 6 Abs. 1 lit. f DSGVO)", not on the label "Berechtigtes Interesse", which is written for a list.
 */
import type { Bilingual } from '../l10n/messages';
import type { EnumChoice } from '../schema/schemaTypes';
import { legalBases, rights, safeguards, specialCategories } from '../schema/vocabulary';

/** Each basis in the accusative, with its article, for "stützt sich auf …" / "rests on …". */
const phrases: Readonly<Record<string, Bilingual>> = {
  'art6-1-a': { de: 'eine Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)', en: 'consent (Art. 6(1)(a) GDPR)' },
  'art6-1-b': {
    de: 'die Erfüllung eines Vertrags oder vorvertragliche Maßnahmen (Art. 6 Abs. 1 lit. b DSGVO)',
    en: 'the performance of a contract (Art. 6(1)(b) GDPR)',
  },
  'art6-1-c': {
    de: 'eine rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)',
    en: 'a legal obligation (Art. 6(1)(c) GDPR)',
  },
  'art6-1-d': {
    de: 'lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
    en: 'vital interests (Art. 6(1)(d) GDPR)',
  },
  'art6-1-e': {
    de: 'eine Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)',
    en: 'a task in the public interest (Art. 6(1)(e) GDPR)',
  },
  'art6-1-f': {
    de: 'ein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)',
    en: 'legitimate interests (Art. 6(1)(f) GDPR)',
  },
  'art9-2-a': {
    de: 'eine ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)',
    en: 'explicit consent (Art. 9(2)(a) GDPR)',
  },
  'art9-2-b': {
    de: 'das Arbeitsrecht oder das Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)',
    en: 'employment and social security law (Art. 9(2)(b) GDPR)',
  },
  'art9-2-c': {
    de: 'lebenswichtige Interessen (Art. 9 Abs. 2 lit. c DSGVO)',
    en: 'vital interests (Art. 9(2)(c) GDPR)',
  },
  'art9-2-d': {
    de: 'die Tätigkeit einer Organisation ohne Gewinnerzielungsabsicht (Art. 9 Abs. 2 lit. d DSGVO)',
    en: 'the activities of a not-for-profit body (Art. 9(2)(d) GDPR)',
  },
  'art9-2-e': {
    de: 'offensichtlich öffentlich gemachte Daten (Art. 9 Abs. 2 lit. e DSGVO)',
    en: 'data manifestly made public (Art. 9(2)(e) GDPR)',
  },
  'art9-2-f': {
    de: 'die Verfolgung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO)',
    en: 'legal claims (Art. 9(2)(f) GDPR)',
  },
  'art9-2-g': {
    de: 'ein erhebliches öffentliches Interesse (Art. 9 Abs. 2 lit. g DSGVO)',
    en: 'a substantial public interest (Art. 9(2)(g) GDPR)',
  },
  'art9-2-h': {
    de: 'die Gesundheitsvorsorge, Diagnostik oder Behandlung (Art. 9 Abs. 2 lit. h DSGVO)',
    en: 'health care, diagnosis or treatment (Art. 9(2)(h) GDPR)',
  },
  'art9-2-i': {
    de: 'die öffentliche Gesundheit (Art. 9 Abs. 2 lit. i DSGVO)',
    en: 'public health (Art. 9(2)(i) GDPR)',
  },
  'art9-2-j': {
    de: 'Archiv-, Forschungs- oder Statistikzwecke (Art. 9 Abs. 2 lit. j DSGVO)',
    en: 'archiving, research or statistics (Art. 9(2)(j) GDPR)',
  },
  'tdddg-25-1': {
    de: 'eine Einwilligung in den Zugriff auf das Endgerät (§ 25 Abs. 1 TDDDG)',
    en: 'consent to access the terminal device (§ 25(1) TDDDG)',
  },
  'tdddg-25-2': {
    de: 'den unbedingt erforderlichen Zugriff auf das Endgerät (§ 25 Abs. 2 Nr. 2 TDDDG)',
    en: 'strictly necessary access to the terminal device (§ 25(2) no. 2 TDDDG)',
  },
  'bdsg-26': { de: 'das Beschäftigungsverhältnis (§ 26 BDSG)', en: 'the employment relationship (§ 26 BDSG)' },
};

/** A legal basis as a sentence names it, in the accusative: "ein berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)". */
export function basisPhrase(basis: string): Bilingual {
  return phrases[basis] ?? labelOf(basis, legalBases);
}

/** A value to write, with what it means: "art9-2-h (Gesundheitsvorsorge, … (Art. 9 Abs. 2 lit. h DSGVO))". */
export function valueWithLabel(value: string, choices: readonly EnumChoice[]): Bilingual {
  const label = labelOf(value, choices);
  return { de: `„${value}“ (${label.de})`, en: `"${value}" (${label.en})` };
}

export function labelOf(value: string, choices: readonly EnumChoice[]): Bilingual {
  return choices.find((choice) => choice.value === value)?.label ?? { de: value, en: value };
}

/** Several vocabulary values by their labels, joined: "Gesundheitsdaten, Religiöse oder …". */
export function labelsOf(values: readonly string[], choices: readonly EnumChoice[]): Bilingual {
  const labels = values.map((value) => labelOf(value, choices));
  return { de: labels.map((label) => label.de).join(', '), en: labels.map((label) => label.en).join(', ') };
}

export const vocabularies = { legalBases, rights, safeguards, specialCategories };

/** A label inside an English sentence: its first letter in lower case ("health data"); German keeps its nouns. */
export function inSentence(label: Bilingual): Bilingual {
  return { de: label.de, en: label.en.charAt(0).toLowerCase() + label.en.slice(1) };
}
