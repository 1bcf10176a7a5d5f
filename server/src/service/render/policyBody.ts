/**
 * The whole policy as the German reader will see it, as the body of an HTML page. Every gap the reader
 * would notice (no purpose, no recipient, no legal basis, an unfilled placeholder ...) is marked where it
 * stands and listed at the top, so the author sees it before publishing. Block elements carry `data-line`
 * (0-based source line) for scroll sync and double-click navigation.
 */
import { gapLabels, paragraphsOf, type Block, type GapKind, type Piece } from '../clauses/boundText';
import { bindText } from '../clauses/clauseBinding';
import type { ClauseLibrary } from '../clauses/clauseLibrary';
import { germanAddress, germanCountry, germanDate, germanLabel, textOf, titleOf } from '../clauses/germanFormat';
import { isFromElsewhere, sourceOf, thirdCountryTransfers } from '../clauses/placeholders';
import { lineIndexAt } from '../text/lines';
import type { Category, ClauseFields, ObjectValue, PersonFields, PolicyModel, TextValue } from '../model/model';
import type { Span } from '../text/positions';
import {
  cookieBases,
  legalBases,
  recipientRoles,
  rights as rightChoices,
  specialCategories,
} from '../schema/vocabulary';
import { el, fragment, linkOrText, type Child, type Html } from './html';
import { changeHistorySection } from './changeHistory';

/** A gap as listed above the policy. */
export interface RenderedGap {
  readonly id: string;
  readonly kind: GapKind;
  readonly label: string;
  /** Where in the policy, e.g. the data category's title. */
  readonly where?: string;
  /** 0-based source line, when the gap belongs to a place in the file. */
  readonly line?: number;
}

export interface RenderedBody {
  /** The `<article>` with everything the reader sees, identical in preview and export. */
  readonly html: string;
  /** The policy's title as plain text, for the page title. */
  readonly title: string;
  readonly gaps: readonly RenderedGap[];
}

const defaultTitle = 'Datenschutzerklärung';

/** What the renderer reads of an analysis. */
export interface RenderInput {
  readonly model: PolicyModel;
  /** Line starts of the source, for `data-line`. */
  readonly lineStarts: readonly number[];
}

export function renderPolicyBody(analysis: RenderInput, library: ClauseLibrary): RenderedBody {
  return new BodyRenderer(analysis.model, analysis.lineStarts, library).render();
}

interface Section {
  readonly id: string;
  readonly title: string;
  readonly line?: number;
  readonly content: Html;
  readonly className?: string;
}

class BodyRenderer {
  private readonly gaps: RenderedGap[] = [];
  private where: string | undefined;

  constructor(
    private readonly model: PolicyModel,
    private readonly lineStarts: readonly number[],
    private readonly library: ClauseLibrary,
  ) {}

  render(): RenderedBody {
    const meta = this.model.root.fields.policy;
    const title = textOf(meta?.fields.title) ?? defaultTitle;
    const header = el(
      'header',
      { 'data-line': this.line(meta?.span) },
      el('h1', { id: 'titel', 'data-line': this.line(meta?.fields.title?.span) }, title),
      this.standLine(),
    );
    const sections = this.sections();
    const toc = el(
      'nav',
      { class: 'toc', 'aria-label': 'Inhalt' },
      el('h2', {}, 'Inhalt'),
      el(
        'ol',
        {},
        sections.map((section) => el('li', {}, el('a', { href: `#${section.id}` }, section.title))),
      ),
    );
    const body = sections.map((section, index) =>
      el(
        'section',
        { id: section.id, class: section.className, 'data-line': section.line },
        el('h2', { 'data-line': section.line }, `${index + 1}. ${section.title}`),
        section.content,
      ),
    );
    const article = el('article', { class: 'policy', lang: 'de' }, header, this.gapList(), toc, body);
    return { html: article.html, title, gaps: this.gaps };
  }

