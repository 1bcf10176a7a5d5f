/**
 * Children (Art. 8 GDPR): consent-based processing addressed to minors needs the minimum age and how the consent
 * of the holders of parental responsibility is obtained; in Germany a child consents itself from 16.
 */
import { message } from '../l10n/messages';
import type { Category, ChildrenFields, ObjectValue, Purpose, TextValue } from '../model/model';
import { GDPR, type LegalSource } from '../schema/law/sources';
import type { Rule, RuleContext } from './rule';
import { insertKeysFix } from './ruleSupport';
import type { Span } from '../text/positions';
import { ScalarSourceMap } from './textSpans';

const EDPB_05_2020: LegalSource = {
  title: 'EDPB Guidelines 05/2020 on consent (Version 1.1, 4 May 2020), Rn. 131–141',
  url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en',
  kind: 'guidance',
  unverified: 'Wortlaut über privacad.com gelesen; Schritt 3 von Beispiel 23 paraphrasiert',
};
const AGE_16: LegalSource = {
  title:
    'Art. 8 Abs. 1 UAbs. 2 DSGVO: Deutschland hat die Altersgrenze nicht gesenkt (Haufe, Deutsches Anwalt Office Premium, Rz. 43)',
  url: 'https://haufe.de/recht/deutsches-anwalt-office-premium/4-rechtsgrundlagen-der-verarbeitung-2-einwilligung-bei-diensten-der-informationsgesellschaft_idesk_PI17574_HI11400967.html',
  kind: 'secondary',
  unverified: 'ob 2025/2026 ein Gesetz die Grenze ändert (kein Hinweis gefunden)',
};

/** Words that say a processing is addressed to minors. Compounds such as "Kinderwagen" or "Kindergeld" do not count. */
const minors =
  /(?<![\p{L}])(?:Kind(?:er|ern)?|Kinder(?:club|portal|konto|bereich|seite|app|angebot|spiel)\p{L}*|Minderjährige[nr]?|Jugendliche[nr]?|Schüler(?:innen)?|Schulkinder[n]?|Jugend(?:abteilung|mannschaft|gruppe|training|arbeit)\p{L}*|unter\s+(?:1[0-7]|sechzehn|fünfzehn|vierzehn|dreizehn)\s+Jahren|Erziehungsberechtigte[nr]?|Eltern)(?![\p{L}])/giu;
/** The sentence denies it: "richtet sich nicht an Kinder", "keine Daten von Kindern". */
const denied = /(?<![\p{L}])(?:nicht|kein(?:e[nmrs]?)?|ausgeschlossen)(?![\p{L}])/iu;
/** Counselling offered to children needs no parental consent (Recital 38 sentence 3). */
const counselling = /(?:Beratung|Seelsorge|Kummer|Hilfetelefon)/iu;

const consentBases = new Set(['art6-1-a', 'art9-2-a', 'tdddg-25-1']);

/** Where a text says it addresses minors: the first such word, outside a denying or counselling sentence. */
function minorsIn(text: string): { index: number; length: number } | undefined {
  if (!/kind|minderj|jugend|schül|eltern|erziehung|unter\s/iu.test(text) || counselling.test(text)) return undefined;
  for (const match of text.matchAll(minors)) {
    const before = text.slice(0, match.index);
    const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
    const sentenceEnd = text.slice(match.index).search(/[.\n]/);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : match.index + sentenceEnd);
    if (denied.test(sentence)) continue;
    return { index: match.index, length: match[0].length };
  }
  return undefined;
}

function restsOnConsent(purposes: readonly (Purpose | undefined)[]): boolean {
  return purposes.some((purpose) =>
    (purpose?.value?.fields.legalBasis?.items ?? []).some((basis) => consentBases.has(basis.value)),
  );
}

const minorsCache = new WeakMap<TextValue, { found: ReturnType<typeof minorsIn> }>();

/** minorsIn, once per bound value. */
function minorsInValue(value: TextValue): ReturnType<typeof minorsIn> {
  let cached = minorsCache.get(value);
  if (!cached) {
    cached = { found: minorsIn(value.text) };
    minorsCache.set(value, cached);
  }
  return cached.found;
}

function firstSpan<T>(items: readonly T[], where: (item: T) => Span | undefined): Span | undefined {
  for (const item of items) {
    const span = where(item);
    if (span) return span;
  }
  return undefined;
}

/** The first place a purpose or category addresses minors and rests on consent. */
function addressedToMinors(context: RuleContext): { span: TextValue['span']; what: string } | undefined {
  const { model } = context;
  const read = (start: number, end: number) => context.slice(start, end);
  const where = (text: TextValue | undefined) => {
    if (!text) return undefined;
    const found = minorsInValue(text);
    if (!found) return undefined;
    return ScalarSourceMap.of(read, text)?.span(found.index, found.index + found.length) ?? text.span;
  };
  // The purposes that rest on consent, once: a category is read only when one of its purposes does.
  const consenting = new Set(
    (model.purposes as readonly Purpose[]).filter((purpose) => restsOnConsent([purpose])).map((purpose) => purpose.id),
  );
  if (!consenting.size) return undefined;
  for (const category of model.categories as readonly Category[]) {
    const fields = category.value?.fields;
    if (!(fields?.purposes?.items ?? []).some((ref) => consenting.has(ref.id))) continue;
    const span = where(fields?.title) ?? where(fields?.description) ?? firstSpan(fields?.data?.items ?? [], where);
    if (span) return { span, what: `category:${category.id}` };
  }
  for (const purpose of model.purposes as readonly Purpose[]) {
    if (!restsOnConsent([purpose])) continue;
    const fields = purpose.value?.fields;
    const span = where(fields?.title) ?? where(fields?.description);
    if (span) return { span, what: `purpose:${purpose.id}` };
  }
  return undefined;
}

