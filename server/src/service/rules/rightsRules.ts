import { message } from '../l10n/messages';
import { automatedDecisionsOf } from '../clauses/policyFacts';
import type { EnumValue, ListValue, PolicyModel, Purpose } from '../model/model';
import { rights as rightChoices } from '../schema/vocabulary';
import { basisPhrase } from './legalPhrases';
import { GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { documentAnchor } from './ruleSupport';

/**
 * The rights that follow from each legal basis (W3C DPV legal_basis_rights_mapping, Art. 15-22 GDPR). The
 * complaint right (Art. 77) follows from every basis and has a rule of its own; the right not to be subject to
 * automated decisions (Art. 22) follows from the policy's automated decisions, not from a basis.
 */
export const rightsByBasis: Readonly<Record<string, readonly string[]>> = {
  'art6-1-a': ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdrawal'],
  'art6-1-b': ['access', 'rectification', 'erasure', 'restriction', 'portability'],
  'art6-1-c': ['access', 'rectification', 'restriction'],
  'art6-1-d': ['access', 'rectification', 'erasure', 'restriction'],
  'art6-1-e': ['access', 'rectification', 'restriction', 'objection'],
  'art6-1-f': ['access', 'rectification', 'erasure', 'restriction', 'objection'],
  'art9-2-a': ['access', 'rectification', 'erasure', 'restriction', 'portability', 'withdrawal'],
  'tdddg-25-1': ['withdrawal'],
  'bdsg-26': ['access', 'rectification', 'erasure', 'restriction'],
};

/** Rights that every policy states whatever its bases: they follow from each of them. */
const alwaysRequired = ['access', 'rectification', 'restriction'];
/** Portability (Art. 20) exists only for processing based on consent or a contract. */
const portabilityBases = new Set(['art6-1-a', 'art6-1-b', 'art9-2-a']);

interface RequiredRight {
  readonly right: string;
  /** The first purpose whose basis requires it, if a basis does. */
  readonly purpose?: Purpose;
  readonly basis?: string;
}

/** The rights a policy must state, in the order of the vocabulary, with a purpose that explains each. */
export function requiredRights(model: PolicyModel): RequiredRight[] {
  const because = new Map<string, { purpose?: Purpose; basis?: string }>();
  for (const right of alwaysRequired) because.set(right, {});
  for (const purpose of model.purposes as readonly Purpose[]) {
    for (const basis of purpose.value?.fields.legalBasis?.items ?? []) {
      for (const right of rightsByBasis[basis.value] ?? []) {
        const known = because.get(right);
        if (!known || !known.purpose) because.set(right, { purpose, basis: basis.value });
      }
    }
  }
  if (automatedDecisionsOf(model).length) because.set('automated-decision', {});
  return rightChoices
    .filter((choice) => because.has(choice.value))
    .map((choice) => ({ right: choice.value, ...because.get(choice.value) }));
}

export const rightsForBases: Rule = {
  meta: {
    id: 'rights-basis',
    defaultSeverity: 'error',
    title: { de: 'Betroffenenrechte passen nicht zu den Rechtsgrundlagen', en: 'Rights do not match the legal bases' },
    description: {
      de: 'Welche Rechte eine Erklärung nennen muss, folgt aus den Rechtsgrundlagen: Einwilligung verlangt den Hinweis auf den Widerruf (Art. 7 Abs. 3), lit. e und f das Widerspruchsrecht (Art. 21), Vertrag und Einwilligung das Recht auf Datenübertragbarkeit (Art. 20); Auskunft, Berichtigung und Einschränkung gelten immer. Umgekehrt gibt es Datenübertragbarkeit nur bei Einwilligung oder Vertrag.',
      en: 'Which rights a policy must state follows from its legal bases: consent requires the notice of withdrawal (Art. 7(3)), (e) and (f) the right to object (Art. 21), contract and consent the right to data portability (Art. 20); access, rectification and restriction always apply. Conversely, portability exists only for consent or contract.',
    },
    articles: 'Art. 13 Abs. 2 lit. b und c, Art. 15–22, Art. 7 Abs. 3 DSGVO',
    sources: [GDPR],
  },
  check(context) {
    // `text` is read only when needed: joining a large policy's text costs more than the check.
    const { model, report } = context;
    const rights = model.root.fields.rights;
    // `rights` that is not a list is reported by the structure check; nothing to compare here.
    if (!rights && model.root.keys.rights) return;
    const required = requiredRights(model);
    if (!rights) {
      report({
        span: documentAnchor(model, context.slice),
        message: message('rightsMissingSection'),
        fixData: { addSection: 'rights', rights: [...required.map((r) => r.right), 'complaint'] },
      });
      return;
    }
    const stated = new Set(rights.items.map((item) => item.value));
    const anchor = model.root.keys.rights ?? rights.span;
    for (const { right, purpose, basis } of required) {
      if (stated.has(right)) continue;
      const name = rightLabel(right);
      report({
        span: anchor,
        message:
          purpose && basis
            ? message('rightsMissing', { right: name, purpose: purpose.id, basis: basisPhrase(basis), value: right })
            : message('rightsMissing.always', { right: name, value: right }),
        related:
          purpose && basis
            ? [
                {
                  span: purpose.idSpan,
                  message: message('rightsMissing.purpose', { purpose: purpose.id, basis: basisPhrase(basis) }),
                },
              ]
            : undefined,
        fixData: { addRight: right },
      });
    }
    const portability = (rights as ListValue<EnumValue>).items.find((item) => item.value === 'portability');
    const bases = new Set(
      model.purposes.flatMap((purpose) =>
        ((purpose as Purpose).value?.fields.legalBasis?.items ?? []).map((item) => item.value),
      ),
    );
    if (portability && bases.size > 0 && ![...bases].some((basis) => portabilityBases.has(basis))) {
      report({ span: portability.span, message: message('rightsPortability'), severity: 'warning' });
    }
  },
};

export function rightLabel(right: string): { de: string; en: string } {
  return rightChoices.find((choice) => choice.value === right)?.label ?? { de: right, en: right };
}
