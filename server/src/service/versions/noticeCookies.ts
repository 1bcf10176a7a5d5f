/** The change notice on cookies: new and removed ones, a longer lifetime, another legal basis. */
import { cookieBases } from '../schema/vocabulary';
import { normOf } from './phrasing';
import { fieldText } from './snapshot';
import { type NoticeWriter, textOf, compareDurations } from './noticeWriter';

export function cookies(w: NoticeWriter): void {
  for (const change of w.of('cookies')) {
    const name = w.esc(fieldText(change.after ?? change.before, 'name') ?? change.key);
    if (change.kind === 'added') {
      const details: string[] = [];
      const provider = fieldText(change.after, 'provider');
      if (provider) details.push(w.say('notice.cookie.provider', { text: w.esc(provider) }));
      const duration = fieldText(change.after, 'duration');
      if (duration) details.push(w.say('notice.cookie.duration', { text: w.esc(duration) }));
      const basis = fieldText(change.after, 'basis');
      if (basis) details.push(w.say('notice.cookie.basis', { text: w.esc(normOf(basis, cookieBases, w.language)) }));
      w.add({
        kind: 'cookie.added',
        rank: 45,
        needsNotice: basis !== 'essential',
        text: w.say('notice.cookie.added', { name, details: details.join('; ') }),
        span: change.after!.span,
      });
      continue;
    }
    if (change.kind === 'removed') {
      w.add({
        kind: 'cookie.removed',
        rank: 50,
        needsNotice: false,
        text: w.say('notice.cookie.removed', { name }),
        beforeSpan: change.before!.span,
      });
      continue;
    }
    let revised = false;
    for (const field of change.fields) {
      const span = field.after?.span ?? change.after!.span;
      if (field.field === 'duration' && textOf(field.after) && textOf(field.before)) {
        const longer = compareDurations(textOf(field.before)!, textOf(field.after)!) === true;
        w.add({
          kind: longer ? 'cookie.longer' : 'cookie.lifetime',
          rank: longer ? 30 : 60,
          needsNotice: longer,
          text: w.say(longer ? 'notice.cookie.longer' : 'notice.cookie.lifetime', {
            name,
            after: w.esc(textOf(field.after)!),
            before: w.esc(textOf(field.before)!),
          }),
          span,
        });
      } else if (field.field === 'basis' && textOf(field.after)) {
        const after = textOf(field.after)!;
        w.add({
          kind: 'cookie.basis',
          rank: 45,
          needsNotice: after !== 'essential',
          text: w.say('notice.cookie.basisChanged', {
            name,
            after: w.esc(normOf(after, cookieBases, w.language)),
            before: w.esc(textOf(field.before) ? normOf(textOf(field.before)!, cookieBases, w.language) : '—'),
          }),
          span,
        });
      } else if (field.field === 'purposes' && field.added.length) {
        w.add({
          kind: 'cookie.purposes',
          rank: 45,
          needsNotice: true,
          text: w.say('notice.cookie.purposes', {
            name,
            purposes: w.quotedList(field.added.map((id) => fieldText(w.after('purposes', id), 'title') ?? id)),
          }),
          span,
        });
      } else if (!revised && field.field !== 'purposes') {
        revised = true;
        w.add({
          kind: 'cookie.revised',
          rank: 70,
          needsNotice: false,
          text: w.say('notice.cookie.revised', { name }),
          span,
        });
      }
    }
  }
}
