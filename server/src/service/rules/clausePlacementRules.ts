import { unmetConditions } from '../clauses/clauseConditions';
import { describeCondition, describePlacement } from '../clauses/clauseMarkdown';
import { basesOf, purposesOf, scopeOf } from '../clauses/policyFacts';
import { message, type Bilingual } from '../l10n/messages';
import type { Category, ClauseFields, ObjectValue, PolicyModel, TextValue } from '../model/model';
import { legalBases } from '../schema/vocabulary';
import type { Span } from '../text/positions';
import type { Rule } from './rule';
import { basisId, basisPattern, conditionalSentence, retentionWords, sentencesOf } from './statedFacts';
import { periodDays, periodPattern, periodsIn } from '../text/periods';
import { MAX_FINDINGS_PER_TEXT, ScalarSourceMap } from './textSpans';

const items = (model: PolicyModel): ReadonlyArray<ObjectValue<ClauseFields>> => model.root.fields.clauses?.items ?? [];

export const clauseCondition: Rule = {
  meta: {
    id: 'clause-condition',
    defaultSeverity: 'warning',
    title: { de: 'Baustein passt nicht zu den Daten', en: 'Clause does not fit the data' },
    description: {
      de: 'Ein Baustein der Bibliothek setzt Tatsachen voraus: der Newsletter eine Einwilligung, das Kontaktformular einen Weg, auf dem Anfragen kommen, der Datenschutzbeauftragte dessen Benennung. Sagen die Daten der Erklärung das nicht, widerspräche der Text ihnen; er bleibt deshalb auf der Seite weg, bis die Daten es sagen.',
      en: "A library clause takes facts for granted: the newsletter clause consent, the contact form clause a channel enquiries come by, the DPO clause an appointed DPO. Where the policy's data does not say so, the text would contradict it; it is left out of the page until the data says so.",
    },
    articles: 'Art. 5 Abs. 1 lit. a, Art. 12 Abs. 1 DSGVO',
  },
  check({ model, library, report }) {
    for (const item of items(model)) {
      const use = item.fields.use;
      const clause = use && library.get(use.id);
      if (!clause) continue;
      const scope = scopeOf(model, item);
      // Without its entry the clause has no place; clause-placement says so.
      if (
        (clause.placement.kind === 'category' && !scope.category) ||
        (clause.placement.kind === 'recipient' && !scope.recipient)
      )
        continue;
      for (const condition of unmetConditions(clause, model, scope)) {
        report({
          span: use!.span,
          message: message('clauseCondition', { id: clause.id, condition: describeCondition(condition) }),
        });
      }
    }
  },
};

export const clausePlacement: Rule = {
  meta: {
    id: 'clause-placement',
    defaultSeverity: 'error',
    title: { de: 'Baustein ohne klaren Platz', en: 'Clause without a clear place' },
    description: {
      de: 'Jeder Text steht an einem Platz der Gliederung: ein Baustein der Bibliothek dort, wohin er gehört (bei einer Datenkategorie oder einem Empfänger nur, wenn category: oder recipient: sie nennt), eigener Text als eigener Abschnitt, am Ende eines Abschnitts (section) oder an dessen Stelle (replaces, einmal je Abschnitt).',
      en: 'Every text has a place in the outline: a library clause where it belongs (with a data category or recipient only when category: or recipient: names it), your own text as a section of its own, at the end of a section (section) or in its place (replaces, once per section).',
    },
  },
  check({ model, library, report, slice }) {
    const replaced = new Map<string, Span>();
    for (const item of items(model)) {
      const { use, category, recipient, section, replaces } = item.fields;
      const clause = use && library.get(use.id);
      if (clause && use) {
        const place = placeWords(clause.placement);
        if (clause.placement.kind === 'category' && !category) {
          report({
            span: use.span,
            message: message('clausePlacement.needsCategory', { id: clause.id, ids: idsOf(model.categories) }),
          });
        }
        if (clause.placement.kind === 'recipient' && !recipient) {
          report({
            span: use.span,
            message: message('clausePlacement.needsRecipient', { id: clause.id, ids: idsOf(model.recipients) }),
          });
        }
        if (category && clause.placement.kind !== 'category') {
          report({
            span: keySpan(item, 'category'),
            message: message('clausePlacement.notHere', { key: 'category', id: clause.id, place }),
          });
        }
        if (recipient && clause.placement.kind !== 'recipient') {
          report({
            span: keySpan(item, 'recipient'),
            message: message('clausePlacement.notHere', { key: 'recipient', id: clause.id, place }),
          });
        }
        for (const key of ['section', 'replaces'] as const) {
          if (item.fields[key])
            report({
              span: keySpan(item, key),
              message: message('clausePlacement.notForLibrary', { key, id: clause.id, place }),
            });
        }
        continue;
      }
      if (section && replaces) report({ span: keySpan(item, 'replaces'), message: message('clausePlacement.both') });
      if (replaces?.valid) {
        const first = replaced.get(replaces.value);
        if (first) {
          report({
            span: replaces.span,
            message: message('clausePlacement.replacedTwice', { section: replaces.value, line: lineOf(slice, first) }),
          });
        } else replaced.set(replaces.value, replaces.span);
      }
    }
  },
};

