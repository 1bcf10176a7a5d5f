import { message } from '../l10n/messages';
import { lineIndexAt } from '../text/lines';
import { lastAtOrBefore } from '../text/search';
import type { Finding } from '../model/finding';
import type { Span } from '../text/positions';
import { closestWord } from '../text/spelling';
import { ruleCatalog, ruleMeta } from '../rules/ruleCatalog';
import { invalidSuppression, unusedSuppression } from '../rules/suppressionRuleMeta';
import type { ParsedDocument } from '../syntax/documentParser';

/**
 * Suppression comments, on a line of their own:
 *
 *     # privacy-policy-disable-next-line retention-period, vague-wording -- reason
 *     # privacy-policy-disable stale-policy
 *
 * The first form disables the named rules for the next line that holds more than a comment (and, when that line
 * starts a text that runs over several lines, for the whole text); the second for the whole file. Text after
 * ` -- ` is a free reason. A comment that names no rule, or an unknown one, is itself reported.
 */
export const DISABLE_NEXT_LINE = 'privacy-policy-disable-next-line';
export const DISABLE_FILE = 'privacy-policy-disable';

const commentLine = /^[ \t]*#[ \t]*privacy-policy-disable(-next-line)?(?=[ \t\r\n]|$)([^\r\n]*)/gm;

interface NamedRule {
  readonly id: string;
  readonly span: Span;
  used: boolean;
}

export interface SuppressionComment {
  readonly kind: 'next-line' | 'file';
  readonly span: Span;
  readonly rules: NamedRule[];
  /** For `next-line`: the line (0-based, counted in LF) the comment applies to. */
  readonly line?: number;
}

/** The suppression comments of a text, skipping lines that are part of a multi-line text value. */
export function findSuppressions(
  text: string,
  lineStarts: readonly number[],
  parsed: ParsedDocument,
): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  commentLine.lastIndex = 0;
  for (let match = commentLine.exec(text); match; match = commentLine.exec(text)) {
    const hash = match.index + match[0].indexOf('#');
    if (multiLineScalarAt(parsed, hash)) continue; // a '#' line inside a block scalar is text, not a comment
    const listStart = match.index + match[0].length - match[2].length;
    const list = match[2].split(' -- ')[0];
    const rules: NamedRule[] = [];
    for (const part of list.matchAll(/[^\s,]+/g)) {
      const start = listStart + part.index!;
      rules.push({ id: part[0], span: { start, end: start + part[0].length }, used: false });
    }
    const span = { start: hash, end: match.index + match[0].trimEnd().length };
    const kind = match[1] ? 'next-line' : 'file';
    comments.push({
      kind,
      span,
      rules,
      line: kind === 'next-line' ? nextContentLine(text, lineStarts, lineIndexAt(lineStarts, hash) + 1) : undefined,
    });
  }
  return comments;
}

/**
 * Drops the findings the comments disable and adds findings about the comments themselves: no rule named, an
 * unknown rule, a rule that reports nothing where the comment applies.
 */
export function applySuppressions(
  findings: readonly Finding[],
  text: string,
  lineStarts: readonly number[],
  parsed: ParsedDocument,
): Finding[] {
  if (text.indexOf('privacy-policy-disable') < 0) return findings as Finding[];
  const comments = findSuppressions(text, lineStarts, parsed);
  if (comments.length === 0) return findings as Finding[];
  const wholeFile = new Map<string, NamedRule[]>();
  const byLine = new Map<number, Map<string, NamedRule[]>>();
  const problems: Finding[] = [];
  for (const comment of comments) {
    if (comment.rules.length === 0) {
      problems.push({ rule: invalidSuppression.id, span: comment.span, message: message('suppression.noRule') });
      continue;
    }
    for (const named of comment.rules) {
      if (!ruleMeta(named.id)) {
        const suggestion = closestWord(
          named.id,
          ruleCatalog.map((meta) => meta.id),
        );
        problems.push({
          rule: invalidSuppression.id,
          span: named.span,
          message: suggestion
            ? message('suppression.unknownRule.suggest', { rule: named.id, suggestion })
            : message('suppression.unknownRule', { rule: named.id }),
          fixData: suggestion ? { replace: named.span, with: suggestion } : undefined,
        });
        named.used = true; // reported already; not "unused" as well
        continue;
      }
      const target = comment.kind === 'file' ? wholeFile : lineMap(byLine, comment.line ?? -1);
      const list = target.get(named.id);
      if (list) list.push(named);
      else target.set(named.id, [named]);
    }
  }
  const kept: Finding[] = [];
  for (const finding of findings) {
    const fileRules = wholeFile.get(finding.rule);
    if (fileRules) {
      fileRules.forEach((named) => (named.used = true));
      continue;
    }
    if (byLine.size > 0) {
      const lineRules = byLine.get(anchorLine(finding.span.start, lineStarts, parsed))?.get(finding.rule);
      if (lineRules) {
        lineRules.forEach((named) => (named.used = true));
        continue;
      }
    }
    kept.push(finding);
  }
  for (const comment of comments) {
    for (const named of comment.rules) {
      if (!named.used && named.id !== unusedSuppression.id) {
        problems.push({
          rule: unusedSuppression.id,
          span: named.span,
          message: message('suppression.unused', { rule: named.id }),
          unnecessary: true,
        });
      }
    }
  }
  // The comments' own problems can be disabled too, except that a comment cannot vouch for itself as used.
  return kept.concat(problems.filter((problem) => !wholeFile.has(problem.rule)));
}

function lineMap(byLine: Map<number, Map<string, NamedRule[]>>, line: number): Map<string, NamedRule[]> {
  let map = byLine.get(line);
  if (!map) byLine.set(line, (map = new Map()));
  return map;
}

/**
 * The line a finding belongs to for `disable-next-line`: its own line, or, inside a text that runs over several
 * lines, the line where that text starts (a comment cannot stand inside a block scalar).
 */
export function anchorLine(offset: number, lineStarts: readonly number[], parsed: ParsedDocument): number {
  const line = lineIndexAt(lineStarts, offset);
  const scalar = multiLineScalarAt(parsed, offset);
  if (!scalar) return line;
  return Math.min(line, lineIndexAt(lineStarts, scalar.start));
}

/** The next line at or after `from` with more than blanks or a comment. */
function nextContentLine(text: string, lineStarts: readonly number[], from: number): number {
  for (let line = from; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    const content = text.slice(start, end).trim();
    if (content !== '' && !content.startsWith('#')) return line;
  }
  return -1;
}

/**
 * The scalar running over several lines whose text holds a document offset, as a document span; found by binary
 * search over the chunks, then over the chunk's multi-line scalars. A scalar on one line cannot hold a comment
 * line or move a finding to another line, so those are not looked at.
 */
export function multiLineScalarAt(parsed: ParsedDocument, offset: number): Span | undefined {
  const chunks = parsed.chunks;
  const placed = chunks[lastAtOrBefore(chunks.length, (index) => chunks[index].base, offset)];
  if (!placed) return undefined;
  const relative = offset - placed.base;
  const spans = placed.chunk.multiLineScalars;
  const at = lastAtOrBefore(spans.length / 2, (index) => spans[2 * index], relative);
  return at >= 0 && relative < spans[2 * at + 1]
    ? { start: placed.base + spans[2 * at], end: placed.base + spans[2 * at + 1] }
    : undefined;
}
