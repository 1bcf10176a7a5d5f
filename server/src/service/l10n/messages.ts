import { clauseMessages } from './clauseMessages';
import { cliMessages } from './cliMessages';
import { legalMessages } from './legalMessages';
import { ruleMessages } from './ruleMessages';
import { translationMessages } from './translationMessages';
import { versionMessages } from './versionMessages';

/**
 * Every string the service shows a person, in English and German. `de` is typed against `en`, so a
 * message without its translation does not compile. Placeholders are written {name}.
 * Each area keeps its messages in a file of its own (ruleMessages.ts, clauseMessages.ts, cliMessages.ts,
 * translationMessages.ts, versionMessages.ts).
 */
const coreEn = {
  // YAML reading
  syntax: 'YAML syntax error: {detail}',
  'unsupported.alias': 'Aliases (*{name}) are not supported in a policy: write the value out where it is used.',
  'unsupported.anchor': 'Anchors (&{name}) are not supported in a policy: write the value out where it is used.',
  'unsupported.tag': 'The tag {tag} is not supported: a policy holds plain text, lists and maps.',
  'unsupported.multipleDocs': 'A policy file holds one YAML document: everything after this "---" is ignored.',
  'unsupported.directive':
    'YAML directives ({directive}) are not supported: a policy is read as YAML 1.2 without directives.',
  controlCharacter: 'The character {code} is not allowed in YAML and cannot be seen: remove it.',
  invisibleCharacter:
    'Invisible character {code}: readers cannot see it, and it can change how the text is displayed or found by search. Remove it unless it is meant to be there.',
  tooComplex: 'Nested deeper than {limit} levels: this part of the file is not checked.',
  tooLarge:
    'The file has more than {limit} MiB of text, more than any policy needs: it is not checked, and only the outline of its top-level keys and their documentation are shown.',
  lineEndings:
    'Lone CR line breaks: YAML does not read them as line breaks, so this file cannot be checked. Save it with LF or CRLF line endings.',
  // structure
  unknownKey: 'Unknown key "{key}" in {where}. Allowed here: {allowed}.',
  'unknownKey.suggest': 'Unknown key "{key}" in {where}. Did you mean "{suggestion}"?',
  valueType: '"{key}" expects {expected}, not {actual}.',
  requiredField: 'The required field "{field}" is missing in {where}.',
  'requiredField.empty': '"{field}" has no value.',
  duplicateKey: '"{key}" appears more than once in {where}; YAML readers keep only one of them.',
  'duplicateKey.first': 'First "{key}" is here.',
  duplicateId: 'The id "{id}" is defined more than once in "{section}".',
  'duplicateId.first': 'First definition of "{id}".',
  implicitType:
    'YAML reads {text} as {type} {resolved}, not as text: put it in quotes ("{text}") so it reaches the reader as written.',
  'implicitType.same':
    'YAML reads {text} as {type}, not as text: put it in quotes ("{text}") so every tool reads it as written.',
  invalidValue: '"{value}" is not a valid {what}. Allowed: {allowed}.',
  invalidCountry: '"{value}" is not an ISO 3166 country code: write two capital letters such as DE, AT, US.',
  'invalidCountry.successor':
    '"{value}" is not an ISO 3166-1 country code (it is reserved or withdrawn): the code of this country is {code}. Write "{code}".',
  // content
  categoryWithoutPurpose: 'Data category "{id}" states no purpose (Art. 13(1)(c) GDPR): add "purposes: [...]".',
  categoryWithoutRecipient:
    'Data category "{id}" states no recipient (Art. 13(1)(e) GDPR): list them under "recipients", or write "recipients: none" if the data goes to nobody.',
  unknownReference: '"{id}" is not defined in "{section}". Defined there: {defined}.',
  'unknownReference.none': '"{id}" is not defined in "{section}", which defines nothing yet.',
  'unknownReference.didYouMean': '"{id}" is not defined in "{section}"; did you mean "{suggestion}"?',
  unknownClause: '"{id}" is not a clause in the clause library.',
  clauseContent: 'A clause needs "use" (a library clause) or "text" (your own text).',
  unusedDefinition: '{kind} "{id}" is defined but nothing refers to it: refer to it where it is used, or remove it.',
  invalidDate: '"{text}" is not a date in the form YYYY-MM-DD: write it so, e.g. 2026-10-01.',
  'invalidDate.calendar': '"{text}" is not a real calendar date: {month} has no day {day}.',
  'invalidDate.month': '"{text}" is not a real calendar date: there is no month {month}.',
  dateOrder:
    'The effective date {effective} is before the publication date {published}: swap them, or set the effective date to {published} or later.',
  'dateOrder.published': 'Published on {published}.',
  // editing
  renameInvalid: '"{name}" cannot be an id: use letters, digits, "-", "_" or "." and start with a letter or digit.',
  renameTaken: '"{name}" is already defined in "{section}".',
  // service
  internalError: 'Internal error in check "{rule}": {detail}. The other checks ran; please report this.',
  tooManyProblems: '{count} more problems in this file are not shown.',
  // words used inside messages
  'where.document': 'the policy',
  'where.section': 'section "{name}"',
  'where.entry': '"{name}"',
  'where.item': 'an item of "{name}"',
  'type.text': 'text',
  'type.textOrLanguages': 'text, or one text per language (de: …, en: …)',
  unknownLanguage: '"{key}" is not a language a policy is published in. Allowed: {allowed}.',
  noLanguage: 'Write the text itself, or one text per language (de: …, en: …).',
  'type.list': 'a list',
  'type.map': 'a map of keys',
  'type.bool': 'true or false',
  'type.refs': 'a list of ids such as [a, b]',
  'type.refsOrNone': 'a list of ids such as [a, b], or none',
  'type.int': 'a number',
  'type.float': 'a number',
  'type.null': 'nothing',
  'type.alias': 'an alias',
  'kind.purposes': 'Purpose',
  'kind.recipients': 'Recipient',
  'kind.categories': 'Data category',
  none: '(none)',
} as const;