export const clauseContradiction: Rule = {
  meta: {
    id: 'clause-contradiction',
    defaultSeverity: 'error',
    title: { de: 'Eigener Text widerspricht den Daten', en: 'Own text contradicts the data' },
    description: {
      de: 'Eigener Text darf nichts sagen, was die Daten der Erklärung anders sagen: keine Rechtsgrundlage, auf die sich kein Zweck stützt (bei einem Text mit category: keiner der Zwecke dieser Datenkategorie), und keine Speicherdauer, die die Speicherdauer der Datenkategorie nicht nennt. Bedingte Sätze („Soweit wir uns auf … stützen“) geben Recht wieder und zählen nicht.',
      en: "Your own text must not say what the policy's data says otherwise: no legal basis that no purpose rests on (for a text with category:, none of that category's purposes), and no retention period the category's retention does not name. Conditional sentences (\"Where we rely on ...\") state the law and do not count.",
    },
    articles: 'Art. 5 Abs. 1 lit. a, Art. 12 Abs. 1, Art. 13 Abs. 1 lit. c, Art. 13 Abs. 2 lit. a DSGVO',
  },
  check({ model, report, slice }) {
    // What the whole policy allows is read once per check, not once per text: a policy of thousands of
    // categories with many texts of its own made every keystroke re-read every retention text.
    let policyBases: Set<string> | undefined;
    let policyPeriods: { retentions: TextValue[]; allowed: Set<number> } | undefined;
    for (const item of items(model)) {
      const text = item.fields.text;
      if (!text || item.fields.use) continue;
      const category = scopeOf(model, item).category;
      const whose = category ? message('where.category', { id: category.id }) : message('where.policy');
      const bases = category ? basesOf(purposesOf(model, category)) : (policyBases ??= basesOf(model.purposes));
      const statements = statementsOf(text);
      if (statements.length === 0) continue;
      const { retentions, allowed } = category
        ? periodsAllowed(retentionTexts(model, category))
        : (policyPeriods ??= periodsAllowed(retentionTexts(model, undefined)));
      for (const statement of statements) {
        if (statement.kind === 'basis' ? bases.has(statement.basis) : allowed.has(statement.days)) continue;
        const span =
          ScalarSourceMap.of(slice, text)?.span(statement.index, statement.index + statement.match.length) ?? text.span;
        report({
          span,
          message:
            statement.kind === 'basis'
              ? message('clauseContradiction.basis', {
                  basis: labelOf(statement.basis),
                  whose,
                  bases: bases.size ? joined([...bases].map(labelOf)) : message('none'),
                })
              : message('clauseContradiction.period', {
                  period: statement.match,
                  whose,
                  retention: retentions.map((retention) => retention.text).join(' / ') || '—',
                }),
        });
      }
    }
  },
};

