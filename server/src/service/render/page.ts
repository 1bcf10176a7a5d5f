/**
 * The published page as a structure, before it is written out: HTML for the preview, the standalone page and
 * the embeddable fragment, or Markdown. Every output writes the same sections in the same order.
 */
import type { GapKind } from '../clauses/boundText';
import type { PageLanguage } from '../clauses/policyLanguages';

export type Inline =
  | string
  | { readonly kind: 'link'; readonly href: string; readonly text: string }
  /** A link to another place on the page. */
  | { readonly kind: 'ref'; readonly target: string; readonly text: string }
  | { readonly kind: 'strong'; readonly content: readonly Inline[] }
  /** Something the reader would miss: marked where it stands in the preview and in a draft. */
  | {
      readonly kind: 'gap';
      readonly id: string;
      readonly gap: GapKind;
      readonly label: string;
      readonly line?: number;
    };

export type Line = readonly Inline[];

export type Block =
  | { readonly kind: 'paragraph'; readonly lines: readonly Line[]; readonly line?: number }
  | { readonly kind: 'list'; readonly items: readonly (readonly Line[])[]; readonly line?: number }
  /** Terms and what the policy says of each (data, purposes, retention ...). */
  | { readonly kind: 'facts'; readonly rows: readonly FactRow[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly TableRow[] }
  /** A part of a section with its own heading and anchor: a processing activity, a recipient, a right. */
  | {
      readonly kind: 'part';
      readonly id: string;
      readonly title: string;
      readonly blocks: readonly Block[];
      readonly line?: number;
      /** Shown apart from the rest (Art. 21(4) GDPR wants the right to object so). */
      readonly apart?: boolean;
    };

export interface FactRow {
  readonly term: string;
  readonly content: readonly Block[];
  readonly line?: number;
}

export interface TableRow {
  readonly cells: readonly (readonly Line[])[];
  readonly line?: number;
}

export interface PageSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  readonly line?: number;
}

/** A gap as listed above the policy in the preview and in a draft. */
export interface RenderedGap {
  readonly id: string;
  readonly kind: GapKind;
  readonly label: string;
  /** Where in the policy, e.g. the data category's title. */
  readonly where?: string;
  /** 0-based source line, when the gap belongs to a place in the file. */
  readonly line?: number;
  /** Listed only, with no mark in the text: a text not yet translated stands there as written. */
  readonly unmarked?: boolean;
}

export interface Page {
  readonly language: PageLanguage;
  readonly title: string;
  /** The line under the title: effective date, publication date, version. */
  readonly stand: Line;
  readonly standLine?: number;
  readonly titleLine?: number;
  readonly sections: readonly PageSection[];
  readonly gaps: readonly RenderedGap[];
}

/** A paragraph of one line. */
export function paragraph(...inlines: Inline[]): Block {
  return { kind: 'paragraph', lines: [inlines] };
}
