/** Messages of the clause library, clause checks and the preview, in English and German; `de` must have every key of `en`. */
const en = {} as const;

const de: Record<keyof typeof en, string> = {};

export const clauseMessages = { en, de };
