import type { Bilingual, Locale } from '../l10n/messages';
import type {
  Category,
  Definition,
  EnumValue,
  ListValue,
  PolicyModel,
  Purpose,
  Recipient,
  TextValue,
} from '../model/model';
import { countryName } from '../schema/countries';
import type { EnumChoice } from '../schema/schemaTypes';
import { legalBases, recipientRoles, safeguards } from '../schema/vocabulary';
import { escapeMarkdown, markdownCode } from '../text/markdown';

const words = {
  purposes: { de: 'Zweck', en: 'Purpose' },
  recipients: { de: 'Empfänger', en: 'Recipient' },
  categories: { de: 'Datenkategorie', en: 'Data category' },
  legalBasis: { de: 'Rechtsgrundlage', en: 'Legal basis' },
  legitimateInterest: { de: 'Berechtigtes Interesse', en: 'Legitimate interest' },
  role: { de: 'Rolle', en: 'Role' },
  country: { de: 'Land', en: 'Country' },
  safeguard: { de: 'Garantie', en: 'Safeguard' },
  data: { de: 'Daten', en: 'Data' },
  purposeList: { de: 'Zwecke', en: 'Purposes' },
  recipientList: { de: 'Empfänger', en: 'Recipients' },
  retention: { de: 'Speicherdauer', en: 'Retention' },
  usedBy: { de: 'Verwendet von', en: 'Used by' },
  nobody: { de: 'niemand (ausdrücklich)', en: 'nobody (stated explicitly)' },
  notStated: { de: 'nicht angegeben', en: 'not stated' },
  references: { de: 'Verweise', en: 'References' },
} satisfies Record<string, Bilingual>;

/** A text as Markdown, in each language it is written in: "Kundendaten / Customer data". */
function inEachLanguage(value: TextValue): string {
  const texts = value.translations ? value.translations.entries.map((entry) => entry.value.text) : [value.text];
  return texts.map(escapeMarkdown).join(' / ');
}

/** Markdown for a definition: what a reader of the policy would learn about it. */
export function describeDefinition(definition: Definition, model: PolicyModel, locale: Locale): string {
  const heading = `**${words[definition.kind][locale]}** ${markdownCode(definition.id)}`;
  const title = definition.value?.fields.title as TextValue | undefined;
  const lines = [title ? `${heading}: ${inEachLanguage(title)}` : heading];
  const add = (label: Bilingual, value: string | undefined) =>
    lines.push(`${label[locale]}: ${value ?? `*${words.notStated[locale]}*`}`);
  switch (definition.kind) {
    case 'purposes': {
      const fields = (definition as Purpose).value?.fields;
      add(words.legalBasis, listLabels(fields?.legalBasis, legalBases, locale));
      if (fields?.legitimateInterest) add(words.legitimateInterest, inEachLanguage(fields.legitimateInterest));
      break;
    }
    case 'recipients': {
      const fields = (definition as Recipient).value?.fields;
      add(words.role, fields?.role && choiceLabel(fields.role, recipientRoles, locale));
      if (fields?.country?.items.length)
        add(
          words.country,
          escapeMarkdown(
            fields.country.items.map((country) => countryName(country.text, locale) ?? country.text).join(', '),
          ),
        );
      if (fields?.safeguard?.items.length) add(words.safeguard, listLabels(fields.safeguard, safeguards, locale));
      break;
    }
    case 'categories': {
      const fields = (definition as Category).value?.fields;
      if (fields?.data) add(words.data, fields.data.items.map(inEachLanguage).join(', '));
      add(
        words.purposeList,
        fields?.purposes?.items.length
          ? titlesOf(
              fields.purposes.items.map((ref) => ref.id),
              model.definitions.purposes,
            )
          : undefined,
      );
      const recipients = fields?.recipients;
      add(
        words.recipientList,
        recipients?.kind === 'none'
          ? words.nobody[locale]
          : recipients?.items.length
            ? titlesOf(
                recipients.items.map((ref) => ref.id),
                model.definitions.recipients,
              )
            : undefined,
      );
      add(words.retention, fields?.retention && inEachLanguage(fields.retention));
      break;
    }
  }
  if (definition.kind !== 'categories') {
    const users = usersOf(definition, model);
    lines.push(
      `${words.usedBy[locale]}: ${users.length ? users.map(markdownCode).join(', ') : `*${words.notStated[locale]}*`}`,
    );
  }
  return lines.join('\n\n');
}

/** Ids of the categories that refer to a purpose or recipient. */
function usersOf(definition: Definition, model: PolicyModel): string[] {
  const users: string[] = [];
  for (const category of model.categories) {
    const fields = category.value?.fields;
    const refs = definition.kind === 'purposes' ? fields?.purposes : fields?.recipients;
    if (refs?.kind === 'list' && refs.items.some((ref) => ref.id === definition.id)) users.push(category.id);
  }
  return users;
}

function titlesOf(ids: readonly string[], defined: ReadonlyMap<string, Definition>): string {
  return ids
    .map((id) => {
      const title = defined.get(id)?.value?.fields.title as TextValue | undefined;
      return title ? `${inEachLanguage(title)} (${markdownCode(id)})` : markdownCode(id);
    })
    .join(', ');
}

function listLabels(
  list: ListValue<EnumValue> | undefined,
  choices: readonly EnumChoice[],
  locale: Locale,
): string | undefined {
  if (!list || list.items.length === 0) return undefined;
  return list.items.map((item) => choiceLabel(item, choices, locale)).join('; ');
}

function choiceLabel(value: EnumValue, choices: readonly EnumChoice[], locale: Locale): string {
  return choices.find((choice) => choice.value === value.value)?.label[locale] ?? escapeMarkdown(value.value);
}
