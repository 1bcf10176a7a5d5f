/** Messages of the completeness rules, quick fixes and configuration, in English and German; `de` must have every key of `en`. */
const en = {} as const;

const de: Record<keyof typeof en, string> = {};

export const ruleMessages = { en, de };
