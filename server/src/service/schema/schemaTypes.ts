/**
 * The vocabulary in which the policy format is described. One description drives validation (binder.ts),
 * completion, hover and the published JSON Schema (jsonSchema.ts), so they cannot disagree.
 */

import type { Bilingual } from '../l10n/messages';

export type { Bilingual };

/** The sections that hold definitions other parts of the policy refer to by id. */
export type DefinitionKind = 'purposes' | 'recipients' | 'categories';

export type TextFormat = 'date' | 'email' | 'country' | 'url' | 'phone';

interface Described {
  readonly doc: Bilingual;
  /** Shown in completion and hover as an example value. */
  readonly example?: string;
}

export interface TextSchema extends Described {
  readonly kind: 'text';
  readonly format?: TextFormat;
  /** Long prose: completion inserts a block scalar. */
  readonly prose?: boolean;
  /**
   * Words the reader reads, which a policy published in several languages gives in each (`de: …` / `en: …`).
   * Names, addresses, dates and codes are the same in every language.
   */
  readonly translatable?: boolean;
}

export interface EnumChoice {
  readonly value: string;
  /** How the choice reads in a rendered policy and in completion. */
  readonly label: Bilingual;
  readonly doc?: Bilingual;
}

export interface EnumSchema extends Described {
  readonly kind: 'enum';
  readonly choices: readonly EnumChoice[];
}

export interface BoolSchema extends Described {
  readonly kind: 'bool';
}

export interface ObjectSchema extends Described {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
}

/** A map from ids the author chooses to entries of one shape: `purposes`, `recipients`, `categories`. */
export interface DefinitionsSchema extends Described {
  readonly kind: 'definitions';
  readonly definitionKind: DefinitionKind;
  readonly entry: ObjectSchema;
}

export interface ListSchema extends Described {
  readonly kind: 'list';
  readonly item: FieldSchema;
  /** One item may stand alone, without a list: `special: health` as well as `special: [health, religious-beliefs]`. */
  readonly orSingle?: boolean;
}

/** A list of ids defined in another section; with `noneKeyword`, the word `none` says "explicitly none". */
export interface RefsSchema extends Described {
  readonly kind: 'refs';
  readonly target: DefinitionKind;
  readonly noneKeyword?: boolean;
}

/** One id defined in another section: `category: server-logs`. */
export interface RefSchema extends Described {
  readonly kind: 'ref';
  readonly target: DefinitionKind;
}

/** The id of a clause in the clause library. */
export interface LibraryRefSchema extends Described {
  readonly kind: 'libraryRef';
}

/** Free-form parameters: any key, a text value. */
export interface TextMapSchema extends Described {
  readonly kind: 'textMap';
}

export type FieldSchema =
  | TextSchema
  | EnumSchema
  | BoolSchema
  | ObjectSchema
  | DefinitionsSchema
  | ListSchema
  | RefsSchema
  | RefSchema
  | LibraryRefSchema
  | TextMapSchema;
