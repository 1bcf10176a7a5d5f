/** Messages of the command line, in English and German; `de` must have every key of `en`. */
const en = {} as const;

const de: Record<keyof typeof en, string> = {};

export const cliMessages = { en, de };