const en = {
  ...coreEn,
  ...ruleMessages.en,
  ...legalMessages.en,
  ...clauseMessages.en,
  ...cliMessages.en,
  ...translationMessages.en,
  ...versionMessages.en,
};

export type MessageKey = keyof typeof en;

const coreDe: Record<keyof typeof coreEn, string> = {
  syntax: 'YAML-Syntaxfehler: {detail}',
  'unsupported.alias':
    'Aliase (*{name}) werden in einer Datenschutzerklärung nicht unterstützt: Schreiben Sie den Wert dort aus, wo er gebraucht wird.',
  'unsupported.anchor':
    'Anker (&{name}) werden in einer Datenschutzerklärung nicht unterstützt: Schreiben Sie den Wert dort aus, wo er gebraucht wird.',
  'unsupported.tag':
    'Das Tag {tag} wird nicht unterstützt: Eine Datenschutzerklärung besteht aus Text, Listen und Zuordnungen.',
  'unsupported.multipleDocs': 'Eine Datei enthält genau ein YAML-Dokument: Alles nach diesem „---“ wird nicht gelesen.',
  'unsupported.directive':
    'YAML-Direktiven ({directive}) werden nicht unterstützt: Eine Datenschutzerklärung wird als YAML 1.2 ohne Direktiven gelesen.',
  controlCharacter: 'Das Zeichen {code} ist in YAML nicht erlaubt und unsichtbar: Entfernen Sie es.',
  invisibleCharacter:
    'Unsichtbares Zeichen {code}: Leser sehen es nicht, und es kann die Darstellung des Textes oder die Suche darin verändern. Entfernen Sie es, wenn es nicht beabsichtigt ist.',
  tooComplex: 'Mehr als {limit} Ebenen verschachtelt: Dieser Teil der Datei wird nicht geprüft.',
  tooLarge:
    'Die Datei enthält mehr als {limit} MiB Text, mehr als jede Datenschutzerklärung braucht: Sie wird nicht geprüft; nur die Gliederung ihrer Schlüssel auf oberster Ebene und deren Beschreibung werden angezeigt.',
  lineEndings:
    'Einzelne CR-Zeilenumbrüche: YAML liest sie nicht als Zeilenumbruch, daher kann die Datei nicht geprüft werden. Speichern Sie sie mit LF- oder CRLF-Zeilenenden.',
  unknownKey: 'Unbekannter Schlüssel „{key}“ in {where}. Erlaubt sind hier: {allowed}.',
  'unknownKey.suggest': 'Unbekannter Schlüssel „{key}“ in {where}. Meinten Sie „{suggestion}“?',
  valueType: '„{key}“ erwartet {expected}, nicht {actual}.',
  requiredField: 'In {where} fehlt das Pflichtfeld „{field}“.',
  'requiredField.empty': '„{field}“ hat keinen Wert.',
  duplicateKey: '„{key}“ kommt in {where} mehrfach vor; YAML-Leser behalten nur einen der Werte.',
  'duplicateKey.first': 'Das erste „{key}“ steht hier.',
  duplicateId: 'Die Id „{id}“ ist in „{section}“ mehrfach definiert.',
  'duplicateId.first': 'Erste Definition von „{id}“.',
  implicitType:
    'YAML liest {text} als {type} {resolved}, nicht als Text: Setzen Sie den Wert in Anführungszeichen ("{text}"), damit er so beim Leser ankommt, wie er geschrieben ist.',
  'implicitType.same':
    'YAML liest {text} als {type}, nicht als Text: Setzen Sie den Wert in Anführungszeichen ("{text}"), damit jedes Werkzeug ihn so liest, wie er geschrieben ist.',
  invalidValue: '„{value}“ ist kein gültiger Wert für {what}. Erlaubt: {allowed}.',
  invalidCountry: '„{value}“ ist kein ISO-3166-Ländercode: Schreiben Sie zwei Großbuchstaben wie DE, AT, US.',
  'invalidCountry.successor':
    '„{value}“ ist kein Ländercode nach ISO 3166-1 (er ist reserviert oder zurückgezogen): Der Code dieses Staates ist {code}. Schreiben Sie „{code}“.',
  categoryWithoutPurpose:
    'Die Datenkategorie „{id}“ nennt keinen Zweck (Art. 13 Abs. 1 lit. c DSGVO): Ergänzen Sie „purposes: [...]“.',
  categoryWithoutRecipient:
    'Die Datenkategorie „{id}“ nennt keinen Empfänger (Art. 13 Abs. 1 lit. e DSGVO): Führen Sie sie unter „recipients“ auf, oder schreiben Sie „recipients: none“, wenn die Daten an niemanden gehen.',
  unknownReference: '„{id}“ ist in „{section}“ nicht definiert. Dort definiert: {defined}.',
  'unknownReference.none': '„{id}“ ist in „{section}“ nicht definiert; dort ist noch nichts definiert.',
  'unknownReference.didYouMean': '„{id}“ ist in „{section}“ nicht definiert; meinten Sie „{suggestion}“?',
  unknownClause: '„{id}“ ist kein Baustein der Klauselbibliothek.',
  clauseContent: 'Ein Abschnitt braucht „use“ (einen Baustein der Bibliothek) oder „text“ (eigenen Text).',
  unusedDefinition:
    '{kind} „{id}“ ist definiert, aber nichts verweist darauf: Verweisen Sie dort darauf, wo die Definition gebraucht wird, oder entfernen Sie sie.',
  invalidDate: '„{text}“ ist kein Datum der Form JJJJ-MM-TT: Schreiben Sie es so, z. B. 2026-10-01.',
  'invalidDate.calendar': '„{text}“ ist kein echtes Kalenderdatum: Der Monat {month} hat keinen {day}. Tag.',
  'invalidDate.month': '„{text}“ ist kein echtes Kalenderdatum: Einen Monat {month} gibt es nicht.',
  dateOrder:
    'Das Datum des Inkrafttretens ({effective}) liegt vor dem Datum der Veröffentlichung ({published}): Tauschen Sie die Daten oder setzen Sie das Inkrafttreten auf {published} oder später.',
  'dateOrder.published': 'Veröffentlicht am {published}.',
  renameInvalid:
    '„{name}“ kann keine Id sein: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ oder „.“ und beginnen Sie mit einem Buchstaben oder einer Ziffer.',
  renameTaken: '„{name}“ ist in „{section}“ bereits definiert.',
  internalError:
    'Interner Fehler in der Prüfung „{rule}“: {detail}. Die übrigen Prüfungen sind gelaufen; bitte melden Sie diesen Fehler.',
  tooManyProblems: '{count} weitere Probleme in dieser Datei werden nicht angezeigt.',
  'where.document': 'der Datenschutzerklärung',
  'where.section': 'Abschnitt „{name}“',
  'where.entry': '„{name}“',
  'where.item': 'einem Eintrag von „{name}“',
  'type.text': 'Text',
  'type.textOrLanguages': 'Text oder je Sprache ein Text (de: …, en: …)',
  unknownLanguage: '„{key}“ ist keine Sprache, in der eine Erklärung erscheinen kann. Erlaubt: {allowed}.',
  noLanguage: 'Schreiben Sie den Text selbst oder je Sprache einen Text (de: …, en: …).',
  'type.list': 'eine Liste',
  'type.map': 'eine Zuordnung von Schlüsseln',
  'type.bool': 'true oder false',
  'type.refs': 'eine Liste von Ids wie [a, b]',
  'type.refsOrNone': 'eine Liste von Ids wie [a, b] oder none',
  'type.int': 'eine Zahl',
  'type.float': 'eine Zahl',
  'type.null': 'nichts',
  'type.alias': 'einen Alias',
  'kind.purposes': 'Der Zweck',
  'kind.recipients': 'Der Empfänger',
  'kind.categories': 'Die Datenkategorie',
  none: '(keine)',
};

