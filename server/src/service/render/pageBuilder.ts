/**
 * Builds the page of a policy: one outline of sections in the order German policies use (see `outline`), each
 * produced once from the data, with the clauses placed where they say they go (see ClausePlacement) and never
 * restating what a section states. Everything the author wrote is on the page, in its place.
 */
import { gapLabels, type Block as BoundBlock, type GapKind, type Piece } from '../clauses/boundText';
import { bindText } from '../clauses/clauseBinding';
import { unmetConditions } from '../clauses/clauseConditions';
import {
  clauseWording,
  type ClauseLibrary,
  type LibraryClause,
  type RightId,
  type SectionId,
} from '../clauses/clauseLibrary';
import { policyFormat, textOf, type PolicyFormat } from '../clauses/policyFormat';
import { policyLanguages, type PageLanguage } from '../clauses/policyLanguages';
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
import { changeHistoryParts } from './changeHistory';
import { linkify } from './linkify';
import type { Block, FactRow, Inline, Line, Page, PageSection, RenderedGap } from './page';
import type { PageText } from './pageText';
import { pageTexts } from './pageTexts';
import { appendAll } from '../text/arrays';

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

/**
 * The page in one language; by default the policy's first. A text not yet given in that language stands there
 * as written and is listed as a gap, so that page is a draft until it is translated.
 */
export function buildPage(input: PageInput, library: ClauseLibrary, language?: PageLanguage): Page {
  return new PageBuilder(input.model, input.lineStarts, library, language).build();
}

class PageBuilder {
  private readonly gaps: RenderedGap[] = [];
  private where: string | undefined;
  private readonly text: PageText;
  private readonly format: PolicyFormat;
  /** The texts and library clauses listed as not yet translated, each once. */
  private readonly untranslated = new Set<TextValue | LibraryClause>();

  constructor(
    private readonly model: PolicyModel,
    private readonly lineStarts: readonly number[],
    private readonly library: ClauseLibrary,
    language?: PageLanguage,
  ) {
    const { primary } = policyLanguages(model);
    const pageLanguage = language ?? primary;
    this.text = pageTexts[pageLanguage];
    this.format = policyFormat(pageLanguage, primary, (value) => this.notTranslated(value));
  }

