/**
 * The German states (Länder) by their ISO 3166-2 codes, and the cities whose name alone says the state. The
 * state decides which supervisory authority is competent for a private controller (§ 40 Abs. 1 BDSG).
 */
import type { EnumChoice } from '../schemaTypes';

const state = (value: string, de: string, en: string): EnumChoice => ({ value, label: { de, en } });

/** ISO 3166-2:DE (from the Debian package iso-codes 4.15.0, iso_3166-2.json). */
export const germanStates: readonly EnumChoice[] = [
  state('DE-BW', 'Baden-Württemberg', 'Baden-Württemberg'),
  state('DE-BY', 'Bayern', 'Bavaria'),
  state('DE-BE', 'Berlin', 'Berlin'),
  state('DE-BB', 'Brandenburg', 'Brandenburg'),
  state('DE-HB', 'Bremen', 'Bremen'),
  state('DE-HH', 'Hamburg', 'Hamburg'),
  state('DE-HE', 'Hessen', 'Hesse'),
  state('DE-MV', 'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'),
  state('DE-NI', 'Niedersachsen', 'Lower Saxony'),
  state('DE-NW', 'Nordrhein-Westfalen', 'North Rhine-Westphalia'),
  state('DE-RP', 'Rheinland-Pfalz', 'Rhineland-Palatinate'),
  state('DE-SL', 'Saarland', 'Saarland'),
  state('DE-SN', 'Sachsen', 'Saxony'),
  state('DE-ST', 'Sachsen-Anhalt', 'Saxony-Anhalt'),
  state('DE-SH', 'Schleswig-Holstein', 'Schleswig-Holstein'),
  state('DE-TH', 'Thüringen', 'Thuringia'),
];

/**
 * Cities whose name alone gives the state: the state capitals, the city-states and large cities no other
 * German town shares a name with. The postal code is not used: postal regions cross state borders (the region
 * 0 spans Saxony, Saxony-Anhalt, Thuringia and Brandenburg, for example), so a code does not give the state.
 * A city not listed here, or a name two towns share (Frankfurt am Main and Frankfurt (Oder)), gives no state:
 * the author writes `state`.
 */
const cityStates: Readonly<Record<string, string>> = {
  stuttgart: 'DE-BW',
  karlsruhe: 'DE-BW',
  mannheim: 'DE-BW',
  münchen: 'DE-BY',
  nürnberg: 'DE-BY',
  augsburg: 'DE-BY',
  ansbach: 'DE-BY',
  berlin: 'DE-BE',
  potsdam: 'DE-BB',
  bremen: 'DE-HB',
  bremerhaven: 'DE-HB',
  hamburg: 'DE-HH',
  wiesbaden: 'DE-HE',
  'frankfurt am main': 'DE-HE',
  schwerin: 'DE-MV',
  rostock: 'DE-MV',
  hannover: 'DE-NI',
  düsseldorf: 'DE-NW',
  köln: 'DE-NW',
  dortmund: 'DE-NW',
  bonn: 'DE-NW',
  mainz: 'DE-RP',
  saarbrücken: 'DE-SL',
  dresden: 'DE-SN',
  leipzig: 'DE-SN',
  chemnitz: 'DE-SN',
  magdeburg: 'DE-ST',
  kiel: 'DE-SH',
  erfurt: 'DE-TH',
};

/** The state of a German city, when its name alone gives it. */
export function stateOfCity(city: string): string | undefined {
  const key = city.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(cityStates, key) ? cityStates[key] : undefined;
}

export function stateName(code: string): { de: string; en: string } | undefined {
  return germanStates.find((choice) => choice.value === code)?.label;
}
