/**
 * The small pieces of grammar a change notice needs that a message template cannot hold: where a country is
 * ("in den USA", "in der Schweiz", "im Vereinigten Königreich"), how a recipient is named after "an", lists
 * joined with "und", the norm inside a vocabulary label, and a retention period as a number of days.
 */
import { localize, message, type Locale, type MessageArg, type MessageKey } from '../l10n/messages';
import { countryName } from '../schema/countries';
import type { EnumChoice } from '../schema/schemaTypes';

/**
 * Countries whose place does not read "in <name>" in one of the languages ("in den USA", "in der Schweiz",
 * "im Vereinigten Königreich", "in the United States"): their phrases are messages (`notice.in.<code>`).
 */
const placesOfTheirOwn = new Set([
  'US',
  'GB',
  'CH',
  'TR',
  'UA',
  'AE',
  'NL',
  'SK',
  'PH',
  'IR',
  'IQ',
  'LB',
  'YE',
  'SD',
  'MN',
  'DO',
  'CF',
  'CG',
  'CD',
  'MV',
  'SC',
  'BS',
  'VA',
  'CZ',
  'KR',
]);

/** "in den USA" / "in the United States"; a code that is not a country stays as written. */
export function inCountry(code: string, language: Locale): string {
  const upper = code.trim().toUpperCase();
  if (placesOfTheirOwn.has(upper)) return localize(language, message(`notice.in.${upper}` as MessageKey));
  return localize(language, message('notice.in', { country: countryName(upper, language) ?? code.trim() }));
}

/** A country's name as a label ("USA" in German legal usage, else the name from countryNames.ts). */
export function countryLabel(code: string, language: Locale): string {
  const upper = code.trim().toUpperCase();
  if (upper === 'US') return localize(language, message('notice.country.US'));
  return countryName(upper, language) ?? code.trim();
}

/**
 * Legal forms after which a company's name reads with "die" in German ("die Versand Inc.", "die Sachsen
 * Hosting AG"): every one of them is feminine, like "die Firma". Any other title is named with "den Empfänger
 * „…“", which is right whatever the noun's gender or number.
 */
const legalForms =
  /\b(?:GmbH(?: & Co\.? KG)?|gGmbH|AG|SE|KG|KGaA|OHG|GbR|UG(?: \(haftungsbeschränkt\))?|e\.\s?K\.|e\.\s?V\.|eG|Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Corporation|PLC|plc|S\.A\.|SAS|S\.à r\.l\.|SARL|B\.V\.|N\.V\.|S\.p\.A\.|S\.r\.l\.|Oy|AB|ApS|A\/S|AS|Sp\. z o\.o\.|s\.r\.o\.|Pty Ltd)(?=$|[\s,)])/;

/** The name of a company as it stands in a title: "Helpdesk Cloud Inc." of "Helpdesk Cloud Inc., Boston". */
export function isCompanyName(title: string): boolean {
  return legalForms.test(title);
}

/** A recipient named after "an"/"to": "die Versand Inc." or "den Empfänger „Hosting-Dienstleister“". */
export function recipientPhrase(title: string, language: Locale): string {
  const name = title.trim();
  return localize(
    language,
    message(isCompanyName(name) ? 'notice.recipient.company' : 'notice.recipient.named', { title: name }),
  );
}

/** "A, B und C". */
export function joinList(items: readonly string[], language: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const comma = localize(language, message('notice.comma'));
  const and = localize(language, message('notice.and'));
  return items.slice(0, -1).join(comma) + and + items[items.length - 1];
}

export function quoted(text: string, language: Locale): string {
  return localize(language, message('notice.quoted', { text }));
}

/** The norm a vocabulary label names in its parentheses: "Art. 6 Abs. 1 lit. a DSGVO" of "Einwilligung (Art. 6 …)". */
export function normOf(value: string, choices: readonly EnumChoice[], language: Locale): string {
  const label = choices.find((choice) => choice.value === value)?.label[language];
  if (!label) return value;
  return /\(([^()]+)\)\s*$/.exec(label)?.[1] ?? label;
}

/**
 * Norms joined as a lawyer cites them: letters of one paragraph share it ("Art. 6 Abs. 1 lit. b und f DSGVO",
 * "Art. 6(1)(b) and (f) GDPR"); different norms are listed ("Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG").
 */
export function joinNorms(norms: readonly string[], language: Locale): string {
  const pattern = language === 'de' ? /^(.* lit\.) ([a-z])( .*)$/ : /^(.*)\(([a-z])\)( .*)$/;
  const groups: Array<{ key: string; text: string; letters: string[]; prefix: string; suffix: string }> = [];
  for (const norm of norms) {
    const match = pattern.exec(norm);
    const key = match ? `${match[1]}|${match[3]}` : `=${norm}`;
    const group = groups.find((candidate) => candidate.key === key);
    if (group && match) group.letters.push(match[2]);
    else if (!group)
      groups.push({
        key,
        text: norm,
        letters: match ? [match[2]] : [],
        prefix: match?.[1] ?? '',
        suffix: match?.[3] ?? '',
      });
  }
  return joinList(
    groups.map((group) => {
      if (group.letters.length < 2) return group.text;
      if (language === 'de') return `${group.prefix} ${joinList(group.letters, language)}${group.suffix}`;
      return `${group.prefix}${joinList(
        group.letters.map((letter) => `(${letter})`),
        language,
      )}${group.suffix}`;
    }),
    language,
  );
}

/** A vocabulary label, or the value as written when it is not in the vocabulary. */
export function labelOf(value: string, choices: readonly EnumChoice[], language: Locale): string {
  return choices.find((choice) => choice.value === value)?.label[language] ?? value;
}

/** A message put into words, for building one sentence out of parts. */
export function say(language: Locale, key: MessageKey, args?: Readonly<Record<string, MessageArg>>): string {
  return localize(language, message(key, args));
}