  build(): Page {
    const meta = this.model.root.fields.policy;
    const title = this.format.words(meta?.fields.title) ?? this.text.defaultTitle;
    const placed = this.placeClauses();
    const sections: PageSection[] = [];
    for (const id of outline) {
      if (id === 'changes') appendAll(sections, placed.own);
      const section = this.section(id, placed);
      if (section) sections.push(section);
    }
    return {
      language: this.format.language,
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
        ? this.text.stand(this.format.date(effective))
        : this.gap(
            'effective',
            this.model.root.fields.policy?.span,
            `${this.text.stand('')}${this.gapLabel('effective')}`,
          ),
    ];
    const published = fields?.published?.text.trim();
    if (published) parts.push(' · ', this.text.published(this.format.date(published)));
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
        this.where = clause ? this.wording(clause).title : use.id;
        if (!clause) {
          placed.own.push(
            this.ownSection(
              index,
              use.id,
              [this.gapParagraph('clause', use.span, this.text.unknownClause(use.id))],
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
                  this.wording(clause).title,
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
      const heading = this.format.words(title);
      this.where = heading ?? this.text.ownSection(index + 1);
      if (!text) {
        placed.own.push(
          this.ownSection(
            index,
            this.where,
            [this.gapParagraph('clause', item.ownerSpan, this.text.sectionWithoutText)],
            item,
          ),
        );
        return;
      }
      const source = this.format.words(text) ?? text.text;
      const sourceSpan = this.spanOfWords(text);
      const blocks = this.bound(bindText(source, this.model, scope, this.format).blocks, sourceSpan, sourceSpan.start);
      const headed = heading
        ? [
            {
              kind: 'part' as const,
              id: `${this.text.anchors.ownSection}${index + 1}`,
              title: heading,
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
      else placed.own.push(this.ownSection(index, this.where, blocks, item));
    });
    return placed;
  }

  /** A library clause's text for its place, or a gap where the data contradicts what it takes for granted. */
  private clauseBlocks(clause: LibraryClause, item: ObjectValue<ClauseFields>, scope: PlaceholderScope): Block[] {
    const use = item.fields.use!;
    if (unmetConditions(clause, this.model, scope).length)
      return [this.gapParagraph('condition', use.span, this.text.clauseGap(clause.id))];
    return this.bound(bindText(this.wording(clause).text, this.model, scope, this.format).blocks, use.span);
  }

  /** A library clause in the page's language; a clause the library has only in German is listed as a gap. */
  private wording(clause: LibraryClause): { readonly title: string; readonly text: string } {
    const wording = clauseWording(clause, this.format.language);
    if (wording) return wording;
    if (!this.untranslated.has(clause)) {
      this.untranslated.add(clause);
      this.listGap('translation', this.text.untranslated(clause.title), undefined);
    }
    return clause;
  }

  private ownSection(index: number, title: string, blocks: Block[], item: ObjectValue<ClauseFields>): PageSection {
    return { id: `${this.text.anchors.ownSection}${index + 1}`, title, blocks, line: this.line(item.span) };
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
    return {
      id: this.text.anchors.sections[id],
      title: this.text.sectionTitles[id],
      blocks: [...blocks, ...adds],
      line: facts?.line,
    };
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
                  [{ kind: 'ref' as const, target: this.categoryAnchor(category), text: this.format.title(category) }],
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
        const body: Block[] = url
          ? [
              {
                kind: 'paragraph',
                lines: [[`${this.text.changesUrl} `, ...linkify(url), '.']],
                line: this.line(fields.policy?.fields.url?.span),
              },
            ]
          : [];
        appendAll(
          body,
          changeHistoryParts(this.model, this.format, this.text, (span) => this.line(span)),
        );
        return { intro: [paragraphOf(this.text.changesIntro)], body };
      }
    }
  }

  /** A name, address and contact lines, each a line of one paragraph. */
  private contact(person: ObjectValue<PersonFields> | undefined, gapKind: GapKind, website?: TextValue): Block {
    const fields = person?.fields;
    if (!fields || !textOf(fields.name)) return paragraph(this.gap(gapKind, person?.span, this.gapLabel('controller')));
    const lines: Line[] = [[textOf(fields.name)!]];
    appendAll(lines, this.addressLines(fields.address));
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
        id: this.text.anchors.otherPurposes,
        title: this.text.otherPurposes,
        blocks: [{ kind: 'list', items: others.map((purpose) => this.purposeLines(purpose)) }],
      });
    }
    return blocks;
  }

  private category(category: Category, placed: Placed): Block {
    const fields = category.value?.fields;
    const title = this.format.title(category);
    this.where = title;
    const rows: FactRow[] = [];
    const row = (term: string, span: Span | undefined, content: Block[]) =>
      rows.push({ term, content, line: this.line(span) });

    const data = (fields?.data?.items ?? [])
      .map((item) => this.format.words(item))
      .filter((item): item is string => item !== undefined);
    if (data.length) row(this.text.facts.data, fields?.data?.span, [paragraphOf(data.join(', '))]);
    const channels = fields?.channels?.items ?? [];
    if (channels.length)
      row(this.text.facts.channels, fields?.channels?.span, [
        paragraphOf(channels.map((channel) => this.format.label(channel, channelChoices)).join(', ')),
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
              { kind: 'ref' as const, target: this.text.anchors.sections.transfers, text: country },
            ])
            .filter((inline) => inline !== ''),
        ),
      ]);

    const retention = this.format.words(fields?.retention);
    row(
      this.text.facts.retention,
      fields?.retention?.span ?? category.idSpan,
      retention ? this.prose(retention) : [paragraph(this.gap('retention', category.idSpan))],
    );
    if (isFromElsewhere(category)) {
      const label = fields?.origin ? this.format.label(fields.origin, origins) : undefined;
      const named = this.format.words(fields?.source);
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
        paragraphOf(art9.map((special) => this.format.label(special, specialCategories)).join(', ')),
      ]);
    if (specials.some((special) => special.value === 'criminal-convictions'))
      row(this.text.legal.criminal, fields?.special?.span, [paragraphOf(this.text.legal.criminalText)]);
    const obligation = this.format.words(fields?.obligation);
    if (obligation) row(this.text.facts.obligation, fields?.obligation?.span, this.prose(obligation));

    const description = this.format.words(fields?.description);
    return {
      kind: 'part',
      id: this.categoryAnchor(category),
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
    if (!purpose) return [[this.gap('reference', span, this.text.undefinedPurpose(id))]];
    return this.purposeLines(purpose);
  }

  private purposeLines(purpose: Purpose): Line[] {
    const fields = purpose.value?.fields;
    const bases = fields?.legalBasis?.items ?? [];
    const lines: Line[] = [
      [
        { kind: 'strong', content: [this.format.title(purpose)] },
        ': ',
        bases.length
          ? bases.map((basis) => this.format.label(basis, legalBases)).join('; ')
          : this.gap('legal-basis', purpose.idSpan),
      ],
    ];
    const law = textOf(fields?.law);
    if (law) lines.push([`${this.text.legal.law}: `, ...linkify(law)]);
    const interest = this.format.words(fields?.legitimateInterest);
    if (interest || bases.some((basis) => basis.value === 'art6-1-f')) {
      lines.push([
        `${this.text.facts.interest}: `,
        ...(interest ? linkify(interest) : [this.gap('legitimate-interest', purpose.idSpan)]),
      ]);
    }
    const description = this.format.words(fields?.description);
    if (description) lines.push(linkify(description));
    return lines;
  }

  private recipientRef(id: string, span: Span): Inline {
    const recipient = this.model.definitions.recipients.get(id);
    if (!recipient) return this.gap('reference', span, this.text.undefinedRecipient(id));
    return { kind: 'ref', target: this.recipientAnchor(recipient as Recipient), text: this.format.title(recipient) };
  }

  private recipient(recipient: Recipient, placed: Placed): Block {
    const fields = recipient.value?.fields;
    this.where = this.format.title(recipient);
    const facts: string[] = [];
    if (fields?.kind) facts.push(this.format.label(fields.kind, recipientKinds));
    if (fields?.role) facts.push(this.format.label(fields.role, recipientRoles));
    const countries = countriesOf(recipient).map((country) => this.format.country(country.text));
    if (countries.length === 1) facts.push(this.text.seat(countries[0]));
    else if (countries.length > 1) facts.push(this.text.legal.places(countries));

    const description = this.format.words(fields?.description);
    const blocks: Block[] = [];
    if (facts.length)
      blocks.push({
        kind: 'paragraph',
        lines: [[facts.join(' · ')]],
        line: this.line(fields?.role?.span ?? fields?.country?.span),
      });
    if (description) appendAll(blocks, this.prose(description, fields?.description?.span));
    const arrangement = this.format.words(fields?.arrangement);
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
    appendAll(blocks, placed.recipients.get(recipient.id) ?? []);
    return {
      kind: 'part',
      id: this.recipientAnchor(recipient),
      title: this.format.title(recipient),
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
        return category ? this.format.title(category) : ref.id;
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
      const description = this.format.words(fields.description);
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
      return recipient ? this.format.title(recipient) : id;
    });
    return [{ kind: 'strong', content: [this.text.transferLine(this.format.country(country), names.join(', '))] }];
  }

  private transferBasis(country: string, chosen: readonly EnumValue[], span: Span): Line {
    const label = chosen.length
      ? chosen.map((safeguard) => this.format.label(safeguard, safeguards)).join('; ')
      : undefined;
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
        countries.add(this.format.country(country));
    }
    const recipients = category.value?.fields.recipients;
    for (const ref of recipients?.kind === 'list' ? recipients.items : []) {
      for (const country of countriesOf(this.model.definitions.recipients.get(ref.id) as Recipient | undefined))
        if (country.text.trim() && isThirdCountry(country.text)) countries.add(this.format.country(country.text));
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
        return purpose ? this.format.title(purpose) : ref.id;
      });
      const purposeCell: Line[] = [];
      if (purposes.length) purposeCell.push([purposes.join(', ')]);
      const description = this.format.words(fields.description);
      if (description) purposeCell.push(linkify(description));
      return {
        line: this.line(cookie.span),
        cells: [
          [[textOf(fields.name) ?? '']],
          [[textOf(fields.provider) ?? '']],
          purposeCell,
          [[this.format.words(fields.duration) ?? '']],
          [[fields.basis ? this.format.label(fields.basis, cookieBases) : this.gap('cookie-basis', cookie.span)]],
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
        const value = this.format.words(fields[key]);
        if (value)
          rows.push({ term, content: this.prose(value, fields[key]?.span), line: this.line(fields[key]?.span) });
      }
      if (fields.exception) {
        const law = textOf(fields.law);
        const label = this.format.label(fields.exception, automatedExceptions);
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
            id: `${this.text.anchors.decision}${index + 1}`,
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
    const parental = this.format.words(fields.parentalConsent);
    if (parental)
      rows.push({
        term: this.text.legal.childrenFacts.parental,
        content: this.prose(parental, fields.parentalConsent?.span),
        line: this.line(fields.parentalConsent?.span),
      });
    const check = this.format.words(fields.ageCheck);
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
        id: `${this.text.anchors.right}${id}`,
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
      if (clause?.placement.kind === 'explains' && clause.placement.rights.includes(right))
        return this.wording(clause).title;
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
      const lines: Line[] = [[textOf(fields.name)!], ...this.addressLines(fields.address)];
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
  private gap(kind: GapKind, span: Span | undefined, label = this.gapLabel(kind)): Inline {
    const id = `${this.text.anchors.gap}${this.gaps.length + 1}`;
    const line = this.line(span);
    this.gaps.push({ id, kind, label, where: this.where, line });
    return { kind: 'gap', id, gap: kind, label, line };
  }

  private gapLabel(kind: GapKind): string {
    const labels = gapLabels[this.format.language];
    return labels[kind as keyof typeof labels] ?? kind;
  }

  /** A gap the page lists without a mark in the text: the text stands there as written. */
  private listGap(kind: GapKind, label: string, span: Span | undefined): void {
    const id = `${this.text.anchors.gap}${this.gaps.length + 1}`;
    this.gaps.push({ id, kind, label, where: this.where, line: this.line(span), unmarked: true });
  }

  /** A text the policy does not give in the page's language, listed once. */
  private notTranslated(value: TextValue): void {
    if (this.untranslated.has(value)) return;
    this.untranslated.add(value);
    const text = value.text.trim().replace(/\s+/g, ' ');
    this.listGap('translation', this.text.untranslated(text.length > 60 ? `${text.slice(0, 59)}…` : text), value.span);
  }

  /** Where the words of a text in the page's language stand in the source. */
  private spanOfWords(value: TextValue): Span {
    const entry = value.translations?.entries.find((candidate) => candidate.language === this.format.language);
    return entry?.value.span ?? value.span;
  }

  private addressLines(address: ObjectValue<AddressFields> | undefined): Line[] {
    const fields = address?.fields;
    if (!fields) return [];
    const lines: Line[] = [];
    if (textOf(fields.street)) lines.push([fields.street!.text]);
    const town = [textOf(fields.postalCode), textOf(fields.city)].filter(Boolean).join(' ');
    if (town) lines.push([town]);
    if (textOf(fields.country)) lines.push([this.format.country(fields.country!.text)]);
    return lines.length ? lines : [[this.format.address(address) ?? '']];
  }

  private categoryAnchor(category: Category): string {
    return `${this.text.anchors.category}${category.id}`;
  }

  private recipientAnchor(recipient: Recipient): string {
    return `${this.text.anchors.recipient}${recipient.id}`;
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
