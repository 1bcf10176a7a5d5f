import { message } from '../l10n/messages';
import type { Rule } from './rule';

export const loneCarriageReturn: Rule = {
  meta: {
    id: 'line-endings',
    defaultSeverity: 'error',
    title: { de: 'Zeilenenden', en: 'Line endings' },
    description: {
      de: 'Einzelne CR-Zeichen sind für YAML keine Zeilenumbrüche, für den Editor aber schon; die Datei braucht LF- oder CRLF-Zeilenenden.',
      en: 'Lone CR characters are line breaks to the editor but not to YAML; the file needs LF or CRLF line endings.',
    },
  },
  check({ model, report }) {
    // Found while the text was read (see documentParser.ts), so the rule needs no pass over the whole text.
    const at = model.loneCarriageReturn;
    if (at !== undefined) report({ span: { start: at, end: at + 1 }, message: message('lineEndings') });
  },
};
