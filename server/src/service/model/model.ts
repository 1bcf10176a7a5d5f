import type { ScalarStyle } from '../syntax/syntaxTree';
import type { DefinitionKind, FieldSchema } from '../schema/schemaTypes';
import type { Finding } from './finding';
import type { Span } from '../text/positions';

export interface TextValue {
  readonly kind: 'text';
  /** What the author wrote, unquoted: the words the reader will see. */
  readonly text: string;
  readonly span: Span;
  readonly style: ScalarStyle;
  /**
   * A text written in several languages (`de: …` / `en: …`): each language's text, in the order written.
   * `text`, `span` and `style` are then those of the German text, or of the first when there is no German.
   */
  readonly translations?: Translations;
}

export interface Translations {
  /** The map of languages as a whole. */
  readonly span: Span;
  readonly entries: readonly Translation[];
}

export interface Translation {
  readonly language: string;
  readonly keySpan: Span;
  readonly value: TextValue;
}

export interface EnumValue {
  readonly kind: 'enum';
  readonly value: string;
  readonly span: Span;
  /** False when the value is not one of the schema's choices (already reported). */
  readonly valid: boolean;
}

export interface BoolValue {
  readonly kind: 'bool';
  readonly value: boolean;
  readonly span: Span;
}

/** A use of an id defined in `purposes`, `recipients` or `categories`. */
export interface RefValue {
  readonly kind: 'ref';
  readonly id: string;
  readonly span: Span;
  readonly target: DefinitionKind;
}

/** The explicit `none` of `recipients: none`. */
export interface NoneValue {
  readonly kind: 'none';
  readonly span: Span;
}

export interface LibraryRefValue {
  readonly kind: 'libraryRef';
  readonly id: string;
  readonly span: Span;
}

export interface ListValue<T extends BoundValue = BoundValue> {
  readonly kind: 'list';
  readonly items: readonly T[];
  readonly span: Span;
  readonly flow: boolean;
  /** One item written without a list, where the format allows it (`special: health`). */
  readonly single?: boolean;
}

export interface TextMapEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: TextValue | undefined;
}

export interface TextMapValue {
  readonly kind: 'textMap';
  readonly entries: readonly TextMapEntry[];
  readonly span: Span;
}

export interface ObjectValue<F = Record<string, BoundValue>> {
  readonly kind: 'object';
  readonly span: Span;
  /** Where each key the author wrote stands, including keys whose value is empty. */
  readonly keys: Readonly<Partial<Record<keyof F & string, Span>>>;
  readonly fields: Readonly<Partial<F>>;
  /** Where the object is named: its section key, its id, or its list item dash. */
  readonly ownerSpan: Span;
}

export interface Definition<F = Record<string, BoundValue>> {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly idSpan: Span;
  /** From the id to the end of the entry. */
  readonly span: Span;
  readonly value: ObjectValue<F> | undefined;
}

export interface DefinitionsValue<F = Record<string, BoundValue>> {
  readonly kind: 'definitions';
  readonly span: Span;
  readonly entries: readonly Definition<F>[];
}

export type BoundValue =
  | TextValue
  | EnumValue
  | BoolValue
  | RefValue
  | NoneValue
  | LibraryRefValue
  | ListValue
  | TextMapValue
  | ObjectValue
  | DefinitionsValue;

// The shapes of the sections, as policySchema.ts describes them.

export interface AddressFields {
  street: TextValue;
  postalCode: TextValue;
  city: TextValue;
  country: TextValue;
  state: EnumValue;
}

export interface PersonFields {
  name: TextValue;
  address: ObjectValue<AddressFields>;
  email: TextValue;
  phone: TextValue;
}

export interface PolicyMetaFields {
  title: TextValue;
  language: EnumValue;
  languages: ListValue<EnumValue>;
  published: TextValue;
  effective: TextValue;
  version: TextValue;
  url: TextValue;
  notification: TextValue;
}

export interface ControllerFields {
  name: TextValue;
  address: ObjectValue<AddressFields>;
  email: TextValue;
  phone: TextValue;
  website: TextValue;
  sector: EnumValue;
  representative: ObjectValue<PersonFields>;
  dpo: ObjectValue<PersonFields>;
}

