/**
 * The languages a policy is published in (`policy.languages`, else `policy.language`, else German) and its
 * texts in each. A text written once is in the policy's first language; a text written per language
 * (`de: …` / `en: …`) has each.
 */
import type { PolicyModel, TextValue } from '../model/model';

export type PageLanguage = 'de' | 'en';

export const pageLanguages: readonly PageLanguage[] = ['de', 'en'];

export function isPageLanguage(value: string | undefined): value is PageLanguage {
  return value === 'de' || value === 'en';
}

export interface PolicyLanguages {
  /** The language texts written once are in: `language`, else the first of `languages`, else German. */
  readonly primary: PageLanguage;
  /** The languages the policy is published in, the primary first. */
  readonly published: readonly PageLanguage[];
}

export function policyLanguages(model: PolicyModel): PolicyLanguages {
  const meta = model.root.fields.policy?.fields;
  const listed = (meta?.languages?.items ?? []).map((item) => item.value).filter(isPageLanguage);
  const declared = meta?.language?.value;
  const primary = isPageLanguage(declared) ? declared : (listed[0] ?? 'de');
  const published = [primary, ...listed.filter((language) => language !== primary)];
  return { primary, published: [...new Set(published)] };
}

/** What the quick fix for a missing translation writes, for the author to replace; it counts as not translated. */
export const translationPlaceholders: Readonly<Record<PageLanguage, string>> = {
  de: 'TODO: übersetzen',
  en: 'TODO: translate',
};

/** Whether a text is the placeholder of a missing translation (see translationPlaceholders). */
export function isTranslationPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === translationPlaceholders.de || trimmed === translationPlaceholders.en;
}

/**
 * A text in one language: its translation when written per language, the text itself when written once in
 * the primary language; undefined when it is not given in that language.
 */
export function translationOf(value: TextValue, language: PageLanguage, primary: PageLanguage): string | undefined {
  const text = value.translations
    ? value.translations.entries.find((entry) => entry.language === language)?.value.text
    : language === primary
      ? value.text
      : undefined;
  return text === undefined || isTranslationPlaceholder(text) ? undefined : text;
}
