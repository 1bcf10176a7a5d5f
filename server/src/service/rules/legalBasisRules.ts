import { message } from '../l10n/messages';
import { specialOf } from '../clauses/policyFacts';
import type { Category, Purpose } from '../model/model';
import { legalBases, specialCategories } from '../schema/vocabulary';
import { basisPhrase, labelsOf, valueWithLabel } from './legalPhrases';
import { BDSG, GDPR } from '../schema/law/sources';
import type { Rule } from './rule';
import { addItemFix, insertKeysFix } from './ruleSupport';

export const purposeLegalBasis: Rule = {
  meta: {
    id: 'purpose-legal-basis',
    defaultSeverity: 'error',
    title: { de: 'Zweck ohne Rechtsgrundlage', en: 'Purpose without legal basis' },
    description: {
      de: 'Zu jedem Zweck muss die Erklärung die Rechtsgrundlage der Verarbeitung nennen (legalBasis).',
      en: 'For every purpose the policy must state the legal basis of the processing (legalBasis).',
    },
    articles: 'Art. 13 Abs. 1 lit. c, Art. 6 Abs. 1 DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const purpose of model.purposes) {
      const value = purpose.value;
      if (value?.fields.legalBasis?.items.length) continue;
      const example = exampleBasis(value?.fields.kind?.value);
      report({
        span: value?.keys.legalBasis ?? purpose.idSpan,
        message: message('purposeLegalBasis', { id: purpose.id, example, label: basisPhrase(example) }),
        fixData:
          value && !value.keys.legalBasis ? insertKeysFix(value, [{ key: 'legalBasis', value: '[]' }]) : undefined,
      });
    }
  },
};

export const legitimateInterest: Rule = {
  meta: {
    id: 'legitimate-interest',
    defaultSeverity: 'error',
    title: { de: 'Berechtigtes Interesse nicht genannt', en: 'Legitimate interest not named' },
    description: {
      de: 'Stützt sich ein Zweck auf Art. 6 Abs. 1 lit. f DSGVO, muss die Erklärung das berechtigte Interesse benennen, das der Verantwortliche oder ein Dritter verfolgt (legitimateInterest).',
      en: 'Where a purpose rests on Art. 6(1)(f) GDPR, the policy must name the legitimate interest pursued by the controller or a third party (legitimateInterest).',
    },
    articles: 'Art. 13 Abs. 1 lit. d DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const purpose of model.purposes) {
      const value = purpose.value;
      const basisF = value?.fields.legalBasis?.items.find((item) => item.value === 'art6-1-f');
      if (!value || !basisF || value.fields.legitimateInterest) continue;
      report({
        span: basisF.span,
        message: message('legitimateInterest', { id: purpose.id }),
        fixData: value.keys.legitimateInterest ? undefined : insertKeysFix(value, [{ key: 'legitimateInterest' }]),
      });
    }
  },
};

const isArt9 = (basis: string) => basis.startsWith('art9-2-');

