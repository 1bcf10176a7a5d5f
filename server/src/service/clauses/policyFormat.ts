/**
 * Policy data written the way a reader of the page's language reads it: dates, countries, addresses,
 * vocabulary labels and the author's own words in that language. The page's language is the published
 * policy's, whatever language the author's editor speaks.
 */
import type { AddressFields, Definition, EnumValue, ObjectValue, TextValue } from '../model/model';
import { countryName } from '../schema/countries';
import type { EnumChoice } from '../schema/schemaTypes';
import { longDate } from '../text/dates';
import { translationOf, type PageLanguage } from './policyLanguages';

export interface PolicyFormat {
  readonly language: PageLanguage;
  /**
   * The author's words in the page's language; blank counts as absent. A text not yet given in that language
   * reads as written, and `untranslated` hears of it, so the page can mark it.
   */
  words(value: TextValue | undefined): string | undefined;
  /** The title the author gave a purpose, recipient or category, else its id. */
  title(definition: Definition): string;
  /** `2024-02-01` as "1. Februar 2024" or "1 February 2024"; anything that is not a real date stays as written. */
  date(text: string): string;
  /** A country code as its name ("UA" -> "Ukraine"); unknown codes stay as written. */
  country(code: string): string;
  /** "Musterstraße 1, 01067 Dresden, Deutschland", from whatever parts are there; undefined when none are. */
  address(address: ObjectValue<AddressFields> | undefined): string | undefined;
  /** The label of a vocabulary value, or the value as written when it is not in the vocabulary. */
  label(value: EnumValue | string, choices: readonly EnumChoice[]): string;
}

/**
 * @param primary the language the policy's single-language texts are written in
 * @param untranslated hears of each text read that is not given in the page's language
 */
export function policyFormat(
  language: PageLanguage,
  primary: PageLanguage = language,
  untranslated?: (value: TextValue) => void,
): PolicyFormat {
  const format: PolicyFormat = {
    language,
    words(value) {
      if (!textOf(value)) return undefined;
      const translation = translationOf(value!, language, primary);
      if (translation?.trim()) return translation;
      untranslated?.(value!);
      return value!.text;
    },
    title: (definition) => format.words(definition.value?.fields.title as TextValue | undefined) ?? definition.id,
    date: (text) => longDate(text, language),
    country: (code) => countryName(code, language) ?? code,
    address(address) {
      const fields = address?.fields;
      if (!fields) return undefined;
      const town = [fields.postalCode?.text, fields.city?.text].filter(Boolean).join(' ');
      const country = fields.country?.text ? format.country(fields.country.text) : undefined;
      const parts = [fields.street?.text, town, country].filter((part): part is string => Boolean(part));
      return parts.length ? parts.join(', ') : undefined;
    },
    label(value, choices) {
      const id = typeof value === 'string' ? value : value.value;
      return choices.find((choice) => choice.value === id)?.label[language] ?? id;
    },
  };
  return format;
}

/** The German page's format, for the German-only callers (and the byte-for-byte German page). */
export const germanFormat: PolicyFormat = policyFormat('de');

/** The text of an optional text value as written, blank text counting as absent: for names, addresses, codes. */
export function textOf(value: TextValue | undefined): string | undefined {
  const text = value?.text.trim();
  return text ? value!.text : undefined;
}
