import type { Bilingual } from '../l10n/messages';

/** Where a clause belongs in a policy; completion groups and orders the library by it. */
export type ClauseGroup = 'overview' | 'legal' | 'rights' | 'website' | 'services';

/** A clause of the library: German text with placeholders filled from the policy's own data. */
export interface LibraryClause {
  readonly id: string;
  /** German heading, as the reader sees it. */
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
  /** Shown apart from the rest (Art. 21 Abs. 4 DSGVO wants the right to object presented separately). */
  readonly setApart?: boolean;
  /** A part of the rendered policy the clause says in full, so the renderer leaves out its own version. */
  readonly covers?: 'authority' | 'transfers';
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
