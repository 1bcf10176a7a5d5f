/**
 * Special categories the author did not declare: a data category whose title, description or data items name
 * health data, religion, trade-union membership, biometric or genetic data, ethnic origin, political opinions,
 * sex life or orientation (Art. 9(1) GDPR), or criminal convictions (Art. 10), without saying so in `special`.
 */
import { message } from '../l10n/messages';
import { specialOf } from '../clauses/policyFacts';
import type { Category, TextValue } from '../model/model';
import { specialTermsIn } from '../schema/law/specialCategoryTerms';
import { GDPR, type LegalSource } from '../schema/law/sources';
import { specialCategories } from '../schema/vocabulary';
import { inSentence, labelOf, valueWithLabel } from './legalPhrases';
import type { Rule } from './rule';
import { addItemFix, insertKeysFix } from './ruleSupport';
import { categoryTexts } from './authorTexts';
import { ScalarSourceMap } from './textSpans';

const TERMS: LegalSource = {
  title:
    'Begriffsliste research/law/special-categories.json (Stand 30.11.2026), nach Art. 4 Nr. 13–15, Art. 9, Art. 10 und ErwG 35, 51 DSGVO',
  kind: 'editorial',
  unverified:
    'Ob die Krankenkassenzugehörigkeit Gesundheitsdatum ist, ist umstritten (hier: nein); Wortlaut von § 72a SGB VIII und § 30a BZRG nicht erneut gelesen',
};
const CASES: LegalSource = {
  title:
    'EuGH, Urt. v. 01.08.2022, C-184/20 (mittelbar offenbarte Daten); Urt. v. 04.10.2024, C-21/23 (Lindenapotheke)',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0184',
  kind: 'case-law',
};

/** The terms found in a text, once per bound value: a keystroke re-binds only the chunk it changed. */
const termsCache = new WeakMap<TextValue, ReturnType<typeof specialTermsIn>>();
function termsOf(text: TextValue): ReturnType<typeof specialTermsIn> {
  let found = termsCache.get(text);
  if (!found) {
    found = specialTermsIn(text.text);
    termsCache.set(text, found);
  }
  return found;
}

export const specialCategoryUndeclared: Rule = {
  meta: {
    id: 'special-category-undeclared',
    defaultSeverity: 'error',
    title: { de: 'Besondere Kategorie nicht angegeben', en: 'Special category not declared' },
    description: {
      de: 'Titel, Beschreibung oder Datenarten einer Kategorie nennen besondere Kategorien personenbezogener Daten (Art. 9 Abs. 1 DSGVO) – Gesundheit (Diagnose, Krankheit, Arbeitsunfähigkeit, Behinderung, Medikation, Verordnung, Impfstatus, Allergien …), Religion (auch das Kirchensteuermerkmal), Gewerkschaftszugehörigkeit, biometrische und genetische Daten, ethnische Herkunft, politische Meinungen, Sexualleben und sexuelle Orientierung – oder Daten über Straftaten (Art. 10: Führungszeugnis, Vorstrafen), aber `special` sagt es nicht. Dann fehlt auch die Ausnahme nach Art. 9 Abs. 2. Die Wortliste mit Wortformen und Beinahe-Treffern, die nicht zählen (Gesundheitsamt, Krankenkasse, Fahrzeugdiagnose, Vertragsstrafe, „zur Aufklärung von Straftaten“ …), steht in docs/rules.md. Die Schnellkorrektur ergänzt `special`.',
      en: 'A category\'s title, description or data items name special categories of personal data (Art. 9(1) GDPR) – health (diagnosis, illness, incapacity for work, disability, medication, prescription, vaccination status, allergies ...), religion (including the church-tax code), trade-union membership, biometric and genetic data, ethnic origin, political opinions, sex life and sexual orientation – or criminal-offence data (Art. 10: certificate of good conduct, previous convictions), but `special` does not say so. Then the Art. 9(2) exception is missing too. The word list with its word forms and the near misses that do not count (Gesundheitsamt, Krankenkasse, Fahrzeugdiagnose, Vertragsstrafe, "zur Aufklärung von Straftaten" ...) is in docs/rules.md. The quick fix adds `special`.',
    },
    articles: 'Art. 9 Abs. 1, Art. 10, Art. 4 Nr. 13–15 DSGVO',
    sources: [GDPR, CASES, TERMS],
  },
  check(context) {
    const read = (start: number, end: number) => context.slice(start, end);
    for (const category of context.model.categories as readonly Category[]) {
      const value = category.value;
      if (!value) continue;
      let declared: Set<string> | undefined;
      let reported: Set<string> | undefined;
      for (const text of categoryTexts(value)) {
        for (const found of termsOf(text)) {
          const special = found.term.category;
          declared ??= new Set(specialOf(category).map((special) => special.value));
          reported ??= new Set<string>();
          if (declared.has(special) || reported.has(special)) continue;
          reported.add(special);
          const span = ScalarSourceMap.of(read, text)?.span(found.index, found.index + found.match.length) ?? text.span;
          const list = value.fields.special;
          context.report({
            span,
            message:
              special === 'criminal-convictions'
                ? message('specialUndeclared.criminal', { id: category.id, term: found.match })
                : message('specialUndeclared', {
                    id: category.id,
                    term: found.match,
                    special: inSentence(labelOf(special, specialCategories)),
                    value: valueWithLabel(special, specialCategories),
                  }),
            fixData: list
              ? addItemFix(list, special)
              : value.keys.special
                ? undefined
                : insertKeysFix(value, [{ key: 'special', value: special }]),
          });
        }
      }
    }
  },
};
