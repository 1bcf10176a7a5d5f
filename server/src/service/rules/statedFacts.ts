/**
 * Facts a German text states in words: periods ("drei Jahre", "14 Tagen", "sechs Monate") and legal bases
 * ("Art. 6 Abs. 1 lit. f DSGVO", "Art. 9 Abs. 2 lit. h DSGVO"), so that a text can be held against the data.
 */

const numberWords: Readonly<Record<string, number>> = {
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  eines: 1,
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
  dreißig: 30,
  vierundzwanzig: 24,
  sechsunddreißig: 36,
};

const unitDays: Readonly<Record<string, number>> = { tag: 1, woche: 7, monat: 30, jahr: 365 };

/** A number (digits or a German number word) and a unit of time, in any of its forms. */
export const periodPattern =
  /(?<![\p{L}\p{N}])(\d{1,4}|ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|achtzehn|zwanzig|dreißig|vierundzwanzig|sechsunddreißig)[ \u00a0]+(Tag(?:e|en|es)?|Woche(?:n)?|Monat(?:e|en|s)?|Jahr(?:e|en|es)?)(?![\p{L}])/giu;

/** A period in days (months as 30, years as 365), from a match of periodPattern. */
export function periodDays(number: string, unit: string): number {
  const count = /^\d+$/.test(number) ? Number(number) : (numberWords[number.toLowerCase()] ?? 1);
  const base = unit
    .toLowerCase()
    .replace(/(?:e|en|es|n|s)$/, '')
    .replace(/^woch$/, 'woche');
  return count * (unitDays[base] ?? unitDays[base.replace(/e$/, '')] ?? 1);
}

/** Every period a text names, in days. */
export function periodsIn(text: string): number[] {
  const days: number[] = [];
  for (const match of text.matchAll(periodPattern)) days.push(periodDays(match[1], match[2]));
  return days;
}

/** Legal bases of Art. 6(1) and Art. 9(2) GDPR in their German citation forms, with the letter. */
export const basisPattern =
  /Art(?:ikel|\.)?[ \u00a0]*(6|9)[ \u00a0]*(?:Abs(?:atz|\.)?[ \u00a0]*(?:1|2)|\((?:1|2)\))[ \u00a0]*(?:(?:S(?:atz|\.)?|UAbs\.)[ \u00a0]*1[ \u00a0]*)?(?:lit(?:era|\.)?[ \u00a0]*|Buchst(?:abe|\.)?[ \u00a0]*|\()([a-j])\)?/giu;

/** The id of a basis from a match of basisPattern (`art6-1-f`, `art9-2-h`). */
export function basisId(article: string, letter: string): string {
  return article === '6' ? `art6-1-${letter.toLowerCase()}` : `art9-2-${letter.toLowerCase()}`;
}

/** Every legal basis a text names, by id. */
export function basesIn(text: string): string[] {
  return [...text.matchAll(basisPattern)].map((match) => basisId(match[1], match[2]));
}

/**
 * Sentences that state a basis or a period only under a condition ("Soweit wir … auf Art. 6 Abs. 1 lit. f
 * stützen, können Sie widersprechen"): what they name is law, not a fact of this policy.
 */
export const conditionalSentence =
  /^\s*(?:Soweit|Sofern|Wenn|Falls|Beruht|Beruhen|Stützen|Stützt|Verarbeiten wir|Haben Sie|Ist|Sind)\b/u;

/** Words that make a sentence speak of how long data is kept. */
export const retentionWords = /speicher|aufbewahr|lösch|gelöscht|vorgehalten|Speicherdauer|Aufbewahrung/iu;

/** The sentences of a text, with their offsets in it. */
export function sentencesOf(text: string): Array<{ text: string; start: number }> {
  const sentences: Array<{ text: string; start: number }> = [];
  const pattern = /[^.!?\n]+(?:[.!?](?!\d)|\n|$)/gu;
  // "Art. 6 Abs. 1" and "z. B." hold full stops that end no sentence: joined back below.
  let pending: { text: string; start: number } | undefined;
  for (const match of text.matchAll(pattern)) {
    const piece = { text: match[0], start: match.index };
    if (pending) {
      pending = { text: pending.text + piece.text, start: pending.start };
    } else {
      pending = piece;
    }
    if (/(?:Art|Abs|lit|Nr|S|z|B|bzw|ggf|usw|vgl|d\.h|u\.a|ca|Buchst|UAbs)\.$/u.test(pending.text.trimEnd())) continue;
    sentences.push(pending);
    pending = undefined;
  }
  if (pending) sentences.push(pending);
  return sentences;
}
