/**
 * Builds the page of a policy: one outline of sections in the order German policies use (see `outline`), each
 * produced once from the data, with the clauses placed where they say they go (see ClausePlacement) and never
 * restating what a section states. Everything the author wrote is on the page, in its place.
 */
import { gapLabels, type Block as BoundBlock, type GapKind, type Piece } from '../clauses/boundText';
import { bindText } from '../clauses/clauseBinding';
import { unmetConditions } from '../clauses/clauseConditions';
import type { ClauseLibrary, LibraryClause, RightId, SectionId } from '../clauses/clauseLibrary';
import { germanAddress, germanCountry, germanDate, germanLabel, textOf, titleOf } from '../clauses/germanFormat';
import type { PlaceholderScope } from '../clauses/placeholders';
import {
  automatedDecisionsOf,
  countriesOf,
  isFromElsewhere,
  isThirdCountry,
  itemsOf,
  scopeOf,
  specialOf,
} from '../clauses/policyFacts';
import type {
  AddressFields,
  Category,
  ClauseFields,
  EnumValue,
  ObjectValue,
  PersonFields,
  PolicyModel,
  Purpose,
  Recipient,
  TextValue,
} from '../model/model';
import {
  channels as channelChoices,
  cookieBases,
  legalBases,
  origins,
  recipientRoles,
  safeguards,
  specialCategories,
} from '../schema/vocabulary';
import { automatedExceptions, recipientKinds } from '../schema/legalVocabulary';
import { lineIndexAt } from '../text/lines';
import type { Span } from '../text/positions';
import { linkify } from './linkify';
import type { Block, FactRow, Inline, Line, Page, PageSection, RenderedGap } from './page';
import { germanPage, type PageText } from './pageText';

/** The sections of the page, in order; a section appears when the data or a clause gives it something to say. */
export const outline: readonly SectionId[] = [
  'overview',
  'controller',
  'representative',
  'dpo',
  'processing',
  'recipients',
  'transfers',
  'cookies',
  'automated-decisions',
  'children',
  'rights',
  'complaint',
  'security',
  'changes',
];

/** Section ids as they appear in the page's anchors (German, as readers share links). */
const anchors: Readonly<Record<SectionId, string>> = {
  overview: 'auf-einen-blick',
  controller: 'verantwortlicher',
  representative: 'vertreter',
  dpo: 'datenschutzbeauftragter',
  processing: 'verarbeitungen',
  recipients: 'empfaenger',
  transfers: 'drittlaender',
  cookies: 'cookies',
  'automated-decisions': 'automatisierte-entscheidungen',
  children: 'kinder',
  rights: 'rechte',
  complaint: 'beschwerderecht',
  security: 'datensicherheit',
  changes: 'aenderungen',
};

export interface PageInput {
  readonly model: PolicyModel;
  /** Line starts of the source, for `data-line` in the preview. */
  readonly lineStarts: readonly number[];
}

/** Clause texts gathered per place before the sections are built. */
interface Placed {
  readonly intro: Map<SectionId, Block[][]>;
  readonly adds: Map<SectionId, Block[]>;
  readonly replaces: Map<SectionId, Block[][]>;
  readonly explains: Map<RightId, Block[]>;
  readonly categories: Map<string, Block[]>;
  readonly recipients: Map<string, Block[]>;
  readonly own: PageSection[];
}

/** A marker block where the section's facts stand (`{{section.facts}}`), replaced when the section is built. */
const FACTS_MARK: Block = { kind: 'paragraph', lines: [] };

export function buildPage(input: PageInput, library: ClauseLibrary, text: PageText = germanPage): Page {
  return new PageBuilder(input.model, input.lineStarts, library, text).build();
}

class PageBuilder {
  private readonly gaps: RenderedGap[] = [];
  private where: string | undefined;

  constructor(
    private readonly model: PolicyModel,
    private readonly lineStarts: readonly number[],
    private readonly library: ClauseLibrary,
    private readonly text: PageText,
  ) {}

  build(): Page {
    const meta = this.model.root.fields.policy;
    const title = textOf(meta?.fields.title) ?? this.text.defaultTitle;
    const placed = this.placeClauses();
    const sections: PageSection[] = [];
    for (const id of outline) {
      if (id === 'changes') sections.push(...placed.own);
      const section = this.section(id, placed);
      if (section) sections.push(section);
    }
    return {
      language: 'de',
      title,
      titleLine: this.line(meta?.fields.title?.span),
      stand: this.standLine(),
      standLine: this.line(meta?.fields.effective?.span ?? meta?.span),
      sections,
      gaps: this.gaps,
    };
  }

