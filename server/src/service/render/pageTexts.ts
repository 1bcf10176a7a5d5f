import type { PageLanguage } from '../clauses/policyLanguages';
import { englishPage } from './englishPageText';
import { germanPage } from './germanPageText';
import type { PageText } from './pageText';

/** The page's words in each language it can be published in. */
export const pageTexts: Readonly<Record<PageLanguage, PageText>> = { de: germanPage, en: englishPage };
