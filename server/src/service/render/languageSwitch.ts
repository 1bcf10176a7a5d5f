/**
 * The preview's switch between the languages a policy is published in: buttons the preview's script answers
 * (media/src/preview.ts). Only the preview has it; a published page is one language, linked by the site.
 */
import type { PageLanguage } from '../clauses/policyLanguages';
import { el, type Html } from './html';

/** Each language by its own name, as language switches write them. */
const ownNames: Readonly<Record<PageLanguage, string>> = { de: 'Deutsch', en: 'English' };
const switchLabel: Readonly<Record<PageLanguage, string>> = { de: 'Sprache der Seite', en: 'Language of the page' };

export function languageSwitch(current: PageLanguage, languages: readonly PageLanguage[]): Html {
  return el(
    'nav',
    { class: 'language-switch', 'aria-label': switchLabel[current] },
    languages.map((language) =>
      el(
        'button',
        { type: 'button', lang: language, 'data-language': language, 'aria-pressed': String(language === current) },
        ownNames[language],
      ),
    ),
  );
}
