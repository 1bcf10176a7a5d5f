import { message, type Message } from '../l10n/messages';
import type { EnumValue, ObjectValue, Recipient, TextValue, TransferFields } from '../model/model';
import { adequateCountries, eeaCountries } from '../schema/countries';
import type { Rule, RuleContext } from './rule';
import { countryArg } from './ruleSupport';

/** The United States has an adequacy decision only for organisations certified under the Data Privacy Framework. */
const DPF_COUNTRY = 'US';

type Cover = { covered: true } | { covered: false; wrongSafeguard?: { span: TextValue['span']; message: Message } };

/** Whether data may go to a country: inside the EEA, an adequacy decision, or a safeguard that fits the country. */
function coverOf(country: string, safeguard: EnumValue | undefined): Cover {
  if (eeaCountries.has(country)) return { covered: true };
  if (adequateCountries.has(country) && (!safeguard || safeguard.value !== 'dpf')) return { covered: true };
  if (!safeguard || !safeguard.valid) return { covered: false };
  if (safeguard.value === 'adequacy' && !adequateCountries.has(country)) {
    return {
      covered: false,
      wrongSafeguard: {
        span: safeguard.span,
        message:
          country === DPF_COUNTRY
            ? message('safeguardUsAdequacy')
            : message('safeguardNoAdequacy', { country: countryArg(country) }),
      },
    };
  }
  if (safeguard.value === 'dpf' && country !== DPF_COUNTRY) {
    return {
      covered: false,
      wrongSafeguard: {
        span: safeguard.span,
        message: message('safeguardDpfOutsideUs', { country: countryArg(country) }),
      },
    };
  }
  return { covered: true };
}

export const thirdCountrySafeguard: Rule = {
  meta: {
    id: 'third-country-safeguard',
    defaultSeverity: 'error',
    title: { de: 'Drittlandübermittlung ohne Garantie', en: 'Third-country transfer without safeguard' },
    description: {
      de: 'Geht ein Empfänger außerhalb des EWR Daten an, oder nennt die Erklärung eine Übermittlung in ein Drittland, braucht sie einen Angemessenheitsbeschluss (Art. 45) oder eine Garantie (Standardvertragsklauseln, BCR, Art. 49). Für die USA gilt der Angemessenheitsbeschluss nur für nach dem Data Privacy Framework zertifizierte Unternehmen (safeguard: dpf).',
      en: 'Where a recipient outside the EEA gets data, or the policy states a transfer to a third country, it needs an adequacy decision (Art. 45) or a safeguard (standard contractual clauses, BCR, Art. 49). For the United States the adequacy decision covers only organisations certified under the Data Privacy Framework (safeguard: dpf).',
    },
    articles: 'Art. 13 Abs. 1 lit. f, Art. 44–49 DSGVO',
  },
  check(context) {
    const { model } = context;
    for (const recipient of model.recipients) {
      const fields = recipient.value?.fields;
      const country = fields?.country;
      if (!country || !validCountry(country)) continue;
      reportCover(
        context,
        coverOf(country.text, fields.safeguard),
        country,
        message('recipientNoSafeguard', { id: recipient.id, country: countryArg(country.text) }),
      );
    }
    for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>) {
      if (transfer.kind !== 'object') continue;
      const country = transfer.fields.country;
      if (!country || !validCountry(country)) continue;
      const own = coverOf(country.text, transfer.fields.safeguard);
      if (own.covered || own.wrongSafeguard) {
        reportCover(context, own, country, message('transferNoSafeguard', { country: countryArg(country.text) }));
        continue;
      }
      // A transfer without a safeguard of its own is covered when every recipient it names has one.
      const recipients = transfer.fields.recipients?.items ?? [];
      const allCovered =
        recipients.length > 0 &&
        recipients.every((ref) => {
          const safeguard = (model.definitions.recipients.get(ref.id) as Recipient | undefined)?.value?.fields
            .safeguard;
          return safeguard !== undefined && coverOf(country.text, safeguard).covered;
        });
      if (!allCovered)
        reportCover(context, own, country, message('transferNoSafeguard', { country: countryArg(country.text) }));
    }
  },
};

function validCountry(country: TextValue): boolean {
  return /^[A-Z]{2}$/.test(country.text);
}

function reportCover(context: RuleContext, cover: Cover, country: TextValue, missing: Message): void {
  if (cover.covered) return;
  if (cover.wrongSafeguard) context.report({ span: cover.wrongSafeguard.span, message: cover.wrongSafeguard.message });
  else context.report({ span: country.span, message: missing });
}
