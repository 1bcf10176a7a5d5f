import { policySchema } from '../../server/src/service/schema/policySchema';
import type { FieldSchema } from '../../server/src/service/schema/schemaTypes';

/**
 * A valid policy that fills every field of the format, each text with a marker of its own (`MK-…`), so a test
 * can find every piece of the author's text on the rendered page. `fieldPaths` lists the format's fields, and a
 * test holds this policy to filling each of them.
 */
export function markerPolicy(): { text: string; markers: string[] } {
  const text = `policy:
  title: MK-policy-title
  language: de
  languages: [de]
  published: 2026-10-01
  effective: 2026-10-15
  version: "MK-policy-version"
  url: https://mk-policy-url.example/datenschutz
controller:
  name: MK-controller-name
  address:
    street: MK-controller-street
    postalCode: "MK-controller-postalCode"
    city: MK-controller-city
    country: DE
    state: DE-SN
  email: mk-controller-email@beispiel.example
  phone: "MK-controller-phone"
  website: https://mk-controller-website.example
  sector: private
  representative:
    name: MK-representative-name
    address:
      street: MK-representative-street
      postalCode: "MK-representative-postalCode"
      city: MK-representative-city
      country: AT
      state: DE-BY
    email: mk-representative-email@beispiel.example
    phone: "MK-representative-phone"
  dpo:
    name: MK-dpo-name
    address:
      street: MK-dpo-street
      postalCode: "MK-dpo-postalCode"
      city: MK-dpo-city
      country: DE
      state: DE-SN
    email: mk-dpo-email@beispiel.example
    phone: "MK-dpo-phone"
purposes:
  vertrag:
    title: MK-purpose-title
    description: MK-purpose-description
    legalBasis: [art6-1-b, art6-1-f, art9-2-h]
    legitimateInterest: MK-purpose-legitimateInterest
    kind: health-care
    law: MK-purpose-law
  einwilligung:
    title: MK-purpose2-title
    kind: marketing
    legalBasis: [art6-1-a, art9-2-a]
recipients:
  hoster:
    title: MK-recipient-title
    description: MK-recipient-description
    role: processor
    kind: hosting
    country: [US, DE]
    safeguard: [scc, dpf]
    arrangement: MK-recipient-arrangement
categories:
  kontakt:
    title: MK-category-title
    description: MK-category-description
    data: [MK-category-data-1, MK-category-data-2]
    channels: [form, email]
    origin: third-party
    source: MK-category-source
    purposes: [vertrag, einwilligung]
    recipients: [hoster]
    retention: MK-category-retention
    special: [health, religious-beliefs]
    obligation: MK-category-obligation
transfers:
  - country: US
    recipients: [hoster]
    categories: [kontakt]
    safeguard: [scc, dpf]
    description: MK-transfer-description
rights: [access, rectification, erasure, restriction, portability, objection, withdrawal, automated-decision, complaint]
supervisoryAuthority:
  name: MK-authority-name
  address:
    street: MK-authority-street
    postalCode: "MK-authority-postalCode"
    city: MK-authority-city
    country: DE
    state: DE-SN
  email: mk-authority-email@beispiel.example
  phone: "MK-authority-phone"
  url: https://mk-authority-url.example
  residence: false
cookies:
  - name: MK-cookie-name
    provider: MK-cookie-provider
    purposes: [einwilligung]
    duration: MK-cookie-duration
    basis: consent
    description: MK-cookie-description
automatedDecisions:
  - description: MK-automated-description
    logic: MK-automated-logic
    consequences: MK-automated-consequences
    exception: contract
  - description: MK-automated2-description
    logic: MK-automated2-logic
    consequences: MK-automated2-consequences
    exception: law
    law: MK-automated-law
children:
  addressed: true
  minimumAge: "16"
  parentalConsent: MK-children-parentalConsent
  ageCheck: MK-children-ageCheck
clauses:
  - use: eingebettete-inhalte
    category: kontakt
    with:
      services: MK-clause-with-services
  - use: hosting
    recipient: hoster
  - title: MK-clause-title
    text: MK-clause-text {{controller.name}}
  - title: MK-clause-section-title
    section: rights
    text: MK-clause-section-text
  - title: MK-clause-replaces-title
    replaces: security
    text: MK-clause-replaces-text
  - title: MK-clause-category-title
    category: kontakt
    text: MK-clause-category-text
  - title: MK-clause-recipient-title
    recipient: hoster
    text: MK-clause-recipient-text
changeHistory:
  - version: "MK-history-version"
    date: 2026-09-01
    notice: MK-history-notice
`;
  const markers = [
    ...new Set(
      [...text.matchAll(/MK-[A-Za-z0-9-]+|mk-[a-z-]+@beispiel\.example|https:\/\/mk-[a-z-]+\.example[^\s]*/g)].map(
        (m) => m[0],
      ),
    ),
  ];
  // Chosen values show as their labels; the dates, written the German way.
  markers.push(
    '15. Oktober 2026',
    '1. Oktober 2026',
    '1. September 2026',
    'Österreich',
    'Vereinigte Staaten',
    'Auftragsverarbeiter',
    'Standardvertragsklauseln',
    'Gesundheitsdaten',
    'Von Dritten erhalten',
    'Formular auf unserer Website',
    'Einwilligung (§ 25 Abs. 1 TDDDG)',
    'Ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)',
    'Religiöse oder weltanschauliche Überzeugungen',
    'Hosting und Rechenzentrum',
    'Sitz und Verarbeitungsorte: Vereinigte Staaten, Deutschland',
    'EU-US Data Privacy Framework (Art. 45 DSGVO)',
    'Erforderlich für den Abschluss oder die Erfüllung eines Vertrags (Art. 22 Abs. 2 lit. a DSGVO)',
    'Zulässig auf Grund einer Rechtsvorschrift (Art. 22 Abs. 2 lit. b DSGVO)',
    'Unser Angebot richtet sich auch an Kinder und Jugendliche.',
    'Ab 16 Jahren willigen Sie selbst ein.',
  );
  return { text, markers };
}

