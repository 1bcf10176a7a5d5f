import type { Locale } from '../l10n/messages';
import { countryNames } from './countryNames';

/** The EU member states and Iceland, Liechtenstein and Norway: transfers among them need no safeguard. */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/**
 * Countries with an adequacy decision of the European Commission (Art. 45 GDPR), as listed in the domain
 * notes; for the United States it covers only organisations certified under the Data Privacy Framework.
 */
export const adequateCountries: ReadonlySet<string> = new Set([
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'GB',
  'UY',
]);

export function countryName(code: string, locale: Locale): string | undefined {
  return Object.hasOwn(countryNames, code) ? countryNames[code][locale === 'de' ? 0 : 1] : undefined;
}

export function isCountryCode(code: string): boolean {
  return countryName(code, 'en') !== undefined;
}
