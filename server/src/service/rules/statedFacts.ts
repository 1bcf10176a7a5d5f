/**
 * Facts a German text states in words: periods ("drei Jahre", "14 Tagen", "sechs Monate") and legal bases
 * ("Art. 6 Abs. 1 lit. f DSGVO", "Art. 9 Abs. 2 lit. h DSGVO"), so that a text can be held against the data.
 */

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