  private standLine(): Html {
    const fields = this.model.root.fields.policy?.fields;
    const effective = fields?.effective?.text.trim();
    const parts: Child[] = [
      'Stand: ',
      effective ? germanDate(effective) : this.gap('effective', this.model.root.fields.policy?.span),
    ];
    const published = fields?.published?.text.trim();
    if (published) parts.push(` · Veröffentlicht am ${germanDate(published)}`);
    const version = textOf(fields?.version);
    if (version) parts.push(` · Version ${version}`);
    return el('p', { class: 'stand', 'data-line': this.line(fields?.effective?.span) }, parts);
  }

  private gapList(): Html | undefined {
    // Rendered after the sections were built, so every gap is known; placed above the contents.
    if (!this.gaps.length) return undefined;
    return el(
      'aside',
      { class: 'gaps', role: 'note', 'aria-label': 'Lücken' },
      el('h2', {}, `⚠ Lücken vor der Veröffentlichung: ${this.gaps.length}`),
      el(
        'ol',
        {},
        this.gaps.map((gap) =>
          el(
            'li',
            { 'data-line': gap.line },
            el('a', { href: `#${gap.id}` }, gap.label),
            gap.where ? ` – ${gap.where}` : undefined,
          ),
        ),
      ),
    );
  }

  private sections(): Section[] {
    const clauses = this.model.root.fields.clauses?.items ?? [];
    const covered = new Set(
      clauses.map((clause) => clause.fields.use && this.library.get(clause.fields.use.id)?.covers),
    );
    const sections: Section[] = [this.controllerSection(), this.categoriesSection()];
    const transfers = covered.has('transfers') ? undefined : this.transfersSection();
    if (transfers) sections.push(transfers);
    const cookies = this.cookiesSection();
    if (cookies) sections.push(cookies);
    const automated = this.automatedSection();
    if (automated) sections.push(automated);
    sections.push(this.rightsSection());
    if (!covered.has('authority')) sections.push(this.authoritySection());
    clauses.forEach((clause, index) => sections.push(this.clauseSection(clause, index)));
    const history = changeHistorySection(this.model, (span) => this.line(span));
    if (history) sections.push(history);
    return sections;
  }

  private controllerSection(): Section {
    this.where = 'Verantwortlicher';
    const controller = this.model.root.fields.controller;
    const fields = controller?.fields;
    const content: Child[] = [];
    if (!fields || !textOf(fields.name)) content.push(el('p', {}, this.gap('controller', controller?.span)));
    else content.push(this.contactBlock(fields, controller!.span));
    const website = textOf(fields?.website);
    if (website)
      content.push(el('p', { 'data-line': this.line(fields?.website?.span) }, 'Website: ', linkOrText(website)));
    if (fields?.representative)
      content.push(
        el('h3', {}, 'Vertreter in der Union (Art. 27 DSGVO)'),
        this.contactBlock(fields.representative.fields, fields.representative.span),
      );
    if (fields?.dpo)
      content.push(el('h3', {}, 'Datenschutzbeauftragter'), this.contactBlock(fields.dpo.fields, fields.dpo.span));
    return {
      id: 'verantwortlicher',
      title: 'Verantwortlicher',
      line: this.line(controller?.span),
      content: fragment(content),
    };
  }

  private contactBlock(fields: Partial<PersonFields>, span: Span): Html {
    const lines: Child[][] = [];
    const name = textOf(fields.name);
    if (name) lines.push([name]);
    const address = germanAddress(fields.address);
    if (address) lines.push([address]);
    const email = textOf(fields.email);
    if (email) lines.push(['E-Mail: ', linkOrText(email)]);
    const phone = textOf(fields.phone);
    if (phone) lines.push([`Telefon: ${phone}`]);
    return el(
      'p',
      { 'data-line': this.line(span) },
      lines.map((line, index) => [index ? el('br', {}) : undefined, line]),
    );
  }

  private categoriesSection(): Section {
    const categories = this.model.categories;
    const content = categories.length
      ? fragment(categories.map((category) => this.category(category)))
      : el('p', { class: 'muted' }, 'Diese Erklärung nennt keine Kategorien personenbezogener Daten.');
    const section = this.model.sections.find((candidate) => candidate.name === 'categories');
    return { id: 'datenkategorien', title: 'Welche Daten wir verarbeiten', line: this.line(section?.keySpan), content };
  }

