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
 * Author text goes through `escape`, so the same entries serve Markdown, plain text and JSON.
 */
import type { Locale } from '../l10n/messages';
import { eeaCountries } from '../schema/countries';
import {
  cookieBases,
  legalBases,
  origins,
  recipientRoles,
  rights,
  safeguards,
  specialCategories,
} from '../schema/vocabulary';
import { longDate } from '../text/dates';
import type { Span } from '../text/positions';
import type { FieldChange, PolicyDiff, RecordChange, Rename } from './diff';
import {
  countryLabel,
  inCountry,
  joinList,
  joinNorms,
  labelOf,
  normOf,
  periodInDays,
  quoted,
  recipientPhrase,
  say,
} from './phrasing';
import { fieldItems, fieldText, recordsOf, type Leaf, type PolicyRecord, type SectionKey } from './snapshot';

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
  const writer = new NoticeWriter(diff, language, options.escape ?? ((text) => text));
  const entries = writer.entries();
  const beforeMeta = recordsOf(diff.before, 'policy').get('policy');
  const afterMeta = recordsOf(diff.after, 'policy').get('policy');
  const date = fieldText(beforeMeta, 'effective') ?? fieldText(beforeMeta, 'published');
  const version = fieldText(beforeMeta, 'version');
  const esc = options.escape ?? ((text: string) => text);
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
  return fieldText(recordsOf(diff.after, 'policy').get('policy'), 'language') === 'en' ? 'en' : 'de';
}

interface Draft {
  kind: string;
  rank: number;
  needsNotice: boolean;
  text: string;
  span?: Span;
  beforeSpan?: Span;
}

class NoticeWriter {
  private readonly drafts: Draft[] = [];
  private readonly changes: ReadonlyMap<SectionKey, RecordChange[]>;

  constructor(
    private readonly diff: PolicyDiff,
    private readonly language: Locale,
    private readonly esc: (text: string) => string,
  ) {
    const bySection = new Map<SectionKey, RecordChange[]>();
    for (const change of diff.changes) {
      const list = bySection.get(change.section) ?? [];
      list.push(change);
      bySection.set(change.section, list);
    }
    this.changes = bySection;
  }