  private standLine(): Line {
    const fields = this.model.root.fields.policy?.fields;
    const effective = fields?.effective?.text.trim();
    const parts: Inline[] = [
      effective
        ? this.text.stand(germanDate(effective))
        : this.gap('effective', this.model.root.fields.policy?.span, `${this.text.stand('')}${gapLabels.effective}`),
    ];
    const published = fields?.published?.text.trim();
    if (published) parts.push(' · ', this.text.published(germanDate(published)));
    const version = textOf(fields?.version);
    if (version) parts.push(' · ', this.text.version(version));
    return parts;
  }

  // ---- clauses -------------------------------------------------------------------------------------------

  private placeClauses(): Placed {
    const placed: Placed = {
      intro: new Map(),
      adds: new Map(),
      replaces: new Map(),
      explains: new Map(),
      categories: new Map(),
      recipients: new Map(),
      own: [],
    };
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
    (this.model.root.fields.clauses?.items ?? []).forEach((item, index) => {
      const { use, title, text, section, replaces } = item.fields;
      const scope = scopeOf(this.model, item);
      if (use) {
        const clause = this.library.get(use.id);
        this.where = clause?.title ?? use.id;
        if (!clause) {
          placed.own.push(
            this.ownSection(
              index,
              use.id,
              [this.gapParagraph('clause', use.span, `Unbekannter Baustein „${use.id}“`)],
              item,
            ),
          );
          return;
        }
        const blocks = this.clauseBlocks(clause, item, scope);
        const placement = clause.placement;
        switch (placement.kind) {
          case 'intro':
            push(placed.intro, placement.section, blocks);
            break;
          case 'adds':
            for (const block of blocks) push(placed.adds, placement.section, block);
            break;
          case 'explains':
            for (const right of placement.rights) placed.explains.set(right, blocks);
            break;
          case 'category':
          case 'recipient': {
            const ref = placement.kind === 'category' ? item.fields.category : item.fields.recipient;
            const target = placement.kind === 'category' ? scope.category : scope.recipient;
            if (!ref || !target) {
              // Without its entry the clause has nowhere to stand: marked where the clauses list has it.
              placed.own.push(
                this.ownSection(
                  index,
                  clause.title,
                  [this.gapParagraph('clause', use.span, this.text.clauseGap(clause.id))],
                  item,
                ),
              );
              return;
            }
            for (const block of blocks)
              push(placement.kind === 'category' ? placed.categories : placed.recipients, ref.id, block);
            break;
          }
        }
        return;
      }
      if (!text) {
        this.where = textOf(title) ?? `Abschnitt ${index + 1}`;
        placed.own.push(
          this.ownSection(
            index,
            textOf(title) ?? `Abschnitt ${index + 1}`,
            [this.gapParagraph('clause', item.ownerSpan, 'Abschnitt ohne Text')],
            item,
          ),
        );
        return;
      }
      this.where = textOf(title) ?? `Abschnitt ${index + 1}`;
      const blocks = this.bound(bindText(text.text, this.model, scope).blocks, text.span, text.span.start);
      const headed = textOf(title)
        ? [
            {
              kind: 'part' as const,
              id: `abschnitt-${index + 1}`,
              title: textOf(title)!,
              blocks,
              line: this.line(item.span),
            },
          ]
        : blocks;
      // Own text may stand with a data category or a recipient too, as the activity clauses do.
      if (item.fields.category && scope.category)
        for (const block of headed) push(placed.categories, item.fields.category.id, block);
      else if (item.fields.recipient && scope.recipient)
        for (const block of headed) push(placed.recipients, item.fields.recipient.id, block);
      else if (replaces) push(placed.replaces, replaces.value as SectionId, headed);
      else if (section) for (const block of headed) push(placed.adds, section.value as SectionId, block);
      else placed.own.push(this.ownSection(index, textOf(title) ?? `Abschnitt ${index + 1}`, blocks, item));
    });
    return placed;
  }

  /** A library clause's text for its place, or a gap where the data contradicts what it takes for granted. */
  private clauseBlocks(clause: LibraryClause, item: ObjectValue<ClauseFields>, scope: PlaceholderScope): Block[] {
    const use = item.fields.use!;
    if (unmetConditions(clause, this.model, scope).length)
      return [this.gapParagraph('condition', use.span, this.text.clauseGap(clause.id))];
    return this.bound(bindText(clause.text, this.model, scope).blocks, use.span);
  }

  private ownSection(index: number, title: string, blocks: Block[], item: ObjectValue<ClauseFields>): PageSection {
    return { id: `abschnitt-${index + 1}`, title, blocks, line: this.line(item.span) };
  }

