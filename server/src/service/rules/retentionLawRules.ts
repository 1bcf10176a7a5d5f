/**
 * Retention held against the law: a period shorter than a statute the policy itself names, ten years for
 * booking vouchers after 1 January 2025, and retention with no end at all.
 */
import { message } from '../l10n/messages';
import type { Category, Purpose, TextValue } from '../model/model';
import { retentionStatutes, type RetentionStatute, type StatutePeriod } from '../schema/law/retentionStatutes';
import { GDPR, type LegalSource } from '../schema/law/sources';
import type { Rule, RuleContext } from './rule';
import { periodDays, periodPattern } from '../text/periods';
import { sentencesOf } from './statedFacts';
import { ScalarSourceMap } from './textSpans';

const numberWords = [
  'null',
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];

/** A stated period in the retention text, with where it stands in the value. */
interface StatedPeriod {
  readonly text: string;
  readonly number: string;
  readonly days: number;
  readonly index: number;
}

/** A number that shares the unit of a later period: "Rechnungen acht, Briefe sechs Jahre". */
const elliptic =
  /(?<![\p{L}\p{N}])(\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?=\s*(?:,|und|oder|bzw\.)\s)/giu;

function periodsOf(text: string, offset: number): StatedPeriod[] {
  const found: StatedPeriod[] = [];
  const units: Array<{ index: number; unit: string }> = [];
  for (const match of text.matchAll(periodPattern)) {
    found.push({ text: match[0], number: match[1], days: periodDays(match[1], match[2]), index: offset + match.index });
    units.push({ index: match.index, unit: match[2] });
  }
  for (const match of text.matchAll(elliptic)) {
    const next = units.find((unit) => unit.index > match.index);
    if (!next || found.some((period) => period.index === offset + match.index)) continue;
    found.push({
      text: match[0],
      number: match[1],
      days: periodDays(match[1], next.unit),
      index: offset + match.index,
    });
  }
  return found;
}

/** The words of a category that say which records it holds. */
function categoryWords(category: Category): string {
  const fields = category.value?.fields;
  return [
    fields?.title?.text,
    fields?.description?.text,
    fields?.retention?.text,
    ...(fields?.data?.items ?? []).map((item) => item.text),
  ].join(' ');
}

const lawsOfModel = new WeakMap<RuleContext['model'], ReadonlyMap<string, string>>();

/** The laws a category's purposes name under `law` (the purposes that name one are listed once per model). */
function purposeLaws(model: RuleContext['model'], category: Category): string {
  let laws = lawsOfModel.get(model);
  if (!laws) {
    const found = new Map<string, string>();
    for (const purpose of model.purposes as readonly Purpose[]) {
      const law = purpose.value?.fields.law?.text;
      if (law && !found.has(purpose.id)) found.set(purpose.id, law);
    }
    laws = found;
    lawsOfModel.set(model, laws);
  }
  if (!laws.size) return '';
  return (category.value?.fields.purposes?.items ?? []).map((ref) => laws.get(ref.id) ?? '').join(' ');
}

interface StatuteReading {
  readonly statute: RetentionStatute;
  /** The periods for the records the category holds; all of them when its words name none. */
  readonly periods: readonly StatutePeriod[];
  readonly matched: boolean;
  /** The periods the retention text states where it cites the statute (or anywhere, for a `law` citation). */
  readonly stated: readonly StatedPeriod[];
}

/** Whether a text could cite a statute at all: most retention texts do not, and are not read further. */
const mayCite = /§/u;

/** For each statute the category's retention or purposes cite: its periods and what the text states for it. */
const readingsCache = new WeakMap<object, { laws: string; readings: StatuteReading[] }>();

