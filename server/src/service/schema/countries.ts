import type { Locale } from '../l10n/messages';
import { countryNames } from './countryNames';
import { adequacyDecisions } from './law/adequacy';

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
 * Countries with an adequacy decision of the European Commission (Art. 45 GDPR) on LAW_AS_OF (law/adequacy.ts).
 * The United States is not among them: its decision covers only organisations certified under the Data Privacy
 * Framework, which a policy states with the safeguard `dpf`.
 */
export const adequateCountries: ReadonlySet<string> = new Set(
  adequacyDecisions.map((decision) => decision.country).filter((country) => country !== 'US'),
);

export function countryName(code: string, locale: Locale): string | undefined {
  return Object.hasOwn(countryNames, code) ? countryNames[code][locale === 'de' ? 0 : 1] : undefined;
}

export function isCountryCode(code: string): boolean {
  return countryName(code, 'en') !== undefined;
}

/**
 * Codes authors write that ISO 3166-1 does not assign, with the code that stands for the same country today
 * (ISO 3166-3; research/law/transfers.md). Codes of states that split (YU, CS, AN, SU) have no single successor.
 */
export const countryCodeSuccessors: Readonly<Record<string, string>> = {
  UK: 'GB',
  EL: 'GR',
  TP: 'TL',
  ZR: 'CD',
  BU: 'MM',
  DD: 'DE',
  FX: 'FR',
  VD: 'VN',
  YD: 'YE',
  HV: 'BF',
  DY: 'BJ',
  RH: 'ZW',
  NH: 'VU',
};

/** The code that stands today for a code ISO 3166-1 does not assign, if there is one. */
export function successorCode(code: string): string | undefined {
  return Object.hasOwn(countryCodeSuccessors, code) ? countryCodeSuccessors[code] : undefined;
}