  /** Bound clause blocks as page blocks; author text keeps each paragraph's own line for scroll sync. */
  private bound(blocks: readonly BoundBlock[], gapSpan: Span, textStart?: number): Block[] {
    let line = textStart === undefined ? undefined : this.line({ start: textStart, end: textStart });
    return blocks.map((block): Block => {
      if (block.kind === 'facts') return FACTS_MARK;
      const lines = block.kind === 'list' ? block.items : block.lines;
      const result: Block =
        block.kind === 'list'
          ? { kind: 'list', items: block.items.map((item) => [this.pieces(item, gapSpan)]), line }
          : { kind: 'paragraph', lines: block.lines.map((pieces) => this.pieces(pieces, gapSpan)), line };
      if (line !== undefined) line += lines.length + 1;
      return result;
    });
  }

  private pieces(pieces: readonly Piece[], gapSpan: Span): Line {
    return pieces.flatMap((piece): Inline[] =>
      piece.kind === 'gap' ? [this.gap(piece.gap, gapSpan, piece.label)] : linkify(piece.text),
    );
  }

  // ---- sections ------------------------------------------------------------------------------------------

  private section(id: SectionId, placed: Placed): PageSection | undefined {
    this.where = this.text.sectionTitles[id];
    const facts = this.facts(id, placed);
    const replacement = placed.replaces.get(id);
    const intros = placed.intro.get(id);
    const adds = placed.adds.get(id) ?? [];
    if (!facts && !replacement && !intros && !adds.length) return undefined;
    let blocks: Block[];
    if (replacement) blocks = replacement.flat();
    else if (intros) blocks = intros.flat();
    else blocks = facts?.intro ?? [];
    const body = facts?.body ?? [];
    const mark = blocks.indexOf(FACTS_MARK);
    if (mark >= 0)
      blocks = [...blocks.slice(0, mark), ...body, ...blocks.slice(mark + 1).filter((block) => block !== FACTS_MARK)];
    else blocks = [...blocks, ...body];
    return { id: anchors[id], title: this.text.sectionTitles[id], blocks: [...blocks, ...adds], line: facts?.line };
  }

  /** What a section says from the data: its introduction and its facts; undefined when the data gives none. */
  private facts(id: SectionId, placed: Placed): { intro: Block[]; body: Block[]; line?: number } | undefined {
    const fields = this.model.root.fields;
    const controller = fields.controller?.fields;
    switch (id) {
      case 'overview': {
        const body = this.model.categories.length
          ? [
              paragraphOf(this.text.overviewActivities),
              {
                kind: 'list' as const,
                items: this.model.categories.map((category) => [
                  [{ kind: 'ref' as const, target: categoryAnchor(category), text: titleOf(category) }],
                ]),
              },
            ]
          : [];
        return { intro: [paragraphOf(this.text.overviewIntro(textOf(controller?.name)))], body };
      }
      case 'controller':
        return {
          intro: [paragraphOf(this.text.controllerIntro)],
          body: [
            this.contact(
              fields.controller as ObjectValue<PersonFields> | undefined,
              'controller',
              fields.controller?.fields.website,
            ),
          ],
          line: this.line(fields.controller?.span),
        };
      case 'representative':
        if (!controller?.representative) return undefined;
        return {
          intro: [paragraphOf(this.text.representativeIntro)],
          body: [this.contact(controller.representative, 'controller')],
          line: this.line(controller.representative.span),
        };
      case 'dpo':
        if (!controller?.dpo) return undefined;
        return {
          intro: [paragraphOf(this.text.dpoIntro)],
          body: [this.contact(controller.dpo, 'controller')],
          line: this.line(controller.dpo.span),
        };
      case 'processing':
        return {
          intro: [paragraphOf(this.text.processingIntro)],
          body: this.processing(placed),
          line: this.line(this.sectionKey('categories')),
        };
      case 'recipients':
        if (!this.model.recipients.length) return undefined;
        return {
          intro: [paragraphOf(this.text.recipientsIntro)],
          body: this.model.recipients.map((recipient) => this.recipient(recipient, placed)),
          line: this.line(this.sectionKey('recipients')),
        };
      case 'transfers': {
        const items = this.transfers();
        if (!items.length) return undefined;
        return {
          intro: [paragraphOf(this.text.transfersIntro)],
          body: [{ kind: 'list', items }],
          line: this.line(this.sectionKey('transfers')),
        };
      }
      case 'cookies':
        return this.cookies();
      case 'automated-decisions':
        return this.automated();
      case 'children':
        return this.children();
      case 'rights':
        return this.rights(placed);
      case 'complaint':
        return this.complaint();
      case 'security':
        return undefined;
      case 'changes': {
        const url = textOf(fields.policy?.fields.url);
        return {
          intro: [paragraphOf(this.text.changesIntro)],
          body: url
            ? [
                {
                  kind: 'paragraph',
                  lines: [[`${this.text.changesUrl} `, ...linkify(url), '.']],
                  line: this.line(fields.policy?.fields.url?.span),
                },
              ]
            : [],
        };
      }
    }
  }