  private category(category: Category): Html {
    const fields = category.value?.fields;
    const title = titleOf(category);
    this.where = title;
    const rows: Child[] = [];
    const row = (term: string, span: Span | undefined, definition: Child) =>
      rows.push(el('dt', {}, term), el('dd', { 'data-line': this.line(span) }, definition));

    const data = fields?.data?.items.map((item) => item.text).filter(Boolean);
    if (data?.length) row('Daten', fields?.data?.span, data.join(', '));

    const purposes = fields?.purposes?.items ?? [];
    row(
      'Zwecke und Rechtsgrundlagen',
      fields?.purposes?.span ?? category.idSpan,
      purposes.length
        ? el(
            'ul',
            {},
            purposes.map((ref) => el('li', { 'data-line': this.line(ref.span) }, this.purpose(ref.id, ref.span))),
          )
        : this.gap('purpose', category.idSpan),
    );

    const recipients = fields?.recipients;
    row(
      'Empfänger',
      recipients?.span ?? category.idSpan,
      recipients?.kind === 'none'
        ? 'Wir geben diese Daten an niemanden weiter.'
        : recipients?.items.length
          ? el(
              'ul',
              {},
              recipients.items.map((ref) =>
                el('li', { 'data-line': this.line(ref.span) }, this.recipient(ref.id, ref.span)),
              ),
            )
          : this.gap('recipient', category.idSpan),
    );

    const retention = textOf(fields?.retention);
    row(
      'Speicherdauer',
      fields?.retention?.span ?? category.idSpan,
      retention ?? this.gap('retention', category.idSpan),
    );

    if (isFromElsewhere(category))
      row(
        'Herkunft der Daten',
        (fields?.source ?? fields?.origin)?.span,
        sourceOf(category) ?? this.gap('source', fields?.origin?.span),
      );
    if (fields?.special)
      row('Besondere Kategorie (Art. 9 DSGVO)', fields.special.span, germanLabel(fields.special, specialCategories));
    const obligation = textOf(fields?.obligation);
    if (obligation) row('Pflicht zur Bereitstellung', fields?.obligation?.span, this.prose(obligation));

    return el(
      'section',
      { class: 'category', id: `kategorie-${category.id}`, 'data-line': this.line(category.idSpan) },
      el('h3', { 'data-line': this.line(category.idSpan) }, title),
      fields?.description ? this.prose(fields.description.text, fields.description.span) : undefined,
      el('dl', {}, rows),
    );
  }

  private purpose(id: string, span: Span): Child {
    const purpose = this.model.definitions.purposes.get(id);
    if (!purpose) return this.gap('reference', span, `Zweck „${id}“ ist nicht definiert`);
    const fields = (purpose as PolicyModel['purposes'][number]).value?.fields;
    const bases = fields?.legalBasis?.items ?? [];
    const category = this.where;
    this.where = `${category} › ${titleOf(purpose)}`;
    const parts: Child[] = [
      titleOf(purpose),
      ': ',
      bases.length
        ? bases.map((basis) => germanLabel(basis, legalBases)).join('; ')
        : this.gap('legal-basis', purpose.idSpan),
    ];
    if (bases.some((basis) => basis.value === 'art6-1-f')) {
      const interest = textOf(fields?.legitimateInterest);
      parts.push('. Unser Interesse daran: ', interest ?? this.gap('legitimate-interest', purpose.idSpan));
    }
    this.where = category;
    return parts;
  }

  private recipient(id: string, span: Span): Child {
    const recipient = this.model.definitions.recipients.get(id);
    if (!recipient) return this.gap('reference', span, `Empfänger „${id}“ ist nicht definiert`);
    const fields = (recipient as PolicyModel['recipients'][number]).value?.fields;
    const details = [
      fields?.role && germanLabel(fields.role, recipientRoles),
      fields?.country && germanCountry(fields.country.text),
    ].filter(Boolean);
    const description = textOf(fields?.description);
    return [
      titleOf(recipient),
      details.length ? ` (${details.join(', ')})` : '',
      description ? ` – ${description}` : '',
    ];
  }

