/**
 * Which policy data each placeholder name reads. Clause texts write `{{controller.name}}`; `{{with.<param>}}`
 * reads a value the clause item supplies under `with:`. A placeholder whose data the policy does not give is
 * missing: the clause shows a marked gap there, and the check `clause-inputs-missing` names it.
 */
import type { Bilingual } from '../l10n/messages';
import type { AddressFields, Category, ObjectValue, PersonFields, PolicyModel, TextMapValue } from '../model/model';
import { adequateCountries, eeaCountries } from '../schema/countries';
import { cookieBases, legalBases, origins, recipientRoles, safeguards } from '../schema/vocabulary';
import { gap, gapLabels, text, type Piece } from './boundText';
import { germanAddress, germanCountry, germanDate, germanLabel, textOf, titleOf } from './germanFormat';

export type PlaceholderValue =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly (readonly Piece[])[] };

export interface PlaceholderDefinition {
  readonly name: string;
  /** What the placeholder stands for, in the author's language; also the words of the gap marker. */
  readonly doc: Bilingual;
  /** Where the author supplies it, e.g. `controller.email`. */
  readonly source: string;
  read(model: PolicyModel): PlaceholderValue | undefined;
}

/** The prefix of placeholders whose values the clause item supplies under `with:`. */
export const WITH_PREFIX = 'with.';

const value = (text: string | undefined): PlaceholderValue | undefined => (text ? { kind: 'text', text } : undefined);
const list = (items: Piece[][]): PlaceholderValue | undefined => (items.length ? { kind: 'list', items } : undefined);

const controllerOf = (model: PolicyModel) => model.root.fields.controller?.fields;
const authorityOf = (model: PolicyModel) => model.root.fields.supervisoryAuthority?.fields;
const metaOf = (model: PolicyModel) => model.root.fields.policy?.fields;

function person(
  prefix: 'representative' | 'dpo',
  de: string,
  en: string,
  read: (model: PolicyModel) => ObjectValue<PersonFields> | undefined,
): PlaceholderDefinition[] {
  return [
    {
      name: `${prefix}.name`,
      doc: { de: `Name ${de}`, en: `Name of ${en}` },
      source: `controller.${prefix}.name`,
      read: (m) => value(textOf(read(m)?.fields.name)),
    },
    {
      name: `${prefix}.address`,
      doc: { de: `Anschrift ${de}`, en: `Address of ${en}` },
      source: `controller.${prefix}.address`,
      read: (m) => value(germanAddress(read(m)?.fields.address)),
    },
    {
      name: `${prefix}.email`,
      doc: { de: `E-Mail-Adresse ${de}`, en: `E-mail address of ${en}` },
      source: `controller.${prefix}.email`,
      read: (m) => value(textOf(read(m)?.fields.email)),
    },
    {
      name: `${prefix}.phone`,
      doc: { de: `Telefonnummer ${de}`, en: `Phone number of ${en}` },
      source: `controller.${prefix}.phone`,
      read: (m) => value(textOf(read(m)?.fields.phone)),
    },
  ];
}

function address(read: (model: PolicyModel) => ObjectValue<AddressFields> | undefined) {
  return (model: PolicyModel) => value(germanAddress(read(model)));
}

