import type { Locale } from '../l10n/messages';

/** The EU member states and Iceland, Liechtenstein and Norway: transfers among them need no safeguard. */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * Countries with an adequacy decision of the European Commission (Art. 45 GDPR), as listed in the domain
 * notes; for the United States it covers only organisations certified under the Data Privacy Framework.
 */
export const adequateCountries: ReadonlySet<string> = new Set([
  'AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY',
]);

// Codes Intl knows that are not countries.
const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);
const displayNames = new Map<Locale, Intl.DisplayNames>();

export function countryName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return undefined;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNames.set(locale, names);
  }
  return names.of(code);
}

export function isCountryCode(code: string): boolean {
  return countryName(code, 'en') !== undefined;
}