  entries(): NoticeEntry[] {
    this.purposes();
    this.categoryPurposes();
    this.recipients();
    this.categoryRecipients();
    this.transfers();
    this.categories();
    this.cookies();
    this.rights();
    this.contacts();
    this.automated();
    this.clauses();
    this.policyMeta();
    // Most important first; within a rank in the order of the later version (what was removed: the earlier).
    const position = (draft: Draft) => draft.span?.start ?? draft.beforeSpan?.start ?? 0;
    const removed = (draft: Draft) => (draft.span ? 0 : 1);
    return this.drafts
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

  // ---- helpers

  private say(key: Parameters<typeof say>[1], args?: Parameters<typeof say>[2]): string {
    return say(this.language, key, args);
  }

  private add(draft: Draft): void {
    this.drafts.push(draft);
  }

  private of(section: SectionKey): RecordChange[] {
    return this.changes.get(section) ?? [];
  }

  private after(section: SectionKey, key: string): PolicyRecord | undefined {
    return recordsOf(this.diff.after, section).get(key);
  }

  private title(record: PolicyRecord | undefined, key: string): string {
    return this.esc(fieldText(record, 'title') ?? key);
  }

  /** Category titles joined ("Kontaktdaten und Kundendaten"), or "personenbezogene Daten" when there are none. */
  private data(categoryKeys: readonly string[]): string {
    const titles = categoryKeys.map((key) => this.title(this.after('categories', key), key));
    return titles.length ? joinList(titles, this.language) : this.say('notice.personalData');
  }

  /** The later version's categories that list an id under `field`. */
  private categoriesWith(field: 'purposes' | 'recipients', id: string): string[] {
    return [...recordsOf(this.diff.after, 'categories').values()]
      .filter((category) => fieldItems(category, field).includes(id))
      .map((category) => category.key);
  }

  private list(items: readonly string[]): string {
    return joinList(
      items.map((item) => this.esc(item)),
      this.language,
    );
  }

  private quotedList(items: readonly string[]): string {
    return joinList(
      items.map((item) => quoted(this.esc(item), this.language)),
      this.language,
    );
  }

  private norms(values: readonly string[]): string {
    return this.esc(
      joinNorms(
        values.map((value) => normOf(value, legalBases, this.language)),
        this.language,
      ),
    );
  }

  /** " in den USA (EU-US Data Privacy Framework)": where a recipient is, and the safeguard outside the EEA. */
  private where(recipient: PolicyRecord | undefined, withSafeguard = true): string {
    const country = fieldText(recipient, 'country');
    if (!country) return '';
    const place = ` ${this.esc(inCountry(country, this.language))}`;
    if (!withSafeguard || eeaCountries.has(country.toUpperCase())) return place;
    const safeguard = fieldText(recipient, 'safeguard');
    return safeguard ? `${place} (${this.safeguardName(safeguard)})` : place;
  }

  /** A safeguard by its name; the derogations of Art. 49 keep their norm, which is what makes them one. */
  private safeguardName(value: string): string {
    const label = labelOf(value, safeguards, this.language);
    const match = /^(.*) \(([^()]+)\)$/.exec(label);
    if (!match) return this.esc(label);
    return this.esc(/^Art\. 49/.test(match[2]) ? `${match[1]}, ${match[2]}` : match[1]);
  }

  private recipientName(key: string, record?: PolicyRecord): string {
    return this.esc(recipientPhrase(fieldText(record ?? this.after('recipients', key), 'title') ?? key, this.language));
  }

  private isAdded(section: SectionKey, key: string): boolean {
    return this.of(section).some((change) => change.kind === 'added' && change.key === key);
  }

  private isRemoved(section: SectionKey, key: string): boolean {
    return this.of(section).some((change) => change.kind === 'removed' && change.key === key);
  }

  private editorial(change: RecordChange, field: FieldChange, kind: string, retitled: string, described: string) {
    const before = field.before?.kind === 'text' ? field.before.text : '';
    const after = field.after?.kind === 'text' ? field.after.text : '';
    if (field.field === 'title' && before && after)
      this.add({
        kind: `${kind}.retitled`,
        rank: 70,
        needsNotice: false,
        text: this.say(retitled as never, { before: this.esc(before.trim()), after: this.esc(after.trim()) }),
        span: field.after?.span ?? change.after?.span,
      });
    else if (field.field === 'description' || field.field === 'title')
      this.add({
        kind: `${kind}.described`,
        rank: 70,
        needsNotice: false,
        text: this.say(described as never, {
          purpose: this.title(change.after, change.key),
          category: this.title(change.after, change.key),
          title: this.title(change.after, change.key),
        }),
        span: field.after?.span ?? change.after?.span,
      });
  }

  // ---- purposes

  private purposes(): void {
    for (const change of this.of('purposes')) {
      if (change.kind === 'added') {
        const bases = fieldItems(change.after, 'legalBasis');
        const sentence = this.say('notice.purpose.added', {
          data: this.data(this.categoriesWith('purposes', change.key)),
          purpose: this.title(change.after, change.key),
        });
        const basis = bases.length
          ? ' ' +
            this.say(bases.length === 1 ? 'notice.legalBasis.one' : 'notice.legalBasis.other', {
              bases: this.norms(bases),
            })
          : '';
        this.add({
          kind: 'purpose.added',
          rank: 10,
          needsNotice: true,
          text: sentence + basis,
          span: change.after!.span,
        });
      } else if (change.kind === 'removed') {
        this.add({
          kind: 'purpose.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.purpose.removed', { purpose: this.title(change.before, change.key) }),
          beforeSpan: change.before!.span,
        });
      } else {
        for (const field of change.fields) {
          if (field.field === 'legalBasis') {
            const after = fieldItems(change.after, 'legalBasis');
            const before = fieldItems(change.before, 'legalBasis');
            if (!after.length) continue; // a basis removed without a new one: the rules report it
            this.add({
              kind: 'purpose.basis',
              rank: 45,
              needsNotice: field.added.length > 0,
              text: before.length
                ? this.say(after.length === 1 ? 'notice.purpose.basis' : 'notice.purpose.bases', {
                    purpose: this.title(change.after, change.key),
                    after: this.norms(after),
                    before: this.norms(before),
                  })
                : this.say(after.length === 1 ? 'notice.purpose.basis.first' : 'notice.purpose.bases.first', {
                    purpose: this.title(change.after, change.key),
                    after: this.norms(after),
                  }),
              span: field.after?.span ?? change.after!.span,
            });
          } else if (field.field === 'legitimateInterest' && field.after?.kind === 'text') {
            this.add({
              kind: 'purpose.interest',
              rank: 45,
              needsNotice: false,
              text: this.say('notice.purpose.interest', {
                purpose: this.title(change.after, change.key),
                text: this.esc(field.after.text.trim()),
              }),
              span: field.after.span,
            });
          } else {
            this.editorial(change, field, 'purpose', 'notice.purpose.retitled', 'notice.purpose.described');
          }
        }
      }
    }
  }

