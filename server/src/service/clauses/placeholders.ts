/**
 * Which policy data each placeholder name reads. Clause texts write `{{controller.name}}`; `{{with.<param>}}`
 * reads a value the clause item supplies under `with:`; `{{category.title}}` and `{{recipient.title}}` read the
 * data category or recipient the clause item names. A placeholder whose data the policy does not give is
 * missing: the clause shows a marked gap there, and the check `clause-inputs-missing` names it.
 *
 * There are no placeholders for what a page section states from the data (the purposes with their bases, the
 * recipients, retention periods, cookies ...): the section states it once, and a clause that stands in it
 * explains, or writes `{{section.facts}}` where those facts go.
 */
import type { Bilingual } from '../l10n/messages';
import type {
  AddressFields,
  Category,
  ObjectValue,
  PersonFields,
  PolicyModel,
  Recipient,
  TextMapValue,
} from '../model/model';
import { germanFormat, textOf, type PolicyFormat } from './policyFormat';

export interface PlaceholderValue {
  readonly kind: 'text';
  readonly text: string;
}

/** What a clause item's placeholders may read besides the policy: its `with:` values and the entry it names. */
export interface PlaceholderScope {
  readonly params?: TextMapValue;
  readonly category?: Category;
  readonly recipient?: Recipient;
}

export interface PlaceholderDefinition {
  readonly name: string;
  /** What the placeholder stands for, in the author's language; also the words of the gap marker. */
  readonly doc: Bilingual;
  /** Where the author supplies it, e.g. `controller.email`. */
  readonly source: string;
  read(model: PolicyModel, scope: PlaceholderScope, format: PolicyFormat): PlaceholderValue | undefined;
}

/** The prefix of placeholders whose values the clause item supplies under `with:`. */
export const WITH_PREFIX = 'with.';

/** Where the facts of the section a clause stands in go (see ClausePlacement); not a value. */
export const SECTION_FACTS = 'section.facts';

const value = (text: string | undefined): PlaceholderValue | undefined => (text ? { kind: 'text', text } : undefined);

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
      read: (m, _scope, format) => value(format.address(read(m)?.fields.address)),
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
  return (model: PolicyModel, _scope: PlaceholderScope, format: PolicyFormat) => value(format.address(read(model)));
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
    read: (m, _scope, format) => value(format.words(metaOf(m)?.title)),
  },
  {
    name: 'policy.effective',
    doc: { de: 'Stand (Datum des Inkrafttretens)', en: 'Effective date' },
    source: 'policy.effective',
    read: (m, _scope, format) => value(dateOf(metaOf(m)?.effective, format)),
  },
  {
    name: 'policy.published',
    doc: { de: 'Datum der Veröffentlichung', en: 'Publication date' },
    source: 'policy.published',
    read: (m, _scope, format) => value(dateOf(metaOf(m)?.published, format)),
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
    name: 'category.title',
    doc: { de: 'Bezeichnung der Datenkategorie des Bausteins', en: "Name of the clause's data category" },
    source: 'category: (am Baustein)',
    read: (_m, scope, format) => value(scope.category && format.title(scope.category)),
  },
  {
    name: 'recipient.title',
    doc: { de: 'Name des Empfängers des Bausteins', en: "Name of the clause's recipient" },
    source: 'recipient: (am Baustein)',
    read: (_m, scope, format) => value(scope.recipient && format.title(scope.recipient)),
  },
  {
    name: 'automated.description',
    doc: { de: 'Welche Entscheidungen automatisiert fallen', en: 'Which decisions are automated' },
    source: 'automatedDecisions.description',
    read: (m, _scope, format) => value(format.words(firstDecision(m)?.fields.description)),
  },
  {
    name: 'automated.logic',
    doc: { de: 'Die involvierte Logik', en: 'The logic involved' },
    source: 'automatedDecisions.logic',
    read: (m, _scope, format) => value(format.words(firstDecision(m)?.fields.logic)),
  },
  {
    name: 'automated.consequences',
    doc: { de: 'Tragweite und Auswirkungen für die Person', en: 'Significance and consequences for the person' },
    source: 'automatedDecisions.consequences',
    read: (m, _scope, format) => value(format.words(firstDecision(m)?.fields.consequences)),
  },
];

/** The first automated decision: a clause about Art. 22 names one; the page lists them all. */
function firstDecision(model: PolicyModel) {
  const decisions = model.root.fields.automatedDecisions;
  return decisions?.kind === 'list' ? decisions.items[0] : undefined;
}

const byName = new Map(definitions.map((definition) => [definition.name, definition]));

/** Every placeholder a clause text may use, apart from `with.<param>` and `section.facts`. */
export function placeholderDefinitions(): readonly PlaceholderDefinition[] {
  return definitions;
}

export function isKnownPlaceholder(name: string): boolean {
  return (
    byName.has(name) || name === SECTION_FACTS || (name.startsWith(WITH_PREFIX) && name.length > WITH_PREFIX.length)
  );
}

/** The names of the values a clause reads from its item's `with:` (`with.provider` -> `provider`). */
export function withParams(inputs: readonly string[]): string[] {
  return inputs.filter((name) => name.startsWith(WITH_PREFIX)).map((name) => name.slice(WITH_PREFIX.length));
}

/** What a placeholder stands for, in the author's language. */
export function describePlaceholder(name: string): Bilingual {
  const definition = byName.get(name);
  if (definition) return definition.doc;
  if (name === SECTION_FACTS) return { de: 'die Angaben des Abschnitts', en: "the section's facts" };
  if (name.startsWith(WITH_PREFIX)) {
    const param = name.slice(WITH_PREFIX.length);
    return { de: `Wert „${param}“ unter with:`, en: `value "${param}" under with:` };
  }
  return { de: `unbekannter Platzhalter „${name}“`, en: `unknown placeholder "${name}"` };
}

/** The value of a placeholder in a policy, for a clause item's scope; `section.facts` has no value of its own. */
export function readPlaceholder(
  name: string,
  model: PolicyModel,
  scope: PlaceholderScope = {},
  format: PolicyFormat = germanFormat,
): PlaceholderValue | undefined {
  if (name.startsWith(WITH_PREFIX)) {
    const param = name.slice(WITH_PREFIX.length);
    return value(format.words(scope.params?.entries.find((entry) => entry.key === param)?.value));
  }
  return byName.get(name)?.read(model, scope, format);
}

function dateOf(date: { text: string } | undefined, format: PolicyFormat): string | undefined {
  return date?.text.trim() ? format.date(date.text.trim()) : undefined;
}
