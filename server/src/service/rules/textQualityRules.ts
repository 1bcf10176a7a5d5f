import { isTranslationPlaceholder } from '../clauses/policyLanguages';
import { message } from '../l10n/messages';
import type { TextValue } from '../model/model';
import type { Rule } from './rule';
import { checkAuthorTexts } from './authorTexts';
import { forEachMatch, type TextFinding, type TextScan } from './textSpans';
import type { LegalSource } from '../schema/law/sources';

const WP260: LegalSource = {
  title:
    'Art.-29-Datenschutzgruppe, Leitlinien für Transparenz gemäß der Verordnung 2016/679 (WP260 rev.01, 11.04.2018)',
  kind: 'guidance',
  unverified: 'Randnummer 13; Inhalt (Vorbehalte wie „may“, „might“, „some“ vermeiden) über Zusammenfassungen gelesen',
};

const spacingCache = new WeakMap<TextValue, readonly TextFinding[]>();
const doubledCache = new WeakMap<TextValue, readonly TextFinding[]>();
const placeholderCache = new WeakMap<TextValue, readonly TextFinding[]>();
const vagueCache = new WeakMap<TextValue, readonly TextFinding[]>();
const vagueCacheEnglish = new WeakMap<TextValue, readonly TextFinding[]>();

/**
 * Punctuation directly followed by a letter: "Fragen,plain" or "Daten.Wir". A full stop counts only between a
 * word of two or more letters and a capitalised word, so "z.B.", "d.h.", "Art.6", "1.000" and domain names such
 * as "beispiel.de" pass; tokens that are addresses (URLs, e-mail) are skipped.
 */
const missingSpace = /[,;:!?](?=\p{L})|(?<=\p{L}\p{Ll})\.(?=\p{Lu}\p{Ll})/gu;
const addressToken = /:\/\/|@|^www\.|^[\p{L}\p{N}.-]+\.(?:de|com|org|net|eu|at|ch|io|info|html?)(?:[/?#:]|$)/iu;

export const textSpacing: Rule = {
  meta: {
    id: 'text-spacing',
    defaultSeverity: 'hint',
    title: { de: 'Leerzeichen fehlt', en: 'Missing space' },
    description: {
      de: 'Nach Komma, Semikolon, Doppelpunkt, Ausrufe- und Fragezeichen und nach einem Satzende folgt ein Leerzeichen. Abkürzungen wie „z.B.“, Zahlen wie „1.000“, Paragrafen wie „Art.6“, Web- und E-Mail-Adressen zählen nicht.',
      en: 'A comma, semicolon, colon, exclamation or question mark, and the end of a sentence are followed by a space. Abbreviations such as "z.B.", numbers such as "1.000", references such as "Art.6", web and e-mail addresses do not count.',
    },
  },
  check(context) {
    checkAuthorTexts(
      context,
      spacingCache,
      (value, read, report) => {
        const tokens = new TokenReader(value.text);
        forEachMatch(read, value, missingSpace, (match, span, map) => {
          if (addressToken.test(tokens.around(match.index))) return;
          const fixable = map.isVerbatim(match.index, match.index + 2);
          report({
            span,
            message: message('textSpacing', { mark: match[0] }),
            fixData: fixable ? { insertText: span.end, text: ' ', safe: true } : undefined,
          });
        });
      },
      'prose',
    );
  },
};

/** The runs of non-space characters around increasing indices, each run read once. */
class TokenReader {
  private start = 0;
  private end = 0;
  private token = '';

  constructor(private readonly value: string) {}

  around(index: number): string {
    if (index >= this.start && index < this.end) return this.token;
    let start = index;
    while (start > this.end && !isSpace(this.value.charCodeAt(start - 1))) start--;
    let end = index;
    while (end < this.value.length && !isSpace(this.value.charCodeAt(end))) end++;
    this.start = start;
    this.end = end;
    // An address is short; a long run without spaces is judged by its start.
    this.token = this.value.slice(start, Math.min(end, start + 300));
    return this.token;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

const doubled = /(?<![\p{L}\p{N}])(\p{L}+)[ \t\n]+\1(?![\p{L}\p{N}])/giu;
/** Words that German grammar doubles: "Personen, die die Daten …", "Wenn Sie sie löschen …". */
const legitimatelyDoubled = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'sie', 'was', 'wer', 'that', 'had']);

export const doubledWord: Rule = {
  meta: {
    id: 'doubled-word',
    defaultSeverity: 'hint',
    title: { de: 'Doppeltes Wort', en: 'Doubled word' },
    description: {
      de: 'Dasselbe Wort steht zweimal hintereinander („und und“). Artikel und Pronomen, die die Grammatik verdoppelt („die die“), zählen nicht.',
      en: 'The same word stands twice in a row ("und und"). Articles and pronouns that grammar doubles ("die die") do not count.',
    },
  },
  check(context) {
    checkAuthorTexts(
      context,
      doubledCache,
      (value, read, report) => {
        forEachMatch(read, value, doubled, (match, _span, map) => {
          const word = match[1];
          if (legitimatelyDoubled.has(word.toLowerCase())) return;
          const second = match.index + match[0].length - word.length;
          const span = map.span(second, second + word.length);
          if (!span) return;
          const removeFrom = match.index + word.length;
          const removable = map.span(removeFrom, match.index + match[0].length);
          report({
            span,
            message: message('doubledWord', { word }),
            fixData:
              removable && map.isVerbatim(removeFrom, match.index + match[0].length)
                ? { deleteSpan: removable }
                : undefined,
          });
        });
      },
      'prose',
    );
  },
};

/** Generator placeholders ("[Firmenname]", "<Name>"), editing marks and filler text. */
const placeholderPattern =
  /\[(?:\p{Lu}[^[\]\n]{0,60}|\.\.\.|…|_+)\]|<\p{Lu}[^<>\n]{0,60}>|(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD|XXX)(?![\p{L}\p{N}])|[Ll]orem ipsum|_{3,}/gu;

export const leftoverPlaceholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    title: { de: 'Platzhalter oder Bearbeitungsvermerk', en: 'Placeholder or editing mark' },
    description: {
      de: 'Im Text steht noch ein Platzhalter aus einer Vorlage („[Firmenname]“, „<Name>“, „____“), ein Vermerk wie TODO oder FIXME oder Blindtext. Er würde so veröffentlicht.',
      en: 'The text still holds a template placeholder ("[Firmenname]", "<Name>", "____"), a mark such as TODO or FIXME, or filler text. It would be published as it is.',
    },
  },
  check(context) {
    checkAuthorTexts(context, placeholderCache, (value, read, report) => {
      // "TODO: translate" marks a missing translation, which translation-missing reports.
      if (isTranslationPlaceholder(value.text)) return;
      forEachMatch(read, value, placeholderPattern, (match, span) => {
        report({ span, message: message('placeholder', { text: match[0] }) });
      });
    });
  },
};