export interface PurposeFields {
  title: TextValue;
  description: TextValue;
  legalBasis: ListValue<EnumValue>;
  legitimateInterest: TextValue;
  kind: EnumValue;
  law: TextValue;
}

export interface RecipientFields {
  title: TextValue;
  description: TextValue;
  role: EnumValue;
  kind: EnumValue;
  country: ListValue<TextValue>;
  safeguard: ListValue<EnumValue>;
  arrangement: TextValue;
}

export interface CategoryFields {
  title: TextValue;
  description: TextValue;
  data: ListValue<TextValue>;
  channels: ListValue<EnumValue>;
  purposes: ListValue<RefValue>;
  recipients: ListValue<RefValue> | NoneValue;
  retention: TextValue;
  origin: EnumValue;
  source: TextValue;
  special: ListValue<EnumValue>;
  obligation: TextValue;
}

export interface TransferFields {
  country: TextValue;
  recipients: ListValue<RefValue>;
  categories: ListValue<RefValue>;
  safeguard: ListValue<EnumValue>;
  description: TextValue;
}

export interface CookieFields {
  name: TextValue;
  provider: TextValue;
  purposes: ListValue<RefValue>;
  duration: TextValue;
  basis: EnumValue;
  description: TextValue;
}

export interface ClauseFields {
  use: LibraryRefValue;
  with: TextMapValue;
  category: RefValue;
  recipient: RefValue;
  section: EnumValue;
  replaces: EnumValue;
  title: TextValue;
  text: TextValue;
}

export interface AuthorityFields {
  name: TextValue;
  address: ObjectValue<AddressFields>;
  email: TextValue;
  phone: TextValue;
  url: TextValue;
  residence: BoolValue;
}

export interface AutomatedDecisionFields {
  description: TextValue;
  logic: TextValue;
  consequences: TextValue;
  exception: EnumValue;
  law: TextValue;
}

export interface ChildrenFields {
  addressed: BoolValue;
  minimumAge: TextValue;
  parentalConsent: TextValue;
  ageCheck: TextValue;
}

export interface ChangeHistoryFields {
  version: TextValue;
  date: TextValue;
  notice: TextValue;
}

export interface PolicyFields {
  policy: ObjectValue<PolicyMetaFields>;
  controller: ObjectValue<ControllerFields>;
  purposes: DefinitionsValue<PurposeFields>;
  recipients: DefinitionsValue<RecipientFields>;
  categories: DefinitionsValue<CategoryFields>;
  transfers: ListValue<ObjectValue<TransferFields>>;
  rights: ListValue<EnumValue>;
  supervisoryAuthority: ObjectValue<AuthorityFields>;
  cookies: ListValue<ObjectValue<CookieFields>>;
  automatedDecisions: ListValue<ObjectValue<AutomatedDecisionFields>>;
  children: ObjectValue<ChildrenFields>;
  clauses: ListValue<ObjectValue<ClauseFields>>;
  changeHistory: ListValue<ObjectValue<ChangeHistoryFields>>;
}

export type Purpose = Definition<PurposeFields>;
export type Recipient = Definition<RecipientFields>;
export type Category = Definition<CategoryFields>;

/** A top-level section as it stands in the file. */
export interface SectionInfo {
  readonly name: string;
  readonly keySpan: Span;
  /** From the key to the end of the section's last entry. */
  readonly span: Span;
  readonly schema: FieldSchema | undefined;
}

/** Everything the checks, the editor features and the renderer know about one version of a policy. */
export interface PolicyModel {
  readonly root: ObjectValue<PolicyFields>;
  readonly sections: readonly SectionInfo[];
  readonly purposes: readonly Purpose[];
  readonly recipients: readonly Recipient[];
  readonly categories: readonly Category[];
  /** The first definition of each id, by section. */
  readonly definitions: Readonly<Record<DefinitionKind, ReadonlyMap<string, Definition>>>;
  /** Every reference to a definition, in document order. */
  readonly references: readonly RefValue[];
  /** What the structure check found while the model was built. */
  readonly findings: readonly Finding[];
  /** Offset of the first CR that is not part of a CRLF, if any (known from reading the text). */
  readonly loneCarriageReturn?: number;
}