  /** A name, address and contact lines, each a line of one paragraph. */
  private contact(person: ObjectValue<PersonFields> | undefined, gapKind: GapKind, website?: TextValue): Block {
    const fields = person?.fields;
    if (!fields || !textOf(fields.name)) return paragraph(this.gap(gapKind, person?.span, gapLabels.controller));
    const lines: Line[] = [[textOf(fields.name)!]];
    lines.push(...addressLines(fields.address));
    const email = textOf(fields.email);
    if (email) lines.push([`${this.text.contactEmail}: `, ...linkify(email)]);
    const phone = textOf(fields.phone);
    if (phone) lines.push([`${this.text.contactPhone}: ${phone}`]);
    const site = textOf(website);
    if (site) lines.push([`${this.text.contactWebsite}: `, ...linkify(site)]);
    return { kind: 'paragraph', lines, line: this.line(person?.span) };
  }

  private processing(placed: Placed): Block[] {
    if (!this.model.categories.length) return [paragraphOf(this.text.processingNone)];
    const blocks: Block[] = this.model.categories.map((category) => this.category(category, placed));
    const referenced = new Set(
      this.model.categories.flatMap((category) => (category.value?.fields.purposes?.items ?? []).map((ref) => ref.id)),
    );
    const others = this.model.purposes.filter((purpose) => !referenced.has(purpose.id));
    if (others.length) {
      blocks.push({
        kind: 'part',
        id: 'weitere-zwecke',
        title: this.text.otherPurposes,
        blocks: [{ kind: 'list', items: others.map((purpose) => this.purposeLines(purpose)) }],
      });
    }
    return blocks;
  }

  private category(category: Category, placed: Placed): Block {
    const fields = category.value?.fields;
    const title = titleOf(category);
    this.where = title;
    const rows: FactRow[] = [];
    const row = (term: string, span: Span | undefined, content: Block[]) =>
      rows.push({ term, content, line: this.line(span) });

    const data = (fields?.data?.items ?? []).map((item) => item.text).filter((item) => item.trim());
    if (data.length) row(this.text.facts.data, fields?.data?.span, [paragraphOf(data.join(', '))]);
    const channels = fields?.channels?.items ?? [];
    if (channels.length)
      row(this.text.facts.channels, fields?.channels?.span, [
        paragraphOf(channels.map((channel) => germanLabel(channel, channelChoices)).join(', ')),
      ]);

    const purposeRefs = fields?.purposes?.items ?? [];
    row(
      this.text.facts.purposes,
      fields?.purposes?.span ?? category.idSpan,
      purposeRefs.length
        ? [{ kind: 'list', items: purposeRefs.map((ref) => this.purposeRef(ref.id, ref.span)) }]
        : [paragraph(this.gap('purpose', category.idSpan))],
    );

    const recipients = fields?.recipients;
    row(
      this.text.facts.recipients,
      recipients?.span ?? category.idSpan,
      recipients?.kind === 'none'
        ? [paragraphOf(this.text.facts.nobody)]
        : recipients?.items.length
          ? [{ kind: 'list', items: recipients.items.map((ref) => [[this.recipientRef(ref.id, ref.span)]]) }]
          : [paragraph(this.gap('recipient', category.idSpan))],
    );

    const abroad = this.transfersOf(category);
    if (abroad.length)
      row(this.text.facts.transfers, undefined, [
        paragraph(
          ...abroad
            .flatMap((country, index) => [
              index ? ', ' : '',
              { kind: 'ref' as const, target: anchors.transfers, text: country },
            ])
            .filter((inline) => inline !== ''),
        ),
      ]);

    const retention = textOf(fields?.retention);
    row(
      this.text.facts.retention,
      fields?.retention?.span ?? category.idSpan,
      retention ? this.prose(retention) : [paragraph(this.gap('retention', category.idSpan))],
    );
    if (isFromElsewhere(category)) {
      const label = fields?.origin ? germanLabel(fields.origin, origins) : undefined;
      const named = textOf(fields?.source);
      const source = named
        ? label
          ? `${label}: ${named}`
          : named
        : fields?.origin?.value !== 'third-party'
          ? label
          : undefined;
      const originSpan = (fields?.source ?? fields?.origin)?.span;
      row(
        this.text.facts.origin,
        originSpan,
        source ? this.prose(source) : [paragraph(this.gap('source', fields?.origin?.span))],
      );
    }
    const specials = specialOf(category);
    const art9 = specials.filter((special) => special.value !== 'criminal-convictions');
    if (art9.length)
      row(this.text.facts.special, fields?.special?.span, [
        paragraphOf(art9.map((special) => germanLabel(special, specialCategories)).join(', ')),
      ]);
    if (specials.some((special) => special.value === 'criminal-convictions'))
      row(this.text.legal.criminal, fields?.special?.span, [paragraphOf(this.text.legal.criminalText)]);
    const obligation = textOf(fields?.obligation);
    if (obligation) row(this.text.facts.obligation, fields?.obligation?.span, this.prose(obligation));

    const description = textOf(fields?.description);
    return {
      kind: 'part',
      id: categoryAnchor(category),
      title,
      line: this.line(category.idSpan),
      blocks: [
        ...(description ? this.prose(description, fields?.description?.span) : []),
        ...(placed.categories.get(category.id) ?? []),
        { kind: 'facts', rows },
      ],
    };
  }

