/**
 * The change history at the end of the page: the notices of earlier versions from the `changeHistory` section,
 * newest first as the author lists them. A notice is text as `privacy-policy diff --format markdown` writes it
 * and the author edited it: lines that start with "- " become a list, other lines paragraphs, a leading "#"
 * heading a bold line, and Markdown's backslash escapes are undone; nothing else of Markdown is read, so the
 * text reaches the page as text.
 */
import type { ChangeHistoryFields, ObjectValue, PolicyModel } from '../model/model';
import { longDate } from '../text/dates';
import type { Span } from '../text/positions';
import { el, fragment, type Html } from './html';

export interface ChangeHistorySection {
  readonly id: string;
  readonly title: string;
  readonly line?: number;
  readonly content: Html;
}

/** The section, or undefined when the policy keeps no change history. */
export function changeHistorySection(
  model: PolicyModel,
  lineOf: (span: Span | undefined) => number | undefined,
): ChangeHistorySection | undefined {
  const list = model.root.fields.changeHistory;
  const entries = (list?.items ?? []).filter((entry) => entry.kind === 'object' && entry.fields.notice?.text.trim());
  if (!list || !entries.length) return undefined;
  return {
    id: 'aenderungen',
    title: 'Änderungshistorie',
    line: lineOf(list.span),
    content: fragment(entries.map((entry) => historyEntry(entry, lineOf))),
  };
}

function historyEntry(
  entry: ObjectValue<ChangeHistoryFields>,
  lineOf: (span: Span | undefined) => number | undefined,
): Html {
  const version = entry.fields.version?.text.trim();
  const date = entry.fields.date?.text.trim();
  const when = date ? ` vom ${longDate(date, 'de')}` : '';
  const heading = version ? `Fassung ${version}${when}` : `Fassung${when}`;
  return el(
    'div',
    { class: 'history-entry', 'data-line': lineOf(entry.ownerSpan) },
    el('h3', { 'data-line': lineOf(entry.ownerSpan) }, heading),
    noticeBlocks(entry.fields.notice!.text),
  );
}

/** Undoes Markdown's backslash escapes (`\*` is `*`): the notice reaches the page as the reader should see it. */
function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function noticeBlocks(text: string): Html {
  const blocks: Html[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length)
      blocks.push(
        el(
          'ul',
          {},
          items.map((item) => el('li', {}, item)),
        ),
      );
    items = [];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) {
      items.push(unescape(item[1]));
      continue;
    }
    flush();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    blocks.push(heading ? el('p', {}, el('strong', {}, unescape(heading[1]))) : el('p', {}, unescape(line)));
  }
  flush();
  return fragment(blocks);
}
