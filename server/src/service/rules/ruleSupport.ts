import type { Bilingual } from '../l10n/messages';
import { countryName } from '../schema/countries';
import type { BoundValue, ListValue, ObjectValue, PolicyModel } from '../model/model';
import type { Span } from '../text/positions';
import type { AddItemFix, InsertKeysFix, KeyStub } from './fixData';

/** Where a finding about the whole policy stands: the `policy:` key, or else the first line. */
export function documentAnchor(model: PolicyModel, slice: (start: number, end: number) => string): Span {
  const policyKey = model.root.keys.policy;
  if (policyKey) return policyKey;
  // The first line, read a little at a time: the whole text is never joined for this.
  for (let end = 256; ; end *= 4) {
    const head = slice(0, end);
    const lineEnd = head.search(/\r?\n/);
    if (lineEnd >= 0) return { start: 0, end: lineEnd };
    if (head.length < end) return { start: 0, end: head.length };
  }
}

/** The quick fix that adds keys to an object, when the object is a block map it can add to. */
export function insertKeysFix(object: ObjectValue<object>, keys: readonly KeyStub[]): InsertKeysFix {
  const keySpans = Object.values(object.keys) as Span[];
  const sibling = keySpans.length
    ? keySpans.reduce((first, span) => (span.start < first.start ? span : first))
    : undefined;
  return {
    insertKeys: {
      owner: object.ownerSpan,
      map: sibling ? object.span : undefined,
      sibling,
      keys,
    },
  };
}

/** A country for messages: its name in each language, with the code the author wrote. */
export function countryArg(code: string): Bilingual {
  let arg = countryArgs.get(code);
  if (!arg) {
    arg = { de: `${countryName(code, 'de') ?? code}, ${code}`, en: `${countryName(code, 'en') ?? code}, ${code}` };
    countryArgs.set(code, arg);
  }
  return arg;
}

const countryArgs = new Map<string, Bilingual>();

/** The quick fix that adds a value to a list (flow, block or a single item). */
export function addItemFix(list: ListValue<BoundValue>, value: string): AddItemFix {
  return {
    addItem: {
      list: list.span,
      flow: list.flow,
      single: list.single === true,
      items: list.items.map((item) => item.span),
      value,
    },
  };
}
