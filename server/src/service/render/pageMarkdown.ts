/**
 * The page as Markdown, for content management systems that take Markdown: the same sections in the same
 * order as the HTML. Author text is escaped so that it cannot become formatting, links or HTML; anchors are
 * HTML `<a id>` so that the in-page links of the HTML page work here too.
 */
import type { Block, Inline, Line, Page } from './page';
import { pageTexts } from './pageTexts';
import { appendAll } from '../text/arrays';

export function pageMarkdown(page: Page, draft: boolean): string {
  const text = pageTexts[page.language];
  const out: string[] = [];
  if (draft) out.push(`> **${text.draft}:** ${escapeText(text.draftNote)}`, '');
  out.push(`# ${escapeText(page.title)}`, '', inlines(page.stand), '');
  if (draft && page.gaps.length) {
    out.push(`> ⚠ ${escapeText(text.gapsHeading(page.gaps.length))}:`);
    for (const gap of page.gaps)
      out.push(`> - ${escapeText(gap.label)}${gap.where ? ` – ${escapeText(gap.where)}` : ''}`);
    out.push('');
  }
  out.push(`## ${escapeText(text.contents)}`, '');
  page.sections.forEach((section, index) => out.push(`${index + 1}. [${escapeText(section.title)}](#${section.id})`));
  out.push('');
  page.sections.forEach((section, index) => {
    out.push(`<a id="${section.id}"></a>`, '', `## ${index + 1}. ${escapeText(section.title)}`, '');
    for (const block of section.blocks) appendAll(out, blockLines(block)).push('');
  });
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.lines.map(inlines).join('  \n')];
    case 'list':
      return block.items.map((item) => `- ${item.map(inlines).join('  \n  ')}`);
    case 'facts':
      return block.rows.flatMap((row) => {
        const term = `**${escapeText(row.term)}:**`;
        // A list starts on a line of its own; a paragraph follows the term on its line.
        if (row.content[0]?.kind !== 'paragraph') return [term, '', ...row.content.flatMap(blockLines), ''];
        const [first, ...rest] = row.content.flatMap(blockLines);
        return [`${term} ${first ?? ''}`, ...rest, ''];
      });
    case 'table': {
      const cell = (lines: readonly Line[]) => lines.map(inlines).join('<br>').replace(/\|/g, '\\|');
      return [
        `| ${block.head.map((head) => escapeText(head)).join(' | ')} |`,
        `|${block.head.map(() => ' --- ').join('|')}|`,
        ...block.rows.map((row) => `| ${row.cells.map(cell).join(' | ')} |`),
      ];
    }
    case 'part':
      return [
        `<a id="${block.id}"></a>`,
        '',
        `### ${escapeText(block.title)}`,
        '',
        ...block.blocks.flatMap((inner) => [...blockLines(inner), '']),
      ];
  }
}

function inlines(line: Line): string {
  return line.map(inline).join('');
}

function inline(item: Inline): string {
  if (typeof item === 'string') return escapeText(item);
  switch (item.kind) {
    case 'link':
      return `[${escapeText(item.text)}](${item.href.replace(/[()\s]/g, encodeURIComponent)})`;
    case 'ref':
      return `[${escapeText(item.text)}](#${item.target})`;
    case 'strong':
      return `**${inlines(item.content)}**`;
    case 'gap':
      return `**⚠ ${escapeText(item.label)}**`;
  }
}

/** Text that stays text in Markdown: characters that start formatting, links or HTML are escaped. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+-])(?=\s)/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s)/, '$1$2\\$3')
    .replace(/[\r\n]+/g, ' ');
}
