import { message } from '../l10n/messages';
import type { Purpose } from '../model/model';
import { legalBases } from '../schema/vocabulary';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';

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
  },
  check({ model, report }) {
    for (const purpose of model.purposes) {
      const value = purpose.value;
      if (value?.fields.legalBasis?.items.length) continue;
      report({
        span: value?.keys.legalBasis ?? purpose.idSpan,
        message: message('purposeLegalBasis', { id: purpose.id }),
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
      de: 'Besondere Kategorien personenbezogener Daten (Gesundheit, Religion, Biometrie …) dürfen nur verarbeitet werden, wenn zusätzlich zur Rechtsgrundlage nach Art. 6 eine Ausnahme nach Art. 9 Abs. 2 DSGVO greift. Jeder Zweck einer solchen Kategorie braucht daher eine Rechtsgrundlage art9-2-….',
      en: 'Special categories of personal data (health, religion, biometrics ...) may only be processed where, besides the Art. 6 basis, an exception of Art. 9(2) GDPR applies. Every purpose of such a category therefore needs an art9-2-... basis.',
    },
    articles: 'Art. 9 Abs. 1 und 2 DSGVO',
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const special = category.value?.fields.special;
      if (!special || !special.valid) continue;
      for (const ref of category.value?.fields.purposes?.items ?? []) {
        const purpose = model.definitions.purposes.get(ref.id) as Purpose | undefined;
        if (!purpose) continue;
        if (purpose.value?.fields.legalBasis?.items.some((item) => isArt9(item.value))) continue;
        report({
          span: ref.span,
          message: message('specialCategoryBasis', { category: category.id, purpose: ref.id, special: special.value }),
          related: [{ span: purpose.idSpan, message: message('specialCategoryBasis.purpose', { purpose: ref.id }) }],
        });
      }
    }
  },
};

/** The label of a legal basis, for messages. */
export function basisLabel(basis: string): { de: string; en: string } {
  return legalBases.find((choice) => choice.value === basis)?.label ?? { de: basis, en: basis };
}