  /** A purpose named by a category: title, legal bases, the interest where f is a basis, the description. */
  private purposeRef(id: string, span: Span): Line[] {
    const purpose = this.model.definitions.purposes.get(id) as Purpose | undefined;
    if (!purpose) return [[this.gap('reference', span, `Zweck „${id}“ ist nicht definiert`)]];
    return this.purposeLines(purpose);
  }

  private purposeLines(purpose: Purpose): Line[] {
    const fields = purpose.value?.fields;
    const bases = fields?.legalBasis?.items ?? [];
    const lines: Line[] = [
      [
        { kind: 'strong', content: [titleOf(purpose)] },
        ': ',
        bases.length
          ? bases.map((basis) => germanLabel(basis, legalBases)).join('; ')
          : this.gap('legal-basis', purpose.idSpan),
      ],
    ];
    const law = textOf(fields?.law);
    if (law) lines.push([`${this.text.legal.law}: `, ...linkify(law)]);
    const interest = textOf(fields?.legitimateInterest);
    if (interest || bases.some((basis) => basis.value === 'art6-1-f')) {
      lines.push([
        `${this.text.facts.interest}: `,
        ...(interest ? linkify(interest) : [this.gap('legitimate-interest', purpose.idSpan)]),
      ]);
    }
    const description = textOf(fields?.description);
    if (description) lines.push(linkify(description));
    return lines;
  }

  private recipientRef(id: string, span: Span): Inline {
    const recipient = this.model.definitions.recipients.get(id);
    if (!recipient) return this.gap('reference', span, `Empfänger „${id}“ ist nicht definiert`);
    return { kind: 'ref', target: recipientAnchor(recipient as Recipient), text: titleOf(recipient) };
  }

  private recipient(recipient: Recipient, placed: Placed): Block {
    const fields = recipient.value?.fields;
    this.where = titleOf(recipient);
    const facts: string[] = [];
    if (fields?.kind) facts.push(germanLabel(fields.kind, recipientKinds));
    if (fields?.role) facts.push(germanLabel(fields.role, recipientRoles));
    const countries = countriesOf(recipient).map((country) => germanCountry(country.text));
    if (countries.length === 1) facts.push(this.text.seat(countries[0]));
    else if (countries.length > 1) facts.push(this.text.legal.places(countries));

    const description = textOf(fields?.description);
    const blocks: Block[] = [];
    if (facts.length)
      blocks.push({
        kind: 'paragraph',
        lines: [[facts.join(' · ')]],
        line: this.line(fields?.role?.span ?? fields?.country?.span),
      });
    if (description) blocks.push(...this.prose(description, fields?.description?.span));
    const arrangement = textOf(fields?.arrangement);
    if (arrangement)
      blocks.push({
        kind: 'facts',
        rows: [
          {
            term: this.text.legal.arrangement,
            content: this.prose(arrangement, fields?.arrangement?.span),
            line: this.line(fields?.arrangement?.span),
          },
        ],
      });
    if (fields?.role?.value === 'joint-controller') blocks.push(paragraphOf(this.text.legal.jointRights));
    blocks.push(...(placed.recipients.get(recipient.id) ?? []));
    return {
      kind: 'part',
      id: recipientAnchor(recipient),
      title: titleOf(recipient),
      blocks,
      line: this.line(recipient.idSpan),
    };
  }

