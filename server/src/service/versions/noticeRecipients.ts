/** The change notice on recipients and third-country transfers: who receives what, where, on which safeguard. */
import { eeaCountries } from '../schema/countries';
import { recipientRoles } from '../schema/vocabulary';
import type { Span } from '../text/positions';
import { countryLabel, inCountry, labelOf } from './phrasing';
import { fieldItems, fieldText } from './snapshot';
import { type NoticeWriter, spanOfItem } from './noticeWriter';

export function recipients(w: NoticeWriter): void {
  for (const change of w.of('recipients')) {
    if (change.kind === 'added') {
      w.add({
        kind: 'recipient.added',
        rank: 20,
        needsNotice: true,
        text: w.say('notice.recipient.added', {
          data: w.data(w.categoriesWith('recipients', change.key)),
          recipient: w.recipientName(change.key, change.after),
          where: w.where(change.after),
        }),
        span: change.after!.span,
      });
    } else if (change.kind === 'removed') {
      w.add({
        kind: 'recipient.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.recipient.removed', { recipient: w.recipientName(change.key, change.before) }),
        beforeSpan: change.before!.span,
      });
    } else {
      for (const field of change.fields) {
        const recipient = w.recipientName(change.key, change.after);
        if (field.field === 'country') {
          const country = fieldText(change.after, 'country');
          const before = fieldText(change.before, 'country');
          if (!country) continue;
          w.add({
            kind: 'recipient.moved',
            rank: 20,
            needsNotice: !eeaCountries.has(country.toUpperCase()),
            text: w.say('notice.recipient.moved', {
              recipient,
              where: w.esc(inCountry(country, w.language)),
              before: before ? w.esc(inCountry(before, w.language)) : '—',
            }),
            span: field.after?.span ?? change.after!.span,
          });
        } else if (field.field === 'safeguard') {
          const after = fieldText(change.after, 'safeguard');
          const before = fieldText(change.before, 'safeguard');
          w.add({
            kind: 'recipient.safeguard',
            rank: 20,
            needsNotice: true,
            text: w.say('notice.recipient.safeguard', {
              recipient,
              where: w.where(change.after, false),
              after: after ? w.safeguardName(after) : w.say('notice.safeguard.none'),
              before: before ? w.safeguardName(before) : w.say('notice.safeguard.none'),
            }),
            span: field.after?.span ?? change.after!.span,
          });
        } else if (field.field === 'role') {
          const after = fieldText(change.after, 'role');
          const before = fieldText(change.before, 'role');
          if (!after || !before) continue;
          w.add({
            kind: 'recipient.role',
            rank: 45,
            needsNotice: false,
            text: w.say('notice.recipient.role', {
              title: w.title(change.after, change.key),
              after: w.esc(labelOf(after, recipientRoles, w.language)),
              before: w.esc(labelOf(before, recipientRoles, w.language)),
            }),
            span: field.after?.span ?? change.after!.span,
          });
        } else {
          w.editorial(change, field, 'recipient', 'notice.recipient.retitled', 'notice.recipient.described');
        }
      }
    }
  }
}

/** Existing recipients that receive more (or fewer) categories of data. */
export function categoryRecipients(w: NoticeWriter): void {
  const more = new Map<string, { categories: string[]; span: Span }>();
  const less = new Map<string, { categories: string[]; span: Span }>();
  for (const change of w.of('categories')) {
    if (change.kind !== 'changed') continue;
    const field = change.fields.find((candidate) => candidate.field === 'recipients');
    if (!field) continue;
    for (const recipient of field.added) {
      if (w.isAdded('recipients', recipient)) continue;
      const entry = more.get(recipient) ?? {
        categories: [],
        span: spanOfItem(field.after, recipient) ?? change.after!.span,
      };
      entry.categories.push(change.key);
      more.set(recipient, entry);
    }
    for (const recipient of field.removed) {
      if (w.isRemoved('recipients', recipient)) continue;
      const entry = less.get(recipient) ?? { categories: [], span: field.after?.span ?? change.after!.span };
      entry.categories.push(change.key);
      less.set(recipient, entry);
    }
  }
  for (const [recipient, { categories, span }] of more)
    w.add({
      kind: 'recipient.more',
      rank: 20,
      needsNotice: true,
      text: w.say('notice.recipient.more', {
        data: w.data(categories),
        recipient: w.recipientName(recipient),
        where: w.where(w.after('recipients', recipient)),
      }),
      span,
    });
  for (const [recipient, { categories, span }] of less)
    w.add({
      kind: 'recipient.less',
      rank: 50,
      needsNotice: false,
      text: w.say('notice.recipient.less', {
        data: w.data(categories),
        recipient: w.recipientName(recipient),
      }),
      span,
    });
}

