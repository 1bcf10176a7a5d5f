import { message } from '../l10n/messages';
import { automatedDecisionsOf } from '../clauses/policyFacts';
import { GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';

/** Origins that mean the data was not collected from the person: Art. 14 applies and the source must be named. */
const notFromThePerson = new Set(['third-party', 'public']);

export const dataSource: Rule = {
  meta: {
    id: 'data-source',
    defaultSeverity: 'error',
    title: { de: 'Herkunft der Daten fehlt', en: 'Source of the data missing' },
    description: {
      de: 'Stammen Daten nicht von der betroffenen Person selbst (origin: third-party oder public), muss die Erklärung angeben, aus welcher Quelle sie stammen, und gegebenenfalls, ob sie aus öffentlich zugänglichen Quellen stammen (source).',
      en: 'Where data was not obtained from the data subject (origin: third-party or public), the policy must state the source it comes from, and whether it came from publicly accessible sources (source).',
    },
    articles: 'Art. 14 Abs. 2 lit. f DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const value = category.value;
      const origin = value?.fields.origin;
      if (!value || !origin || !notFromThePerson.has(origin.value) || value.fields.source) continue;
      report({
        span: origin.span,
        message: message('dataSource', { id: category.id }),
        fixData: value.keys.source ? undefined : insertKeysFix(value, [{ key: 'source' }]),
      });
    }
  },
};

export const automatedDecisionLogic: Rule = {
  meta: {
    id: 'automated-decision-logic',
    defaultSeverity: 'error',
    title: { de: 'Logik der automatisierten Entscheidung fehlt', en: 'Logic of automated decisions missing' },
    description: {
      de: 'Wer automatisierte Entscheidungen einschließlich Profiling trifft, muss aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen für die Person geben (logic, consequences).',
      en: 'Whoever makes automated decisions, including profiling, must give meaningful information about the logic involved and the significance and envisaged consequences for the person (logic, consequences).',
    },
    articles: 'Art. 13 Abs. 2 lit. f, Art. 14 Abs. 2 lit. g, Art. 22 DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const decision of automatedDecisionsOf(model)) {
      const missing = (['logic', 'consequences'] as const).filter((key) => !decision.fields[key]);
      for (const key of missing) {
        report({
          span: decision.keys[key] ?? decision.ownerSpan,
          message: message(key === 'logic' ? 'automatedDecisionLogic' : 'automatedDecisionConsequences'),
          fixData: decision.keys[key] ? undefined : insertKeysFix(decision, [{ key }]),
        });
      }
    }
  },
};