  /** One item per transfer out of the EEA: the stated transfers, then recipients abroad that none names. */
  private transfers(): (readonly Line[])[] {
    const items: Line[][] = [];
    const covered = new Set<string>();
    for (const transfer of this.model.root.fields.transfers?.items ?? []) {
      const fields = transfer.fields;
      const country = textOf(fields.country);
      if (!country) continue;
      for (const ref of fields.recipients?.items ?? []) covered.add(`${ref.id}|${country}`);
      const lines: Line[] = [this.transferHead(country, fields.recipients?.items.map((ref) => ref.id) ?? [])];
      const categories = (fields.categories?.items ?? []).map((ref) => {
        const category = this.model.definitions.categories.get(ref.id);
        return category ? titleOf(category) : ref.id;
      });
      if (categories.length) lines.push([`${this.text.transferCategories}: ${categories.join(', ')}`]);
      // A transfer without a safeguard of its own rests on those of its recipients (as third-country-safeguard reads it).
      const own = itemsOf(fields.safeguard);
      const chosen = own.length
        ? own
        : (fields.recipients?.items ?? []).flatMap((ref) =>
            itemsOf((this.model.definitions.recipients.get(ref.id) as Recipient | undefined)?.value?.fields.safeguard),
          );
      lines.push(this.transferBasis(country, uniqueValues(chosen), transfer.span));
      const description = textOf(fields.description);
      if (description) lines.push(linkify(description));
      items.push(lines);
    }
    for (const recipient of this.model.recipients) {
      const fields = recipient.value?.fields;
      for (const value of countriesOf(recipient)) {
        const country = value.text.trim();
        if (!country || !isThirdCountry(country) || covered.has(`${recipient.id}|${country}`)) continue;
        items.push([
          this.transferHead(country, [recipient.id]),
          this.transferBasis(country, itemsOf(fields?.safeguard), recipient.span),
        ]);
      }
    }
    return items;
  }

  private transferHead(country: string, recipientIds: readonly string[]): Line {
    const names = recipientIds.map((id) => {
      const recipient = this.model.definitions.recipients.get(id);
      return recipient ? titleOf(recipient) : id;
    });
    return [{ kind: 'strong', content: [this.text.transferLine(germanCountry(country), names.join(', '))] }];
  }

  private transferBasis(country: string, chosen: readonly EnumValue[], span: Span): Line {
    const label = chosen.length ? chosen.map((safeguard) => germanLabel(safeguard, safeguards)).join('; ') : undefined;
    if (label) return [`${this.text.transferBasis}: ${label}`];
    if (!isThirdCountry(country)) return [];
    return [`${this.text.transferBasis}: `, this.gap('safeguard', span)];
  }

  /** The third countries a category's data goes to, by its transfers and recipients. */
  private transfersOf(category: Category): string[] {
    const countries = new Set<string>();
    for (const transfer of this.model.root.fields.transfers?.items ?? []) {
      const country = textOf(transfer.fields.country);
      if (country && isThirdCountry(country) && transfer.fields.categories?.items.some((ref) => ref.id === category.id))
        countries.add(germanCountry(country));
    }
    const recipients = category.value?.fields.recipients;
    for (const ref of recipients?.kind === 'list' ? recipients.items : []) {
      for (const country of countriesOf(this.model.definitions.recipients.get(ref.id) as Recipient | undefined))
        if (country.text.trim() && isThirdCountry(country.text)) countries.add(germanCountry(country.text));
    }
    return [...countries];
  }

  private cookies(): { intro: Block[]; body: Block[]; line?: number } | undefined {
    const cookies = this.model.root.fields.cookies?.items ?? [];
    if (!cookies.length) return undefined;
    this.where = this.text.sectionTitles.cookies;
    const rows = cookies.map((cookie) => {
      const fields = cookie.fields;
      const purposes = (fields.purposes?.items ?? []).map((ref) => {
        const purpose = this.model.definitions.purposes.get(ref.id);
        return purpose ? titleOf(purpose) : ref.id;
      });
      const purposeCell: Line[] = [];
      if (purposes.length) purposeCell.push([purposes.join(', ')]);
      const description = textOf(fields.description);
      if (description) purposeCell.push(linkify(description));
      return {
        line: this.line(cookie.span),
        cells: [
          [[textOf(fields.name) ?? '']],
          [[textOf(fields.provider) ?? '']],
          purposeCell,
          [[textOf(fields.duration) ?? '']],
          [[fields.basis ? germanLabel(fields.basis, cookieBases) : this.gap('cookie-basis', cookie.span)]],
        ],
      };
    });
    const essential = cookies.some((cookie) => cookie.fields.basis?.value === 'essential');
    const consent = cookies.some((cookie) => cookie.fields.basis?.value === 'consent');
    return {
      intro: [paragraphOf(this.text.cookiesIntro(essential, consent))],
      body: [{ kind: 'table', head: this.text.cookieHead, rows }],
      line: this.line(this.model.root.fields.cookies?.span),
    };
  }

