/**
 * Every text the author wrote, not only clause texts: descriptions, interests, retention periods, sources,
 * transfer descriptions, automated decisions, the essence of a joint-control arrangement, the children section,
 * and the short labels (titles, data items, laws, cookie durations). The text checks read them, so "Privacy
 * Shield" in a transfer's description is found as in a clause.
 */
import type {
  AutomatedDecisionFields,
  Category,
  ChildrenFields,
  CookieFields,
  ObjectValue,
  PolicyModel,
  Purpose,
  Recipient,
  TextValue,
  TransferFields,
} from '../model/model';
import { isPageLanguage, policyLanguages, type PageLanguage } from '../clauses/policyLanguages';
import {
  clauseTexts,
  findingsPerValue,
  type PlacedFindings,
  type ReadSource,
  type TextFinding,
  type TextScan,
} from './textSpans';

/** The author's texts of one model: each kind as written (every language), and per language. */
interface TextLists {
  readonly prose: readonly TextValue[];
  readonly all: readonly TextValue[];
  readonly byLanguage: Readonly<Record<PageLanguage, { prose: readonly TextValue[]; all: readonly TextValue[] }>>;
}

const textsOfModel = new WeakMap<PolicyModel, TextLists>();

/**
 * The author's texts of a policy, listed once per model: `prose` (descriptions, interests, retention, sources,
 * transfers, arrangements, automated decisions, children, clause texts) and `all`, which adds the short labels
 * (titles, data items, cookie durations). Wording checks read the prose; law names and placeholders read all.
 * A text written per language (`de: …` / `en: …`) is listed in each language; with `language`, only the texts in
 * that language (a text written once is in the policy's first language).
 */
export function authorTexts(
  model: PolicyModel,
  which: 'prose' | 'all' = 'all',
  language?: PageLanguage,
): readonly TextValue[] {
  let texts = textsOfModel.get(model);
  if (!texts) {
    texts = withTranslations(model, collect(model));
    textsOfModel.set(model, texts);
  }
  return language ? texts.byLanguage[language][which] : texts[which];
}

/** Adds each text's other languages to the lists, and sorts every text into the language it is written in. */
function withTranslations(
  model: PolicyModel,
  written: { prose: readonly TextValue[]; all: readonly TextValue[] },
): TextLists {
  const { primary } = policyLanguages(model);
  const spread = (texts: readonly TextValue[]) => {
    // Most policies are written in one language: then the lists are the texts as written, not copies.
    if (!texts.some((text) => text.translations)) {
      const byLanguage: Record<PageLanguage, readonly TextValue[]> = { de: [], en: [] };
      byLanguage[primary] = texts;
      return { every: texts, byLanguage };
    }
    const every: TextValue[] = [];
    const byLanguage: Record<PageLanguage, TextValue[]> = { de: [], en: [] };
    for (const text of texts) {
      const entries = text.translations?.entries;
      if (!entries) {
        every.push(text);
        byLanguage[primary].push(text);
        continue;
      }
      // `text` stands for its German entry, or its first: each entry is listed once, as itself.
      for (const entry of entries) {
        every.push(entry.value);
        if (isPageLanguage(entry.language)) byLanguage[entry.language].push(entry.value);
      }
    }
    return { every, byLanguage };
  };
  const prose = spread(written.prose);
  const all = spread(written.all);
  return {
    prose: prose.every,
    all: all.every,
    byLanguage: {
      de: { prose: prose.byLanguage.de, all: all.byLanguage.de },
      en: { prose: prose.byLanguage.en, all: all.byLanguage.en },
    },
  };
}

