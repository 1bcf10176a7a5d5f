import type { RuleMeta } from './rule';

/**
 * Rules whose findings come from reading the YAML and checking it against the schema (parser and binder),
 * listed here so that they have ids, severities and documentation like every other rule.
 */
export const structureRules: readonly RuleMeta[] = [
  {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    title: { de: 'YAML-Syntax', en: 'YAML syntax' },
    description: {
      de: 'Die Datei muss gültiges YAML sein; jeder Syntaxfehler wird an seiner Stelle gemeldet.',
      en: 'The file must be valid YAML; every syntax error is shown where it is.',
    },
  },
  {
    id: 'yaml-unsupported',
    defaultSeverity: 'error',
    title: { de: 'Nicht unterstützte YAML-Mittel', en: 'Unsupported YAML features' },
    description: {
      de: 'Anker, Aliase, eigene Tags und mehrere Dokumente in einer Datei machen eine Erklärung schwer lesbar und werden nicht unterstützt.',
      en: 'Anchors, aliases, custom tags and several documents in one file make a policy hard to read and are not supported.',
    },
  },
  {
    id: 'invisible-character',
    defaultSeverity: 'warning',
    title: { de: 'Unsichtbares Zeichen', en: 'Invisible character' },
    description: {
      de: 'Breitenlose Zeichen und Steuerzeichen für die Schreibrichtung sind unsichtbar; sie können die Darstellung des Textes umkehren oder die Suche darin vereiteln.',
      en: 'Zero-width characters and text direction controls cannot be seen; they can reverse how the text is displayed or defeat searching it.',
    },
  },
  {
    id: 'too-complex',
    defaultSeverity: 'error',
    title: { de: 'Zu tief verschachtelt', en: 'Nested too deeply' },
    description: {
      de: 'Mehr als 100 Ebenen Verschachtelung werden nicht gelesen, damit die Prüfung bei jeder Eingabe schnell und sicher bleibt.',
      en: 'More than 100 levels of nesting are not read, so checking stays fast and safe whatever is typed.',
    },
  },
  {
    id: 'too-large',
    defaultSeverity: 'error',
    title: { de: 'Zu große Datei', en: 'File too large' },
    description: {
      de: 'Eine Datei mit mehr als 2 MiB Text wird nicht gelesen und nicht geprüft, damit der Editor bei jeder Eingabe schnell bleibt; sie erhält nur diese eine Meldung, eine Gliederung ihrer Schlüssel auf oberster Ebene und deren Beschreibung beim Darüberfahren. Die längste realistische Erklärung hat etwa 100 KiB.',
      en: 'A file with more than 2 MiB of text is not read or checked, so the editor stays fast whatever is opened; it gets only this one diagnostic, an outline of its top-level keys and their documentation on hover. The longest realistic policy has about 100 KiB.',
    },
  },
  {
    id: 'unknown-key',
    defaultSeverity: 'error',
    title: { de: 'Unbekannter Schlüssel', en: 'Unknown key' },
    description: {
      de: 'Jeder Schlüssel muss im Format vorgesehen sein; ein Tippfehler ginge sonst unbemerkt verloren.',
      en: 'Every key must be part of the format; a typo would otherwise be lost silently.',
    },
  },
  {
    id: 'value-type',
    defaultSeverity: 'error',
    title: { de: 'Falscher Werttyp', en: 'Wrong value type' },
    description: {
      de: 'Ein Wert muss die Form haben, die sein Schlüssel verlangt: Text, Liste oder Zuordnung.',
      en: 'A value must have the shape its key requires: text, list or map.',
    },
  },
  {
    id: 'required-field',
    defaultSeverity: 'error',
    title: { de: 'Pflichtfeld fehlt', en: 'Missing required field' },
    description: {
      de: 'Felder wie Titel, Veröffentlichungsdatum, Name und Anschrift des Verantwortlichen müssen angegeben sein.',
      en: "Fields such as the title, the publication date, the controller's name and address must be given.",
    },
    articles: 'Art. 13 Abs. 1 lit. a DSGVO',
  },
  {
    id: 'duplicate-key',
    defaultSeverity: 'error',
    title: { de: 'Doppelter Schlüssel', en: 'Duplicate key' },
    description: {
      de: 'Ein Schlüssel darf in einer Zuordnung nur einmal vorkommen; YAML-Leser behalten sonst nur einen Wert.',
      en: 'A key may appear only once in a map; YAML readers keep only one of the values otherwise.',
    },
  },
  {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    title: { de: 'Doppelte Id', en: 'Duplicate id' },
    description: {
      de: 'Jede Id in purposes, recipients und categories darf nur einmal definiert sein.',
      en: 'Each id in purposes, recipients and categories may be defined only once.',
    },
  },
  {
    id: 'implicit-type',
    defaultSeverity: 'warning',
    title: { de: 'Wert wird umgedeutet', en: 'Value retyped by YAML' },
    description: {
      de: 'YAML liest Werte wie 01067, 1.10 oder true als Zahl oder Wahrheitswert; in Textfeldern müssen sie in Anführungszeichen stehen, damit sie so beim Leser ankommen, wie sie geschrieben sind. Fehler, wenn sich der Wert dabei ändert.',
      en: 'YAML reads values such as 01067, 1.10 or true as numbers or booleans; in text fields they must be quoted to reach the reader as written. An error when the value would change.',
    },
  },
  {
    id: 'invalid-value',
    defaultSeverity: 'error',
    title: { de: 'Ungültiger Wert', en: 'Invalid value' },
    description: {
      de: 'Aufzählungswerte (Rechtsgrundlagen, Rollen, Rechte ...) und Ländercodes müssen zu den erlaubten Werten gehören.',
      en: 'Enumerated values (legal bases, roles, rights ...) and country codes must be among the allowed values.',
    },
  },
];