  private automated(): { intro: Block[]; body: Block[]; line?: number } | undefined {
    const automated = this.model.root.fields.automatedDecisions;
    const decisions = automatedDecisionsOf(this.model);
    if (!automated || !decisions.length) return undefined;
    const blocks = decisions.map((decision): Block[] => {
      const fields = decision.fields;
      const rows: FactRow[] = [];
      for (const [key, term] of [
        ['description', this.text.automatedFacts.description],
        ['logic', this.text.automatedFacts.logic],
        ['consequences', this.text.automatedFacts.consequences],
      ] as const) {
        const value = textOf(fields[key]);
        if (value)
          rows.push({ term, content: this.prose(value, fields[key]?.span), line: this.line(fields[key]?.span) });
      }
      if (fields.exception) {
        const law = textOf(fields.law);
        const label = germanLabel(fields.exception, automatedExceptions);
        rows.push({
          term: this.text.legal.exception,
          content: [paragraphOf(law ? this.text.legal.withLaw(label, law) : label)],
          line: this.line(fields.exception.span),
        });
      } else if (textOf(fields.law)) {
        rows.push({
          term: this.text.legal.law,
          content: this.prose(textOf(fields.law)!),
          line: this.line(fields.law?.span),
        });
      }
      return rows.length ? [{ kind: 'facts', rows }] : [];
    });
    const body: Block[] =
      decisions.length === 1
        ? blocks[0]
        : blocks.map((content, index): Block => ({
            kind: 'part',
            id: `entscheidung-${index + 1}`,
            title: this.text.legal.decisionTitle(index + 1),
            blocks: content,
            line: this.line(decisions[index].span),
          }));
    return {
      intro: [paragraphOf(decisions.length === 1 ? this.text.automatedIntro : this.text.legal.automatedIntroMany)],
      body,
      line: this.line(automated.span),
    };
  }

  private children(): { intro: Block[]; body: Block[]; line?: number } | undefined {
    const children = this.model.root.fields.children;
    if (!children) return undefined;
    const fields = children.fields;
    const rows: FactRow[] = [];
    const age = textOf(fields.minimumAge)?.trim();
    if (age)
      rows.push({
        term: this.text.legal.childrenFacts.age,
        content: [paragraphOf(this.text.legal.consentAge(age))],
        line: this.line(fields.minimumAge?.span),
      });
    const parental = textOf(fields.parentalConsent);
    if (parental)
      rows.push({
        term: this.text.legal.childrenFacts.parental,
        content: this.prose(parental, fields.parentalConsent?.span),
        line: this.line(fields.parentalConsent?.span),
      });
    const check = textOf(fields.ageCheck);
    if (check)
      rows.push({
        term: this.text.legal.childrenFacts.ageCheck,
        content: this.prose(check, fields.ageCheck?.span),
        line: this.line(fields.ageCheck?.span),
      });
    const addressed = fields.addressed?.value;
    const intro =
      addressed === undefined
        ? []
        : [paragraphOf(addressed ? this.text.legal.childrenAddressed : this.text.legal.childrenNotAddressed)];
    if (!intro.length && !rows.length) return undefined;
    return { intro, body: rows.length ? [{ kind: 'facts', rows }] : [], line: this.line(children.span) };
  }

  private rights(placed: Placed): { intro: Block[]; body: Block[]; line?: number } {
    const rights = this.model.root.fields.rights;
    const listed = (rights?.items ?? []).filter((right) => right.valid && right.value !== 'complaint');
    const email = textOf(this.model.root.fields.controller?.fields.email);
    const intro: Block = { kind: 'paragraph', lines: [linkify(this.text.rightsIntro(email))] };
    if (!listed.length && !(rights?.items ?? []).some((right) => right.value === 'complaint')) {
      return { intro: [intro], body: [paragraph(this.gap('rights', rights?.span))], line: this.line(rights?.span) };
    }
    const body: Block[] = [];
    const explained = new Set<Block[]>();
    for (const right of listed) {
      const id = right.value as Exclude<RightId, 'complaint'>;
      const words = this.text.rights[id];
      const clause = placed.explains.get(id);
      // A clause that explains several rights stands once, under the first of them.
      if (clause && explained.has(clause)) continue;
      if (clause) explained.add(clause);
      const title = clause ? (this.clauseTitleFor(id) ?? words.title) : words.title;
      body.push({
        kind: 'part',
        id: `recht-${id}`,
        title,
        blocks: clause ?? [paragraphOf(words.text)],
        line: this.line(right.span),
        apart: id === 'objection',
      });
    }
    return { intro: [intro], body, line: this.line(rights?.span) };
  }