const de: Record<MessageKey, string> = {
  ...coreDe,
  ...ruleMessages.de,
  ...legalMessages.de,
  ...clauseMessages.de,
  ...cliMessages.de,
  ...translationMessages.de,
  ...versionMessages.de,
};

export type Locale = 'de' | 'en';

/** A text already written in both languages (schema documentation, vocabulary labels). */
export interface Bilingual {
  readonly de: string;
  readonly en: string;
}

export type MessageArg = string | number | Message | Bilingual;
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** A message not yet put into words, so findings can be cached and shown in either language. */
export interface Message {
  readonly key: MessageKey;
  readonly args?: MessageArgs;
}

export function message(key: MessageKey, args?: MessageArgs): Message {
  return args ? { key, args } : { key };
}

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, de };

export function localize(locale: Locale, msg: Message): string {
  const template = catalogs[locale][msg.key] ?? en[msg.key];
  if (!msg.args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const arg = msg.args![name];
    if (arg === undefined) return whole;
    if (typeof arg !== 'object') return String(arg);
    return 'key' in arg ? localize(locale, arg) : arg[locale];
  });
}

/** VS Code passes locales such as "de", "de-AT" or "en-US"; anything German gets German. */
export function resolveLocale(locale: string | undefined): Locale {
  return locale && locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** For tests and tooling: every key with its two texts. */
export function allMessages(): ReadonlyArray<{ key: MessageKey; en: string; de: string }> {
  return (Object.keys(en) as MessageKey[]).map((key) => ({ key, en: en[key], de: de[key] }));
}
