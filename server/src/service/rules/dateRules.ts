import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import { checkDate, monthNames } from '../text/dates';
import type { Rule, RuleContext } from './rule';

export const invalidDate: Rule = {
  meta: {
    id: 'invalid-date',
    defaultSeverity: 'error',
    title: { de: 'Ungültiges Datum', en: 'Invalid date' },
    description: {
      de: 'Veröffentlichungs- und Gültigkeitsdatum müssen echte Kalenderdaten der Form JJJJ-MM-TT sein (kein 30. Februar).',
      en: 'Publication and effective dates must be real calendar dates written YYYY-MM-DD (no 30 February).',
    },
  },
  check({ model, report }) {
    const meta = model.root.fields.policy?.fields;
    for (const value of [meta?.published, meta?.effective]) {
      if (!value) continue;
      const result = checkDate(value.text);
      if (result.ok) continue;
      const msg =
        result.reason === 'format'
          ? message('invalidDate', { text: value.text })
          : result.reason === 'month'
            ? message('invalidDate.month', { text: value.text, month: result.month! })
            : message('invalidDate.calendar', {
                text: value.text,
                month: { de: monthNames.de[result.month! - 1], en: monthNames.en[result.month! - 1] },
                day: result.day!,
              });
      report({ span: value.span, message: msg });
    }
  },
};

export const effectiveBeforePublished: Rule = {
  meta: {
    id: 'date-order',
    defaultSeverity: 'error',
    title: { de: 'Inkrafttreten vor Veröffentlichung', en: 'Effective before published' },
    description: {
      de: 'Eine Erklärung kann nicht gelten, bevor sie veröffentlicht ist: Das Datum des Inkrafttretens darf nicht vor dem der Veröffentlichung liegen.',
      en: 'A policy cannot apply before it is published: the effective date must not come before the publication date.',
    },
  },
  check(context: RuleContext) {
    const meta = context.model.root.fields.policy?.fields;
    const published = validDate(meta?.published);
    const effective = validDate(meta?.effective);
    if (!published || !effective || effective.text >= published.text) return;
    context.report({
      span: effective.span,
      message: message('dateOrder', { effective: effective.text, published: published.text }),
      related: [{ span: published.span, message: message('dateOrder.published', { published: published.text }) }],
      fixData: { swapDates: true },
    });
  },
};

function validDate(value: TextValue | undefined): TextValue | undefined {
  return value && checkDate(value.text).ok ? value : undefined;
}
