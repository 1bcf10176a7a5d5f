/** Messages of the clause library, clause checks and the preview, in English and German; `de` must have every key of `en`. */
const en = {
  clauseInputsMissing: 'The clause "{id}" needs data this policy does not give: {missing}. The preview marks the gaps.',
  clauseTextInputsMissing:
    'This text uses placeholders the policy has no data for: {missing}. The preview marks the gaps.',
  clauseUnknownPlaceholder: '"{{{name}}}" is not a placeholder: the reader would see a gap here.',
  clauseUnusedParam: 'The clause "{id}" does not use "{param}"; it reads: {used}.',
  'clauseUnusedParam.none': 'The clause "{id}" does not use "{param}"; it takes no values under "with".',
  clauseCondition:
    'The clause "{id}" takes for granted that {condition}, and this policy does not say so: the clause is left out of the page. State it in the data, or remove the clause.',
  'clausePlacement.needsCategory': 'The clause "{id}" stands with a data category: name it with "category:" ({ids}).',
  'clausePlacement.needsRecipient': 'The clause "{id}" stands with a recipient: name it with "recipient:" ({ids}).',
  'clausePlacement.notForLibrary':
    '"{key}" places your own text; the library clause "{id}" has its place ({place}). Remove "{key}".',
  'clausePlacement.notHere': '"{key}" does not apply to the clause "{id}", which stands {place}. Remove "{key}".',
  'clausePlacement.both': 'A text either adds to a section ("section") or takes its place ("replaces"), not both.',
  'clausePlacement.replacedTwice':
    'The section "{section}" is already replaced by the clause at line {line}; one text can take its place.',
  'clauseContradiction.basis':
    'The text names {basis} as the legal basis, but {whose} rests only on: {bases}. Change the text, or add the basis to the purpose it belongs to.',
  'clauseContradiction.period':
    'The text says data is kept for {period}, but {whose} retention says: "{retention}". Make them say the same.',
  'where.policy': 'the policy',
  'where.category': 'the data category "{id}"',
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
  clauseCondition:
    'Der Baustein „{id}“ setzt voraus, dass {condition}; diese Erklärung sagt das nicht, deshalb bleibt er auf der Seite weg. Ergänzen Sie es in den Daten oder nehmen Sie den Baustein heraus.',
  'clausePlacement.needsCategory':
    'Der Baustein „{id}“ steht bei einer Datenkategorie: Nennen Sie sie mit „category:“ ({ids}).',
  'clausePlacement.needsRecipient':
    'Der Baustein „{id}“ steht bei einem Empfänger: Nennen Sie ihn mit „recipient:“ ({ids}).',
  'clausePlacement.notForLibrary':
    '„{key}“ setzt eigenen Text; der Baustein „{id}“ hat seinen festen Platz ({place}). Entfernen Sie „{key}“.',
  'clausePlacement.notHere': '„{key}“ gilt nicht für den Baustein „{id}“, der {place} steht. Entfernen Sie „{key}“.',
  'clausePlacement.both':
    'Ein Text ergänzt einen Abschnitt („section“) oder nimmt seinen Platz ein („replaces“), nicht beides.',
  'clausePlacement.replacedTwice':
    'Den Abschnitt „{section}“ ersetzt schon der Text in Zeile {line}; nur ein Text kann seinen Platz einnehmen.',
  'clauseContradiction.basis':
    'Der Text nennt {basis} als Rechtsgrundlage, {whose} stützt sich aber nur auf: {bases}. Ändern Sie den Text oder ergänzen Sie die Rechtsgrundlage beim Zweck, zu dem sie gehört.',
  'clauseContradiction.period':
    'Der Text nennt für die Speicherung {period}, {whose} nennt als Speicherdauer aber: „{retention}“. Bringen Sie beides in Einklang.',
  'where.policy': 'die Erklärung',
  'where.category': 'die Datenkategorie „{id}“',
};

export const clauseMessages = { en, de };
