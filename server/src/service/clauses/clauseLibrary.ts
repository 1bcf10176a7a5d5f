import type { Bilingual } from '../l10n/messages';
import type { PageLanguage } from './policyLanguages';

/** Where a clause belongs in a policy; completion groups and orders the library by it. */
export type ClauseGroup = 'overview' | 'legal' | 'rights' | 'website' | 'services';

/** The sections of the published page (schema/vocabulary.ts `pageSections`, in that order). */
export type SectionId =
  | 'overview'
  | 'controller'
  | 'representative'
  | 'dpo'
  | 'processing'
  | 'recipients'
  | 'transfers'
  | 'cookies'
  | 'automated-decisions'
  | 'children'
  | 'rights'
  | 'complaint'
  | 'security'
  | 'changes';

/** The rights a policy can list (schema/vocabulary.ts `rights`). */
export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'objection'
  | 'withdrawal'
  | 'automated-decision'
  | 'complaint';

/**
 * Where a library clause stands on the page. A section is made from the data: an introduction and the facts
 * (addresses, lists, tables). A clause never restates those facts, so nothing is said twice:
 * - `intro`: the clause's text takes the place of the section's introduction; the facts follow, or stand where
 *   the text writes `{{section.facts}}`;
 * - `adds`: the text is added at the end of the section;
 * - `explains`: the text explains these rights in the rights section, in place of the short explanation;
 * - `category` / `recipient`: the text stands with the data category (`category:`) or the recipient
 *   (`recipient:`) the clause item names, above its facts.
 */
export type ClausePlacement =
  | { readonly kind: 'intro' | 'adds'; readonly section: SectionId }
  | { readonly kind: 'explains'; readonly rights: readonly RightId[] }
  | { readonly kind: 'category' }
  | { readonly kind: 'recipient' };

/**
 * A fact of the policy's data that a clause's text takes for granted. A clause whose conditions the data does
 * not meet would say something the policy's own data contradicts: it is left out of the page, and the check
 * `clause-condition` says which fact is missing.
 */
export type ClauseCondition =
  /** Some purpose (of the policy, or of the clause's data category) rests on one of these legal bases. */
  | { readonly kind: 'basis'; readonly bases: readonly string[]; readonly of: 'policy' | 'category' }
  /** The policy lists this right. */
  | { readonly kind: 'right'; readonly right: RightId }
  /** The policy gives this part of its data. */
  | {
      readonly kind: 'data';
      readonly part: 'representative' | 'dpo' | 'automatedDecisions' | 'cookies' | 'supervisoryAuthority';
    }
  /** Some recipient (or the clause's recipient) has this role. */
  | { readonly kind: 'role'; readonly roles: readonly string[]; readonly of: 'policy' | 'recipient' }
  /** Data goes to a country outside the EEA. */
  | { readonly kind: 'thirdCountry' }
  /** The clause's data category reaches us through one of these channels. */
  | { readonly kind: 'channel'; readonly channels: readonly string[] }
  /** The clause's data category is generated during use (server logs, usage data). */
  | { readonly kind: 'generated' }
  /** Some data category comes from somewhere other than the person (Art. 14). */
  | { readonly kind: 'fromElsewhere' }
  /** Some data category says whether providing it is required (Art. 13(2)(e)). */
  | { readonly kind: 'obligation' }
  /** Some cookie has this basis. */
  | { readonly kind: 'cookieBasis'; readonly basis: 'essential' | 'consent' }
  /** The policy is published at an https address. */
  | { readonly kind: 'https' };

/** A clause of the library: German text with placeholders filled from the policy's own data. */
export interface LibraryClause {
  readonly id: string;
  /** German heading, as the reader sees it where the clause stands as a heading of its own. */
  readonly title: string;
  /**
   * German text; `{{name}}` marks a placeholder (see placeholders.ts for the names). Paragraphs are separated
   * by a blank line; a single line break stays a line break. A paragraph that is only a list placeholder
   * becomes a bulleted list.
   */
  readonly text: string;
  /** The placeholders the text needs, in order of first use (derived from the text by `defineClause`). */
  readonly inputs: readonly string[];
  /** The provisions the clause serves, e.g. "Art. 13 Abs. 1 lit. a DSGVO". */
  readonly articles: readonly string[];
  /** What the clause says, in a sentence, for completion and hover. */
  readonly summary?: Bilingual;
  readonly group?: ClauseGroup;
  readonly placement: ClausePlacement;
  readonly conditions?: readonly ClauseCondition[];
  /**
   * Legal bases the text names as law, not as a fact of this policy ("if we process on Art. 6(1)(f), you may
   * object"). Every other legal basis the text names must be a condition (checked by a unit test).
   */
  readonly citesAsLaw?: readonly string[];
  /** The clause in English, with the same placeholders and citations (held to it by a unit test). */
  readonly en?: ClauseWording;
}

/** A clause's heading and text in one language. */
export interface ClauseWording {
  readonly title: string;
  readonly text: string;
}

/** A clause's heading and text in a language; undefined when the clause has no wording in it. */
export function clauseWording(clause: LibraryClause, language: PageLanguage): ClauseWording | undefined {
  return language === 'de' ? clause : clause.en;
}

export interface ClauseLibrary {
  get(id: string): LibraryClause | undefined;
  all(): readonly LibraryClause[];
}

export function createClauseLibrary(clauses: readonly LibraryClause[]): ClauseLibrary {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  return { get: (id) => byId.get(id), all: () => clauses };
}

const placeholderPattern = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}/gu;

/** The placeholder names of a text, each once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(placeholderPattern)) names.add(match[1]);
  return [...names];
}

/** A text cut at its placeholders: literal text and placeholder names alternate. */
export function splitPlaceholders(text: string): Array<{ readonly text: string } | { readonly placeholder: string }> {
  const parts: Array<{ text: string } | { placeholder: string }> = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** A library clause whose inputs are read from its text, so the two cannot disagree. */
export function defineClause(clause: Omit<LibraryClause, 'inputs'>): LibraryClause {
  return { ...clause, inputs: placeholdersIn(clause.text) };
}
