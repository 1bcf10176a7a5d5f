/** A clause of the library: German text with placeholders filled from the policy's own data. */
export interface LibraryClause {
  readonly id: string;
  /** German heading, as the reader sees it. */
  readonly title: string;
  /** German text; `{{name}}` marks a placeholder. */
  readonly text: string;
  /** The placeholders the text needs. */
  readonly inputs: readonly string[];
  /** The provisions the clause serves, e.g. "Art. 13 Abs. 1 lit. a DSGVO". */
  readonly articles: readonly string[];
}

export interface ClauseLibrary {
  get(id: string): LibraryClause | undefined;
  all(): readonly LibraryClause[];
}

export function createClauseLibrary(clauses: readonly LibraryClause[]): ClauseLibrary {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  return { get: (id) => byId.get(id), all: () => clauses };
}
