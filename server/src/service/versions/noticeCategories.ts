/** The change notice on data categories: new categories and data items, special categories, retention, origin. */
import { origins, specialCategories } from '../schema/vocabulary';
import type { Span } from '../text/positions';
import type { FieldChange } from './diff';
import { labelOf } from './phrasing';
import { fieldItems, fieldText, type PolicyRecord } from './snapshot';
import { type NoticeWriter, textOf, spanOfItem, compareDurations } from './noticeWriter';

export function categories(w: NoticeWriter): void {
  for (const change of w.of('categories')) {
    const category = w.title(change.after ?? change.before, change.key);
    if (change.kind === 'added') {
      const items = fieldItems(change.after, 'data');
      const purposes = fieldItems(change.after, 'purposes')
        .filter((id) => !w.isAdded('purposes', id))
        .map((id) => fieldText(w.after('purposes', id), 'title') ?? id);
      const purposeSentence = purposes.length
        ? ' ' +
          w.say(purposes.length === 1 ? 'notice.category.purposes.one' : 'notice.category.purposes.other', {
            purposes: w.quotedList(purposes),
          })
        : '';
      w.add({
        kind: 'category.added',
        rank: 40,
        needsNotice: true,
        text:
          w.say('notice.category.added', { category, items: items.length ? ` (${w.list(items)})` : '' }) +
          purposeSentence,
        span: change.after!.span,
      });
      const special = fieldText(change.after, 'special');
      if (special) specialCategory(w, change.after!, category, special);
      continue;
    }
    if (change.kind === 'removed') {
      w.add({
        kind: 'category.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.category.removed', { category }),
        beforeSpan: change.before!.span,
      });
      continue;
    }
    for (const field of change.fields) {
      const span = field.after?.span ?? change.after!.span;
      switch (field.field) {
        case 'purposes':
        case 'recipients':
          break; // categoryPurposes, categoryRecipients
        case 'data':
          if (field.added.length)
            w.add({
              kind: 'category.items',
              rank: 40,
              needsNotice: true,
              text: w.say('notice.category.items', { category, items: w.list(field.added) }),
              span: spanOfItem(field.after, field.added[0]) ?? span,
            });
          if (field.removed.length)
            w.add({
              kind: 'category.itemsRemoved',
              rank: 50,
              needsNotice: false,
              text: w.say('notice.category.itemsRemoved', { category, items: w.list(field.removed) }),
              span,
            });
          break;
        case 'retention':
          retention(w, field, category, span);
          break;
        case 'special': {
          const special = fieldText(change.after, 'special');
          if (special) specialCategory(w, change.after!, category, special, span);
          break;
        }
        case 'origin': {
          const after = fieldText(change.after, 'origin');
          if (!after) break;
          const before = fieldText(change.before, 'origin') ?? 'data-subject';
          w.add({
            kind: 'category.origin',
            rank: 45,
            needsNotice: false,
            text: w.say('notice.category.origin', {
              category,
              after: w.esc(labelOf(after, origins, w.language)),
              before: w.esc(labelOf(before, origins, w.language)),
            }),
            span,
          });
          break;
        }
        case 'source':
          if (field.after?.kind === 'text' && field.after.text.trim())
            w.add({
              kind: 'category.source',
              rank: 45,
              needsNotice: false,
              text: w.say('notice.category.source', { category, after: w.esc(field.after.text.trim()) }),
              span,
            });
          break;
        case 'obligation':
          if (field.after?.kind === 'text' && field.after.text.trim())
            w.add({
              kind: 'category.obligation',
              rank: 60,
              needsNotice: false,
              text: w.say('notice.category.obligation', { category, text: w.esc(field.after.text.trim()) }),
              span,
            });
          break;
        default:
          w.editorial(change, field, 'category', 'notice.category.retitled', 'notice.category.described');
      }
    }
  }
}

export function specialCategory(
  w: NoticeWriter,
  record: PolicyRecord,
  category: string,
  special: string,
  span = record.span,
): void {
  w.add({
    kind: 'category.special',
    rank: 40,
    needsNotice: true,
    text: w.say('notice.category.special', {
      category,
      special: w.esc(labelOf(special, specialCategories, w.language)),
    }),
    span,
  });
}

export function retention(w: NoticeWriter, field: FieldChange, category: string, span: Span): void {
  const after = textOf(field.after);
  const before = textOf(field.before);
  if (!after) return; // a retention removed without a new one: the rules report it
  if (!before) {
    w.add({
      kind: 'retention.stated',
      rank: 60,
      needsNotice: false,
      text: w.say('notice.retention.stated', { category, after: w.esc(after) }),
      span,
    });
    return;
  }
  const longer = compareDurations(before, after);
  const kind = longer === undefined ? 'changed' : longer ? 'longer' : 'shorter';
  w.add({
    kind: `retention.${kind}`,
    rank: kind === 'shorter' ? 50 : 30,
    needsNotice: kind !== 'shorter',
    text: w.say(`notice.retention.${kind}`, { category, after: w.esc(after), before: w.esc(before) }),
    span,
  });
}