/** Wording the Article 29 Working Party names as too vague for a transparent notice (WP260 rev.01, para. 13). */
const vagueWords =
  /(?<![\p{L}\p{N}])(?:kann|können|könnte|könnten|ggf\.|gegebenenfalls|unter Umständen|u\. ?U\.|möglicherweise|eventuell|evtl\.|einige[nmrs]?|gelegentlich(?:e[nmrs]?)?)(?![\p{L}\p{N}])/gu;
const modal = /^k(?:ann|önnen|önnte|önnten)$/u;

export const vagueWording: Rule = {
  meta: {
    id: 'vague-wording',
    defaultSeverity: 'hint',
    title: { de: 'Vage Formulierung', en: 'Vague wording' },
    description: {
      de: 'Wörter wie „kann“, „ggf.“, „einige“ oder „unter Umständen“ lassen offen, ob und wie Daten verarbeitet werden; die Artikel-29-Gruppe nennt sie als Beispiele schlechter Transparenz. Nicht gezählt werden „Sie können …“ für die Rechte des Lesers, verneinte Sätze („ohne E-Mail-Adresse können wir nicht antworten“) und der Zweck im Infinitiv („um … antworten zu können“). Englische Texte (policy.languages oder language: en) werden auf „may“, „might“, „could“, „some“, „often“, „possibly“, „where applicable“ und Ähnliches geprüft, mit denselben Ausnahmen („You may withdraw your consent“, verneinte Sätze, der Monat „May“). Geprüft werden alle Texte der Erklärung.',
      en: 'Words such as "kann" (may), "ggf." (if applicable), "einige" (some) or "unter Umständen" (possibly) leave open whether and how data is processed; the Article 29 Working Party names them as examples of poor transparency. Not counted: "Sie können ..." about the reader\'s own rights, negated sentences ("without an e-mail address we cannot reply") and a purpose in the infinitive ("um ... antworten zu können"). English texts (policy.languages, or language: en) are checked for "may", "might", "could", "some", "often", "possibly", "where applicable" and the like, with the same exceptions ("You may withdraw your consent", negated sentences, the month "May"). Every text of the policy is checked.',
    },
    articles: 'Art. 12 Abs. 1 DSGVO; WP260 rev.01, Rn. 13',
    sources: [WP260],
  },
  check(context) {
    // German texts with German wording, English texts (policy.languages, or language: en) with English wording.
    checkAuthorTexts(context, vagueCache, scanGerman, 'prose', 'de');
    checkAuthorTexts(context, vagueCacheEnglish, scanEnglish, 'prose', 'en');
  },
};

