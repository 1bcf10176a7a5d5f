import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver-types';
import type { FeatureInput } from './featureInput';
import { lineIndexAt } from '../text/lines';
import { toRange } from '../text/positions';
import { ruleCatalog, ruleMeta } from '../rules/ruleCatalog';
import type { RuleMeta } from '../rules/rule';

/** A suppression comment up to the cursor, ending in the rule id being typed. */
const typingRuleId = /^[ \t]*#[ \t]*privacy-policy-disable(?:-next-line)?[ \t]+((?:[\w-]+[ \t]*,[ \t]*)*)([\w-]*)$/;
const suppressionLine = /^[ \t]*#[ \t]*privacy-policy-disable(?:-next-line)?[ \t]/;

/** In a suppression comment: the rule ids not yet named on the line, with their titles. Undefined elsewhere. */
export function completeRuleIds(input: FeatureInput, offset: number): CompletionItem[] | undefined {
  const lineStart = input.lineStarts[lineIndexAt(input.lineStarts, offset)];
  const typed = typingRuleId.exec(input.text.slice(lineStart, offset));
  if (!typed) return undefined;
  const named = new Set(typed[1].split(',').map((id) => id.trim()));
  const range = toRange(input.document, { start: offset - typed[2].length, end: offset });
  return ruleCatalog
    .filter((meta) => !named.has(meta.id))
    .map((meta) => ({
      label: meta.id,
      kind: CompletionItemKind.Value,
      detail: meta.title[input.locale],
      documentation: { kind: MarkupKind.Markdown, value: describeRule(meta, input.locale) },
      textEdit: { range, newText: meta.id },
    }));
}

/** On a rule id in a suppression comment: what the rule checks. Undefined elsewhere. */
export function hoverRuleId(input: FeatureInput, offset: number): Hover | undefined {
  const line = lineIndexAt(input.lineStarts, offset);
  const lineStart = input.lineStarts[line];
  const lineEnd = line + 1 < input.lineStarts.length ? input.lineStarts[line + 1] : input.text.length;
  const lineText = input.text.slice(lineStart, lineEnd);
  if (!suppressionLine.test(lineText)) return undefined;
  for (const word of lineText.matchAll(/[\w-]+/g)) {
    const start = lineStart + word.index!;
    const meta = ruleMeta(word[0]);
    if (meta && start <= offset && offset <= start + word[0].length) {
      return {
        contents: { kind: MarkupKind.Markdown, value: describeRule(meta, input.locale) },
        range: toRange(input.document, { start, end: start + word[0].length }),
      };
    }
  }
  return undefined;
}

function describeRule(meta: RuleMeta, locale: 'de' | 'en'): string {
  const severity = locale === 'de' ? 'Voreinstellung' : 'Default';
  return [
    `**${meta.title[locale]}** (\`${meta.id}\`)`,
    meta.description[locale],
    `${severity}: \`${meta.defaultSeverity}\`${meta.articles ? ` · ${meta.articles}` : ''}`,
  ].join('\n\n');
}