  /** The title of the library clause that explains a right, where one does. */
  private clauseTitleFor(right: RightId): string | undefined {
    for (const item of this.model.root.fields.clauses?.items ?? []) {
      const clause = item.fields.use && this.library.get(item.fields.use.id);
      if (clause?.placement.kind === 'explains' && clause.placement.rights.includes(right)) return clause.title;
    }
    return undefined;
  }

  private complaint(): { intro: Block[]; body: Block[]; line?: number } {
    // Art. 13(2)(d) GDPR: every policy names the right to complain; without an authority the page has a gap.
    const authority = this.model.root.fields.supervisoryAuthority;
    this.where = this.text.sectionTitles.complaint;
    const fields = authority?.fields;
    if (fields?.residence?.value === true && !textOf(fields.name))
      return { intro: [], body: [paragraphOf(this.text.legal.complaintResidence)], line: this.line(authority?.span) };
    let body: Block;
    if (!fields || !textOf(fields.name)) body = paragraph(this.gap('authority', authority?.span));
    else {
      const lines: Line[] = [[textOf(fields.name)!], ...addressLines(fields.address)];
      const email = textOf(fields.email);
      if (email) lines.push([`${this.text.contactEmail}: `, ...linkify(email)]);
      const phone = textOf(fields.phone);
      if (phone) lines.push([`${this.text.contactPhone}: ${phone}`]);
      const url = textOf(fields.url);
      if (url) lines.push([`${this.text.contactWebsite}: `, ...linkify(url)]);
      body = { kind: 'paragraph', lines, line: this.line(authority?.span) };
    }
    return { intro: [paragraphOf(this.text.complaintIntro)], body: [body], line: this.line(authority?.span) };
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  /** Author prose: paragraphs and line breaks as written, addresses as links. */
  private prose(source: string, span?: Span): Block[] {
    const line = this.line(span);
    return source
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .filter((part) => part.trim())
      .map((part): Block => ({
        kind: 'paragraph',
        lines: part
          .trim()
          .split('\n')
          .map((text) => linkify(text)),
        line,
      }));
  }

  private gapParagraph(kind: GapKind, span: Span | undefined, label: string): Block {
    return paragraph(this.gap(kind, span, label));
  }

  /** Marks a gap where it stands and lists it. */
  private gap(
    kind: GapKind,
    span: Span | undefined,
    label = gapLabels[kind as keyof typeof gapLabels] ?? kind,
  ): Inline {
    const id = `luecke-${this.gaps.length + 1}`;
    const line = this.line(span);
    this.gaps.push({ id, kind, label, where: this.where, line });
    return { kind: 'gap', id, gap: kind, label, line };
  }

  private sectionKey(name: string): Span | undefined {
    return this.model.sections.find((section) => section.name === name)?.keySpan;
  }

  private line(span: Span | undefined): number | undefined {
    return span ? lineIndexAt(this.lineStarts, span.start) : undefined;
  }
}

/** Vocabulary values each once, in the order first written. */
function uniqueValues(values: readonly EnumValue[]): EnumValue[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(value.value) && seen.add(value.value));
}

function paragraph(...inlines: Inline[]): Block {
  return { kind: 'paragraph', lines: [inlines] };
}

function paragraphOf(text: string): Block {
  return { kind: 'paragraph', lines: [linkify(text)] };
}

function addressLines(address: ObjectValue<AddressFields> | undefined): Line[] {
  const fields = address?.fields;
  if (!fields) return [];
  const lines: Line[] = [];
  if (textOf(fields.street)) lines.push([fields.street!.text]);
  const town = [textOf(fields.postalCode), textOf(fields.city)].filter(Boolean).join(' ');
  if (town) lines.push([town]);
  if (textOf(fields.country)) lines.push([germanCountry(fields.country!.text)]);
  return lines.length ? lines : [[germanAddress(address) ?? '']];
}

export function categoryAnchor(category: Category): string {
  return `kategorie-${category.id}`;
}

export function recipientAnchor(recipient: Recipient): string {
  return `empfaenger-${recipient.id}`;
}