const scanGerman: TextScan = (value, read, report) => {
  forEachMatch(read, value, vagueWords, (match, span) => {
    if (modal.test(match[0]) && (aboutTheReader(value.text, match.index) || negated(value.text, match.index))) return;
    // "um … wiederherstellen zu können": an infinitive of purpose says what the processing is for.
    if (modal.test(match[0]) && /(?<![\p{L}])zu\s+$/u.test(value.text.slice(Math.max(0, match.index - 4), match.index)))
      return;
    report({ span, message: message('vagueWording', { word: match[0] }) });
  });
};

/**
 * The English words WP260 rev.01 (para. 13) names: "may", "might", "some", "often", "possible", and the like. Not
 * counted, as in German: "You may withdraw your consent" (the reader's rights), negated sentences ("we could not
 * reply without it") and the month ("1 May 2026").
 */
const vagueWordsEnglish =
  /(?<![\p{L}\p{N}])(?:may|might|could|possibly|possible|perhaps|some|often|occasionally|various|where applicable|if applicable|as appropriate|from time to time)(?![\p{L}\p{N}])/giu;
const modalEnglish = /^(?:may|might|could)$/iu;

const scanEnglish: TextScan = (value, read, report) => {
  const text = value.text;
  forEachMatch(read, value, vagueWordsEnglish, (match, span) => {
    const word = match[0];
    if (
      word === 'May' &&
      (/\d[ \u00a0]*$/u.test(text.slice(0, match.index)) || /^[ \u00a0]*\d/u.test(text.slice(match.index + 3)))
    )
      return;
    if (modalEnglish.test(word) && (aboutTheReaderEnglish(text, match.index) || negatedEnglish(text, match.index)))
      return;
    report({ span, message: message('vagueWording', { word }) });
  });
};

/** The sentence around an index, at most 500 characters either way. */
function sentenceAround(value: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && !/[.!?\n]/.test(value[start - 1]) && index - start < 500) start--;
  while (end < value.length && !/[.!?\n]/.test(value[end]) && end - index < 500) end++;
  return value.slice(start, end);
}

/** "You may object at any time": a modal verb in a sentence to the reader, with no "we" in it. */
function aboutTheReaderEnglish(value: string, index: number): boolean {
  const sentence = sentenceAround(value, index);
  return /\byou\b/iu.test(sentence) && !/\b(?:we|us|our)\b/iu.test(sentence);
}

/** "Without an e-mail address we could not reply": a negated modal states what cannot happen. */
function negatedEnglish(value: string, index: number): boolean {
  let end = index;
  while (end < value.length && !/[.!?\n]/.test(value[end]) && end - index < 300) end++;
  return /\b(?:not|never|no)\b|n't\b/iu.test(value.slice(index, end));
}

/** "Ohne E-Mail-Adresse können wir nicht antworten": a modal verb that is negated states what cannot happen, which is not vague. */
function negated(value: string, index: number): boolean {
  let end = index;
  while (end < value.length && !/[.!?\n]/.test(value[end]) && end - index < 300) end++;
  return /(?<![\p{L}])(?:nicht|kein(?:e[nmrs]?)?)(?![\p{L}])/u.test(value.slice(index, end));
}

/** A modal verb in a sentence addressed to the reader ("Sie können …") with no "wir" in it describes the reader's options. */
function aboutTheReader(value: string, index: number): boolean {
  let start = index;
  let end = index;
  while (start > 0 && !/[.!?\n]/.test(value[start - 1]) && index - start < 500) start--;
  while (end < value.length && !/[.!?\n]/.test(value[end]) && end - index < 500) end++;
  const sentence = value.slice(start, end);
  return /\bSie\b/u.test(sentence) && !/\b[Ww]ir\b/u.test(sentence);
}
