/**
 * Transfers held against the law and against the rest of the policy: an Art. 49 derogation as the standing
 * mechanism for a recipient used routinely, and contradictions between categories, recipients and transfers.
 */
import { message } from '../l10n/messages';
import { countriesOf, itemsOf } from '../clauses/policyFacts';
import type { Category, EnumValue, ObjectValue, Recipient, TransferFields } from '../model/model';
import { GDPR, type LegalSource } from '../schema/law/sources';
import { safeguards } from '../schema/vocabulary';
import { inSentence, labelOf } from './legalPhrases';
import type { Rule } from './rule';
import { countryArg } from './ruleSupport';

const EDPB_2_2018: LegalSource = {
  title: 'EDPB Guidelines 2/2018 on derogations of Article 49 under Regulation 2016/679 (25 May 2018), Abschnitt 1',
  url: 'https://edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en',
  kind: 'guidance',
  unverified: 'Randnummer des Zitats und Wortlaut zu „gelegentlich“ (über Zusammenfassungen gelesen)',
};

/** Kinds of recipient whose service is routine by its nature. */
const routineKinds = new Set(['hosting', 'it-service', 'email-service', 'analytics', 'advertising', 'payment']);

function isRoutine(recipient: Recipient | undefined): boolean {
  const fields = recipient?.value?.fields;
  return fields?.role?.value === 'processor' || (fields?.kind !== undefined && routineKinds.has(fields.kind.value));
}

const derogation = (safeguard: EnumValue) => safeguard.valid && safeguard.value.startsWith('art49-');

export const transferDerogation: Rule = {
  meta: {
    id: 'transfer-derogation',
    defaultSeverity: 'warning',
    title: { de: 'Ausnahme nach Art. 49 als Dauerlösung', en: 'Art. 49 derogation used as a standing mechanism' },
    description: {
      de: 'Die Ausnahmen des Art. 49 DSGVO (Einwilligung, Vertrag, Rechtsansprüche) tragen nur gelegentliche Übermittlungen (ErwG 111); der EDSA legt sie eng aus, „damit die Ausnahme nicht zur Regel wird“ (Leitlinien 2/2018). Ein Auftragsverarbeiter oder ein Dienst, der ständig genutzt wird (Hosting, IT, E-Mail-Versand, Analyse, Werbung, Zahlung), braucht einen Angemessenheitsbeschluss oder geeignete Garantien nach Art. 46: Standardvertragsklauseln (Durchführungsbeschluss (EU) 2021/914), BCR, oder das Data Privacy Framework für zertifizierte US-Empfänger.',
      en: 'The derogations of Art. 49 GDPR (consent, contract, legal claims) carry only occasional transfers (Recital 111); the EDPB reads them restrictively "so that the exception does not become the rule" (Guidelines 2/2018). A processor, or a service used all the time (hosting, IT, e-mail, analytics, advertising, payment), needs an adequacy decision or appropriate safeguards under Art. 46: standard contractual clauses (Implementing Decision (EU) 2021/914), BCR, or the Data Privacy Framework for certified US recipients.',
    },
    articles: 'Art. 44, 46, 49 DSGVO, ErwG 111',
    sources: [GDPR, EDPB_2_2018],
  },
  check({ model, report }) {
    for (const recipient of model.recipients as readonly Recipient[]) {
      if (!isRoutine(recipient)) continue;
      for (const safeguard of itemsOf(recipient.value?.fields.safeguard).filter(derogation))
        report({
          span: safeguard.span,
          message: message('transferDerogation', {
            whom: { de: `Der Empfänger „${recipient.id}“`, en: `Recipient "${recipient.id}"` },
            safeguard: inSentence(labelOf(safeguard.value, safeguards)),
          }),
        });
    }
    for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>) {
      if (transfer.kind !== 'object') continue;
      const routine = (transfer.fields.recipients?.items ?? []).find((ref) =>
        isRoutine(model.definitions.recipients.get(ref.id) as Recipient | undefined),
      );
      if (!routine) continue;
      for (const safeguard of itemsOf(transfer.fields.safeguard).filter(derogation))
        report({
          span: safeguard.span,
          message: message('transferDerogation', {
            whom: { de: `Der Empfänger „${routine.id}“`, en: `Recipient "${routine.id}"` },
            safeguard: inSentence(labelOf(safeguard.value, safeguards)),
          }),
        });
    }
  },
};

export const transferConsistency: Rule = {
  meta: {
    id: 'transfer-consistency',
    defaultSeverity: 'error',
    title: {
      de: 'Übermittlung widerspricht Kategorien oder Empfängern',
      en: 'Transfer contradicts categories or recipients',
    },
    description: {
      de: 'Was unter `transfers` steht, muss zu den Kategorien und Empfängern passen, sonst sagt die Erklärung zweierlei (Art. 13 Abs. 1 lit. e und f DSGVO): Eine Kategorie mit „recipients: none“ kann nicht übermittelt werden; ein Empfänger, den eine Übermittlung für eine Kategorie nennt, muss unter deren `recipients` stehen; und das Zielland muss einer seiner Verarbeitungsorte (`country`) sein.',
      en: 'What `transfers` states must agree with the categories and recipients, or the policy says two things (Art. 13(1)(e) and (f) GDPR): a category with "recipients: none" cannot be transferred; a recipient a transfer names for a category must be among that category\'s `recipients`; and the destination must be one of its places of processing (`country`).',
    },
    articles: 'Art. 13 Abs. 1 lit. e und f DSGVO',
    sources: [GDPR],
  },
  check({ model, report }) {
    for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>) {
      if (transfer.kind !== 'object') continue;
      const country = transfer.fields.country;
      if (!country) continue;
      const code = country.text.trim();
      const recipients = transfer.fields.recipients?.items ?? [];
      const lists: Array<{ id: string; span: Category['idSpan']; names: Set<string> }> = [];
      for (const ref of transfer.fields.categories?.items ?? []) {
        const own = (model.definitions.categories.get(ref.id) as Category | undefined)?.value?.fields.recipients;
        if (!own) continue;
        if (own.kind === 'none') {
          report({
            span: ref.span,
            message: message('transferNoRecipients', { category: ref.id, country: countryArg(code) }),
            related: [{ span: own.span, message: message('transferNoRecipients.here') }],
          });
          continue;
        }
        lists.push({ id: ref.id, span: ref.span, names: new Set(own.items.map((item) => item.id)) });
      }
      const named = recipients.filter((ref) => model.definitions.recipients.has(ref.id));
      if (lists.length && named.length) {
        // A transfer pairs its categories with its recipients: each side must meet the other at least once.
        for (const ref of named) {
          if (lists.some((list) => list.names.has(ref.id))) continue;
          report({
            span: ref.span,
            message: message('transferRecipientNotInCategory', {
              category: lists[0].id,
              recipient: ref.id,
              country: countryArg(code),
            }),
          });
        }
        for (const list of lists) {
          if (named.some((ref) => list.names.has(ref.id))) continue;
          report({
            span: list.span,
            message: message('transferRecipientNotInCategory', {
              category: list.id,
              recipient: named[0].id,
              country: countryArg(code),
            }),
          });
        }
      }
      for (const ref of recipients) {
        const recipient = model.definitions.recipients.get(ref.id) as Recipient | undefined;
        const places = countriesOf(recipient).map((place) => place.text.trim());
        if (!recipient || !places.length || places.includes(code)) continue;
        report({
          span: ref.span,
          message: message('transferCountryNotOfRecipient', { recipient: ref.id, country: countryArg(code), code }),
        });
      }
    }
  },
};
