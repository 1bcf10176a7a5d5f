import type { Locale } from '../l10n/messages';
import type { PolicyModel, TextMapValue } from '../model/model';
import { escapeMarkdown } from '../text/markdown';
import type { Block, Piece } from './boundText';
import { bindText } from './clauseBinding';
import type { LibraryClause } from './clauseLibrary';
import { describePlaceholder } from './placeholders';

const words = {
  missing: { de: 'Fehlt in dieser Erklärung', en: 'Missing from this policy' },
  setApart: { de: 'Wird hervorgehoben dargestellt.', en: 'Shown set apart from the rest.' },
} as const;

/**
 * A clause as Markdown for completion and hover: its German text with this policy's data filled in, every
 * unfilled placeholder marked, then the provisions it serves and what the policy still lacks.
 */
export function clausePreviewMarkdown(
  clause: LibraryClause,
  model: PolicyModel,
  params: TextMapValue | undefined,
  locale: Locale,
): string {
  const bound = bindText(clause.text, model, params);
  const parts = [`**${escapeMarkdown(clause.title)}**`];
  if (clause.setApart) parts.push(`*${words.setApart[locale]}*`);
  parts.push(...bound.blocks.map(blockMarkdown));
  parts.push(`*${clause.articles.map(escapeMarkdown).join(' · ')}*`);
  if (bound.missing.length) {
    parts.push(
      `⚠ ${words.missing[locale]}: ${bound.missing.map((name) => `\`${name}\` (${escapeMarkdown(describePlaceholder(name)[locale])})`).join(', ')}`,
    );
  }
  return parts.join('\n\n');
}

function blockMarkdown(block: Block): string {
  if (block.kind === 'list') return block.items.map((item) => `- ${piecesMarkdown(item)}`).join('\n');
  // Two trailing spaces keep the author's line breaks (addresses) inside a paragraph.
  return block.lines.map(piecesMarkdown).join('  \n');
}

function piecesMarkdown(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => (piece.kind === 'gap' ? `**⚠ [${escapeMarkdown(piece.label)}]**` : escapeMarkdown(piece.text)))
    .join('');
}