const definitions: PlaceholderDefinition[] = [
  {
    name: 'controller.name',
    doc: { de: 'Name des Verantwortlichen', en: "The controller's name" },
    source: 'controller.name',
    read: (m) => value(textOf(controllerOf(m)?.name)),
  },
  {
    name: 'controller.address',
    doc: { de: 'Anschrift des Verantwortlichen', en: "The controller's postal address" },
    source: 'controller.address',
    read: address((m) => controllerOf(m)?.address),
  },
  {
    name: 'controller.email',
    doc: { de: 'E-Mail-Adresse des Verantwortlichen', en: "The controller's e-mail address" },
    source: 'controller.email',
    read: (m) => value(textOf(controllerOf(m)?.email)),
  },
  {
    name: 'controller.phone',
    doc: { de: 'Telefonnummer des Verantwortlichen', en: "The controller's phone number" },
    source: 'controller.phone',
    read: (m) => value(textOf(controllerOf(m)?.phone)),
  },
  {
    name: 'controller.website',
    doc: { de: 'Website des Verantwortlichen', en: "The controller's website" },
    source: 'controller.website',
    read: (m) => value(textOf(controllerOf(m)?.website)),
  },
  ...person(
    'representative',
    'des Vertreters in der Union',
    'the representative in the Union',
    (m) => controllerOf(m)?.representative,
  ),
  ...person('dpo', 'des Datenschutzbeauftragten', 'the data protection officer', (m) => controllerOf(m)?.dpo),
  {
    name: 'authority.name',
    doc: { de: 'Name der Aufsichtsbehörde', en: 'Name of the supervisory authority' },
    source: 'supervisoryAuthority.name',
    read: (m) => value(textOf(authorityOf(m)?.name)),
  },
  {
    name: 'authority.address',
    doc: { de: 'Anschrift der Aufsichtsbehörde', en: 'Address of the supervisory authority' },
    source: 'supervisoryAuthority.address',
    read: address((m) => authorityOf(m)?.address),
  },
  {
    name: 'authority.email',
    doc: { de: 'E-Mail-Adresse der Aufsichtsbehörde', en: 'E-mail address of the supervisory authority' },
    source: 'supervisoryAuthority.email',
    read: (m) => value(textOf(authorityOf(m)?.email)),
  },
  {
    name: 'authority.url',
    doc: { de: 'Website der Aufsichtsbehörde', en: 'Website of the supervisory authority' },
    source: 'supervisoryAuthority.url',
    read: (m) => value(textOf(authorityOf(m)?.url)),
  },
  {
    name: 'policy.title',
    doc: { de: 'Überschrift der Erklärung', en: 'Heading of the policy' },
    source: 'policy.title',
    read: (m) => value(textOf(metaOf(m)?.title)),
  },
  {
    name: 'policy.effective',
    doc: { de: 'Stand (Datum des Inkrafttretens)', en: 'Effective date' },
    source: 'policy.effective',
    read: (m) => value(dateOf(metaOf(m)?.effective)),
  },
  {
    name: 'policy.published',
    doc: { de: 'Datum der Veröffentlichung', en: 'Publication date' },
    source: 'policy.published',
    read: (m) => value(dateOf(metaOf(m)?.published)),
  },
  {
    name: 'policy.version',
    doc: { de: 'Versionsbezeichnung', en: 'Version label' },
    source: 'policy.version',
    read: (m) => value(textOf(metaOf(m)?.version)),
  },
  {
    name: 'policy.url',
    doc: { de: 'Adresse, unter der die Erklärung veröffentlicht ist', en: 'Address where the policy is published' },
    source: 'policy.url',
    read: (m) => value(textOf(metaOf(m)?.url)),
  },
  {
    name: 'purposes.legalBases',
    doc: { de: 'Die Zwecke mit ihren Rechtsgrundlagen', en: 'The purposes with their legal bases' },
    source: 'purposes',
    read: (m) => list(m.purposes.map((purpose) => purposeWithBases(purpose))),
  },
  {
    name: 'recipients.list',
    doc: { de: 'Die Empfänger', en: 'The recipients' },
    source: 'recipients',
    read: (m) =>
      list(
        m.recipients.map((recipient) => {
          const fields = recipient.value?.fields;
          const details = [
            fields?.role && germanLabel(fields.role, recipientRoles),
            fields?.country && germanCountry(fields.country.text),
          ].filter(Boolean);
          return [text(titleOf(recipient) + (details.length ? ` (${details.join(', ')})` : ''))];
        }),
      ),
  },
  {
    name: 'categories.retention',
    doc: { de: 'Die Speicherdauer je Datenkategorie', en: 'The retention period of each data category' },
    source: 'categories.*.retention',
    read: (m) =>
      list(m.categories.map((category) => labelled(category, textOf(category.value?.fields.retention), 'retention'))),
  },
  {
    name: 'categories.sources',
    doc: {
      de: 'Die Herkunft der Daten, die nicht bei der Person erhoben werden',
      en: 'Where data not collected from the person comes from',
    },
    source: 'categories.*.origin, categories.*.source',
    read: (m) =>
      list(m.categories.filter(isFromElsewhere).map((category) => labelled(category, sourceOf(category), 'source'))),
  },
  {
    name: 'transfers.list',
    doc: {
      de: 'Die Übermittlungen in Drittländer mit ihren Garantien',
      en: 'The transfers to third countries with their safeguards',
    },
    source: 'transfers, recipients.*.country',
    read: (m) => list(thirdCountryTransfers(m)),
  },
  {
    name: 'cookies.list',
    doc: { de: 'Die eingesetzten Cookies', en: 'The cookies in use' },
    source: 'cookies',
    read: (m) =>
      list(
        (m.root.fields.cookies?.items ?? []).map((cookie) => {
          const fields = cookie.fields;
          const head = [textOf(fields.name) ?? '?', fields.provider && `(${fields.provider.text})`]
            .filter(Boolean)
            .join(' ');
          const details = [textOf(fields.description), fields.duration && `Speicherdauer: ${fields.duration.text}`]
            .filter(Boolean)
            .join('; ');
          const basis = fields.basis
            ? text(germanLabel(fields.basis, cookieBases))
            : gap('cookie-basis', gapLabels['cookie-basis']);
          return [text(`${head}: ${details ? `${details}; ` : ''}`), basis];
        }),
      ),
  },
  {
    name: 'automated.description',
    doc: { de: 'Welche Entscheidungen automatisiert fallen', en: 'Which decisions are automated' },
    source: 'automatedDecisions.description',
    read: (m) => value(textOf(m.root.fields.automatedDecisions?.fields.description)),
  },
  {
    name: 'automated.logic',
    doc: { de: 'Die involvierte Logik', en: 'The logic involved' },
    source: 'automatedDecisions.logic',
    read: (m) => value(textOf(m.root.fields.automatedDecisions?.fields.logic)),
  },
  {
    name: 'automated.consequences',
    doc: { de: 'Tragweite und Auswirkungen für die Person', en: 'Significance and consequences for the person' },
    source: 'automatedDecisions.consequences',
    read: (m) => value(textOf(m.root.fields.automatedDecisions?.fields.consequences)),
  },
];

