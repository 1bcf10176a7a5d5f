/** The change notice on purposes: new ones, existing data used for a further purpose (Art. 13(3)), legal bases. */
import type { Span } from '../text/positions';
import { fieldItems } from './snapshot';
import { type NoticeWriter, spanOfItem } from './noticeWriter';

export function purposes(w: NoticeWriter): void {
  for (const change of w.of('purposes')) {
    if (change.kind === 'added') {
      const bases = fieldItems(change.after, 'legalBasis');
      const sentence = w.say('notice.purpose.added', {
        data: w.data(w.categoriesWith('purposes', change.key)),
        purpose: w.title(change.after, change.key),
      });
      const basis = bases.length
        ? ' ' +
          w.say(bases.length === 1 ? 'notice.legalBasis.one' : 'notice.legalBasis.other', {
            bases: w.norms(bases),
          })
        : '';
      w.add({
        kind: 'purpose.added',
        rank: 10,
        needsNotice: true,
        text: sentence + basis,
        span: change.after!.span,
      });
    } else if (change.kind === 'removed') {
      w.add({
        kind: 'purpose.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.purpose.removed', { purpose: w.title(change.before, change.key) }),
        beforeSpan: change.before!.span,
      });
    } else {
      for (const field of change.fields) {
        if (field.field === 'legalBasis') {
          const after = fieldItems(change.after, 'legalBasis');
          const before = fieldItems(change.before, 'legalBasis');
          if (!after.length) continue; // a basis removed without a new one: the rules report it
          w.add({
            kind: 'purpose.basis',
            rank: 45,
            needsNotice: field.added.length > 0,
            text: before.length
              ? w.say(after.length === 1 ? 'notice.purpose.basis' : 'notice.purpose.bases', {
                  purpose: w.title(change.after, change.key),
                  after: w.norms(after),
                  before: w.norms(before),
                })
              : w.say(after.length === 1 ? 'notice.purpose.basis.first' : 'notice.purpose.bases.first', {
                  purpose: w.title(change.after, change.key),
                  after: w.norms(after),
                }),
            span: field.after?.span ?? change.after!.span,
          });
        } else if (field.field === 'legitimateInterest' && field.after?.kind === 'text') {
          w.add({
            kind: 'purpose.interest',
            rank: 45,
            needsNotice: false,
            text: w.say('notice.purpose.interest', {
              purpose: w.title(change.after, change.key),
              text: w.esc(field.after.text.trim()),
            }),
            span: field.after.span,
          });
        } else {
          w.editorial(change, field, 'purpose', 'notice.purpose.retitled', 'notice.purpose.described');
        }
      }
    }
  }
}

/** Data already held used for a further purpose (Art. 13(3)), and data no longer used for one. */
export function categoryPurposes(w: NoticeWriter): void {
  const extended = new Map<string, { categories: string[]; span: Span }>();
  const dropped = new Map<string, { categories: string[]; span: Span }>();
  for (const change of w.of('categories')) {
    if (change.kind !== 'changed') continue;
    const field = change.fields.find((candidate) => candidate.field === 'purposes');
    if (!field) continue;
    for (const purpose of field.added) {
      if (w.isAdded('purposes', purpose)) continue; // said with the new purpose
      const span = spanOfItem(field.after, purpose) ?? change.after!.span;
      const entry = extended.get(purpose) ?? { categories: [], span };
      entry.categories.push(change.key);
      extended.set(purpose, entry);
    }
    for (const purpose of field.removed) {
      if (w.isRemoved('purposes', purpose)) continue;
      const entry = dropped.get(purpose) ?? { categories: [], span: change.after!.span };
      entry.categories.push(change.key);
      dropped.set(purpose, entry);
    }
  }
  for (const [purpose, { categories, span }] of extended)
    w.add({
      kind: 'purpose.extended',
      rank: 10,
      needsNotice: true,
      text: w.say('notice.purpose.extended', {
        data: w.data(categories),
        purpose: w.title(w.after('purposes', purpose), purpose),
      }),
      span,
    });
  for (const [purpose, { categories, span }] of dropped)
    w.add({
      kind: 'purpose.dropped',
      rank: 50,
      needsNotice: false,
      text: w.say('notice.purpose.dropped', {
        data: w.data(categories),
        purpose: w.title(w.after('purposes', purpose), purpose),
      }),
      span,
    });
}
