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
  email: mk-controller-email@beispiel.example
  phone: "MK-controller-phone"
  website: https://mk-controller-website.example
  representative:
    name: MK-representative-name
    address:
      street: MK-representative-street
      postalCode: "MK-representative-postalCode"
      city: MK-representative-city
      country: AT
    email: mk-representative-email@beispiel.example
    phone: "MK-representative-phone"
  dpo:
    name: MK-dpo-name
    address:
      street: MK-dpo-street
      postalCode: "MK-dpo-postalCode"
      city: MK-dpo-city
      country: DE
    email: mk-dpo-email@beispiel.example
    phone: "MK-dpo-phone"
purposes:
  vertrag:
    title: MK-purpose-title
    description: MK-purpose-description
    legalBasis: [art6-1-b, art6-1-f, art9-2-h]
    legitimateInterest: MK-purpose-legitimateInterest
  einwilligung:
    title: MK-purpose2-title
    legalBasis: [art6-1-a, art9-2-a]
recipients:
  hoster:
    title: MK-recipient-title
    description: MK-recipient-description
    role: processor
    country: US
    safeguard: scc
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
    special: health
    obligation: MK-category-obligation
transfers:
  - country: US
    recipients: [hoster]
    categories: [kontakt]
    safeguard: scc
    description: MK-transfer-description
rights: [access, rectification, erasure, restriction, portability, objection, withdrawal, automated-decision, complaint]
supervisoryAuthority:
  name: MK-authority-name
  address:
    street: MK-authority-street
    postalCode: "MK-authority-postalCode"
    city: MK-authority-city
    country: DE
  email: mk-authority-email@beispiel.example
  phone: "MK-authority-phone"
  url: https://mk-authority-url.example
cookies:
  - name: MK-cookie-name
    provider: MK-cookie-provider
    purposes: [einwilligung]
    duration: MK-cookie-duration
    basis: consent
    description: MK-cookie-description
automatedDecisions:
  description: MK-automated-description
  logic: MK-automated-logic
  consequences: MK-automated-consequences
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
  );
  return { text, markers };
}

/**
 * The marker policy published in German and English: every text for readers (TextSchema.translatable) given in
 * both, the English one marked `EN-…` where the German is `MK-…`; the English markers are what the English page
 * must show, in English wording.
 */
export function bilingualMarkerPolicy(): { text: string; markers: string[]; germanOnly: string[] } {
  const translatable =
    /^(\s*(?:- )?(?:title|description|legitimateInterest|retention|source|obligation|duration|text|services|logic|consequences|notice): )(MK-[^\n]*)$/gm;
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
