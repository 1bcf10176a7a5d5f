import { missingInputs, textInputProblems } from '../clauses/clauseBinding';
import { describePlaceholder, withParams } from '../clauses/placeholders';
import { scopeOf } from '../clauses/policyFacts';
import { message, type Bilingual } from '../l10n/messages';
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
    description: {
      de: 'use muss die Id eines Bausteins der Klauselbibliothek nennen.',
      en: 'use must name the id of a clause in the clause library.',
    },
  },
  check({ model, library, report }) {
    for (const clause of model.root.fields.clauses?.items ?? []) {
      const use = clause.fields.use;
      if (use && !library.get(use.id)) report({ span: use.span, message: message('unknownClause', { id: use.id }) });
    }
  },
};

/** The missing inputs as one argument: each name with what it stands for, in the reader's language. */
function describeMissing(names: readonly string[]): Bilingual {
  const list = (locale: 'de' | 'en') =>
    names.map((name) => `${name} (${describePlaceholder(name)[locale]})`).join(', ');
  return { de: list('de'), en: list('en') };
}

export const clauseInputsMissing: Rule = {
  meta: {
    id: 'clause-inputs-missing',
    defaultSeverity: 'warning',
    title: { de: 'Baustein ohne die Angaben, die er braucht', en: 'Clause without the data it needs' },
    description: {
      de: 'Die Platzhalter eines Bausteins werden aus der Erklärung gefüllt (Verantwortlicher, Aufsichtsbehörde, Zwecke …) oder aus den Werten unter with. Fehlt eine Angabe, sähe der Leser eine Lücke.',
      en: 'The placeholders of a clause are filled from the policy (controller, supervisory authority, purposes ...) or from the values under with. Where data is missing, the reader would see a gap.',
    },
    articles: 'Art. 12 Abs. 1, Art. 13 DSGVO',
  },
  check({ model, library, report }) {
    for (const clause of model.root.fields.clauses?.items ?? []) {
      const { use, with: params, text } = clause.fields;
      const entry = use && library.get(use.id);
      const scope = scopeOf(model, clause);
      if (use && entry) {
        // A clause that stands with an entry it does not name has no place yet: clause-placement says so.
        if (
          (entry.placement.kind === 'category' && !scope.category) ||
          (entry.placement.kind === 'recipient' && !scope.recipient)
        )
          continue;
        const missing = missingInputs(entry, model, scope);
        if (missing.length)
          report({
            span: use.span,
            message: message('clauseInputsMissing', { id: use.id, missing: describeMissing(missing) }),
          });
        const used = withParams(entry.inputs);
        for (const entryParam of params?.entries ?? []) {
          if (used.includes(entryParam.key)) continue;
          report({
            span: entryParam.keySpan,
            severity: 'hint',
            unnecessary: true,
            message: used.length
              ? message('clauseUnusedParam', { id: use.id, param: entryParam.key, used: used.join(', ') })
              : message('clauseUnusedParam.none', { id: use.id, param: entryParam.key }),
          });
        }
      } else if (!use && text) {
        const problems = textInputProblems(text.text, model, scope);
        if (problems.missing.length)
          report({
            span: text.span,
            message: message('clauseTextInputsMissing', { missing: describeMissing(problems.missing) }),
          });
        for (const name of problems.unknown)
          report({ span: text.span, message: message('clauseUnknownPlaceholder', { name }) });
      }
    }
  },
};
