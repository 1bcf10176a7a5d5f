/**
 * The change notice on what the policy states besides the processing: rights, the controller and its contacts,
 * automated decisions, clauses and the policy's own title and address.
 */
import { rights as rightChoices } from '../schema/vocabulary';
import type { RecordChange } from './diff';
import { labelOf } from './phrasing';
import { fieldItems, fieldText, type PolicyRecord } from './snapshot';
import { type NoticeWriter, textOf, spanOfItem, addressOf } from './noticeWriter';

export function rights(w: NoticeWriter): void {
  for (const change of w.of('rights')) {
    const added =
      change.kind === 'changed'
        ? (change.fields[0]?.added ?? [])
        : change.kind === 'added'
          ? fieldItems(change.after, 'rights')
          : [];
    const removed =
      change.kind === 'changed'
        ? (change.fields[0]?.removed ?? [])
        : change.kind === 'removed'
          ? fieldItems(change.before, 'rights')
          : [];
    const label = (value: string) => {
      const text = labelOf(value, rightChoices, w.language);
      return w.esc(w.language === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text);
    };
    for (const right of added)
      w.add({
        kind: 'right.added',
        rank: 60,
        needsNotice: false,
        text: w.say('notice.right.added', { right: label(right) }),
        span: spanOfItem(change.after?.fields.get('rights'), right) ?? change.after?.span,
      });
    for (const right of removed)
      w.add({
        kind: 'right.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.right.removed', { right: label(right) }),
        span: change.after?.span,
        beforeSpan: change.before?.span,
      });
  }
}

export function contacts(w: NoticeWriter): void {
  const people = [
    ['controller', undefined, undefined],
    ['dpo', 'notice.dpo.added', 'notice.dpo.removed'],
    ['representative', 'notice.representative.added', 'notice.representative.removed'],
    ['supervisoryAuthority', 'notice.authority.added', 'notice.authority.removed'],
  ] as const;
  for (const [section, addedKey, removedKey] of people) {
    for (const change of w.of(section)) {
      if (change.kind === 'added' && addedKey) {
        w.add({
          kind: `${section}.added`,
          rank: section === 'supervisoryAuthority' ? 60 : 45,
          needsNotice: false,
          text: w.say(addedKey, { details: details(w, change.after!) }),
          span: change.after!.span,
        });
      } else if (change.kind === 'removed' && removedKey) {
        w.add({
          kind: `${section}.removed`,
          rank: 50,
          needsNotice: false,
          text: w.say(removedKey),
          beforeSpan: change.before!.span,
        });
      } else if (change.kind === 'changed') {
        contactFields(w, section, change);
      }
    }
  }
}

export function details(w: NoticeWriter, record: PolicyRecord): string {
  const parts = [
    fieldText(record, 'name'),
    addressOf(record, w.language),
    fieldText(record, 'email'),
    fieldText(record, 'phone'),
  ];
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => w.esc(part))
    .join(', ');
}

export function contactFields(
  w: NoticeWriter,
  section: 'controller' | 'dpo' | 'representative' | 'supervisoryAuthority',
  change: RecordChange,
): void {
  const whose = w.say(`notice.whose.${section}`);
  const names = new Set(change.fields.map((field) => (field.field.startsWith('address.') ? 'address' : field.field)));
  for (const name of names) {
    if (!['name', 'address', 'email', 'phone', 'website', 'url'].includes(name)) continue;
    const read = (record: PolicyRecord | undefined) =>
      name === 'address' ? addressOf(record, w.language) : fieldText(record, name);
    const after = read(change.after);
    const before = read(change.before);
    const span =
      change.fields.find((field) => field.field === name || field.field.startsWith(`${name}.`))?.after?.span ??
      change.after!.span;
    if (section === 'controller' && name === 'name' && after && before) {
      w.add({
        kind: 'controller.renamed',
        rank: 45,
        needsNotice: true,
        text: w.say('notice.controller.renamed', { after: w.esc(after), before: w.esc(before) }),
        span,
      });
      continue;
    }
    const field = w.say(`notice.field.${name}` as 'notice.field.name');
    const kind = after && before ? 'changed' : after ? 'stated' : 'removed';
    w.add({
      kind: `contact.${kind}`,
      rank: kind === 'removed' ? 50 : 60,
      needsNotice: false,
      text: w.say(`notice.contact.${kind}`, {
        field,
        whose,
        after: w.esc(after ?? ''),
        before: w.esc(before ?? ''),
      }),
      span: kind === 'removed' ? undefined : span,
      beforeSpan: change.before?.span,
    });
  }
}

export function automated(w: NoticeWriter): void {
  for (const change of w.of('automatedDecisions')) {
    if (change.kind === 'added')
      w.add({
        kind: 'automated.added',
        rank: 45,
        needsNotice: true,
        text: w
          .say('notice.automated.added', {
            text: w.esc(fieldText(change.after, 'description') ?? ''),
          })
          .trim(),
        span: change.after!.span,
      });
    else if (change.kind === 'removed')
      w.add({
        kind: 'automated.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.automated.removed'),
        beforeSpan: change.before!.span,
      });
    else
      w.add({
        kind: 'automated.changed',
        rank: 60,
        needsNotice: false,
        text: w.say('notice.automated.changed'),
        span: change.fields[0]?.after?.span ?? change.after!.span,
      });
  }
}

export function clauses(w: NoticeWriter): void {
  for (const change of w.of('clauses')) {
    const record = change.after ?? change.before!;
    const title = w.esc(fieldText(record, 'title') ?? fieldText(record, 'heading') ?? change.key);
    w.add({
      kind: `clause.${change.kind}`,
      rank: 70,
      needsNotice: false,
      text: w.say(`notice.clause.${change.kind}`, { title }),
      span: change.after?.span,
      beforeSpan: change.before?.span,
    });
  }
}

export function policyMeta(w: NoticeWriter): void {
  for (const change of w.of('policy')) {
    if (change.kind !== 'changed') continue;
    for (const field of change.fields) {
      const after = textOf(field.after);
      if (!after) continue;
      if (field.field === 'title')
        w.add({
          kind: 'policy.title',
          rank: 70,
          needsNotice: false,
          text: w.say('notice.policy.title', { after: w.esc(after) }),
          span: field.after!.span,
        });
      else if (field.field === 'url')
        w.add({
          kind: 'policy.url',
          rank: 60,
          needsNotice: false,
          text: w.say('notice.policy.url', { after: w.esc(after) }),
          span: field.after!.span,
        });
    }
  }
}
