/** Messages of the clause library, clause checks and the preview, in English and German; `de` must have every key of `en`. */
const en = {
  clauseInputsMissing: 'The clause "{id}" needs data this policy does not give: {missing}. The preview marks the gaps.',
  clauseTextInputsMissing:
    'This text uses placeholders the policy has no data for: {missing}. The preview marks the gaps.',
  clauseUnknownPlaceholder: '"{{{name}}}" is not a placeholder: the reader would see a gap here.',
  clauseUnusedParam: 'The clause "{id}" does not use "{param}"; it reads: {used}.',
  'clauseUnusedParam.none': 'The clause "{id}" does not use "{param}"; it takes no values under "with".',
} as const;

const de: Record<keyof typeof en, string> = {
  clauseInputsMissing:
    'Der Baustein „{id}“ braucht Angaben, die diese Erklärung nicht macht: {missing}. Die Vorschau markiert die Lücken.',
  clauseTextInputsMissing:
    'Dieser Text verwendet Platzhalter, für die die Erklärung keine Angaben macht: {missing}. Die Vorschau markiert die Lücken.',
  clauseUnknownPlaceholder: '„{{{name}}}“ ist kein Platzhalter: Der Leser sähe hier eine Lücke.',
  clauseUnusedParam: 'Der Baustein „{id}“ verwendet „{param}“ nicht; er liest: {used}.',
  'clauseUnusedParam.none':
    'Der Baustein „{id}“ verwendet „{param}“ nicht; er nimmt keine Werte unter „with“ entgegen.',
};

export const clauseMessages = { en, de };
