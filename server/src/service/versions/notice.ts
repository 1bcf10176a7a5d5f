/**
 * The change notice: what a reader of the policy must be told about a new version, in the policy's language,
 * most important first. Each entry is one or two sentences, ranked:
 *
 *   10 new purposes (also existing data used for a further purpose: Art. 13(3) GDPR)
 *   20 new recipients, third-country transfers and their safeguards
 *   30 longer (or otherwise changed) retention
 *   40 new categories of data and data items, special categories
 *   45 other changes of substance: legal bases, automated decisions, cookies, the controller
 *   50 what was removed, and shorter retention
 *   60 other changes: rights stated, contact details, the supervisory authority
 *   70 editorial changes: titles, descriptions, clauses
 *
 * Entries of ranks up to 40, and some of 45, need notice: readers must be told before the change takes effect.
 * Author text goes through `escape`, so the same entries serve Markdown, plain text and JSON. The sentences of
 * each part are written in noticePurposes.ts, noticeRecipients.ts, noticeCategories.ts, noticeCookies.ts and
 * noticeStatements.ts, with the helpers of noticeWriter.ts.
 */
import type { Locale } from '../l10n/messages';
import { longDate } from '../text/dates';
import type { Span } from '../text/positions';
import type { PolicyDiff, Rename } from './diff';
import { categories } from './noticeCategories';
import { cookies } from './noticeCookies';
import { categoryPurposes, purposes } from './noticePurposes';
import { categoryRecipients, recipients, transfers } from './noticeRecipients';
import { automated, clauses, contacts, policyMeta, rights } from './noticeStatements';
import { NoticeWriter, type Draft } from './noticeWriter';
import { say } from './phrasing';
import { fieldItems, fieldText, recordsOf } from './snapshot';

export interface NoticeEntry {
  /** What kind of change, e.g. `purpose.added`: stable, for scripts and tests. */
  readonly kind: string;
  readonly rank: number;
  /** Whether readers must be told before the change takes effect. */
  readonly needsNotice: boolean;
  /** The sentence(s) as readers read them. */
  readonly text: string;
  /** Where the change stands in the later version; absent for what was removed. */
  readonly span?: Span;
  /** Where it stood in the earlier version. */
  readonly beforeSpan?: Span;
}

export interface ChangeNotice {
  readonly language: Locale;
  /** "Änderungen gegenüber Version 3 vom 1. Oktober 2026". */
  readonly heading: string;
  /** "Die geänderte Fassung gilt ab dem 15. Dezember 2026.", when the later version has an effective date. */
  readonly effective?: string;
  readonly entries: readonly NoticeEntry[];
  readonly renames: readonly Rename[];
  /** Whether any entry needs notice. */
  readonly needsNotice: boolean;
}

export interface NoticeOptions {
  /** The notice's language: by default the later version's `policy.language`, else German. */
  readonly language?: Locale;
  /** Applied to every piece of author text (Markdown escaping); plain text by default. */
  readonly escape?: (text: string) => string;
}

export function changeNotice(diff: PolicyDiff, options: NoticeOptions = {}): ChangeNotice {
  const language = options.language ?? noticeLanguage(diff);
  const esc = options.escape ?? ((text: string) => text);
  const entries = entriesOf(new NoticeWriter(diff, language, esc));
  const beforeMeta = recordsOf(diff.before, 'policy').get('policy');
  const afterMeta = recordsOf(diff.after, 'policy').get('policy');
  const date = fieldText(beforeMeta, 'effective') ?? fieldText(beforeMeta, 'published');
  const version = fieldText(beforeMeta, 'version');
  const heading = !date
    ? say(language, 'notice.heading.plain')
    : version
      ? say(language, 'notice.heading.version', { version: esc(version), date: esc(longDate(date, language)) })
      : say(language, 'notice.heading', { date: esc(longDate(date, language)) });
  const effectiveDate = fieldText(afterMeta, 'effective');
  return {
    language,
    heading,
    effective: effectiveDate
      ? say(language, 'notice.effective', { date: esc(longDate(effectiveDate, language)) })
      : undefined,
    entries,
    renames: diff.renames,
    needsNotice: entries.some((entry) => entry.needsNotice),
  };
}

/** The later version's language (`policy.language`), German when it states none. */
export function noticeLanguage(diff: PolicyDiff): Locale {
  // As the page: `language`, else the first of `languages`, else German.
  const policy = recordsOf(diff.after, 'policy').get('policy');
  return (fieldText(policy, 'language') ?? fieldItems(policy, 'languages')[0]) === 'en' ? 'en' : 'de';
}

function entriesOf(w: NoticeWriter): NoticeEntry[] {
  purposes(w);
  categoryPurposes(w);
  recipients(w);
  categoryRecipients(w);
  transfers(w);
  categories(w);
  cookies(w);
  rights(w);
  contacts(w);
  automated(w);
  clauses(w);
  policyMeta(w);
  // Most important first; within a rank in the order of the later version (what was removed: the earlier).
  const position = (draft: Draft) => draft.span?.start ?? draft.beforeSpan?.start ?? 0;
  const removed = (draft: Draft) => (draft.span ? 0 : 1);
  return w.drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        a.draft.rank - b.draft.rank ||
        removed(a.draft) - removed(b.draft) ||
        position(a.draft) - position(b.draft) ||
        a.index - b.index,
    )
    .map(({ draft }) => ({ ...draft }));
}
