import { message } from '../l10n/messages';
import type { AuthorityFields, ObjectValue } from '../model/model';
import { authoritySection, controllerCompetence, residenceSection } from './authorityCompetenceRules';
import { GDPR } from '../schema/law/sources';
import { authoritySources } from '../schema/law/authorities';
import type { Rule } from './rule';
import { documentAnchor, insertKeysFix } from './ruleSupport';

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
    sources: [GDPR],
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
      de: 'Deutsche Erklärungen nennen zum Beschwerderecht die für den Verantwortlichen zuständige Aufsichtsbehörde mit Kontaktdaten (für Unternehmen in Bayern das BayLDA, in Berlin die BlnBDI …), damit Betroffene wissen, an wen sie sich wenden können; ein Verantwortlicher ohne Niederlassung in der Union schreibt „residence: true“. Wo Staat, Land und Art der Stelle die Zuständigkeit ergeben, schreibt die Schnellkorrektur die zuständige Behörde mit Anschrift, E-Mail-Adresse und Website (Stand 30.11.2026).',
      en: 'German policies name, with the complaint right, the supervisory authority competent for the controller with its contact details (BayLDA for companies in Bavaria, BlnBDI in Berlin ...), so data subjects know whom to turn to; a controller without an establishment in the Union writes "residence: true". Where country, state and kind of body decide competence, the quick fix writes the competent authority with address, e-mail address and web site (as of 30 Nov 2026).',
    },
    articles: 'Art. 13 Abs. 2 lit. d, Art. 77, Art. 51 DSGVO',
    sources: [GDPR, ...authoritySources],
  },
  check(context) {
    // `text` is read only when needed: joining a large policy's text costs more than the check.
    const { model, report } = context;
    const competence = controllerCompetence(model);
    const authority = model.root.fields.supervisoryAuthority as ObjectValue<AuthorityFields> | undefined;
    if (model.root.keys.supervisoryAuthority) {
      if (!authority || authority.kind !== 'object' || authority.fields.name || authority.fields.residence?.value)
        return;
      const fixData =
        competence?.kind === 'authorities'
          ? authoritySection(competence.authorities[competence.authorities.length - 1])
          : competence?.kind === 'residence'
            ? residenceSection
            : authority.keys.name
              ? undefined
              : insertKeysFix(authority, [{ key: 'name' }]);
      report({ span: authority.keys.name ?? authority.ownerSpan, message: message('authorityName'), fixData });
      return;
    }
    const span = documentAnchor(model, context.slice);
    if (competence?.kind === 'authorities') {
      const competent = competence.authorities[competence.authorities.length - 1];
      report({
        span,
        message: message('supervisoryAuthority.competent', { authority: `${competent.short} (${competent.name})` }),
        fixData: authoritySection(competent),
      });
    } else if (competence?.kind === 'residence') {
      report({ span, message: message('supervisoryAuthority.residence'), fixData: residenceSection });
    } else {
      report({
        span,
        message: message('supervisoryAuthority'),
        fixData: { setSection: { name: 'supervisoryAuthority', keys: [{ key: 'name' }], label: 'name' } },
      });
    }
  },
};
