/**
 * What the parts of the change notice share: the diff, the notice's language, the escaping of author text, the
 * drafts written so far, and the small helpers that name data, recipients, countries and norms.
 */
import type { Locale } from '../l10n/messages';
import { eeaCountries } from '../schema/countries';
import { legalBases, safeguards } from '../schema/vocabulary';
import { periodInDays } from '../text/periods';
import type { Span } from '../text/positions';
import type { FieldChange, PolicyDiff, RecordChange } from './diff';
import {
  countryLabel,
  inCountry,
  joinList,
  joinNorms,
  labelOf,
  normOf,
  quoted,
  recipientPhrase,
  say,
} from './phrasing';
import { fieldItems, fieldText, recordsOf, type Leaf, type PolicyRecord, type SectionKey } from './snapshot';
import { changedItemTranslations, changedTranslations, normalized } from './similarity';

export interface Draft {
  kind: string;
  rank: number;
  needsNotice: boolean;
  text: string;
  span?: Span;
  beforeSpan?: Span;
}

export class NoticeWriter {
  readonly drafts: Draft[] = [];
  private readonly changes: ReadonlyMap<SectionKey, RecordChange[]>;

  constructor(
    readonly diff: PolicyDiff,
    readonly language: Locale,
    readonly esc: (text: string) => string,
  ) {
    const bySection = new Map<SectionKey, RecordChange[]>();
    for (const written of diff.changes) {
      const change = this.withoutTranslations(written);
      if (!change) continue;
      const list = bySection.get(change.section) ?? [];
      list.push(change);
      bySection.set(change.section, list);
    }
    this.changes = bySection;
  }

  /**
   * A change as the sections of the notice read it: without the fields whose text changed only in another language
   * (a bilingual policy's English title, say). Those get one editorial entry per record and language here, so
   * that no section reports "changed from X to X". Undefined when nothing else changed.
   */
  private withoutTranslations(change: RecordChange): RecordChange | undefined {
    if (change.kind !== 'changed') return change;
    const kept: FieldChange[] = [];
    const languages = new Set<string>();
    let span: Span | undefined;
    for (const field of change.fields) {
      const { before, after } = field;
      if (before?.kind === 'text' && after?.kind === 'text' && normalized(before.text) === normalized(after.text)) {
        for (const language of changedTranslations(before, after)) languages.add(language);
        span ??= after.span;
      } else if (
        before?.kind === 'set' &&
        after?.kind === 'set' &&
        !field.added.length &&
        !field.removed.length &&
        changedItemTranslations(before, after).length
      ) {
        // The same items, one of them translated anew.
        for (const language of changedItemTranslations(before, after)) languages.add(language);
        span ??= after.span;
      } else kept.push(field);
    }
    for (const language of languages) {
      const record = change.after;
      const title =
        fieldText(record, 'title') ?? fieldText(record, 'heading') ?? fieldText(record, 'name') ?? change.key;
      this.add({
        kind: 'translation.revised',
        rank: 70,
        needsNotice: false,
        text: this.say('notice.translation.revised', {
          language: this.say(language === 'de' ? 'notice.language.de' : 'notice.language.en'),
          title: this.esc(title),
        }),
        span,
      });
    }
    if (kept.length === change.fields.length) return change;
    return kept.length || change.renamedFrom ? { ...change, fields: kept } : undefined;
  }

  say(key: Parameters<typeof say>[1], args?: Parameters<typeof say>[2]): string {
    return say(this.language, key, args);
  }

  add(draft: Draft): void {
    this.drafts.push(draft);
  }

  of(section: SectionKey): RecordChange[] {
    return this.changes.get(section) ?? [];
  }

  after(section: SectionKey, key: string): PolicyRecord | undefined {
    return recordsOf(this.diff.after, section).get(key);
  }

  title(record: PolicyRecord | undefined, key: string): string {
    return this.esc(fieldText(record, 'title') ?? key);
  }

  /** Category titles joined ("Kontaktdaten und Kundendaten"), or "personenbezogene Daten" when there are none. */
  data(categoryKeys: readonly string[]): string {
    const titles = categoryKeys.map((key) => this.title(this.after('categories', key), key));
    return titles.length ? joinList(titles, this.language) : this.say('notice.personalData');
  }

