/**
 * The change history under "Änderungen dieser Erklärung": the notices of earlier versions from the
 * `changeHistory` section, newest first as the author lists them, each a part headed with its version and date.
 * A notice is text as `privacy-policy diff --format markdown` writes it and the author edited it: lines that
 * start with "- " become a list, other lines paragraphs, a leading "#" heading a bold line, and Markdown's
 * backslash escapes are undone; nothing else of Markdown is read, so the text reaches the page as text.
 */
import type { PolicyFormat } from '../clauses/policyFormat';
import type { PolicyModel } from '../model/model';
import type { Span } from '../text/positions';
import { linkify } from './linkify';
import type { Block, Line } from './page';
import type { PageText } from './pageText';

export function changeHistoryParts(
  model: PolicyModel,
  format: PolicyFormat,
  text: PageText,
  lineOf: (span: Span | undefined) => number | undefined,
): Block[] {
  const parts: Block[] = [];
  for (const entry of model.root.fields.changeHistory?.items ?? []) {
    if (entry.kind !== 'object') continue;
    const notice = format.words(entry.fields.notice);
    if (!notice) continue;
    const version = entry.fields.version?.text.trim() || undefined;
    const date = entry.fields.date?.text.trim();
    parts.push({
      kind: 'part',
      id: `${text.anchors.history}${parts.length + 1}`,
      title: text.historyEntry(version, date ? format.date(date) : undefined),
      blocks: noticeBlocks(notice),
      line: lineOf(entry.ownerSpan),
    });
  }
  return parts;
}

/** Undoes Markdown's backslash escapes (`\*` is `*`): the notice reaches the page as the reader should see it. */
function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function noticeBlocks(notice: string): Block[] {
  const blocks: Block[] = [];
  let items: Line[][] = [];
  const flush = () => {
    if (items.length) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const raw of notice.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      items.push([linkify(unescape(item[1]))]);
      continue;
    }
    flush();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    blocks.push({
      kind: 'paragraph',
      lines: [heading ? [{ kind: 'strong', content: [unescape(heading[1])] }] : linkify(unescape(line))],
    });
  }
  flush();
  return blocks;
}
