import { message } from '../l10n/messages';
import type { Rule } from './rule';
import { documentAnchor } from './ruleSupport';

export const complaintRight: Rule = {
  meta: {
    id: 'complaint-right',
    defaultSeverity: 'error',
    title: { de: 'Beschwerderecht fehlt', en: 'Right to lodge a complaint missing' },
    description: {
      de: 'Jede Erklärung muss auf das Recht hinweisen, sich bei einer Aufsichtsbehörde zu beschweren (rights: complaint).',
      en: 'Every policy must point out the right to lodge a complaint with a supervisory authority (rights: complaint).',
    },
    articles: 'Art. 13 Abs. 2 lit. d, Art. 77 DSGVO',
  },
  check({ model, report }) {
    const rights = model.root.fields.rights;
    const key = model.root.keys.rights;
    // Without any rights section, rights-basis reports the whole section (and its fix adds the complaint right).
    // Without a rights list, rights-basis (no section) or the structure check (not a list) reports it.
    if (!key || !rights || rights.items.some((item) => item.value === 'complaint')) return;
    report({ span: key, message: message('complaintRight'), fixData: { addRight: 'complaint' } });
  },
};

export const supervisoryAuthority: Rule = {
  meta: {
    id: 'supervisory-authority',
    defaultSeverity: 'warning',
    title: { de: 'Zuständige Aufsichtsbehörde nicht genannt', en: 'Competent supervisory authority not named' },
    description: {
      de: 'Deutsche Erklärungen nennen zum Beschwerderecht die für den Verantwortlichen zuständige Aufsichtsbehörde mit Kontaktdaten (in Bayern das BayLDA, in Berlin die BlnBDI …), damit Betroffene wissen, an wen sie sich wenden können.',
      en: 'German policies name, with the complaint right, the supervisory authority competent for the controller with its contact details (BayLDA in Bavaria, BlnBDI in Berlin ...), so data subjects know whom to turn to.',
    },
    articles: 'Art. 13 Abs. 2 lit. d, Art. 77, Art. 51 DSGVO',
  },
  check(context) {
    // `text` is read only when needed: joining a large policy's text costs more than the check.
    const { model, report } = context;
    if (model.root.keys.supervisoryAuthority) return;
    report({
      span: documentAnchor(model, context.slice),
      message: message('supervisoryAuthority'),
      fixData: { addSection: 'supervisoryAuthority' },
    });
  },
};
