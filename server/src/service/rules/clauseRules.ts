import { message } from '../l10n/messages';
import type { Rule } from './rule';

export const clauseContent: Rule = {
  meta: {
    id: 'clause-content',
    defaultSeverity: 'error',
    title: { de: 'Abschnitt ohne Inhalt', en: 'Clause without content' },
    description: {
      de: 'Jeder Eintrag unter clauses braucht einen Baustein aus der Bibliothek (use) oder eigenen Text (text).',
      en: 'Every entry under clauses needs a library clause (use) or text of its own (text).',
    },
  },
  check({ model, report }) {
    for (const clause of model.root.fields.clauses?.items ?? []) {
      if (clause.fields.use || clause.fields.text) continue;
      report({ span: clause.ownerSpan, message: message('clauseContent') });
    }
  },
};

export const unknownClause: Rule = {
  meta: {
    id: 'unknown-clause',
    defaultSeverity: 'error',
    title: { de: 'Unbekannter Baustein', en: 'Unknown library clause' },
    description: { de: 'use muss die Id eines Bausteins der Klauselbibliothek nennen.', en: 'use must name the id of a clause in the clause library.' },
  },
  check({ model, library, report }) {
    for (const clause of model.root.fields.clauses?.items ?? []) {
      const use = clause.fields.use;
      if (use && !library.get(use.id)) report({ span: use.span, message: message('unknownClause', { id: use.id }) });
    }
  },
};