const byName = new Map(definitions.map((definition) => [definition.name, definition]));

/** Every placeholder a clause text may use, apart from `with.<param>`. */
export function placeholderDefinitions(): readonly PlaceholderDefinition[] {
  return definitions;
}

export function isKnownPlaceholder(name: string): boolean {
  return byName.has(name) || (name.startsWith(WITH_PREFIX) && name.length > WITH_PREFIX.length);
}

/** The names of the values a clause reads from its item's `with:` (`with.provider` -> `provider`). */
export function withParams(inputs: readonly string[]): string[] {
  return inputs.filter((name) => name.startsWith(WITH_PREFIX)).map((name) => name.slice(WITH_PREFIX.length));
}

/** What a placeholder stands for, in the author's language. */
export function describePlaceholder(name: string): Bilingual {
  const definition = byName.get(name);
  if (definition) return definition.doc;
  if (name.startsWith(WITH_PREFIX)) {
    const param = name.slice(WITH_PREFIX.length);
    return { de: `Wert „${param}“ unter with:`, en: `value "${param}" under with:` };
  }
  return { de: `unbekannter Platzhalter „${name}“`, en: `unknown placeholder "${name}"` };
}

/** The value of a placeholder in a policy; `params` are the clause item's `with:` values. */
export function readPlaceholder(
  name: string,
  model: PolicyModel,
  params: TextMapValue | undefined,
): PlaceholderValue | undefined {
  if (name.startsWith(WITH_PREFIX)) {
    const param = name.slice(WITH_PREFIX.length);
    return value(textOf(params?.entries.find((entry) => entry.key === param)?.value));
  }
  return byName.get(name)?.read(model);
}

