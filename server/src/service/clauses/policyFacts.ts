/** Facts the policy's data implies, read the same way by the clause conditions, the checks and the renderer. */
import type {
  AutomatedDecisionFields,
  Category,
  ClauseFields,
  EnumValue,
  ListValue,
  ObjectValue,
  PolicyModel,
  Purpose,
  Recipient,
  TextValue,
} from '../model/model';
import { eeaCountries } from '../schema/countries';
import type { PlaceholderScope } from './placeholders';

export function isFromElsewhere(category: Category): boolean {
  const fields = category.value?.fields;
  return Boolean(fields?.source) || (fields?.origin !== undefined && fields.origin.value !== 'data-subject');
}

/** The purposes a category names that are defined. */
export function purposesOf(model: PolicyModel, category: Category): Purpose[] {
  return (category.value?.fields.purposes?.items ?? []).flatMap((ref) => {
    const purpose = model.definitions.purposes.get(ref.id);
    return purpose ? [purpose as Purpose] : [];
  });
}

/** The recipients a category names that are defined. */
export function recipientsOf(model: PolicyModel, category: Category): Recipient[] {
  const recipients = category.value?.fields.recipients;
  if (!recipients || recipients.kind !== 'list') return [];
  return recipients.items.flatMap((ref) => {
    const recipient = model.definitions.recipients.get(ref.id);
    return recipient ? [recipient as Recipient] : [];
  });
}

/** The legal bases a set of purposes rests on, each once. */
export function basesOf(purposes: readonly Purpose[]): Set<string> {
  const bases = new Set<string>();
  for (const purpose of purposes)
    for (const basis of purpose.value?.fields.legalBasis?.items ?? []) bases.add(basis.value);
  return bases;
}

/** Whether a country is outside the EEA (a transfer there needs Art. 44-49 GDPR). */
export function isThirdCountry(country: string): boolean {
  return !eeaCountries.has(country);
}

/** Whether any data goes to a country outside the EEA: a transfer entry or a recipient seated there. */
export function hasThirdCountryTransfer(model: PolicyModel): boolean {
  if (
    (model.root.fields.transfers?.items ?? []).some(
      (transfer) => transfer.fields.country && isThirdCountry(transfer.fields.country.text),
    )
  )
    return true;
  return model.recipients.some((recipient) =>
    countriesOf(recipient as Recipient).some((country) => isThirdCountry(country.text)),
  );
}

/** The items of a list that may also be written as one item (`country: DE` or `country: [DE, US]`). */
export function itemsOf<T extends TextValue | EnumValue>(list: ListValue<T> | undefined): readonly T[] {
  return list?.kind === 'list' ? list.items : [];
}

/** The countries a recipient is seated or processes data in. */
export function countriesOf(recipient: Recipient | undefined): readonly TextValue[] {
  return itemsOf(recipient?.value?.fields.country);
}

/** The automated decisions the policy states, one or several. */
export function automatedDecisionsOf(model: PolicyModel): readonly ObjectValue<AutomatedDecisionFields>[] {
  const decisions = model.root.fields.automatedDecisions;
  if (!decisions || decisions.kind !== 'list') return [];
  return decisions.items.filter((item) => item.kind === 'object');
}

/** The special categories (Art. 9) and Art. 10 data a category declares. */
export function specialOf(category: Category | undefined): readonly EnumValue[] {
  return itemsOf(category?.value?.fields.special);
}

/** What a clause item's placeholders and conditions may read: its `with:` values and the entry it names. */
export function scopeOf(model: PolicyModel, item: ObjectValue<ClauseFields>): PlaceholderScope {
  const { with: params, category, recipient } = item.fields;
  return {
    params,
    category: category && (model.definitions.categories.get(category.id) as Category | undefined),
    recipient: recipient && (model.definitions.recipients.get(recipient.id) as Recipient | undefined),
  };
}