  /** The later version's categories that list an id under `field`. */
  categoriesWith(field: 'purposes' | 'recipients', id: string): string[] {
    return [...recordsOf(this.diff.after, 'categories').values()]
      .filter((category) => fieldItems(category, field).includes(id))
      .map((category) => category.key);
  }

  list(items: readonly string[]): string {
    return joinList(
      items.map((item) => this.esc(item)),
      this.language,
    );
  }

  quotedList(items: readonly string[]): string {
    return joinList(
      items.map((item) => quoted(this.esc(item), this.language)),
      this.language,
    );
  }

  norms(values: readonly string[]): string {
    return this.esc(
      joinNorms(
        values.map((value) => normOf(value, legalBases, this.language)),
        this.language,
      ),
    );
  }

  /** " in den USA (EU-US Data Privacy Framework)": where a recipient is, and the safeguard outside the EEA. */
  where(recipient: PolicyRecord | undefined, withSafeguard = true): string {
    const country = fieldText(recipient, 'country');
    if (!country) return '';
    const place = ` ${this.esc(inCountry(country, this.language))}`;
    if (!withSafeguard || eeaCountries.has(country.toUpperCase())) return place;
    const safeguard = fieldText(recipient, 'safeguard');
    return safeguard ? `${place} (${this.safeguardName(safeguard)})` : place;
  }

  /** A safeguard by its name; the derogations of Art. 49 keep their norm, which is what makes them one. */
  safeguardName(value: string): string {
    const label = labelOf(value, safeguards, this.language);
    const match = /^(.*) \(([^()]+)\)$/.exec(label);
    if (!match) return this.esc(label);
    return this.esc(/^Art\. 49/.test(match[2]) ? `${match[1]}, ${match[2]}` : match[1]);
  }

  recipientName(key: string, record?: PolicyRecord): string {
    return this.esc(recipientPhrase(fieldText(record ?? this.after('recipients', key), 'title') ?? key, this.language));
  }

  isAdded(section: SectionKey, key: string): boolean {
    return this.of(section).some((change) => change.kind === 'added' && change.key === key);
  }

  isRemoved(section: SectionKey, key: string): boolean {
    return this.of(section).some((change) => change.kind === 'removed' && change.key === key);
  }

  /** A changed title or description: editorial, since what is processed stays the same. */
  editorial(
    change: RecordChange,
    field: FieldChange,
    kind: 'purpose' | 'recipient' | 'category',
    retitled: `notice.${typeof kind}.retitled`,
    described: `notice.${typeof kind}.described`,
  ) {
    const before = field.before?.kind === 'text' ? field.before.text : '';
    const after = field.after?.kind === 'text' ? field.after.text : '';
    if (field.field === 'title' && before && after)
      this.add({
        kind: `${kind}.retitled`,
        rank: 70,
        needsNotice: false,
        text: this.say(retitled, { before: this.esc(before.trim()), after: this.esc(after.trim()) }),
        span: field.after?.span ?? change.after?.span,
      });
    else if (field.field === 'description' || field.field === 'title')
      this.add({
        kind: `${kind}.described`,
        rank: 70,
        needsNotice: false,
        text: this.say(described, {
          purpose: this.title(change.after, change.key),
          category: this.title(change.after, change.key),
          title: this.title(change.after, change.key),
        }),
        span: field.after?.span ?? change.after?.span,
      });
  }
}

export function textOf(leaf: Leaf | undefined): string | undefined {
  return leaf?.kind === 'text' && leaf.text.trim() ? leaf.text.trim() : undefined;
}

export function spanOfItem(leaf: Leaf | undefined, item: string): Span | undefined {
  return leaf?.kind === 'set' ? leaf.items.find((candidate) => candidate.text.trim() === item)?.span : undefined;
}

/** True when the later text names a longer period, false when shorter, undefined when that cannot be told. */
export function compareDurations(before: string, after: string): boolean | undefined {
  const a = periodInDays(before);
  const b = periodInDays(after);
  if (a === undefined || b === undefined || a === b) return undefined;
  return b > a;
}

export function addressOf(record: PolicyRecord | undefined, language: Locale): string | undefined {
  if (!record) return undefined;
  const town = [fieldText(record, 'address.postalCode'), fieldText(record, 'address.city')].filter(Boolean).join(' ');
  const country = fieldText(record, 'address.country');
  const parts = [fieldText(record, 'address.street'), town, country ? countryLabel(country, language) : undefined];
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length ? present.join(', ') : undefined;
}