function collect(model: PolicyModel): { prose: readonly TextValue[]; all: readonly TextValue[] } {
  const prose: TextValue[] = [];
  const labels: TextValue[] = [];
  const add = (into: TextValue[], ...values: Array<TextValue | undefined>) => {
    for (const value of values) if (value?.kind === 'text') into.push(value);
  };
  for (const purpose of model.purposes as readonly Purpose[]) {
    const fields = purpose.value?.fields;
    add(labels, fields?.title, fields?.law);
    add(prose, fields?.description, fields?.legitimateInterest);
  }
  for (const recipient of model.recipients as readonly Recipient[]) {
    const fields = recipient.value?.fields;
    add(labels, fields?.title);
    add(prose, fields?.description, fields?.arrangement);
  }
  for (const category of model.categories as readonly Category[]) {
    const fields = category.value?.fields;
    add(labels, fields?.title);
    // A loop, not a spread: a data list may hold more items than a call takes arguments.
    for (const item of fields?.data?.items ?? []) add(labels, item);
    add(prose, fields?.description, fields?.retention, fields?.source, fields?.obligation);
  }
  for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>)
    if (transfer.kind === 'object') add(prose, transfer.fields.description);
  for (const cookie of (model.root.fields.cookies?.items ?? []) as ReadonlyArray<ObjectValue<CookieFields>>)
    if (cookie.kind === 'object') {
      add(prose, cookie.fields.description);
      add(labels, cookie.fields.duration);
    }
  const decisions = model.root.fields.automatedDecisions;
  for (const decision of (decisions?.kind === 'list' ? decisions.items : []) as ReadonlyArray<
    ObjectValue<AutomatedDecisionFields>
  >)
    if (decision.kind === 'object') {
      add(prose, decision.fields.description, decision.fields.logic, decision.fields.consequences);
      add(labels, decision.fields.law);
    }
  const children = model.root.fields.children as ObjectValue<ChildrenFields> | undefined;
  if (children?.kind === 'object') add(prose, children.fields.parentalConsent, children.fields.ageCheck);
  for (const text of clauseTexts(model)) prose.push(text);
  return { prose, all: [...labels, ...prose] };
}

/** The texts one check read on the previous keystroke, and the findings it had for each, index by index. */
interface PreviousRun {
  texts: readonly TextValue[];
  readonly findings: Array<readonly TextFinding[]>;
}

const previousRuns = new WeakMap<WeakMap<TextValue, readonly TextFinding[]>, PreviousRun>();

/**
 * Runs a text check over every text the author wrote, reusing the findings of values that did not change. A
 * keystroke changes the texts of one chunk and leaves the others where they were in the list, so a text is
 * first compared with the one at its index on the previous keystroke: at 20,000 lines, a lookup in the cache for
 * each of the 20,000 texts of each of five checks was a sixth of a keystroke.
 */
export function checkAuthorTexts(
  context: { model: PolicyModel; slice: ReadSource; report(finding: TextFinding): void },
  cache: WeakMap<TextValue, readonly TextFinding[]>,
  scan: TextScan,
  which: 'prose' | 'all' = 'all',
  language?: PageLanguage,
): void {
  const read: ReadSource = (start, end) => context.slice(start, end);
  const texts = authorTexts(context.model, which, language);
  let previous = previousRuns.get(cache);
  const aligned = previous !== undefined && previous.findings.length === texts.length;
  if (!previous) previousRuns.set(cache, (previous = { texts, findings: new Array(texts.length) }));
  else if (!aligned) previous.findings.length = texts.length;
  const before = previous.texts;
  const findingsAt = previous.findings;
  for (let i = 0; i < texts.length; i++) {
    const value = texts[i];
    let findings = aligned && before[i] === value ? findingsAt[i] : undefined;
    // Findings stay valid where the value stayed (see findingsPerValue); moved ones are moved there.
    if (findings === undefined || (findings.length > 0 && (findings as PlacedFindings).placedAt !== value.span.start))
      findings = findingsPerValue(cache, value, scan, read);
    findingsAt[i] = findings;
    for (let j = 0; j < findings.length; j++) context.report(findings[j]);
  }
  previous.texts = texts;
}

const categoryTextsCache = new WeakMap<NonNullable<Category['value']>, readonly TextValue[]>();

/**
 * A category's title, data items and description, listed once per bound value: the checks that read them run
 * over every category on every keystroke, and a keystroke re-binds only the chunk it changed.
 */
export function categoryTexts(value: NonNullable<Category['value']>): readonly TextValue[] {
  let texts = categoryTextsCache.get(value);
  if (!texts) {
    const fields = value.fields;
    const list: TextValue[] = [];
    if (fields.title?.kind === 'text') list.push(fields.title);
    for (const item of fields.data?.items ?? []) list.push(item);
    if (fields.description?.kind === 'text') list.push(fields.description);
    categoryTextsCache.set(value, (texts = list));
  }
  return texts;
}
