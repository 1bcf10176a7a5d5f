import { message } from '../l10n/messages';
import { GDPR } from '../schema/law/sources';
import type { Rule } from './rule';

export const categoryWithoutPurpose: Rule = {
  meta: {
    id: 'category-purpose',
    defaultSeverity: 'error',
    title: { de: 'Datenkategorie ohne Zweck', en: 'Data category without purpose' },
    description: {
      de: 'Jede Datenkategorie muss mindestens einen Zweck nennen, zu dem die Daten verarbeitet werden.',
      en: 'Every data category must state at least one purpose the data is processed for.',
    },
    articles: 'Art. 13 Abs. 1 lit. c DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const purposes = category.value?.fields.purposes;
      if (purposes && purposes.items.length > 0) continue;
      report({
        span: category.value?.keys.purposes ?? category.idSpan,
        message: message('categoryWithoutPurpose', { id: category.id }),
        fixData: { category: category.id, add: 'purposes' },
      });
    }
  },
};

export const categoryWithoutRecipient: Rule = {
  meta: {
    id: 'category-recipient',
    defaultSeverity: 'error',
    title: { de: 'Datenkategorie ohne Empfänger', en: 'Data category without recipient' },
    description: {
      de: 'Jede Datenkategorie muss ihre Empfänger nennen oder mit „recipients: none“ ausdrücklich sagen, dass die Daten an niemanden gehen.',
      en: 'Every data category must name its recipients, or say explicitly with "recipients: none" that the data goes to nobody.',
    },
    articles: 'Art. 13 Abs. 1 lit. e DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const recipients = category.value?.fields.recipients;
      if (recipients && (recipients.kind === 'none' || recipients.items.length > 0)) continue;
      report({
        span: category.value?.keys.recipients ?? category.idSpan,
        message: message('categoryWithoutRecipient', { id: category.id }),
        fixData: { category: category.id, add: 'recipients' },
      });
    }
  },
};
