import type { Span } from '../text/positions';
import type { DefinitionKind } from '../schema/schemaTypes';

/**
 * What a quick fix needs to repair a finding, as plain data: it travels to the editor in the diagnostic's
 * `data` and back. Offsets refer to the document version the finding was made for; the code actions only use
 * them for that version. The core checks and the binder use the older, looser shapes at the end.
 */
export type FixData =
  | InsertKeysFix
  | AddItemFix
  | SetSectionFix
  | { readonly replace: Span; readonly with: string; readonly safe?: boolean }
  | { readonly insertText: number; readonly text: string; readonly safe?: boolean }
  | { readonly deleteSpan: Span }
  | { readonly addRight: string }
  | { readonly addSection: string; readonly rights?: readonly string[] }
  /** Writes a text per language, adding `translate:` with the placeholder; a text written once is `primary`'s. */
  | { readonly translate: string; readonly placeholder: string; readonly primary: string }
  // core checks and binder
  /** `suggestion`: a defined id the reference most likely meant (the message names it, the first fix puts it in). */
  | { readonly define: DefinitionKind; readonly id: string; readonly suggestion?: string }
  | { readonly category: string; readonly add: 'purposes' | 'recipients' }
  | { readonly swapDates: true }
  | { readonly replaceWith: string }
  | { readonly quote: true };

/** A key to add to a map, with nested keys for a map value. */
export interface KeyStub {
  readonly key: string;
  /** Written after `key: `; nothing for an empty value. */
  readonly value?: string;
  readonly children?: readonly KeyStub[];
}

/** Adds keys to the map that `owner` names (its key, id or list dash), after the map's last line. */
export interface InsertKeysFix {
  readonly insertKeys: {
    readonly owner: Span;
    /** The map's span, when it has one. */
    readonly map?: Span;
    /** A key already in the map, whose indentation the new keys take. */
    readonly sibling?: Span;
    readonly keys: readonly KeyStub[];
  };
}

/** Adds a value to a list that may be written flow, block or as a single item (`special: health`). */
export interface AddItemFix {
  readonly addItem: {
    /** The list's span: `[a, b]`, the block items, or the single item. */
    readonly list: Span;
    readonly flow: boolean;
    readonly single: boolean;
    /** The items' spans, in order. */
    readonly items: readonly Span[];
    readonly value: string;
  };
}

/** Writes a whole top-level section: replaces it when it is there, adds it at its place when it is not. */
export interface SetSectionFix {
  readonly setSection: {
    readonly name: string;
    readonly keys: readonly KeyStub[];
    /** A line for the quick fix's title ("Bayerisches Landesamt für Datenschutzaufsicht"). */
    readonly label: string;
  };
}