export const childrenConsent: Rule = {
  meta: {
    id: 'children-consent',
    defaultSeverity: 'error',
    title: {
      de: 'Einwilligung Minderjähriger ohne Angaben nach Art. 8',
      en: 'Consent of minors without Art. 8 details',
    },
    description: {
      de: 'Richtet sich eine Verarbeitung, die auf einer Einwilligung beruht, an Minderjährige (ein Zweck, eine Kategorie oder `children.addressed: true` sagt es: Kinder, Jugendliche, Schüler, Jugendabteilung, „unter 16 Jahren“, Eltern …), muss die Erklärung sagen, ab welchem Alter die Person selbst einwilligt und wie die Einwilligung der Träger der elterlichen Verantwortung eingeholt und geprüft wird (Art. 8 Abs. 1 und 2 DSGVO; EDSA-Leitlinien 05/2020, Rn. 132–137: bei geringem Risiko kann eine Bestätigung per E-Mail an ein Elternteil genügen). Nicht gemeldet: Sätze, die Kinder ausschließen („richtet sich nicht an Kinder“), Beratungsangebote für Kinder (ErwG 38 S. 3), Wörter wie „Kinderwagen“ oder „Kindergeld“, Verarbeitungen ohne Einwilligung.',
      en: 'Where processing based on consent is addressed to minors (a purpose, a category or `children.addressed: true` says so: children, young people, pupils, youth section, "under 16", parents ...), the policy must say from what age the person consents themselves and how the consent of the holders of parental responsibility is obtained and checked (Art. 8(1) and (2) GDPR; EDPB Guidelines 05/2020, paras 132-137: in low-risk cases a confirmation e-mail to a parent may do). Not reported: sentences that exclude children ("not addressed to children"), counselling offered to children (Recital 38 sentence 3), words such as "Kinderwagen" (pram) or "Kindergeld" (child benefit), processing not based on consent.',
    },
    articles: 'Art. 8, Art. 7 Abs. 1, Art. 12 Abs. 1 DSGVO',
    sources: [GDPR, EDPB_05_2020, AGE_16],
  },
  check(context) {
    const { model } = context;
    const children = model.root.fields.children as ObjectValue<ChildrenFields> | undefined;
    if (children?.kind === 'object' && children.fields.parentalConsent) return;
    const addressed = children?.kind === 'object' && children.fields.addressed?.value === true;
    const found = addressedToMinors(context);
    const anyConsent = restsOnConsent(model.purposes as readonly Purpose[]);
    if (!found && !(addressed && anyConsent)) return;
    const [kind, id] = found ? found.what.split(':') : ['policy', ''];
    const what =
      kind === 'category'
        ? { de: `Die Datenkategorie „${id}“`, en: `Data category "${id}"` }
        : kind === 'purpose'
          ? { de: `Der Zweck „${id}“`, en: `Purpose "${id}"` }
          : { de: 'Das Angebot', en: 'The offer' };
    context.report({
      span: found?.span ?? children!.ownerSpan,
      message: message('childrenConsent', { what }),
      fixData:
        children?.kind === 'object'
          ? children.keys.parentalConsent
            ? undefined
            : insertKeysFix(children, [{ key: 'parentalConsent' }])
          : {
              setSection: {
                name: 'children',
                keys: [
                  { key: 'addressed', value: 'true' },
                  { key: 'minimumAge', value: '"16"' },
                  { key: 'parentalConsent' },
                ],
                label: 'children',
              },
            },
    });
  },
};

export const childrenAge: Rule = {
  meta: {
    id: 'children-age',
    defaultSeverity: 'error',
    title: { de: 'Einwilligungsalter unter 16 Jahren', en: 'Age of consent below 16' },
    description: {
      de: 'In Deutschland willigt ein Kind in einen Dienst der Informationsgesellschaft erst ab dem vollendeten 16. Lebensjahr selbst ein; Deutschland hat die Grenze nicht nach Art. 8 Abs. 1 UAbs. 2 DSGVO gesenkt. Ein niedrigeres `children.minimumAge` (etwa 13 aus US-Vorlagen nach COPPA) ist falsch; ein höheres (18) ist als Geschäftsbedingung möglich.',
      en: 'In Germany a child consents to an information society service itself only from its 16th birthday; Germany did not lower the age under Art. 8(1) subpara. 2 GDPR. A lower `children.minimumAge` (such as 13 from US templates under COPPA) is wrong; a higher one (18) is possible as a business term.',
    },
    articles: 'Art. 8 Abs. 1 DSGVO',
    sources: [GDPR, AGE_16],
  },
  check({ model, report }) {
    const children = model.root.fields.children as ObjectValue<ChildrenFields> | undefined;
    const age = children?.kind === 'object' ? children.fields.minimumAge : undefined;
    if (!age) return;
    const years = /^\s*(\d{1,2})\s*(?:Jahre)?\s*$/u.exec(age.text);
    if (!years || Number(years[1]) >= 16) return;
    report({
      span: age.span,
      message: message('childrenAge', { age: years[1] }),
      fixData: { replace: age.span, with: '"16"' },
    });
  },
};