  /** Data already held used for a further purpose (Art. 13(3)), and data no longer used for one. */
  private categoryPurposes(): void {
    const extended = new Map<string, { categories: string[]; span: Span }>();
    const dropped = new Map<string, { categories: string[]; span: Span }>();
    for (const change of this.of('categories')) {
      if (change.kind !== 'changed') continue;
      const field = change.fields.find((candidate) => candidate.field === 'purposes');
      if (!field) continue;
      for (const purpose of field.added) {
        if (this.isAdded('purposes', purpose)) continue; // said with the new purpose
        const span = spanOfItem(field.after, purpose) ?? change.after!.span;
        const entry = extended.get(purpose) ?? { categories: [], span };
        entry.categories.push(change.key);
        extended.set(purpose, entry);
      }
      for (const purpose of field.removed) {
        if (this.isRemoved('purposes', purpose)) continue;
        const entry = dropped.get(purpose) ?? { categories: [], span: change.after!.span };
        entry.categories.push(change.key);
        dropped.set(purpose, entry);
      }
    }
    for (const [purpose, { categories, span }] of extended)
      this.add({
        kind: 'purpose.extended',
        rank: 10,
        needsNotice: true,
        text: this.say('notice.purpose.extended', {
          data: this.data(categories),
          purpose: this.title(this.after('purposes', purpose), purpose),
        }),
        span,
      });
    for (const [purpose, { categories, span }] of dropped)
      this.add({
        kind: 'purpose.dropped',
        rank: 50,
        needsNotice: false,
        text: this.say('notice.purpose.dropped', {
          data: this.data(categories),
          purpose: this.title(this.after('purposes', purpose), purpose),
        }),
        span,
      });
  }

  // ---- recipients and transfers