function dateOf(date: { text: string } | undefined): string | undefined {
  return date?.text.trim() ? germanDate(date.text.trim()) : undefined;
}

function purposeWithBases(purpose: PolicyModel['purposes'][number]): Piece[] {
  const fields = purpose.value?.fields;
  const bases = fields?.legalBasis?.items ?? [];
  const pieces: Piece[] = [text(`${titleOf(purpose)}: `)];
  pieces.push(
    bases.length
      ? text(bases.map((basis) => germanLabel(basis, legalBases)).join('; '))
      : gap('legal-basis', gapLabels['legal-basis']),
  );
  if (bases.some((basis) => basis.value === 'art6-1-f')) {
    const interest = textOf(fields?.legitimateInterest);
    pieces.push(
      text(' – berechtigtes Interesse: '),
      interest ? text(interest) : gap('legitimate-interest', gapLabels['legitimate-interest']),
    );
  }
  return pieces;
}

function labelled(category: Category, detail: string | undefined, missing: 'retention' | 'source'): Piece[] {
  return [text(`${titleOf(category)}: `), detail ? text(detail) : gap(missing, gapLabels[missing])];
}

export function isFromElsewhere(category: Category): boolean {
  const fields = category.value?.fields;
  return Boolean(fields?.source) || (fields?.origin !== undefined && fields.origin.value !== 'data-subject');
}

/** The source the author names, else the kind of origin; undefined when data from third parties has no source. */
export function sourceOf(category: Category): string | undefined {
  const fields = category.value?.fields;
  const source = textOf(fields?.source);
  if (source) return source;
  if (!fields?.origin || fields.origin.value === 'third-party') return undefined;
  return germanLabel(fields.origin, origins);
}

/** Whether data may go to a country without a safeguard: inside the EEA, or with an adequacy decision. */
function needsSafeguard(country: string): boolean {
  return !eeaCountries.has(country) && !adequateCountries.has(country);
}

/** One line per transfer out of the EEA: stated transfers, then recipients abroad that no transfer names. */
export function thirdCountryTransfers(model: PolicyModel): Piece[][] {
  const items: Piece[][] = [];
  const covered = new Set<string>();
  const recipientTitle = (id: string) => {
    const recipient = model.definitions.recipients.get(id);
    return recipient ? titleOf(recipient) : id;
  };
  for (const transfer of model.root.fields.transfers?.items ?? []) {
    const fields = transfer.fields;
    const country = textOf(fields.country);
    if (!country) continue;
    const names = (fields.recipients?.items ?? []).map((ref) => {
      covered.add(`${ref.id}|${country}`);
      return recipientTitle(ref.id);
    });
    items.push(transferLine(country, names, fields.safeguard && germanLabel(fields.safeguard, safeguards)));
  }
  for (const recipient of model.recipients) {
    const fields = recipient.value?.fields;
    const country = textOf(fields?.country);
    if (!country || eeaCountries.has(country) || covered.has(`${recipient.id}|${country}`)) continue;
    items.push(
      transferLine(country, [titleOf(recipient)], fields?.safeguard && germanLabel(fields.safeguard, safeguards)),
    );
  }
  return items;
}

const adequacyLabel = safeguards.find((choice) => choice.value === 'adequacy')!.label.de;

function transferLine(country: string, recipients: readonly string[], safeguard: string | undefined): Piece[] {
  const head = `${germanCountry(country)}${recipients.length ? ` (${recipients.join(', ')})` : ''}: `;
  if (safeguard) return [text(head + safeguard)];
  if (!needsSafeguard(country)) return [text(head + adequacyLabel)];
  return [text(head), gap('safeguard', gapLabels.safeguard)];
}
