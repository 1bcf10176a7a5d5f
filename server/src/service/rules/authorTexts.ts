/**
 * Every prose text the author wrote, not only clause texts: titles, descriptions, interests, retention periods,
 * sources, transfer descriptions, cookie durations, automated decisions, the essence of a joint-control
 * arrangement, the children section. The text checks (outdated law names, placeholders, spacing, doubled words,
 * vague wording) read all of them, so "Privacy Shield" in a transfer's description is found as in a clause.
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
import { clauseTexts, findingsPerValue, type ReadSource, type TextFinding, type TextScan } from './textSpans';

const textsOfModel = new WeakMap<PolicyModel, readonly TextValue[]>();

/** The author's prose texts of a policy, in document order of their sections; listed once per model. */
export function authorTexts(model: PolicyModel): readonly TextValue[] {
  let texts = textsOfModel.get(model);
  if (texts) return texts;
  const found: TextValue[] = [];
  const add = (...values: Array<TextValue | undefined>) => {
    for (const value of values) if (value?.kind === 'text') found.push(value);
  };
  for (const purpose of model.purposes as readonly Purpose[]) {
    const fields = purpose.value?.fields;
    add(fields?.title, fields?.description, fields?.legitimateInterest, fields?.law);
  }
  for (const recipient of model.recipients as readonly Recipient[]) {
    const fields = recipient.value?.fields;
    add(fields?.title, fields?.description, fields?.arrangement);
  }
  for (const category of model.categories as readonly Category[]) {
    const fields = category.value?.fields;
    add(fields?.title, fields?.description, fields?.retention, fields?.source, fields?.obligation);
    for (const item of fields?.data?.items ?? []) add(item);
  }
  for (const transfer of (model.root.fields.transfers?.items ?? []) as ReadonlyArray<ObjectValue<TransferFields>>)
    if (transfer.kind === 'object') add(transfer.fields.description);
  for (const cookie of (model.root.fields.cookies?.items ?? []) as ReadonlyArray<ObjectValue<CookieFields>>)
    if (cookie.kind === 'object') add(cookie.fields.description, cookie.fields.duration);
  const decisions = model.root.fields.automatedDecisions;
  for (const decision of (decisions?.kind === 'list' ? decisions.items : []) as ReadonlyArray<
    ObjectValue<AutomatedDecisionFields>
  >)
    if (decision.kind === 'object')
      add(decision.fields.description, decision.fields.logic, decision.fields.consequences, decision.fields.law);
  const children = model.root.fields.children as ObjectValue<ChildrenFields> | undefined;
  if (children?.kind === 'object') add(children.fields.parentalConsent, children.fields.ageCheck);
  found.push(...clauseTexts(model));
  texts = found;
  textsOfModel.set(model, texts);
  return texts;
}

/** Runs a text check over every text the author wrote, reusing the findings of values that did not change. */
export function checkAuthorTexts(
  context: { model: PolicyModel; slice: ReadSource; report(finding: TextFinding): void },
  cache: WeakMap<TextValue, readonly TextFinding[]>,
  scan: TextScan,
): void {
  const read: ReadSource = (start, end) => context.slice(start, end);
  const texts = authorTexts(context.model);
  for (let i = 0; i < texts.length; i++) {
    const findings = findingsPerValue(cache, texts[i], scan, read);
    for (let j = 0; j < findings.length; j++) context.report(findings[j]);
  }
}
