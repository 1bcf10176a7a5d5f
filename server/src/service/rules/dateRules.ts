import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import type { Rule, RuleContext } from './rule';

/** A date as YYYY-MM-DD, or why it is not one. */
export type DateCheck = { ok: true; date: string } | { ok: false; reason: 'format' | 'month' | 'day'; month?: number; day?: number };

export function checkDate(text: string): DateCheck {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { ok: false, reason: 'month', month };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { ok: false, reason: 'day', month, day };
  return { ok: true, date: text };
}

export const monthNames = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

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
