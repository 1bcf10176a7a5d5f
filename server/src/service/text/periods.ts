/**
 * Periods of time as texts write them ("drei Jahre", "14 Tagen", "sechs Monate", "three years"), in days: months
 * count as 30, years as 365. The rules hold retention texts against each other with them, the change notice tells
 * longer periods from shorter ones.
 */

/** Number words, German and English, as they stand before a unit of time. */
const numberWords: Readonly<Record<string, number>> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  eines: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  achtzehn: 18,
  zwanzig: 20,
  vierundzwanzig: 24,
  dreißig: 30,
  sechsunddreißig: 36,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

/** Units of time in their German and English forms, lower case. */
const unitDays: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:tag|tage|tagen|tages|days?)$/, 1],
  [/^(?:woche|wochen|weeks?)$/, 7],
  [/^(?:monat|monate|monaten|monats|months?)$/, 30],
  [/^(?:jahr|jahre|jahren|jahres|years?)$/, 365],
];

/** The count a number (digits or a number word) stands for, undefined when it is none. */
export function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : numberWords[word.toLowerCase()];
}

/** The days a unit of time stands for ("Monaten" 30, "years" 365), undefined when it is none. */
export function unitInDays(word: string): number | undefined {
  const lower = word.toLowerCase();
  return unitDays.find(([pattern]) => pattern.test(lower))?.[1];
}

/** A number (digits or a German number word) and a unit of time, in any of its German forms. */
export const periodPattern =
  /(?<![\p{L}\p{N}])(\d{1,4}|ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|achtzehn|zwanzig|dreißig|vierundzwanzig|sechsunddreißig)[ \u00a0]+(Tag(?:e|en|es)?|Woche(?:n)?|Monat(?:e|en|s)?|Jahr(?:e|en|es)?)(?![\p{L}])/giu;

/** A period in days, from a match of periodPattern. */
export function periodDays(number: string, unit: string): number {
  return (countOf(number) ?? 1) * (unitInDays(unit) ?? 1);
}

/** Every period a German text names, in days. */
export function periodsIn(text: string): number[] {
  const days: number[] = [];
  for (const match of text.matchAll(periodPattern)) days.push(periodDays(match[1], match[2]));
  return days;
}

/**
 * The first period a text names, German or English, in days ("14 Tage" 14, "Drei Jahre nach Vertragsende" 1095,
 * "13 months" 390), or undefined when it names none ("Bis zum Widerruf"). Only the first period counts, so "drei
 * Jahre; Rechnungen zehn Jahre" reads as three years: the change notice's comparison is a hint, it quotes the texts.
 */
export function periodInDays(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let i = 0; i < words.length - 1; i++) {
    const count = countOf(words[i]);
    if (count === undefined) continue;
    const unit = unitInDays(words[i + 1]);
    if (unit !== undefined) return count * unit;
  }
  return undefined;
}
