import {
  isPageLanguage,
  isTranslationPlaceholder,
  policyLanguages,
  translationPlaceholders,
  type PageLanguage,
} from '../clauses/policyLanguages';
import { message, type Bilingual } from '../l10n/messages';
import type { BoundValue, ObjectValue, PolicyModel, TextValue } from '../model/model';
import { policySchema } from '../schema/policySchema';
import type { FieldSchema } from '../schema/schemaTypes';
import { languages as languageChoices } from '../schema/vocabulary';
import type { Rule } from './rule';
import { addItemFix } from './ruleSupport';

/**
 * A policy published in several languages says the same in each: every text for readers exists in every
 * language, or the page in that language shows it in another. Art. 12(1) GDPR wants the information intelligible
 * to those it addresses; where a controller addresses readers in a language, the information is to be given in
 * it (Art. 29 Working Party, Guidelines on transparency, WP260 rev.01, para. 13).
 */
export const translationMissing: Rule = {
  meta: {
    id: 'translation-missing',
    defaultSeverity: 'warning',
    title: { de: 'Übersetzung fehlt', en: 'Translation missing' },
    description: {
      de: 'Eine Erklärung, die in mehreren Sprachen erscheint (policy.languages), gibt jeden Text für Leser in jeder Sprache: `title: { de: …, en: … }`. Fehlt eine Sprache oder steht dort noch der Platzhalter „TODO: translate“, zeigt die Seite in dieser Sprache den Text, wie er ist, und führt ihn als Lücke auf. Die Schnellkorrektur fügt den Platzhalter ein.',
      en: 'A policy published in several languages (policy.languages) gives each text for readers in each language: `title: { de: …, en: … }`. Where a language is missing, or still holds the placeholder "TODO: translate", the page in that language shows the text as written and lists it as a gap. The quick fix inserts the placeholder.',
    },
    articles: 'Art. 12(1) GDPR; WP260 rev.01, para. 13',
  },
  check(context) {
    const { primary, published } = policyLanguages(context.model);
    if (published.length < 2) return;
    const languages = languageList(published);
    for (const value of translatableTexts(context.model)) {
      for (const language of published) {
        const entry = value.translations?.entries.find((candidate) => candidate.language === language);
        const written = value.translations ? entry?.value.text : language === primary ? value.text : undefined;
        const name = languageName(language);
        if (written !== undefined && isTranslationPlaceholder(written)) {
          context.report({
            span: entry?.value.span ?? value.span,
            message: message('translationPlaceholder', { language: name, placeholder: written.trim() }),
          });
        } else if (written === undefined || !written.trim()) {
          context.report({
            span: value.translations?.entries[0].keySpan ?? value.span,
            message: message('translationMissing', { language: name, languages, code: language }),
            fixData: { translate: language, placeholder: translationPlaceholders[language], primary },
          });
        }
      }
    }
  },
};

/**
 * `policy.language` names the language texts written once are in; `policy.languages` the languages the page is
 * published in. A language in the first and not the second would publish a page nobody listed.
 */
export const languageNotListed: Rule = {
  meta: {
    id: 'language-not-listed',
    defaultSeverity: 'warning',
    title: { de: 'Sprache fehlt unter languages', en: 'Language missing from languages' },
    description: {
      de: '`policy.language` nennt eine Sprache, die `policy.languages` nicht aufführt. Die Seite erschiene dann auch in dieser Sprache, obwohl die Liste sie nicht nennt; Texte, die nur einmal geschrieben sind, gälten als in ihr verfasst. Die Schnellkorrektur nimmt die Sprache in `languages` auf.',
      en: '`policy.language` names a language that `policy.languages` does not list. The page would then be published in that language too, though the list does not name it, and texts written once would count as written in it. The quick fix adds the language to `languages`.',
    },
    articles: 'Art. 12 Abs. 1 DSGVO',
  },
  check(context) {
    const meta = context.model.root.fields.policy?.fields;
    const language = meta?.language;
    const list = meta?.languages;
    if (!language || !isPageLanguage(language.value) || list?.kind !== 'list' || list.items.length === 0) return;
    const listed = list.items.map((item) => item.value);
    if (listed.includes(language.value)) return;
    context.report({
      span: language.span,
      message: message('languageNotListed', {
        code: language.value,
        language: languageName(language.value),
        languages: listed.join(', '),
      }),
      fixData: addItemFix(list, language.value),
    });
  },
};

function languageName(language: PageLanguage): Bilingual {
  return languageChoices.find((choice) => choice.value === language)!.label;
}

function languageList(languages: readonly PageLanguage[]): Bilingual {
  const names = languages.map(languageName);
  const join = (locale: 'de' | 'en', and: string) => {
    const words = names.map((name) => name[locale]);
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  };
  return { de: join('de', 'und'), en: join('en', 'and') };
}

const textsOfModel = new WeakMap<PolicyModel, readonly TextValue[]>();

/** Every text for readers the policy gives (TextSchema.translatable), in document order of the schema. */
export function translatableTexts(model: PolicyModel): readonly TextValue[] {
  let texts = textsOfModel.get(model);
  if (!texts) {
    const found: TextValue[] = [];
    collect(policySchema, model.root, found);
    textsOfModel.set(model, (texts = found));
  }
  return texts;
}

function collect(schema: FieldSchema, value: BoundValue | undefined, found: TextValue[]): void {
  if (!value) return;
  switch (schema.kind) {
    case 'text':
      if (schema.translatable && value.kind === 'text') found.push(value);
      return;
    case 'object':
      if (value.kind !== 'object') return;
      for (const name in schema.fields) collect(schema.fields[name], (value as ObjectValue).fields[name], found);
      return;
    case 'definitions':
      if (value.kind !== 'definitions') return;
      for (const entry of value.entries) collect(schema.entry, entry.value, found);
      return;
    case 'list':
      if (value.kind !== 'list') return;
      for (const item of value.items) collect(schema.item, item, found);
      return;
    case 'textMap':
      if (value.kind !== 'textMap') return;
      for (const entry of value.entries) if (entry.value) found.push(entry.value);
      return;
    default:
      return;
  }
}