export const specialCategoryBasis: Rule = {
  meta: {
    id: 'special-category-basis',
    defaultSeverity: 'error',
    title: {
      de: 'Besondere Kategorie ohne Ausnahme nach Art. 9 Abs. 2',
      en: 'Special category without an Art. 9(2) basis',
    },
    description: {
      de: 'Besondere Kategorien personenbezogener Daten (Gesundheit, Religion, Biometrie …) dürfen nur verarbeitet werden, wenn zusätzlich zur Rechtsgrundlage nach Art. 6 eine Ausnahme nach Art. 9 Abs. 2 DSGVO greift. Jeder Zweck einer solchen Kategorie braucht daher eine Rechtsgrundlage art9-2-…: für die Behandlung in einer Praxis lit. h (mit § 22 Abs. 1 Nr. 1 lit. b BDSG), im Beschäftigungsverhältnis lit. b (§ 26 Abs. 3 BDSG), sonst meist die ausdrückliche Einwilligung (lit. a). Daten über Straftaten (Art. 10 DSGVO) brauchen statt dessen eine Rechtsvorschrift, die der Zweck unter „law“ nennt. Die Schnellkorrektur ergänzt die passende Grundlage.',
      en: 'Special categories of personal data (health, religion, biometrics ...) may only be processed where, besides the Art. 6 basis, an exception of Art. 9(2) GDPR applies. Every purpose of such a category therefore needs an art9-2-... basis: (h) for treatment in a practice (with § 22(1) no. 1(b) BDSG), (b) in employment (§ 26(3) BDSG), otherwise mostly explicit consent (a). Criminal-offence data (Art. 10 GDPR) needs instead a law that authorises it, which the purpose names under "law". The quick fix adds the fitting basis.',
    },
    articles: 'Art. 9 Abs. 1 und 2, Art. 10 DSGVO; § 22 Abs. 1 Nr. 1 lit. b, § 26 Abs. 3 BDSG',
    sources: [GDPR, BDSG],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const declared = specialOf(category).filter((special) => special.valid);
      const art9 = declared.filter((special) => special.value !== CRIMINAL);
      const criminal = declared.some((special) => special.value === CRIMINAL);
      if (!art9.length && !criminal) continue;
      for (const ref of category.value?.fields.purposes?.items ?? []) {
        const purpose = model.definitions.purposes.get(ref.id) as Purpose | undefined;
        const fields = purpose?.value?.fields;
        if (!purpose || !fields) continue;
        const related = [
          { span: purpose.idSpan, message: message('specialCategoryBasis.purpose', { purpose: ref.id }) },
        ];
        if (art9.length && !fields.legalBasis?.items.some((item) => isArt9(item.value))) {
          const basis = fittingArt9Basis(purpose, category);
          report({
            span: ref.span,
            message: message('specialCategoryBasis', {
              category: category.id,
              purpose: ref.id,
              special: labelsOf(
                art9.map((special) => special.value),
                specialCategories,
              ),
              basis: valueWithLabel(basis, legalBases),
            }),
            related,
            fixData: fields.legalBasis
              ? addItemFix(fields.legalBasis, basis)
              : insertKeysFix(purpose.value!, [{ key: 'legalBasis', value: `[${basis}]` }]),
          });
        }
        if (criminal && !fields.law) {
          report({
            span: ref.span,
            message: message('specialCategoryLaw', { category: category.id, purpose: ref.id }),
            related,
            fixData: purpose.value!.keys.law ? undefined : insertKeysFix(purpose.value!, [{ key: 'law' }]),
          });
        }
      }
    }
  },
};

const CRIMINAL = 'criminal-convictions';

/**
 * The Art. 9(2) exception that fits a purpose: (h) for health care (Art. 9(2)(h), (3) GDPR with § 22 Abs. 1
 * Nr. 1 lit. b BDSG), (b) for employment (§ 26 Abs. 3 BDSG), explicit consent (a) otherwise.
 */
export function fittingArt9Basis(purpose: Purpose, category?: Category): string {
  const kind = purpose.value?.fields.kind?.value;
  if (kind === 'health-care') return 'art9-2-h';
  if (kind === 'employment') return 'art9-2-b';
  if (kind === undefined) {
    const words = [purpose.value?.fields.title?.text, category?.value?.fields.title?.text].join(' ');
    if (/(?:Behandlung|Diagnos|Therapie|Patient|ärztlich|medizinisch|Praxis|Pflege)/iu.test(words)) return 'art9-2-h';
  }
  return 'art9-2-a';
}

/** The basis that usually carries a kind of purpose, for "e.g." in messages. */
function exampleBasis(kind: string | undefined): string {
  switch (kind) {
    case 'legal-obligation':
      return 'art6-1-c';
    case 'marketing':
    case 'analytics':
    case 'research':
      return 'art6-1-a';
    case 'security':
    case 'operation':
    case 'legal-claims':
      return 'art6-1-f';
    case 'public-task':
      return 'art6-1-e';
    default:
      return 'art6-1-b';
  }
}

/** The label of a legal basis, for messages. */
export function basisLabel(basis: string): { de: string; en: string } {
  return legalBases.find((choice) => choice.value === basis)?.label ?? { de: basis, en: basis };
}
