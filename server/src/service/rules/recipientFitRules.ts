/**
 * Whether a recipient's role fits what it is (its `kind`), and what a joint controller must state (Art. 26).
 */
import { message, type MessageKey } from '../l10n/messages';
import type { Recipient } from '../model/model';
import { GDPR, type LegalSource } from '../schema/law/sources';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';

const STBERG_11: LegalSource = {
  title: '§ 11 Abs. 2 StBerG (eingefügt mit Wirkung vom 18.12.2019)',
  url: 'https://www.gesetze-im-internet.de/stberg/__11.html',
  kind: 'statute',
  unverified: 'Adresse erschlossen; Wortlaut im Spiegel kmein/gesetze (laws/StBerG.md) gelesen',
};
const C_634_21: LegalSource = {
  title: 'EuGH, Urt. v. 07.12.2023, C-634/21 (SCHUFA Holding – Scoring); § 31 BDSG',
  kind: 'case-law',
};
const FANPAGE: LegalSource = {
  title: 'EuGH, Urt. v. 05.06.2018, C-210/16 (Wirtschaftsakademie); Urt. v. 29.07.2019, C-40/17 (Fashion ID)',
  kind: 'case-law',
  unverified: 'Inhalt über die Pressemitteilung des EuGH und Sekundärquellen gelesen',
};

/** Roles that contradict what a kind of recipient is, with the role that fits and the message that says why. */
const contradictions: Readonly<Record<string, { wrong: readonly string[]; fits: string; key: MessageKey }>> = {
  'tax-advisor': { wrong: ['processor'], fits: 'controller', key: 'recipientRole.taxAdvisor' },
  authority: { wrong: ['processor', 'joint-controller'], fits: 'authority', key: 'recipientRole.authority' },
  'credit-agency': { wrong: ['processor'], fits: 'controller', key: 'recipientRole.creditAgency' },
  'social-network': { wrong: ['processor'], fits: 'joint-controller', key: 'recipientRole.socialNetwork' },
};

export const recipientRole: Rule = {
  meta: {
    id: 'recipient-role',
    defaultSeverity: 'error',
    title: { de: 'Rolle des Empfängers passt nicht zu dem, was er ist', en: "Recipient's role contradicts what it is" },
    description: {
      de: 'Die Rolle eines Empfängers folgt aus dem, was er ist (`kind`): Steuerberater und Wirtschaftsprüfer verarbeiten die Daten ihrer Mandanten als Verantwortliche (§ 11 Abs. 2 StBerG), Behörden in eigener gesetzlicher Zuständigkeit (Art. 4 Nr. 7 DSGVO), Auskunfteien zu eigenen Zwecken (§ 31 BDSG; EuGH C-634/21), soziale Netzwerke mit Seitenbetreibern gemeinsam (EuGH C-210/16, C-40/17). Als Auftragsverarbeiter sind sie falsch eingeordnet; die Schnellkorrektur setzt die passende Rolle ein.',
      en: "A recipient's role follows from what it is (`kind`): tax advisors and auditors process their clients' data as controllers (§ 11(2) StBerG), authorities under their own statutory mandate (Art. 4(7) GDPR), credit reference agencies for their own purposes (§ 31 BDSG; CJEU C-634/21), social networks jointly with page operators (CJEU C-210/16, C-40/17). As processors they are wrongly classed; the quick fix puts in the role that fits.",
    },
    articles: 'Art. 4 Nr. 7 und 8, Art. 26, Art. 28 DSGVO; § 11 Abs. 2 StBerG',
    sources: [GDPR, STBERG_11, C_634_21, FANPAGE],
  },
  check({ model, report }) {
    for (const recipient of model.recipients as readonly Recipient[]) {
      const fields = recipient.value?.fields;
      const kind = fields?.kind;
      const role = fields?.role;
      if (!kind?.valid || !role?.valid) continue;
      const rule = contradictions[kind.value];
      if (!rule || !rule.wrong.includes(role.value)) continue;
      report({
        span: role.span,
        message: message(rule.key, { id: recipient.id }),
        fixData: { replace: role.span, with: rule.fits },
      });
    }
  },
};

export const jointControllerArrangement: Rule = {
  meta: {
    id: 'joint-controller-arrangement',
    defaultSeverity: 'error',
    title: { de: 'Vereinbarung gemeinsam Verantwortlicher fehlt', en: 'Joint-control arrangement missing' },
    description: {
      de: 'Bei gemeinsam Verantwortlichen (role: joint-controller) wird den Betroffenen das Wesentliche der Vereinbarung zur Verfügung gestellt (Art. 26 Abs. 2 S. 2 DSGVO): wer welche Pflichten erfüllt, insbesondere die Informationspflichten und die Rechte der Betroffenen, und an wen sie sich wenden. Der Partner ist der Empfänger selbst; die Seite ergänzt den Hinweis, dass Betroffene ihre Rechte gegenüber jedem Verantwortlichen geltend machen können (Art. 26 Abs. 3).',
      en: "For joint controllers (role: joint-controller) the essence of the arrangement is made available to data subjects (Art. 26(2) sentence 2 GDPR): who fulfils which duties, in particular the information duties and the data subjects' rights, and whom they turn to. The partner is the recipient itself; the page adds that data subjects may exercise their rights against each controller (Art. 26(3)).",
    },
    articles: 'Art. 26 Abs. 2 und 3 DSGVO',
    sources: [GDPR, FANPAGE],
  },
  check({ model, report }) {
    for (const recipient of model.recipients as readonly Recipient[]) {
      const value = recipient.value;
      if (!value || value.fields.role?.value !== 'joint-controller' || value.fields.arrangement) continue;
      report({
        span: value.fields.role.span,
        message: message('jointArrangement', { id: recipient.id }),
        fixData: value.keys.arrangement ? undefined : insertKeysFix(value, [{ key: 'arrangement' }]),
      });
    }
  },
};
