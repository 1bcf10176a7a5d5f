/**
 * Automated decisions (Art. 22 GDPR): each names the exception of Art. 22(2) it relies on, and the law where
 * that exception is a law.
 */
import { message } from '../l10n/messages';
import { automatedDecisionsOf } from '../clauses/policyFacts';
import { BDSG, GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';

export const automatedDecisionException: Rule = {
  meta: {
    id: 'automated-decision-exception',
    defaultSeverity: 'warning',
    title: { de: 'Ausnahme nach Art. 22 Abs. 2 fehlt', en: 'Art. 22(2) exception missing' },
    description: {
      de: 'Eine ausschließlich automatisierte Entscheidung mit rechtlicher oder ähnlich erheblicher Wirkung ist nur zulässig, wenn sie für einen Vertrag erforderlich ist (Art. 22 Abs. 2 lit. a DSGVO), eine Rechtsvorschrift sie erlaubt (lit. b; in Deutschland etwa § 37 BDSG für Versicherungen) oder die Person ausdrücklich einwilligt (lit. c). Jede Entscheidung unter `automatedDecisions` nennt daher ihre Ausnahme (`exception`), bei lit. b mit der Vorschrift (`law`). Bei lit. a und c hat die Person das Recht auf Eingreifen einer Person, auf Darlegung des eigenen Standpunkts und auf Anfechtung (Art. 22 Abs. 3).',
      en: 'A decision based solely on automated processing with legal or similarly significant effects is allowed only where it is necessary for a contract (Art. 22(2)(a) GDPR), authorised by law (b; in Germany e.g. § 37 BDSG for insurers) or based on explicit consent (c). Each decision under `automatedDecisions` therefore names its exception (`exception`), for (b) with the law (`law`). For (a) and (c) the person has the right to human intervention, to express their point of view and to contest the decision (Art. 22(3)).',
    },
    articles: 'Art. 22 Abs. 2 und 3, Art. 13 Abs. 2 lit. f DSGVO; § 37 BDSG',
    sources: [GDPR, BDSG],
  },
  check({ model, report }) {
    for (const decision of automatedDecisionsOf(model)) {
      const exception = decision.fields.exception;
      if (!exception) {
        report({
          span: decision.keys.exception ?? decision.keys.description ?? decision.ownerSpan,
          message: message('automatedException'),
          fixData: decision.keys.exception ? undefined : insertKeysFix(decision, [{ key: 'exception' }]),
        });
        continue;
      }
      if (exception.value === 'law' && !decision.fields.law)
        report({
          span: exception.span,
          message: message('automatedLaw'),
          fixData: decision.keys.law ? undefined : insertKeysFix(decision, [{ key: 'law' }]),
        });
    }
  },
};
