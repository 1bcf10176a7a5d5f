import { message, type Message } from '../l10n/messages';
import { countriesOf, itemsOf } from '../clauses/policyFacts';
import type { EnumValue, ObjectValue, Recipient, TextValue, TransferFields } from '../model/model';
import { adequateCountries, eeaCountries, isCountryCode } from '../schema/countries';
import { adequacySources } from '../schema/law/adequacy';
import { GDPR } from '../schema/law/sources';
import type { Rule, RuleContext } from './rule';
import { countryArg } from './ruleSupport';

/** The United States has an adequacy decision only for organisations certified under the Data Privacy Framework. */
const DPF_COUNTRY = 'US';

/** Safeguards that fit any third country; `adequacy` and `dpf` fit only some. */
const anywhere = (safeguard: EnumValue) => safeguard.value !== 'adequacy' && safeguard.value !== 'dpf';

/** Whether data may go to one country under a set of safeguards: inside the EEA, an adequacy decision, or a safeguard that fits. */
function covered(country: string, safeguards: readonly EnumValue[]): boolean {
  if (eeaCountries.has(country) || adequateCountries.has(country)) return true;
  return safeguards.some(
    (safeguard) => safeguard.valid && (anywhere(safeguard) || (safeguard.value === 'dpf' && country === DPF_COUNTRY)),
  );
}

/** A safeguard that fits none of the countries it is written for, with the message that says why. */
function misfit(countries: readonly string[], safeguard: EnumValue): Message | undefined {
  if (!safeguard.valid) return undefined;
  const abroad = countries.filter((country) => !eeaCountries.has(country));
  if (!abroad.length) return undefined;
  if (safeguard.value === 'adequacy' && !abroad.some((country) => adequateCountries.has(country))) {
    const country = abroad[0];
    return country === DPF_COUNTRY
      ? message('safeguardUsAdequacy')
      : message('safeguardNoAdequacy', { country: countryArg(country) });
  }
  if (safeguard.value === 'dpf' && !abroad.includes(DPF_COUNTRY))
    return message('safeguardDpfOutsideUs', { country: countryArg(abroad[0]) });
  return undefined;
}

export const thirdCountrySafeguard: Rule = {
  meta: {
    id: 'third-country-safeguard',
    defaultSeverity: 'error',
    title: { de: 'Drittlandübermittlung ohne Garantie', en: 'Third-country transfer without safeguard' },
    description: {
      de: 'Geht ein Empfänger außerhalb des EWR Daten an, oder nennt die Erklärung eine Übermittlung in ein Drittland, braucht sie einen Angemessenheitsbeschluss (Art. 45) oder eine Garantie (Standardvertragsklauseln, BCR, Art. 49). Für die USA gilt der Angemessenheitsbeschluss nur für nach dem Data Privacy Framework zertifizierte Unternehmen (safeguard: dpf). Angemessenheitsbeschlüsse gelten am 30.11.2026 u. a. für das Vereinigte Königreich (GB, erneuert bis 27.12.2031), die Schweiz, Japan, Südkorea und Brasilien (seit 26.01.2026).',
      en: 'Where a recipient outside the EEA gets data, or the policy states a transfer to a third country, it needs an adequacy decision (Art. 45) or a safeguard (standard contractual clauses, BCR, Art. 49). For the United States the adequacy decision covers only organisations certified under the Data Privacy Framework (safeguard: dpf). On 30 Nov 2026 adequacy decisions cover, among others, the United Kingdom (GB, renewed until 27 Dec 2031), Switzerland, Japan, South Korea and Brazil (since 26 Jan 2026).',
    },
    articles: 'Art. 13 Abs. 1 lit. f, Art. 44–49 DSGVO',
    sources: [GDPR, ...adequacySources],
  },
  check(context) {
    const { model } = context;
    for (const recipient of model.recipients as readonly Recipient[]) {
      const countries = countriesOf(recipient).filter(validCountry);
      const safeguards = itemsOf(recipient.value?.fields.safeguard);
      const wrong = reportMisfits(context, countries, safeguards);
      for (const country of countries) {
        if (covered(country.text, safeguards) || wrong) continue;
        context.report({
          span: country.span,
          message: message('recipientNoSafeguard', {
            id: recipient.id,
            country: countryArg(country.text),
            us: usHint(country.text),
          }),
        });
      }
    }
    for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>) {
      if (transfer.kind !== 'object') continue;
      const country = transfer.fields.country;
      if (!country || !validCountry(country)) continue;
      const safeguards = itemsOf(transfer.fields.safeguard);
      if (reportMisfits(context, [country], safeguards)) continue;
      if (covered(country.text, safeguards)) continue;
      // A transfer without a safeguard of its own is covered when every recipient it names has one.
      const recipients = transfer.fields.recipients?.items ?? [];
      const allCovered =
        recipients.length > 0 &&
        recipients.every((ref) => {
          const own = itemsOf(
            (model.definitions.recipients.get(ref.id) as Recipient | undefined)?.value?.fields.safeguard,
          );
          return own.length > 0 && covered(country.text, own);
        });
      if (!allCovered)
        context.report({
          span: country.span,
          message: message('transferNoSafeguard', { country: countryArg(country.text), us: usHint(country.text) }),
        });
    }
  },
};

/** For the United States, the Data Privacy Framework is a safeguard too: said in the message. */
function usHint(country: string): Message | string {
  return country === DPF_COUNTRY ? message('safeguard.usHint') : '';
}

function validCountry(country: TextValue): boolean {
  return isCountryCode(country.text);
}

/** Reports each safeguard that fits none of the countries; true when one was reported. */
function reportMisfits(
  context: RuleContext,
  countries: readonly TextValue[],
  safeguards: readonly EnumValue[],
): boolean {
  let reported = false;
  for (const safeguard of safeguards) {
    const why = misfit(
      countries.map((country) => country.text),
      safeguard,
    );
    if (!why) continue;
    context.report({ span: safeguard.span, message: why });
    reported = true;
  }
  return reported;
}
