/**
 * Source edits for the quick fixes of the legal checks: a value added to a list that may be written flow, block
 * or as a single item, and a whole top-level section written anew (the competent supervisory authority).
 */
import type { AddItemFix, SetSectionFix } from '../rules/fixData';
import { lineIndexAt } from '../text/lines';
import {
  columnOf,
  eolOf,
  indentUnit,
  insertSection,
  literalStubs,
  renderPlainKeys,
  type SourceContext,
  type SourceEdit,
} from './sourceEdits';

/** Adds a value to a list: after the last item of a flow or block list, or turning one item into a list of two. */
export function addListItem(ctx: SourceContext, fix: AddItemFix['addItem']): SourceEdit | undefined {
  const { text } = ctx;
  const { items, value } = fix;
  if (fix.single && items.length === 1) {
    const only = items[0];
    return { start: only.start, end: only.end, newText: `[${text.slice(only.start, only.end)}, ${value}]` };
  }
  if (fix.flow) {
    if (items.length) {
      const last = items[items.length - 1];
      return { start: last.end, end: last.end, newText: `, ${value}` };
    }
    const open = text.indexOf('[', fix.list.start);
    return open >= 0 && open < fix.list.end ? { start: open + 1, end: open + 1, newText: value } : undefined;
  }
  if (!items.length) return undefined;
  const last = items[items.length - 1];
  const lineStart = ctx.lineStarts[lineIndexAt(ctx.lineStarts, last.start)];
  const dash = text.lastIndexOf('-', last.start);
  if (dash < lineStart) return undefined;
  const lineEnd = text.indexOf('\n', last.end);
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  const prefix = lineEnd < 0 ? eolOf(text) : '';
  return { start: at, end: at, newText: `${prefix}${text.slice(lineStart, dash)}- ${value}${eolOf(text)}` };
}

/** Writes a top-level section: replaces the one that is there (from its key to its last line), or adds it. */
export function setSection(ctx: SourceContext, fix: SetSectionFix['setSection']): SourceEdit | undefined {
  const { text, model } = ctx;
  const section = model.sections.find((candidate) => candidate.name === fix.name);
  if (!section) return insertSection(ctx, fix.name, { children: literalStubs(fix.keys) });
  if (columnOf(ctx, section.keySpan.start) !== 0) return undefined;
  const start = section.keySpan.start;
  let last = section.span.end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  const newline = text.indexOf('\n', last);
  const end = newline < 0 ? text.length : newline + 1;
  const eol = eolOf(text);
  const written = renderPlainKeys([{ key: fix.name, children: fix.keys }], 0, indentUnit(ctx), eol);
  return { start, end, newText: newline < 0 ? written.slice(0, -eol.length) : written };
}