/** readings, once per bound category while the laws of its purposes stay the same. */
function readings(model: RuleContext['model'], category: Category, retention: TextValue): StatuteReading[] {
  const laws = purposeLaws(model, category);
  if (!mayCite.test(retention.text) && !mayCite.test(laws)) return [];
  const key = category.value ?? category;
  const cached = readingsCache.get(key);
  if (cached && cached.laws === laws) return cached.readings;
  const result = readStatutes(category, retention, laws);
  readingsCache.set(key, { laws, readings: result });
  return result;
}

function readStatutes(category: Category, retention: TextValue, laws: string): StatuteReading[] {
  const words = categoryWords(category);
  const result: StatuteReading[] = [];
  for (const statute of retentionStatutes) {
    const inText = statute.pattern.test(retention.text);
    if (!inText && !statute.pattern.test(laws)) continue;
    const matched = statute.periods.filter((period) => period.words.test(words));
    const stated = inText
      ? sentencesOf(retention.text)
          .filter((sentence) => statute.pattern.test(sentence.text))
          .flatMap((sentence) => periodsOf(sentence.text, sentence.start))
      : periodsOf(retention.text, 0);
    result.push({ statute, periods: matched.length ? matched : statute.periods, matched: matched.length > 0, stated });
  }
  return result;
}

/** "acht Jahre" in the author's own style: digits stay digits. */
function yearsText(years: number, like: StatedPeriod): string {
  const count = /^\d+$/.test(like.number) ? String(years) : (numberWords[years] ?? String(years));
  const capital = /^\p{Lu}/u.test(like.number);
  return `${capital ? count.charAt(0).toUpperCase() + count.slice(1) : count} Jahre`;
}

const AO_147: LegalSource = {
  title: '§ 147 Abs. 3 und 4 AO, § 257 Abs. 4 und 5 HGB, § 14b Abs. 1 UStG i. d. F. des BEG IV (BGBl. 2024 I Nr. 323)',
  url: 'https://www.gesetze-im-internet.de/ao_1977/__147.html',
  kind: 'statute',
  unverified:
    'Wortlaut über Sekundärquellen gelesen; Übergang für Kredit- und Versicherungsinstitute (Art. 97 § 19a Abs. 3 EGAO) nicht geprüft',
};
const OTHER_STATUTES: LegalSource = {
  title: '§ 630f Abs. 3 BGB, § 41 Abs. 1 S. 9 EStG, §§ 195, 199 BGB',
  url: 'https://www.gesetze-im-internet.de/bgb/__630f.html',
  kind: 'statute',
  unverified: '§ 41 EStG über einen Kommentar gelesen; §§ 195, 199 BGB nicht erneut gelesen',
};

