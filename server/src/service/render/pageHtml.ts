/**
 * The page as HTML: the `<article>` every output shares. In the preview, block elements carry `data-line`
 * (0-based source line) for scroll sync and double-click navigation, and the gaps are listed above the policy;
 * a draft shows "Entwurf" on its face and lists its gaps; the published page carries none of this.
 */
import { el, fragment, type Child, type Html } from './html';
import type { Block, Inline, Line, Page, PageSection } from './page';
import { pageTexts } from './pageTexts';

export type BodyMode = 'preview' | 'publish' | 'draft';

/** The class of the article; the stylesheet is scoped under it, so the body can be embedded in any page. */
export const POLICY_CLASS = 'privacy-policy';

export function pageHtml(page: Page, mode: BodyMode): Html {
  const text = pageTexts[page.language];
  const writer = new HtmlWriter(mode);
  const header = el(
    'header',
    { 'data-line': writer.lineOf(page.titleLine) },
    mode === 'draft' ? el('p', { class: 'draft-note', role: 'note' }, text.draftNote) : undefined,
    el('h1', { id: text.anchors.title, 'data-line': writer.lineOf(page.titleLine) }, page.title),
    el('p', { class: 'stand', 'data-line': writer.lineOf(page.standLine) }, writer.inlines(page.stand)),
  );
  const gaps =
    mode !== 'publish' && page.gaps.length
      ? el(
          'aside',
          { class: 'gaps', role: 'note', 'aria-label': text.gapsHeading(page.gaps.length) },
          el('h2', {}, `⚠ ${text.gapsHeading(page.gaps.length)}`),
          mode === 'preview' ? el('p', { class: 'gaps-counted' }, text.gapsCounted) : undefined,
          el(
            'ol',
            {},
            page.gaps.map((gap) =>
              el(
                'li',
                { 'data-line': writer.lineOf(gap.line) },
                gap.unmarked ? gap.label : el('a', { href: `#${gap.id}` }, gap.label),
                gap.where ? ` – ${gap.where}` : undefined,
              ),
            ),
          ),
        )
      : undefined;
  const toc = el(
    'nav',
    { class: 'toc', 'aria-label': text.contents },
    el('h2', {}, text.contents),
    el(
      'ol',
      {},
      page.sections.map((section) => el('li', {}, el('a', { href: `#${section.id}` }, section.title))),
    ),
  );
  const sections = page.sections.map((section, index) => writer.section(section, index));
  return el(
    'article',
    { class: mode === 'draft' ? `${POLICY_CLASS} draft` : POLICY_CLASS, lang: page.language },
    header,
    gaps,
    toc,
    sections,
  );
}

class HtmlWriter {
  constructor(private readonly mode: BodyMode) {}

  /** `data-line` only in the preview: the published page carries no trace of its source. */
  lineOf(line: number | undefined): number | undefined {
    return this.mode === 'preview' ? line : undefined;
  }

  section(section: PageSection, index: number): Html {
    return el(
      'section',
      { id: section.id, 'data-line': this.lineOf(section.line) },
      el('h2', { 'data-line': this.lineOf(section.line) }, `${index + 1}. ${section.title}`),
      this.blocks(section.blocks),
    );
  }

  blocks(blocks: readonly Block[]): Child[] {
    return blocks.map((block) => this.block(block));
  }

  private block(block: Block): Html {
    switch (block.kind) {
      case 'paragraph':
        return el('p', { 'data-line': this.lineOf(block.line) }, this.lines(block.lines));
      case 'list':
        return el(
          'ul',
          { 'data-line': this.lineOf(block.line) },
          block.items.map((item) => el('li', {}, this.lines(item))),
        );
      case 'facts':
        return el(
          'dl',
          {},
          block.rows.map((row) => [
            el('dt', {}, row.term),
            el('dd', { 'data-line': this.lineOf(row.line) }, this.blocks(row.content)),
          ]),
        );
      case 'table':
        return el(
          'div',
          { class: 'table' },
          el(
            'table',
            {},
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                block.head.map((head) => el('th', { scope: 'col' }, head)),
              ),
            ),
            el(
              'tbody',
              {},
              block.rows.map((row) =>
                el(
                  'tr',
                  { 'data-line': this.lineOf(row.line) },
                  row.cells.map((cell, column) => el('td', { 'data-label': block.head[column] }, this.lines(cell))),
                ),
              ),
            ),
          ),
        );
      case 'part':
        return el(
          'section',
          { class: block.apart ? 'part apart' : 'part', id: block.id, 'data-line': this.lineOf(block.line) },
          el('h3', { 'data-line': this.lineOf(block.line) }, block.title),
          this.blocks(block.blocks),
        );
    }
  }

  private lines(lines: readonly Line[]): Child[] {
    return lines.map((line, index) => [index ? el('br', {}) : undefined, this.inlines(line)]);
  }

  inlines(line: Line): Html {
    return fragment(line.map((inline) => this.inline(inline)));
  }

  private inline(inline: Inline): Child {
    if (typeof inline === 'string') return inline;
    switch (inline.kind) {
      case 'link':
        return el(
          'a',
          { href: inline.href, rel: inline.href.startsWith('https:') ? 'noreferrer noopener' : undefined },
          inline.text,
        );
      case 'ref':
        return el('a', { href: `#${inline.target}` }, inline.text);
      case 'strong':
        return el('strong', {}, this.inlines(inline.content));
      case 'gap':
        return el(
          'mark',
          { class: 'gap', id: inline.id, 'data-gap': inline.gap, 'data-line': this.lineOf(inline.line) },
          `⚠ ${inline.label}`,
        );
    }
  }
}