  private recipients(): void {
    for (const change of this.of('recipients')) {
      if (change.kind === 'added') {
        this.add({
          kind: 'recipient.added',
          rank: 20,
          needsNotice: true,
          text: this.say('notice.recipient.added', {
            data: this.data(this.categoriesWith('recipients', change.key)),
            recipient: this.recipientName(change.key, change.after),
            where: this.where(change.after),
          }),
          span: change.after!.span,
        });
      } else if (change.kind === 'removed') {
        this.add({
          kind: 'recipient.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.recipient.removed', { recipient: this.recipientName(change.key, change.before) }),
          beforeSpan: change.before!.span,
        });
      } else {
        for (const field of change.fields) {
          const recipient = this.recipientName(change.key, change.after);
          if (field.field === 'country') {
            const country = fieldText(change.after, 'country');
            const before = fieldText(change.before, 'country');
            if (!country) continue;
            this.add({
              kind: 'recipient.moved',
              rank: 20,
              needsNotice: !eeaCountries.has(country.toUpperCase()),
              text: this.say('notice.recipient.moved', {
                recipient,
                where: this.esc(inCountry(country, this.language)),
                before: before ? this.esc(inCountry(before, this.language)) : '—',
              }),
              span: field.after?.span ?? change.after!.span,
            });
          } else if (field.field === 'safeguard') {
            const after = fieldText(change.after, 'safeguard');
            const before = fieldText(change.before, 'safeguard');
            this.add({
              kind: 'recipient.safeguard',
              rank: 20,
              needsNotice: true,
              text: this.say('notice.recipient.safeguard', {
                recipient,
                where: this.where(change.after, false),
                after: after ? this.safeguardName(after) : this.say('notice.safeguard.none'),
                before: before ? this.safeguardName(before) : this.say('notice.safeguard.none'),
              }),
              span: field.after?.span ?? change.after!.span,
            });
          } else if (field.field === 'role') {
            const after = fieldText(change.after, 'role');
            const before = fieldText(change.before, 'role');
            if (!after || !before) continue;
            this.add({
              kind: 'recipient.role',
              rank: 45,
              needsNotice: false,
              text: this.say('notice.recipient.role', {
                title: this.title(change.after, change.key),
                after: this.esc(labelOf(after, recipientRoles, this.language)),
                before: this.esc(labelOf(before, recipientRoles, this.language)),
              }),
              span: field.after?.span ?? change.after!.span,
            });
          } else {
            this.editorial(change, field, 'recipient', 'notice.recipient.retitled', 'notice.recipient.described');
          }
        }
      }
    }
  }

  /** Existing recipients that receive more (or fewer) categories of data. */
  private categoryRecipients(): void {
    const more = new Map<string, { categories: string[]; span: Span }>();
    const less = new Map<string, { categories: string[]; span: Span }>();
    for (const change of this.of('categories')) {
      if (change.kind !== 'changed') continue;
      const field = change.fields.find((candidate) => candidate.field === 'recipients');
      if (!field) continue;
      for (const recipient of field.added) {
        if (this.isAdded('recipients', recipient)) continue;
        const entry = more.get(recipient) ?? {
          categories: [],
          span: spanOfItem(field.after, recipient) ?? change.after!.span,
        };
        entry.categories.push(change.key);
        more.set(recipient, entry);
      }
      for (const recipient of field.removed) {
        if (this.isRemoved('recipients', recipient)) continue;
        const entry = less.get(recipient) ?? { categories: [], span: field.after?.span ?? change.after!.span };
        entry.categories.push(change.key);
        less.set(recipient, entry);
      }
    }
    for (const [recipient, { categories, span }] of more)
      this.add({
        kind: 'recipient.more',
        rank: 20,
        needsNotice: true,
        text: this.say('notice.recipient.more', {
          data: this.data(categories),
          recipient: this.recipientName(recipient),
          where: this.where(this.after('recipients', recipient)),
        }),
        span,
      });
    for (const [recipient, { categories, span }] of less)
      this.add({
        kind: 'recipient.less',
        rank: 50,
        needsNotice: false,
        text: this.say('notice.recipient.less', {
          data: this.data(categories),
          recipient: this.recipientName(recipient),
        }),
        span,
      });
  }

  /** Recipients already said to be new or moved to a country: their transfer needs no sentence of its own. */
  private coveredRecipients(country: string): Set<string> {
    const covered = new Set<string>();
    for (const change of this.of('recipients')) {
      const inThatCountry = fieldText(change.after, 'country')?.toUpperCase() === country.toUpperCase();
      const moved = change.kind === 'changed' && change.fields.some((field) => field.field === 'country');
      if (inThatCountry && (change.kind === 'added' || moved)) covered.add(change.key);
    }
    return covered;
  }

  private transfers(): void {
    for (const change of this.of('transfers')) {
      const record = change.after ?? change.before!;
      const country = fieldText(record, 'country') ?? change.key;
      const recipients = fieldItems(record, 'recipients');
      const categories = fieldItems(record, 'categories');
      const covered = this.coveredRecipients(country);
      const countryName = this.esc(countryLabel(country, this.language));
      if (change.kind === 'added') {
        if (recipients.length ? recipients.every((id) => covered.has(id)) : covered.size > 0) continue;
        const safeguard = fieldText(change.after, 'safeguard');
        const data = categories.length
          ? categories
          : [...new Set(recipients.flatMap((id) => this.categoriesWith('recipients', id)))];
        this.add({
          kind: 'transfer.added',
          rank: 20,
          needsNotice: true,
          text: this.say('notice.transfer.added', {
            data: this.data(data),
            country: countryName,
            safeguard: safeguard ? ` (${this.safeguardName(safeguard)})` : '',
          }),
          span: change.after!.span,
        });
      } else if (change.kind === 'removed') {
        if (
          recipients.length &&
          recipients.every((id) => this.isRemoved('recipients', this.diff.idMap('recipients', id)))
        )
          continue;
        this.add({
          kind: 'transfer.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.transfer.removed', { country: countryName }),
          beforeSpan: change.before!.span,
        });
      } else {
        for (const field of change.fields) {
          if (field.field === 'safeguard') {
            const after = fieldText(change.after, 'safeguard');
            const before = fieldText(change.before, 'safeguard');
            this.add({
              kind: 'transfer.safeguard',
              rank: 20,
              needsNotice: true,
              text: this.say('notice.transfer.safeguard', {
                country: countryName,
                after: after ? this.safeguardName(after) : this.say('notice.safeguard.none'),
                before: before ? this.safeguardName(before) : this.say('notice.safeguard.none'),
              }),
              span: field.after?.span ?? change.after!.span,
            });
          } else if (field.field === 'categories' && field.added.length) {
            this.add({
              kind: 'transfer.more',
              rank: 20,
              needsNotice: true,
              text: this.say('notice.transfer.more', { country: countryName, data: this.data(field.added) }),
              span: field.after?.span ?? change.after!.span,
            });
          } else if (field.field === 'description') {
            this.add({
              kind: 'transfer.described',
              rank: 70,
              needsNotice: false,
              text: this.say('notice.transfer.described', { country: countryName }),
              span: field.after?.span ?? change.after!.span,
            });
          }
        }
      }
    }
  }

  // ---- categories

  private categories(): void {
    for (const change of this.of('categories')) {
      const category = this.title(change.after ?? change.before, change.key);
      if (change.kind === 'added') {
        const items = fieldItems(change.after, 'data');
        const purposes = fieldItems(change.after, 'purposes')
          .filter((id) => !this.isAdded('purposes', id))
          .map((id) => fieldText(this.after('purposes', id), 'title') ?? id);
        const purposeSentence = purposes.length
          ? ' ' +
            this.say(purposes.length === 1 ? 'notice.category.purposes.one' : 'notice.category.purposes.other', {
              purposes: this.quotedList(purposes),
            })
          : '';
        this.add({
          kind: 'category.added',
          rank: 40,
          needsNotice: true,
          text:
            this.say('notice.category.added', { category, items: items.length ? ` (${this.list(items)})` : '' }) +
            purposeSentence,
          span: change.after!.span,
        });
        const special = fieldText(change.after, 'special');
        if (special) this.special(change.after!, category, special);
        continue;
      }
      if (change.kind === 'removed') {
        this.add({
          kind: 'category.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.category.removed', { category }),
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
              this.add({
                kind: 'category.items',
                rank: 40,
                needsNotice: true,
                text: this.say('notice.category.items', { category, items: this.list(field.added) }),
                span: spanOfItem(field.after, field.added[0]) ?? span,
              });
            if (field.removed.length)
              this.add({
                kind: 'category.itemsRemoved',
                rank: 50,
                needsNotice: false,
                text: this.say('notice.category.itemsRemoved', { category, items: this.list(field.removed) }),
                span,
              });
            break;
          case 'retention':
            this.retention(field, category, span);
            break;
          case 'special': {
            const special = fieldText(change.after, 'special');
            if (special) this.special(change.after!, category, special, span);
            break;
          }
          case 'origin': {
            const after = fieldText(change.after, 'origin');
            if (!after) break;
            const before = fieldText(change.before, 'origin') ?? 'data-subject';
            this.add({
              kind: 'category.origin',
              rank: 45,
              needsNotice: false,
              text: this.say('notice.category.origin', {
                category,
                after: this.esc(labelOf(after, origins, this.language)),
                before: this.esc(labelOf(before, origins, this.language)),
              }),
              span,
            });
            break;
          }
          case 'source':
            if (field.after?.kind === 'text' && field.after.text.trim())
              this.add({
                kind: 'category.source',
                rank: 45,
                needsNotice: false,
                text: this.say('notice.category.source', { category, after: this.esc(field.after.text.trim()) }),
                span,
              });
            break;
          case 'obligation':
            if (field.after?.kind === 'text' && field.after.text.trim())
              this.add({
                kind: 'category.obligation',
                rank: 60,
                needsNotice: false,
                text: this.say('notice.category.obligation', { category, text: this.esc(field.after.text.trim()) }),
                span,
              });
            break;
          default:
            this.editorial(change, field, 'category', 'notice.category.retitled', 'notice.category.described');
        }
      }
    }
  }

  private special(record: PolicyRecord, category: string, special: string, span = record.span): void {
    this.add({
      kind: 'category.special',
      rank: 40,
      needsNotice: true,
      text: this.say('notice.category.special', {
        category,
        special: this.esc(labelOf(special, specialCategories, this.language)),
      }),
      span,
    });
  }

  private retention(field: FieldChange, category: string, span: Span): void {
    const after = textOf(field.after);
    const before = textOf(field.before);
    if (!after) return; // a retention removed without a new one: the rules report it
    if (!before) {
      this.add({
        kind: 'retention.stated',
        rank: 60,
        needsNotice: false,
        text: this.say('notice.retention.stated', { category, after: this.esc(after) }),
        span,
      });
      return;
    }
    const longer = compareDurations(before, after);
    const kind = longer === undefined ? 'changed' : longer ? 'longer' : 'shorter';
    this.add({
      kind: `retention.${kind}`,
      rank: kind === 'shorter' ? 50 : 30,
      needsNotice: kind !== 'shorter',
      text: this.say(`notice.retention.${kind}`, { category, after: this.esc(after), before: this.esc(before) }),
      span,
    });
  }

  // ---- cookies

  private cookies(): void {
    for (const change of this.of('cookies')) {
      const name = this.esc(fieldText(change.after ?? change.before, 'name') ?? change.key);
      if (change.kind === 'added') {
        const details: string[] = [];
        const provider = fieldText(change.after, 'provider');
        if (provider) details.push(this.say('notice.cookie.provider', { text: this.esc(provider) }));
        const duration = fieldText(change.after, 'duration');
        if (duration) details.push(this.say('notice.cookie.duration', { text: this.esc(duration) }));
        const basis = fieldText(change.after, 'basis');
        if (basis)
          details.push(this.say('notice.cookie.basis', { text: this.esc(normOf(basis, cookieBases, this.language)) }));
        this.add({
          kind: 'cookie.added',
          rank: 45,
          needsNotice: basis !== 'essential',
          text: this.say('notice.cookie.added', { name, details: details.join('; ') }),
          span: change.after!.span,
        });
        continue;
      }
      if (change.kind === 'removed') {
        this.add({
          kind: 'cookie.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.cookie.removed', { name }),
          beforeSpan: change.before!.span,
        });
        continue;
      }
      let revised = false;
      for (const field of change.fields) {
        const span = field.after?.span ?? change.after!.span;
        if (field.field === 'duration' && textOf(field.after) && textOf(field.before)) {
          const longer = compareDurations(textOf(field.before)!, textOf(field.after)!) === true;
          this.add({
            kind: longer ? 'cookie.longer' : 'cookie.lifetime',
            rank: longer ? 30 : 60,
            needsNotice: longer,
            text: this.say(longer ? 'notice.cookie.longer' : 'notice.cookie.lifetime', {
              name,
              after: this.esc(textOf(field.after)!),
              before: this.esc(textOf(field.before)!),
            }),
            span,
          });
        } else if (field.field === 'basis' && textOf(field.after)) {
          const after = textOf(field.after)!;
          this.add({
            kind: 'cookie.basis',
            rank: 45,
            needsNotice: after !== 'essential',
            text: this.say('notice.cookie.basisChanged', {
              name,
              after: this.esc(normOf(after, cookieBases, this.language)),
              before: this.esc(textOf(field.before) ? normOf(textOf(field.before)!, cookieBases, this.language) : '—'),
            }),
            span,
          });
        } else if (field.field === 'purposes' && field.added.length) {
          this.add({
            kind: 'cookie.purposes',
            rank: 45,
            needsNotice: true,
            text: this.say('notice.cookie.purposes', {
              name,
              purposes: this.quotedList(field.added.map((id) => fieldText(this.after('purposes', id), 'title') ?? id)),
            }),
            span,
          });
        } else if (!revised && field.field !== 'purposes') {
          revised = true;
          this.add({
            kind: 'cookie.revised',
            rank: 70,
            needsNotice: false,
            text: this.say('notice.cookie.revised', { name }),
            span,
          });
        }
      }
    }
  }

  // ---- rights, contacts, automated decisions, clauses, the policy itself

  private rights(): void {
    for (const change of this.of('rights')) {
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
        const text = labelOf(value, rights, this.language);
        return this.esc(this.language === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text);
      };
      for (const right of added)
        this.add({
          kind: 'right.added',
          rank: 60,
          needsNotice: false,
          text: this.say('notice.right.added', { right: label(right) }),
          span: spanOfItem(change.after?.fields.get('rights'), right) ?? change.after?.span,
        });
      for (const right of removed)
        this.add({
          kind: 'right.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.right.removed', { right: label(right) }),
          span: change.after?.span,
          beforeSpan: change.before?.span,
        });
    }
  }

  private contacts(): void {
    const people = [
      ['controller', undefined, undefined],
      ['dpo', 'notice.dpo.added', 'notice.dpo.removed'],
      ['representative', 'notice.representative.added', 'notice.representative.removed'],
      ['supervisoryAuthority', 'notice.authority.added', 'notice.authority.removed'],
    ] as const;
    for (const [section, addedKey, removedKey] of people) {
      for (const change of this.of(section)) {
        if (change.kind === 'added' && addedKey) {
          this.add({
            kind: `${section}.added`,
            rank: section === 'supervisoryAuthority' ? 60 : 45,
            needsNotice: false,
            text: this.say(addedKey, { details: this.details(change.after!) }),
            span: change.after!.span,
          });
        } else if (change.kind === 'removed' && removedKey) {
          this.add({
            kind: `${section}.removed`,
            rank: 50,
            needsNotice: false,
            text: this.say(removedKey),
            beforeSpan: change.before!.span,
          });
        } else if (change.kind === 'changed') {
          this.contactFields(section, change);
        }
      }
    }
  }

  private details(record: PolicyRecord): string {
    const parts = [
      fieldText(record, 'name'),
      addressOf(record, this.language),
      fieldText(record, 'email'),
      fieldText(record, 'phone'),
    ];
    return parts
      .filter((part): part is string => Boolean(part))
      .map((part) => this.esc(part))
      .join(', ');
  }

  private contactFields(
    section: 'controller' | 'dpo' | 'representative' | 'supervisoryAuthority',
    change: RecordChange,
  ): void {
    const whose = this.say(`notice.whose.${section}`);
    const names = new Set(change.fields.map((field) => (field.field.startsWith('address.') ? 'address' : field.field)));
    for (const name of names) {
      if (!['name', 'address', 'email', 'phone', 'website', 'url'].includes(name)) continue;
      const read = (record: PolicyRecord | undefined) =>
        name === 'address' ? addressOf(record, this.language) : fieldText(record, name);
      const after = read(change.after);
      const before = read(change.before);
      const span =
        change.fields.find((field) => field.field === name || field.field.startsWith(`${name}.`))?.after?.span ??
        change.after!.span;
      if (section === 'controller' && name === 'name' && after && before) {
        this.add({
          kind: 'controller.renamed',
          rank: 45,
          needsNotice: true,
          text: this.say('notice.controller.renamed', { after: this.esc(after), before: this.esc(before) }),
          span,
        });
        continue;
      }
      const field = this.say(`notice.field.${name}` as 'notice.field.name');
      const kind = after && before ? 'changed' : after ? 'stated' : 'removed';
      this.add({
        kind: `contact.${kind}`,
        rank: kind === 'removed' ? 50 : 60,
        needsNotice: false,
        text: this.say(`notice.contact.${kind}`, {
          field,
          whose,
          after: this.esc(after ?? ''),
          before: this.esc(before ?? ''),
        }),
        span: kind === 'removed' ? undefined : span,
        beforeSpan: change.before?.span,
      });
    }
  }

  private automated(): void {
    for (const change of this.of('automatedDecisions')) {
      if (change.kind === 'added')
        this.add({
          kind: 'automated.added',
          rank: 45,
          needsNotice: true,
          text: this.say('notice.automated.added', {
            text: this.esc(fieldText(change.after, 'description') ?? ''),
          }).trim(),
          span: change.after!.span,
        });
      else if (change.kind === 'removed')
        this.add({
          kind: 'automated.removed',
          rank: 50,
          needsNotice: false,
          text: this.say('notice.automated.removed'),
          beforeSpan: change.before!.span,
        });
      else
        this.add({
          kind: 'automated.changed',
          rank: 60,
          needsNotice: false,
          text: this.say('notice.automated.changed'),
          span: change.fields[0]?.after?.span ?? change.after!.span,
        });
    }
  }

  private clauses(): void {
    for (const change of this.of('clauses')) {
      const record = change.after ?? change.before!;
      const title = this.esc(fieldText(record, 'title') ?? fieldText(record, 'heading') ?? change.key);
      this.add({
        kind: `clause.${change.kind}`,
        rank: 70,
        needsNotice: false,
        text: this.say(`notice.clause.${change.kind}`, { title }),
        span: change.after?.span,
        beforeSpan: change.before?.span,
      });
    }
  }

  private policyMeta(): void {
    for (const change of this.of('policy')) {
      if (change.kind !== 'changed') continue;
      for (const field of change.fields) {
        const after = textOf(field.after);
        if (!after) continue;
        if (field.field === 'title')
          this.add({
            kind: 'policy.title',
            rank: 70,
            needsNotice: false,
            text: this.say('notice.policy.title', { after: this.esc(after) }),
            span: field.after!.span,
          });
        else if (field.field === 'url')
          this.add({
            kind: 'policy.url',
            rank: 60,
            needsNotice: false,
            text: this.say('notice.policy.url', { after: this.esc(after) }),
            span: field.after!.span,
          });
      }
    }
  }
}

function textOf(leaf: Leaf | undefined): string | undefined {
  return leaf?.kind === 'text' && leaf.text.trim() ? leaf.text.trim() : undefined;
}

function spanOfItem(leaf: Leaf | undefined, item: string): Span | undefined {
  return leaf?.kind === 'set' ? leaf.items.find((candidate) => candidate.text.trim() === item)?.span : undefined;
}

/** True when the later text names a longer period, false when shorter, undefined when that cannot be told. */
function compareDurations(before: string, after: string): boolean | undefined {
  const a = periodInDays(before);
  const b = periodInDays(after);
  if (a === undefined || b === undefined || a === b) return undefined;
  return b > a;
}

function addressOf(record: PolicyRecord | undefined, language: Locale): string | undefined {
  if (!record) return undefined;
  const town = [fieldText(record, 'address.postalCode'), fieldText(record, 'address.city')].filter(Boolean).join(' ');
  const country = fieldText(record, 'address.country');
  const parts = [fieldText(record, 'address.street'), town, country ? countryLabel(country, language) : undefined];
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length ? present.join(', ') : undefined;
}
