import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { changesRequest, type ChangeLink, type ChangesParams, type ChangesResult } from '../../../shared/protocol';
import { localize, message, type Locale, type Message } from '../service/l10n/messages';
import { LARGE_DOCUMENT_CHARS, type PolicyLanguageService } from '../service/languageService';
import { toRange } from '../service/text/positions';
import type { PolicyDocument } from '../service/text/policyDocument';
import { escapeInlineMarkdown, noticeMarkdown } from '../service/versions/noticeText';
import { lookUp } from './previousVersions';
import type { Lifecycle } from './requests';
import { appendAll } from '../service/text/arrays';

export interface ChangesContext {
  readonly documents: TextDocuments<PolicyDocument>;
  readonly service: PolicyLanguageService;
  readonly lifecycle: Lifecycle;
  readonly locale: () => Locale;
  readonly compareWith: () => string;
  readonly roots: () => readonly string[] | undefined;
}

/**
 * `privacyPolicy/changes`: the change notice of an open policy against its previous version (the one asked for,
 * else the setting), as a Markdown view that names each entry's line, with the view's line of each entry and
 * its place in the source (the client makes them document links), and the notice alone to publish.
 */
export function registerChangesRequest(connection: Connection, context: ChangesContext): void {
  connection.onRequest(changesRequest, async (params: ChangesParams): Promise<ChangesResult | null> => {
    if (context.lifecycle.shuttingDown)
      throw new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
    try {
      return await changesOf(context, params);
    } catch (error) {
      connection.console.error(`changes failed: ${error instanceof Error ? error.stack : String(error)}`);
      return null;
    }
  });
}

async function changesOf(context: ChangesContext, params: ChangesParams): Promise<ChangesResult | null> {
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  if (!uri || !context.documents.get(uri)) return null;
  const base = typeof params.base === 'string' && params.base.trim() ? params.base.trim() : context.compareWith();
  const locale = context.locale();
  const lookup = await lookUp(uri, base, context.roots());
  // The document as it is once the previous version is read: edits may have arrived meanwhile.
  const document = context.documents.get(uri);
  if (!document) return null;
  const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const title = `# ${localize(locale, message('versions.viewTitle', { base: escapeInlineMarkdown(base), file: escapeInlineMarkdown(file) }))}`;
  const without = (reason: Message): ChangesResult => ({
    uri,
    version: document.version,
    base,
    markdown: `${title}\n\n${escapeInlineMarkdown(localize(locale, reason))}\n`,
    links: [],
    needsNotice: false,
  });
  if (lookup.kind === 'none') return without(message('versions.noBase'));
  if (lookup.kind === 'missing') return without(message('versions.newFile', { path: file, base }));
  if (lookup.kind === 'problem') return without(lookup.problem);

  if (document.text.length > LARGE_DOCUMENT_CHARS || lookup.version.text.length > LARGE_DOCUMENT_CHARS)
    return without(message('cli.diff.tooLarge', { limit: LARGE_DOCUMENT_CHARS / (1024 * 1024) }));
  const { notice, findings } = context.service.compare(document, lookup.version, { escape: escapeInlineMarkdown });
  const lines = [title, '', `> ${localize(locale, message('versions.editHint'))}`, ''];
  const links: ChangeLink[] = [];
  const view = noticeMarkdown(notice, {
    suffix: (entry) => {
      if (!entry.span) return '';
      const line = document.positionAt(entry.span.start).line + 1;
      return ` (${localize(locale, message('versions.line', { line }))})`;
    },
  }).split('\n');
  view.forEach((text, index) => {
    const entry = text.startsWith('- ')
      ? notice.entries[view.slice(0, index).filter((line) => line.startsWith('- ')).length]
      : undefined;
    if (entry?.span) links.push({ line: lines.length + index, target: toRange(document, entry.span) });
  });
  appendAll(lines, view);
  if (!notice.entries.length) lines.push(localize(notice.language, message('notice.nothing')), '');
  if (notice.renames.length)
    lines.push(
      `*${localize(locale, message('versions.renamed', { renames: notice.renames.map((rename) => `${escapeInlineMarkdown(rename.from)} → ${escapeInlineMarkdown(rename.to)}`).join(', ') }))}*`,
      '',
    );
  lines.push(`**${localize(locale, message(notice.needsNotice ? 'versions.needsNotice' : 'versions.noNotice'))}**`);
  if (findings.length)
    lines.push('', localize(locale, message('versions.checks', { base: escapeInlineMarkdown(base) })), '');
  for (const finding of findings) {
    const line = document.positionAt(finding.span.start).line + 1;
    lines.push(
      `- ${escapeInlineMarkdown(localize(locale, finding.message))} (${localize(locale, message('versions.line', { line }))})`,
    );
    links.push({ line: lines.length - 1, target: toRange(document, finding.span) });
  }
  return {
    uri,
    version: document.version,
    base,
    markdown: `${lines.join('\n')}\n`,
    links,
    notice: noticeMarkdown(notice),
    needsNotice: notice.needsNotice,
  };
}