export const retentionStatute: Rule = {
  meta: {
    id: 'retention-statute',
    defaultSeverity: 'error',
    title: { de: 'Speicherdauer kürzer als das genannte Gesetz', en: 'Retention shorter than the statute named' },
    description: {
      de: 'Nennt die Speicherdauer einer Datenkategorie (oder `law` ihres Zwecks) ein Gesetz mit Aufbewahrungsfrist, darf die genannte Dauer nicht kürzer sein: § 147 AO und § 257 HGB verlangen für Bücher und Jahresabschlüsse zehn, für Buchungsbelege (auch Rechnungen) seit dem 1. Januar 2025 acht und für Handels- und Geschäftsbriefe sechs Jahre, § 14b UStG für Rechnungen acht Jahre, § 630f BGB für die Patientenakte zehn Jahre nach Abschluss der Behandlung, § 41 EStG für das Lohnkonto sechs Jahre; die regelmäßige Verjährung (§ 195 BGB) beträgt drei Jahre. Welche Frist gilt, folgt aus den Wörtern der Kategorie (Rechnung, Beleg, Korrespondenz …); nennen sie keine Unterlagen, gilt die kürzeste Frist des Gesetzes. Die Fristen beginnen mit dem Schluss des Kalenderjahres (§ 147 Abs. 4 AO, § 257 Abs. 5 HGB). Stand: 30.11.2026.',
      en: "Where a data category's retention (or its purpose's `law`) names a statute with a retention period, the stated period may not be shorter: § 147 AO and § 257 HGB require ten years for books and annual accounts, since 1 January 2025 eight for booking vouchers (invoices too) and six for commercial and business letters, § 14b UStG eight years for invoices, § 630f BGB ten years after the end of treatment for the patient record, § 41 EStG six years for the payroll account; the regular limitation period (§ 195 BGB) is three years. Which period applies follows from the category's words (invoice, voucher, correspondence ...); where they name no records, the statute's shortest period applies. The periods start at the end of the calendar year (§ 147(4) AO, § 257(5) HGB). As of 30 Nov 2026.",
    },
    articles:
      'Art. 5 Abs. 1 lit. e, Art. 13 Abs. 2 lit. a DSGVO; § 147 AO, § 257 HGB, § 14b UStG, § 630f BGB, § 41 EStG, § 195 BGB',
    sources: [AO_147, OTHER_STATUTES],
  },
  check(context) {
    const { model } = context;
    for (const category of model.categories as readonly Category[]) {
      const retention = category.value?.fields.retention;
      if (!retention) continue;
      // One finding per stated period, for the statute that asks most of it.
      const shortfalls = new Map<number, { reading: StatuteReading; longest: StatedPeriod; period: StatutePeriod }>();
      for (const reading of readings(model, category, retention)) {
        if (!reading.stated.length) continue;
        const longest = reading.stated.reduce((a, b) => (b.days > a.days ? b : a));
        const period = reading.matched
          ? reading.periods.reduce((a, b) => (b.years > a.years ? b : a))
          : reading.periods.reduce((a, b) => (b.years < a.years ? b : a));
        // Months count as 30 days and years as 365: measured against 360-day years, "96 Monate" is eight years.
        if (longest.days >= period.years * 360) continue;
        const known = shortfalls.get(longest.index);
        if (!known || known.period.years < period.years) shortfalls.set(longest.index, { reading, longest, period });
      }
      for (const { reading, longest, period } of shortfalls.values()) {
        const fix = yearsText(period.years, longest);
        context.report({
          span: spanOf(context, retention, longest) ?? retention.span,
          message: message('retentionStatute', {
            id: category.id,
            stated: longest.text,
            provision: period.provision,
            records: { de: period.records, en: period.recordsEn },
            years: period.years,
            start: { de: reading.statute.start, en: reading.statute.startEn },
            fix,
          }),
          fixData: replaceFix(context, retention, longest, fix),
        });
      }
    }
  },
};

/** Words that name the tax and commercial retention duties without citing a paragraph. */
const impliedAo = /(?:steuerrechtlich|handelsrechtlich|Abgabenordnung|Handelsgesetzbuch)/iu;
const books = retentionStatutes[0].periods[0].words;
const vouchers = retentionStatutes[0].periods[1];

