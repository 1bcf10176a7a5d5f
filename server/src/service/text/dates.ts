/** A date as YYYY-MM-DD, or why it is not one. */
export type DateCheck =
  { ok: true; date: string } | { ok: false; reason: 'format' | 'month' | 'day'; month?: number; day?: number };

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
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** `2024-02-01` as "1. Februar 2024" (de) or "1 February 2024" (en); anything that is not a real date stays as written. */
export function longDate(text: string, language: 'de' | 'en'): string {
  if (!checkDate(text).ok) return text;
  const [year, month, day] = text.split('-').map(Number);
  return language === 'de'
    ? `${day}. ${monthNames.de[month - 1]} ${year}`
    : `${day} ${monthNames.en[month - 1]} ${year}`;
}
