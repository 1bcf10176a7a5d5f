/**
 * When two entries are the same thing under another id. The rule, in full:
 *
 * - their titles are nearly the same: equal once case and spacing are ignored, or with a Dice coefficient of
 *   character pairs of at least NEARLY_SAME (0.85: a fixed typo or a changed hyphen, not another company);
 * - and at least RENAME_SHARE (two thirds) of the fields either of them has are the same in both, counting the
 *   title as the same, lists compared as sets and ids compared after following the renames already found.
 *
 * Among several candidates the pair with the highest share wins, then the one first in the document.
 */
import type { Leaf, PolicyRecord, SetLeaf, TextLeaf } from './snapshot';

export const NEARLY_SAME = 0.85;
export const RENAME_SHARE = 2 / 3;

/** Text as compared: surrounding and repeated whitespace (line breaks of block scalars included) do not count. */
export function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** The Dice coefficient of the character pairs of two texts, ignoring case and spacing: 1 for equal texts. */
export function textSimilarity(a: string, b: string): number {
  const x = normalized(a).toLowerCase();
  const y = normalized(b).toLowerCase();
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const left = pairs(x);
  const right = pairs(y);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

export function nearlySame(a: string, b: string): boolean {
  return textSimilarity(a, b) >= NEARLY_SAME;
}

/** How an id of the earlier version reads in the later one (itself, unless it was renamed). */
export type IdMap = (target: string | undefined, id: string) => string;

/** The items of a set leaf in the later version's ids. */
export function itemsOf(leaf: Leaf | undefined, map?: IdMap): string[] {
  if (leaf?.kind !== 'set') return [];
  return leaf.items
    .map((item) => normalized(item.text))
    .filter(Boolean)
    .map((text) => (map ? map(leaf.target, text) : text));
}

type Translated = Pick<TextLeaf, 'translations'>;

/** The languages in which a text written per language differs between two versions (other than its first). */
export function changedTranslations(before: Translated, after: Translated): string[] {
  if (!before.translations && !after.translations) return [];
  const textIn = (leaf: Translated, language: string) =>
    leaf.translations?.find((entry) => entry.language === language)?.text;
  const languages = new Set([...(before.translations ?? []), ...(after.translations ?? [])].map((t) => t.language));
  return [...languages].filter((language) => {
    const old = textIn(before, language);
    const now = textIn(after, language);
    return old === undefined || now === undefined ? old !== now : normalized(old) !== normalized(now);
  });
}

/** Whether two fields say the same; `map` follows renamed ids in the earlier version's lists. */
export function sameLeaf(before: Leaf | undefined, after: Leaf | undefined, map: IdMap): boolean {
  if (!before || !after) return before === after;
  if (before.kind !== after.kind) return false;
  if (before.kind === 'none') return true;
  if (before.kind === 'text') {
    const text = (after as typeof before).text;
    // Most fields are unchanged, character for character: only the others are normalized.
    return (
      (before.text === text || normalized(before.text) === normalized(text)) &&
      changedTranslations(before, after as typeof before).length === 0
    );
  }
  const items = (after as typeof before).items;
  if (changedItemTranslations(before, after as typeof before).length) return false;
  if (
    before.items.length === items.length &&
    before.items.every((item, index) => item.text === items[index].text && map(before.target, item.text) === item.text)
  )
    return true;
  const a = new Set(itemsOf(before, map));
  const b = new Set(itemsOf(after));
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** The languages in which an item of a list that both versions have (by its first text) was translated anew. */
export function changedItemTranslations(before: SetLeaf, after: SetLeaf): string[] {
  if (!before.items.some((item) => item.translations) && !after.items.some((item) => item.translations)) return [];
  // By text, once: a list may hold thousands of items.
  const byText = (leaf: SetLeaf) => new Map(leaf.items.map((item) => [normalized(item.text), item]));
  const olds = byText(before);
  const news = byText(after);
  const languages = new Set<string>();
  for (const [text, item] of news) {
    const old = olds.get(text);
    if (old) for (const language of changedTranslations(old, item)) languages.add(language);
  }
  return [...languages];
}

/** The share of fields two records agree on, or undefined when they are not the same thing by the rule above. */
export function renameScore(before: PolicyRecord, after: PolicyRecord, map: IdMap): number | undefined {
  const titleBefore = before.fields.get('title');
  const titleAfter = after.fields.get('title');
  const titlesMatch =
    titleBefore?.kind === 'text' && titleAfter?.kind === 'text'
      ? nearlySame(titleBefore.text, titleAfter.text)
      : titleBefore === undefined && titleAfter === undefined;
  if (!titlesMatch) return undefined;
  const names = new Set([...before.fields.keys(), ...after.fields.keys()]);
  let same = 0;
  for (const name of names) {
    if (name === 'title' || sameLeaf(before.fields.get(name), after.fields.get(name), map)) same++;
  }
  const share = names.size === 0 ? 1 : same / names.size;
  return share >= RENAME_SHARE ? share : undefined;
}