export const retentionOutdated: Rule = {
  meta: {
    id: 'retention-outdated',
    defaultSeverity: 'warning',
    title: { de: 'Veraltete Aufbewahrungsfrist für Belege', en: 'Outdated retention period for vouchers' },
    description: {
      de: 'Seit dem 1. Januar 2025 sind Buchungsbelege und Rechnungen acht Jahre aufzubewahren, nicht mehr zehn (§ 147 Abs. 3 AO, § 257 Abs. 4 HGB, § 14b Abs. 1 UStG, geändert durch das Vierte Bürokratieentlastungsgesetz, BGBl. 2024 I Nr. 323; die neue Frist gilt für alle Unterlagen, deren alte Frist am 31.12.2024 noch nicht abgelaufen war, Art. 97 § 19a Abs. 2 EGAO). Zehn Jahre bleiben richtig für Bücher, Inventare und Jahresabschlüsse. Gemeldet wird eine Speicherdauer von zehn Jahren für eine Kategorie, deren Wörter Belege oder Rechnungen nennen, aber keine Bücher, mit § 147 AO, § 257 HGB, § 14b UStG oder steuer- bzw. handelsrechtlicher Begründung.',
      en: 'Since 1 January 2025 booking vouchers and invoices are kept eight years, no longer ten (§ 147(3) AO, § 257(4) HGB, § 14b(1) UStG as amended by the Fourth Bureaucracy Relief Act, BGBl. 2024 I No. 323; the new period applies to all records whose old period had not expired on 31 Dec 2024, Art. 97 § 19a(2) EGAO). Ten years remain right for books, inventories and annual accounts. Reported is a retention of ten years for a category whose words name vouchers or invoices but no books, with § 147 AO, § 257 HGB, § 14b UStG or a tax or commercial-law reason.',
    },
    articles: 'Art. 5 Abs. 1 lit. e DSGVO; § 147 Abs. 3 AO, § 257 Abs. 4 HGB, § 14b Abs. 1 UStG',
    sources: [AO_147],
  },
  check(context) {
    const { model } = context;
    for (const category of model.categories as readonly Category[]) {
      const retention = category.value?.fields.retention;
      // Only a text that says ten years can give the old period.
      if (!retention || !/(?:zehn|10)/iu.test(retention.text)) continue;
      const words = categoryWords(category);
      if (!vouchers.words.test(words) || books.test(words)) continue;
      const laws = purposeLaws(model, category);
      for (const sentence of sentencesOf(retention.text)) {
        const cites =
          retentionStatutes.some(
            (statute) =>
              statute.id !== 'bgb-630f' &&
              statute.id !== 'estg-41' &&
              statute.id !== 'bgb-195' &&
              statute.pattern.test(sentence.text),
          ) ||
          impliedAo.test(sentence.text) ||
          /§\s*(?:147|257|14b)/u.test(laws);
        if (!cites) continue;
        for (const stated of periodsOf(sentence.text, sentence.start)) {
          if (stated.days !== 3650) continue;
          const fix = yearsText(8, stated);
          context.report({
            span: spanOf(context, retention, stated) ?? retention.span,
            message: message('retentionOutdated', {
              id: category.id,
              records: { de: vouchers.records, en: vouchers.recordsEn },
              provision: '§ 147 Abs. 3 AO, § 257 Abs. 4 HGB, § 14b Abs. 1 UStG',
              changedBy: vouchers.previous!.changedBy,
            }),
            fixData: replaceFix(context, retention, stated, fix),
          });
        }
      }
    }
  },
};

function spanOf(context: RuleContext, value: TextValue, stated: StatedPeriod) {
  const map = ScalarSourceMap.of((start, end) => context.slice(start, end), value);
  return map?.span(stated.index, stated.index + stated.text.length);
}

function replaceFix(context: RuleContext, value: TextValue, stated: StatedPeriod, fix: string) {
  const map = ScalarSourceMap.of((start, end) => context.slice(start, end), value);
  const span = map?.span(stated.index, stated.index + stated.text.length);
  if (!map || !span || !map.isVerbatim(stated.index, stated.index + stated.text.length)) return undefined;
  return { replace: span, with: fix };
}

/** Words that leave retention without an end. */
const endless =
  /(?<![\p{L}])(?:dauerhaft|unbegrenzt|unbefristet|für immer|auf unbestimmte Zeit|zeitlich (?:unbegrenzt|unbeschränkt|unbefristet)|ohne zeitliche (?:Begrenzung|Beschränkung)|ohne Löschfrist|auf Dauer|bis auf (?:W|w)eiteres|permanent|ewig|indefinitely|forever|permanently|unlimited)(?![\p{L}])/giu;
/** The endless word is about deleting or about the kind of contract, not about keeping. */
const notAboutKeeping =
  /^\s*(?:\p{L}+\s+){0,2}(?:gelöscht|löschen|anonymisiert|anonymisieren|vernichtet|entfernt|angelegt)/iu;