  private transfersSection(): Section | undefined {
    this.where = 'Übermittlung in Drittländer';
    const items = thirdCountryTransfers(this.model);
    if (!items.length) return undefined;
    const section = this.model.sections.find((candidate) => candidate.name === 'transfers');
    const content = fragment(
      el(
        'p',
        {},
        'Folgende Empfänger verarbeiten Daten außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums:',
      ),
      el(
        'ul',
        {},
        items.map((item) => el('li', {}, this.pieces(item, section?.keySpan))),
      ),
      (this.model.root.fields.transfers?.items ?? [])
        .filter((transfer) => transfer.fields.description)
        .map((transfer) => this.prose(transfer.fields.description!.text, transfer.fields.description!.span)),
    );
    return { id: 'drittlaender', title: 'Übermittlung in Drittländer', line: this.line(section?.keySpan), content };
  }

  private cookiesSection(): Section | undefined {
    const cookies = this.model.root.fields.cookies;
    if (!cookies?.items.length) return undefined;
    this.where = 'Cookies';
    const rows = cookies.items.map((cookie) => {
      const fields = cookie.fields;
      const purposes = (fields.purposes?.items ?? []).map((ref) => {
        const purpose = this.model.definitions.purposes.get(ref.id);
        return purpose ? titleOf(purpose) : ref.id;
      });
      return el(
        'tr',
        { 'data-line': this.line(cookie.span) },
        el('td', {}, textOf(fields.name) ?? ''),
        el('td', {}, textOf(fields.provider) ?? ''),
        el('td', {}, [purposes.join(', '), textOf(fields.description) ? ` ${fields.description!.text}` : '']),
        el('td', {}, textOf(fields.duration) ?? ''),
        el('td', {}, fields.basis ? germanLabel(fields.basis, cookieBases) : this.gap('cookie-basis', cookie.span)),
      );
    });
    const table = el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['Name', 'Anbieter', 'Zweck', 'Speicherdauer', 'Rechtsgrundlage'].map((head) => el('th', {}, head)),
        ),
      ),
      el('tbody', {}, rows),
    );
    return { id: 'cookies', title: 'Cookies und ähnliche Technologien', line: this.line(cookies.span), content: table };
  }

  private automatedSection(): Section | undefined {
    const automated = this.model.root.fields.automatedDecisions;
    if (!automated) return undefined;
    const fields = automated.fields;
    const rows: Child[] = [];
    const row = (term: string, value: TextValue | undefined) => {
      if (value && textOf(value))
        rows.push(el('dt', {}, term), el('dd', { 'data-line': this.line(value.span) }, this.prose(value.text)));
    };
    row('Entscheidungen', fields.description);
    row('Involvierte Logik', fields.logic);
    row('Tragweite und Auswirkungen', fields.consequences);
    return {
      id: 'automatisierte-entscheidungen',
      title: 'Automatisierte Entscheidungsfindung',
      line: this.line(automated.span),
      content: el('dl', {}, rows),
    };
  }

  private rightsSection(): Section {
    this.where = 'Ihre Rechte';
    const rights = this.model.root.fields.rights;
    const items = rights?.items ?? [];
    const content = items.length
      ? el(
          'ul',
          {},
          items.map((right) => el('li', { 'data-line': this.line(right.span) }, germanLabel(right, rightChoices))),
        )
      : el('p', {}, this.gap('rights', rights?.span));
    return { id: 'rechte', title: 'Ihre Rechte', line: this.line(rights?.span), content };
  }

  private authoritySection(): Section {
    this.where = 'Beschwerderecht';
    const authority = this.model.root.fields.supervisoryAuthority;
    const fields = authority?.fields;
    const content: Child[] = [
      el(
        'p',
        {},
        'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Für uns zuständig ist:',
      ),
    ];
    if (!fields || !textOf(fields.name)) content.push(el('p', {}, this.gap('authority', authority?.span)));
    else {
      content.push(this.contactBlock(fields, authority!.span));
      const url = textOf(fields.url);
      if (url) content.push(el('p', { 'data-line': this.line(fields.url?.span) }, 'Website: ', linkOrText(url)));
    }
    return {
      id: 'beschwerderecht',
      title: 'Beschwerderecht bei der Aufsichtsbehörde',
      line: this.line(authority?.span),
      content: fragment(content),
    };
  }

  private clauseSection(clause: ObjectValue<ClauseFields>, index: number): Section {
    const { use, with: params, title, text } = clause.fields;
    const id = `abschnitt-${index + 1}`;
    const line = this.line(clause.span);
    if (use) {
      const entry = this.library.get(use.id);
      this.where = entry?.title ?? use.id;
      if (!entry)
        return {
          id,
          title: use.id,
          line,
          content: el('p', {}, this.gap('clause', use.span, `Unbekannter Baustein „${use.id}“`)),
        };
      const bound = bindText(entry.text, this.model, params);
      return {
        id,
        title: entry.title,
        line,
        className: entry.setApart ? 'clause set-apart' : 'clause',
        content: this.blocks(bound.blocks, use.span),
      };
    }
    const heading = textOf(title);
    this.where = heading ?? `Abschnitt ${index + 1}`;
    const content = text
      ? this.blocks(bindText(text.text, this.model, params).blocks, text.span, text.span.start)
      : el('p', {}, this.gap('clause', clause.ownerSpan, 'Abschnitt ohne Text'));
    return { id, title: heading ?? `Abschnitt ${index + 1}`, line, className: 'clause', content };
  }

  /**
   * Bound blocks as HTML. `gapSpan` locates gaps in the source; for the author's own text `textStart` lets
   * each paragraph carry its own line.
   */
  private blocks(blocks: readonly Block[], gapSpan: Span, textStart?: number): Html {
    const firstLine = textStart === undefined ? undefined : this.line({ start: textStart, end: textStart });
    let paragraphLine = firstLine;
    return fragment(
      blocks.map((block) => {
        const html =
          block.kind === 'list'
            ? el(
                'ul',
                { 'data-line': paragraphLine },
                block.items.map((item) => el('li', {}, this.pieces(item, gapSpan))),
              )
            : el(
                'p',
                { 'data-line': paragraphLine },
                block.lines.map((line, index) => [index ? el('br', {}) : undefined, this.pieces(line, gapSpan)]),
              );
        // Block scalars put one paragraph per source line block; the estimate keeps scroll sync close.
        if (paragraphLine !== undefined)
          paragraphLine += (block.kind === 'list' ? block.items.length : block.lines.length) + 1;
        return html;
      }),
    );
  }

  private pieces(pieces: readonly Piece[], gapSpan: Span | undefined): Child {
    return pieces.map((piece) => (piece.kind === 'gap' ? this.gap(piece.gap, gapSpan, piece.label) : piece.text));
  }

  /** Author prose: paragraphs and line breaks as written. */
  private prose(source: string, span?: Span): Html {
    const line = this.line(span);
    return fragment(
      paragraphsOf(source).map((lines) =>
        el(
          'p',
          { 'data-line': line },
          lines.map((text, index) => [index ? el('br', {}) : undefined, text]),
        ),
      ),
    );
  }

  /** Marks a gap where it stands (class and words) and lists it. */
  private gap(kind: GapKind, span: Span | undefined, label = gapLabels[kind as keyof typeof gapLabels]): Html {
    const id = `luecke-${this.gaps.length + 1}`;
    const line = this.line(span);
    this.gaps.push({ id, kind, label, where: this.where, line });
    return el('mark', { class: 'gap', id, 'data-gap': kind, 'data-line': line }, `⚠ ${label}`);
  }

  private line(span: Span | undefined): number | undefined {
    return span ? lineIndexAt(this.lineStarts, span.start) : undefined;
  }
}