/** Recipients already said to be new or moved to a country: their transfer needs no sentence of its own. */
export function coveredRecipients(w: NoticeWriter, country: string): Set<string> {
  const covered = new Set<string>();
  for (const change of w.of('recipients')) {
    const inThatCountry = fieldText(change.after, 'country')?.toUpperCase() === country.toUpperCase();
    const moved = change.kind === 'changed' && change.fields.some((field) => field.field === 'country');
    if (inThatCountry && (change.kind === 'added' || moved)) covered.add(change.key);
  }
  return covered;
}

export function transfers(w: NoticeWriter): void {
  for (const change of w.of('transfers')) {
    const record = change.after ?? change.before!;
    const country = fieldText(record, 'country') ?? change.key;
    const recipients = fieldItems(record, 'recipients');
    const categories = fieldItems(record, 'categories');
    const covered = coveredRecipients(w, country);
    const countryName = w.esc(countryLabel(country, w.language));
    if (change.kind === 'added') {
      if (recipients.length ? recipients.every((id) => covered.has(id)) : covered.size > 0) continue;
      const safeguard = fieldText(change.after, 'safeguard');
      const data = categories.length
        ? categories
        : [...new Set(recipients.flatMap((id) => w.categoriesWith('recipients', id)))];
      w.add({
        kind: 'transfer.added',
        rank: 20,
        needsNotice: true,
        text: w.say('notice.transfer.added', {
          data: w.data(data),
          country: countryName,
          safeguard: safeguard ? ` (${w.safeguardName(safeguard)})` : '',
        }),
        span: change.after!.span,
      });
    } else if (change.kind === 'removed') {
      if (recipients.length && recipients.every((id) => w.isRemoved('recipients', w.diff.idMap('recipients', id))))
        continue;
      w.add({
        kind: 'transfer.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.transfer.removed', { country: countryName }),
        beforeSpan: change.before!.span,
      });
    } else {
      for (const field of change.fields) {
        if (field.field === 'safeguard') {
          const after = fieldText(change.after, 'safeguard');
          const before = fieldText(change.before, 'safeguard');
          w.add({
            kind: 'transfer.safeguard',
            rank: 20,
            needsNotice: true,
            text: w.say('notice.transfer.safeguard', {
              country: countryName,
              after: after ? w.safeguardName(after) : w.say('notice.safeguard.none'),
              before: before ? w.safeguardName(before) : w.say('notice.safeguard.none'),
            }),
            span: field.after?.span ?? change.after!.span,
          });
        } else if (field.field === 'categories' && field.added.length) {
          w.add({
            kind: 'transfer.more',
            rank: 20,
            needsNotice: true,
            text: w.say('notice.transfer.more', { country: countryName, data: w.data(field.added) }),
            span: field.after?.span ?? change.after!.span,
          });
        } else if (field.field === 'description') {
          w.add({
            kind: 'transfer.described',
            rank: 70,
            needsNotice: false,
            text: w.say('notice.transfer.described', { country: countryName }),
            span: field.after?.span ?? change.after!.span,
          });
        }
      }
    }
  }
}
