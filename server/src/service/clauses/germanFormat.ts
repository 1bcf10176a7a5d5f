/**
 * Policy data written the way a German reader reads it: the published policy is German whatever language
 * the author's editor speaks, so nothing here depends on the locale.
 */
import type { AddressFields, Definition, EnumValue, ObjectValue, TextValue } from '../model/model';
import { longDate } from '../text/dates';
import { countryName } from '../schema/countries';
import type { EnumChoice } from '../schema/schemaTypes';

/** `2024-02-01` as "1. Februar 2024"; anything that is not a real date stays as written. */
export function germanDate(text: string): string {
  return longDate(text, 'de');
}

/** A country code as its German name ("UA" -> "Ukraine"); unknown codes stay as written. */
export function germanCountry(code: string): string {
  return countryName(code, 'de') ?? code;
}

/** "Musterstraße 1, 01067 Dresden, Deutschland", from whatever parts are there; undefined when none are. */
export function germanAddress(address: ObjectValue<AddressFields> | undefined): string | undefined {
  const fields = address?.fields;
  if (!fields) return undefined;
  const town = [fields.postalCode?.text, fields.city?.text].filter(Boolean).join(' ');
  const country = fields.country?.text ? germanCountry(fields.country.text) : undefined;
  const parts = [fields.street?.text, town, country].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(', ') : undefined;
}

/** The German label of a vocabulary value, or the value as written when it is not in the vocabulary. */
export function germanLabel(value: EnumValue, choices: readonly EnumChoice[]): string {
  return choices.find((choice) => choice.value === value.value)?.label.de ?? value.value;
}

/** The text of an optional text value, blank text counting as absent. */
export function textOf(value: TextValue | undefined): string | undefined {
  const text = value?.text.trim();
  return text ? value!.text : undefined;
}

/** The title the author gave a purpose, recipient or category, else its id. */
export function titleOf(definition: Definition): string {
  return textOf(definition.value?.fields.title as TextValue | undefined) ?? definition.id;
}
