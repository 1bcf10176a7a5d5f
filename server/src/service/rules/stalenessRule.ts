import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import { checkDate } from '../text/dates';
import type { Rule } from './rule';

/** How long a policy may go without an update before it counts as stale. */
export const STALE_AFTER_MONTHS = 12;

export const stalePolicy: Rule = {
  meta: {
    id: 'stale-policy',
    defaultSeverity: 'warning',
    title: { de: 'Erklärung veraltet', en: 'Policy out of date' },
    description: {
      de: 'Eine Erklärung, deren Stand mehr als zwölf Monate zurückliegt, beschreibt die Verarbeitung oft nicht mehr richtig; prüfen Sie sie und setzen Sie ein neues Datum. Maßgeblich ist das spätere der beiden Daten (Veröffentlichung, Inkrafttreten). Die DSGVO nennt keine Frist (sie verlangt zutreffende Informationen, Art. 12, 13); die zwölf Monate sind ein Prüfintervall nach dem Vorbild des kalifornischen CCPA, das eine jährliche Aktualisierung verlangt.',
      en: 'A policy last updated more than twelve months ago often no longer describes the processing correctly; review it and set a new date. The later of the two dates (published, effective) counts. The GDPR sets no period (it requires accurate information, Art. 12, 13); the twelve months are a review interval modelled on the Californian CCPA, which requires a yearly update.',
    },
    articles: 'Art. 12 Abs. 1 DSGVO; CCPA § 1798.130(a)(5)',
  },
  check({ model, today, report }) {
    const meta = model.root.fields.policy?.fields;
    const dates = [meta?.published, meta?.effective].filter(
      (value): value is TextValue => value !== undefined && checkDate(value.text).ok,
    );
    if (dates.length === 0) return;
    const latest = dates.reduce((a, b) => (b.text > a.text ? b : a));
    const [year, month, day] = latest.text.split('-').map(Number);
    const months =
      (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month) - (today.getUTCDate() < day ? 1 : 0);
    // Stale once more than twelve whole months have passed: a policy of 1 January is fine on 1 January a year later.
    const limit = Date.UTC(year, month - 1 + STALE_AFTER_MONTHS, day);
    if (today.getTime() < limit + 86_400_000) return;
    report({ span: latest.span, message: message('stalePolicy', { date: latest.text, months }) });
  },
};