/** A legal basis or retention period a text states as a fact (not in a conditional sentence). */
type Statement = { readonly index: number; readonly match: string } & (
  { readonly kind: 'basis'; readonly basis: string } | { readonly kind: 'period'; readonly days: number }
);

const statementsOfText = new WeakMap<TextValue, readonly Statement[]>();

/**
 * What a text states, read once while the text is unchanged: a keystroke re-binds only the chunk it changed, and
 * reading every clause text's sentences again on every keystroke was a third of a keystroke at 20,000 lines.
 */
function statementsOf(text: TextValue): readonly Statement[] {
  const cached = statementsOfText.get(text);
  if (cached) return cached;
  const statements: Statement[] = [];
  const value = text.text;
  let stated: ReturnType<typeof sentencesOf> | undefined;
  const sentenceAt = (at: number) =>
    (stated ??= sentencesOf(value)).find(
      (candidate) => candidate.start <= at && at < candidate.start + candidate.text.length,
    );
  const conditional = (at: number) => {
    const sentence = sentenceAt(at);
    return sentence !== undefined && conditionalSentence.test(sentence.text);
  };
  // As many of each kind as the text checks read: a text citing many bases must not hide its periods.
  const limit = MAX_FINDINGS_PER_TEXT * 4;
  let read = 0;
  for (const match of value.matchAll(basisPattern)) {
    if (++read > limit) break;
    if (!conditional(match.index)) {
      statements.push({ kind: 'basis', basis: basisId(match[1], match[2]), index: match.index, match: match[0] });
    }
  }
  read = 0;
  for (const match of value.matchAll(periodPattern)) {
    if (++read > limit) break;
    const sentence = sentenceAt(match.index);
    if (!sentence || !retentionWords.test(sentence.text) || conditionalSentence.test(sentence.text)) continue;
    statements.push({ kind: 'period', days: periodDays(match[1], match[2]), index: match.index, match: match[0] });
  }
  statementsOfText.set(text, statements);
  return statements;
}

const periodsOfText = new WeakMap<TextValue, readonly number[]>();

/** The periods the retention texts name, each text read once while it is unchanged. */
function periodsAllowed(retentions: TextValue[]): { retentions: TextValue[]; allowed: Set<number> } {
  const allowed = new Set<number>();
  for (const retention of retentions) {
    let periods = periodsOfText.get(retention);
    if (!periods) periodsOfText.set(retention, (periods = periodsIn(retention.text)));
    for (const period of periods) allowed.add(period);
  }
  return { retentions, allowed };
}

function retentionTexts(model: PolicyModel, category: Category | undefined): TextValue[] {
  const categories = category ? [category] : model.categories;
  return categories.flatMap((entry) => (entry.value?.fields.retention ? [entry.value.fields.retention] : []));
}

function labelOf(basis: string): Bilingual {
  return legalBases.find((choice) => choice.value === basis)?.label ?? { de: basis, en: basis };
}

function joined(labels: readonly Bilingual[]): Bilingual {
  return { de: labels.map((label) => label.de).join('; '), en: labels.map((label) => label.en).join('; ') };
}

function placeWords(placement: Parameters<typeof describePlacement>[0]): Bilingual {
  return { de: describePlacement(placement, 'de'), en: describePlacement(placement, 'en') };
}

function idsOf(entries: ReadonlyArray<{ id: string }>): string {
  return entries.length ? entries.map((entry) => entry.id).join(', ') : '—';
}

function keySpan(item: ObjectValue<ClauseFields>, key: keyof ClauseFields): Span {
  return item.keys[key] ?? item.ownerSpan;
}

/** The 1-based line of an offset, counted only when a finding needs it. */
function lineOf(slice: (start: number, end: number) => string, span: Span): number {
  return slice(0, span.start).split('\n').length;
}
