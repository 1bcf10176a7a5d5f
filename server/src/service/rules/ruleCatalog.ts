import type { Finding } from '../model/finding';
import { message } from '../l10n/messages';
import { categoryWithoutPurpose, categoryWithoutRecipient } from './categoryRules';
import { clauseCondition, clauseContradiction, clausePlacement } from './clausePlacementRules';
import { clauseContent, clauseInputsMissing, unknownClause } from './clauseRules';
import { completenessRules } from './completenessRules';
import { effectiveBeforePublished, invalidDate } from './dateRules';
import { loneCarriageReturn } from './lineEndingRule';
import { unknownReference, unusedDefinition } from './referenceRules';
import type { Rule, RuleContext, RuleMeta } from './rule';
import { structureRules } from './structureRules';
import { languageNotListed, translationMissing } from './translationRules';
import { runSteps, type Steps } from '../text/steps';
import { suppressionRules } from './suppressionRuleMeta';
import { versionRules } from './versionRuleMeta';

/** The checks that run over the model, in the order their findings are listed. */
export const modelRules: readonly Rule[] = [
  loneCarriageReturn,
  categoryWithoutPurpose,
  categoryWithoutRecipient,
  unknownReference,
  unusedDefinition,
  invalidDate,
  effectiveBeforePublished,
  clauseContent,
  unknownClause,
  clauseInputsMissing,
  clausePlacement,
  clauseCondition,
  clauseContradiction,
  translationMissing,
  languageNotListed,
  ...completenessRules,
];

export const internalErrorRule: RuleMeta = {
  id: 'internal-error',
  defaultSeverity: 'error',
  title: { de: 'Interner Fehler', en: 'Internal error' },
  description: {
    de: 'Eine Prüfung ist abgebrochen; die übrigen Prüfungen sind gelaufen.',
    en: 'A check failed; the other checks ran.',
  },
};

/** Every rule id the product reports, with its documentation. */
export const ruleCatalog: readonly RuleMeta[] = [
  ...structureRules,
  ...modelRules.map((rule) => rule.meta),
  ...versionRules,
  ...suppressionRules,
  internalErrorRule,
];

const metaById = new Map(ruleCatalog.map((meta) => [meta.id, meta]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return metaById.get(id);
}

/** Runs every rule; a rule that throws becomes a finding instead of taking the others down with it. */
export function runRules(context: Omit<RuleContext, 'report'>, rules: readonly Rule[] = modelRules): Finding[] {
  return runSteps(runRulesSteps(context, rules));
}

/** `runRules` in steps (see text/steps.ts), one rule each; rules only read the model, so stopping is safe. */
export function* runRulesSteps(
  context: Omit<RuleContext, 'report'>,
  rules: readonly Rule[] = modelRules,
): Steps<Finding[]> {
  const findings: Finding[] = [];
  for (const rule of rules) {
    yield;
    const report: RuleContext['report'] = (finding) => findings.push({ ...finding, rule: rule.meta.id });
    try {
      // Not a spread: the context's `text` is joined from its pieces only when a rule reads it.
      rule.check(Object.create(context, { report: { value: report } }) as RuleContext);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({
        rule: internalErrorRule.id,
        span: { start: 0, end: 0 },
        message: message('internalError', { rule: rule.meta.id, detail }),
      });
    }
  }
  return findings;
}