/**
 * The marker policy published in German and English: every text for readers (TextSchema.translatable) given in
 * both, the English one marked `EN-…` where the German is `MK-…`; the English markers are what the English page
 * must show, in English wording.
 */
export function bilingualMarkerPolicy(): { text: string; markers: string[]; germanOnly: string[] } {
  // The keys of the texts for readers, from the format itself; `services` is the value a clause item gives.
  const keys = [...translatableKeys(policySchema), 'services'].join('|');
  const translatable = new RegExp(`^(\\s*(?:- )?(?:${keys}): )(MK-[^\\n]*)$`, 'gm');
  const german = markerPolicy().text.replace('languages: [de]', 'languages: [de, en]');
  const germanOnly: string[] = [];
  let text = german.replace(translatable, (_line, head: string, value: string) => {
    germanOnly.push(value.split(' ')[0]);
    return `${head}{ de: "${value}", en: "${value.replace(/MK-/g, 'EN-')}" }`;
  });
  text = text.replace(
    /data: \[MK-category-data-1, MK-category-data-2\]/,
    'data:\n      - { de: MK-category-data-1, en: EN-category-data-1 }\n      - { de: MK-category-data-2, en: EN-category-data-2 }',
  );
  germanOnly.push('MK-category-data-1', 'MK-category-data-2');
  const english = [...new Set([...text.matchAll(/EN-[A-Za-z0-9-]+/g)].map((m) => m[0]))];
  // Names, addresses and codes are the same in both languages.
  const same = markerPolicy().markers.filter(
    (marker) => /^(?:MK-|mk-|https:)/.test(marker) && !germanOnly.includes(marker),
  );
  const markers = [
    ...english,
    ...same,
    '15 October 2026',
    '1 October 2026',
    '1 September 2026',
    'Austria',
    'United States',
    'Processor',
    'Standard contractual clauses',
    'Data concerning health',
    'Received from third parties',
    'Form on our website',
    'Consent (Section 25(1) TDDDG)',
    'Explicit consent (Art. 9(2)(a) GDPR)',
  ];
  return { text, markers, germanOnly };
}

/** The names of the format's text fields that are given per language (TextSchema.translatable). */
function translatableKeys(schema: FieldSchema, name = '', keys = new Set<string>()): Set<string> {
  switch (schema.kind) {
    case 'text':
      if (schema.translatable && name) keys.add(name);
      break;
    case 'object':
      for (const [field, sub] of Object.entries(schema.fields)) translatableKeys(sub, field, keys);
      break;
    case 'definitions':
      translatableKeys(schema.entry, name, keys);
      break;
    case 'list':
      translatableKeys(schema.item, name, keys);
      break;
  }
  return keys;
}

/** Every field of the format, as dotted paths (`categories.*.retention`, `clauses[].with`). */
export function fieldPaths(schema: FieldSchema = policySchema, prefix = ''): string[] {
  switch (schema.kind) {
    case 'object':
      return Object.entries(schema.fields).flatMap(([name, field]) => {
        const path = prefix ? `${prefix}.${name}` : name;
        return [path, ...fieldPaths(field, path)];
      });
    case 'definitions':
      return fieldPaths(schema.entry, `${prefix}.*`);
    case 'list':
      return schema.item.kind === 'object' ? fieldPaths(schema.item, `${prefix}[]`) : [];
    default:
      return [];
  }
}