/** What gives retention an end after all: an event, a period, a withdrawal. */
const anEnd =
  /(?<![\p{L}])(?:bis\s+(?:zu[mr]?|Sie|Ihr|die|der|das|Ende|Ablauf|eine)|solange|sobald|Widerruf|widerrufen|Ende|Ablauf|Kündigung|Austritt|Löschung Ihres|nach\s+\d|nach\s+(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn))(?![\p{L}])/iu;

interface Endless {
  readonly index: number;
  readonly words: string;
}

const endlessCache = new WeakMap<TextValue, readonly Endless[]>();

/** The first endless words of each sentence that has no end, once per bound value. */
function endlessIn(retention: TextValue): readonly Endless[] {
  const cached = endlessCache.get(retention);
  if (cached) return cached;
  const found: Endless[] = [];
  for (const sentence of sentencesOf(retention.text)) {
    for (const match of sentence.text.matchAll(endless)) {
      const after = sentence.text.slice(match.index + match[0].length);
      if (notAboutKeeping.test(after) || /(?<![\p{L}])nicht\s+$/u.test(sentence.text.slice(0, match.index))) continue;
      // The end must stand in the same clause: "Bis zur Kündigung; Sicherungskopien auf unbestimmte Zeit" has none.
      const clauseStart = sentence.text.lastIndexOf(';', match.index) + 1;
      const clauseEnd = after.indexOf(';');
      const rest =
        sentence.text.slice(clauseStart, match.index) + ' ' + (clauseEnd < 0 ? after : after.slice(0, clauseEnd));
      if (anEnd.test(rest)) continue;
      found.push({ index: sentence.start + match.index, words: match[0] });
      break;
    }
  }
  endlessCache.set(retention, found);
  return found;
}

export const retentionUnlimited: Rule = {
  meta: {
    id: 'retention-unlimited',
    defaultSeverity: 'error',
    title: { de: 'Speicherung ohne Ende', en: 'Retention without end' },
    description: {
      de: '„Dauerhaft“, „unbegrenzt“, „unbefristet“, „für immer“, „auf unbestimmte Zeit“, „auf Dauer“, „bis auf Weiteres“ und ihre Verwandten nennen weder eine Frist noch ein Kriterium: Daten dürfen nur so lange gespeichert werden, wie es für den Zweck erforderlich ist (Art. 5 Abs. 1 lit. e DSGVO), und die Erklärung muss Frist oder Kriterien nennen (Art. 13 Abs. 2 lit. a). Nicht gemeldet wird, was eine Löschung beschreibt („dauerhaft gelöscht“), eine Vertragsart („auf Dauer angelegt“) oder im selben Satz ein Ende nennt („bis zum Widerruf“).',
      en: '"Dauerhaft" (permanently), "unbegrenzt" (unlimited), "unbefristet", "für immer" (forever), "auf unbestimmte Zeit" (indefinitely), "auf Dauer", "bis auf Weiteres" and their kin state neither a period nor a criterion: data may be kept only as long as the purpose needs it (Art. 5(1)(e) GDPR), and the policy must state the period or the criteria (Art. 13(2)(a)). Not reported: words about deletion ("dauerhaft gelöscht"), a kind of contract ("auf Dauer angelegt"), or a sentence that names an end ("bis zum Widerruf").',
    },
    articles: 'Art. 5 Abs. 1 lit. e, Art. 13 Abs. 2 lit. a DSGVO',
    sources: [GDPR],
  },
  check(context) {
    for (const category of context.model.categories as readonly Category[]) {
      const retention = category.value?.fields.retention;
      if (!retention) continue;
      for (const { index, words } of endlessIn(retention)) {
        context.report({
          span:
            ScalarSourceMap.of((start, end) => context.slice(start, end), retention)?.span(
              index,
              index + words.length,
            ) ?? retention.span,
          message: message('retentionUnlimited', { id: category.id, words }),
        });
      }
    }
  },
};
