import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import type { Rule } from './rule';
import { insertKeysFix } from './ruleSupport';
import { GDPR, type LegalSource } from '../schema/law/sources';

const WP260: LegalSource = {
  title:
    'Art.-29-Datenschutzgruppe, Leitlinien für Transparenz gemäß der Verordnung 2016/679 (WP260 rev.01, 11.04.2018)',
  kind: 'guidance',
  unverified: 'Randnummer 13; Inhalt (Vorbehalte wie „may“, „might“, „some“ vermeiden) über Zusammenfassungen gelesen',
};

export const retentionPeriod: Rule = {
  meta: {
    id: 'retention-period',
    defaultSeverity: 'error',
    title: { de: 'Speicherdauer fehlt', en: 'Retention period missing' },
    description: {
      de: 'Jede Datenkategorie muss angeben, wie lange die Daten gespeichert werden, oder nach welchen Kriterien sich die Dauer bemisst (retention).',
      en: 'Every data category must state how long the data is stored, or the criteria that determine that period (retention).',
    },
    articles: 'Art. 13 Abs. 2 lit. a DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const value = category.value;
      if (value?.fields.retention) continue;
      report({
        span: value?.keys.retention ?? category.idSpan,
        message: message('retentionPeriod', { id: category.id }),
        fixData: value && !value.keys.retention ? insertKeysFix(value, [{ key: 'retention' }]) : undefined,
      });
    }
  },
};

// "So lange wie erforderlich" and its relatives, in German and English.
const vaguePhrase =
  /\b(?:so\s*lange,?\s*wie|solange|as\s+long\s+as)\b[^.;]{0,60}?\b(?:erforderlich|nötig|notwendig|benötigt|necessary|needed|required)\b/iu;
// What turns the phrase into a criterion a reader can check: a number, a unit of time, a statute, an event.
const criterion =
  /\d|§|\bArt\.|\b(?:ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|(?:jahr|monat|woche|tag|stunde|year|month|week|day|hour)|(?:frist|aufbewahrung|ablauf|ende|kündigung|widerruf|löschung|beendigung|gesetzlich|handelsrecht|steuerrecht|statut|retention period|until|end of|termination|withdraw)/iu;

/** A text this long says more than "as long as necessary". */
const MAX_VAGUE_LENGTH = 300;
const vagueCache = new WeakMap<TextValue, boolean>();

function isVague(retention: TextValue): boolean {
  let vague = vagueCache.get(retention);
  if (vague === undefined) {
    const text = retention.text;
    vague = text.length <= MAX_VAGUE_LENGTH && vaguePhrase.test(text) && !criterion.test(text.replace(vaguePhrase, ''));
    vagueCache.set(retention, vague);
  }
  return vague;
}

export const retentionVague: Rule = {
  meta: {
    id: 'retention-vague',
    defaultSeverity: 'warning',
    title: { de: 'Vage Speicherdauer', en: 'Vague retention period' },
    description: {
      de: '„So lange wie erforderlich“ allein sagt dem Leser nicht, wie lange seine Daten bleiben. Die Aufsichtsbehörden verlangen eine Frist oder nachprüfbare Kriterien (z. B. „bis zum Ende des Vertrags; Rechnungen danach acht Jahre, § 147 Abs. 3 AO“).',
      en: '"As long as necessary" alone does not tell readers how long their data stays. Supervisory authorities expect a period or checkable criteria (e.g. "until the end of the contract; invoices then eight years, § 147(3) AO").',
    },
    articles: 'Art. 13 Abs. 2 lit. a DSGVO; WP260 rev.01, Rn. 13',
    sources: [GDPR, WP260],
  },
  check({ model, report }) {
    for (const category of model.categories) {
      const retention = category.value?.fields.retention;
      if (retention && isVague(retention))
        report({ span: retention.span, message: message('retentionVague', { id: category.id }) });
    }
  },
};
