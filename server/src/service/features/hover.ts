import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { clauseScopeAt } from '../clauses/clauseItems';
import { clausePreviewMarkdown } from '../clauses/clauseMarkdown';
import { localize, type Locale } from '../l10n/messages';
import { unknownReferenceMessage } from '../rules/referenceRules';
import { escapeMarkdown } from '../text/markdown';
import { schemaAtPath } from '../schema/schemaPath';
import type { FieldSchema } from '../schema/schemaTypes';
import { lineContextAt, symbolAt, wordAt } from './cursor';
import type { FeatureInput } from './featureInput';
import { toRange } from '../text/positions';
import { describeDefinition } from './summaries';
import { hoverRuleId } from './suppressionFeatures';

export function hoverAt(input: FeatureInput, offset: number): Hover | null {
  const { document, text, model, locale } = input;
  const symbol = symbolAt(model, offset);
  if (symbol) {
    const span = symbol.kind === 'reference' ? symbol.reference.span : symbol.definition.idSpan;
    // The same words as the diagnostic, which quote the id: as Markdown, every character of it stays text.
    const value =
      symbol.kind === 'reference' && !symbol.definition
        ? escapeMarkdown(localize(locale, unknownReferenceMessage(model, symbol.reference)))
        : describeDefinition(symbol.definition!, model, locale);
    return markdown(value, toRange(document, span));
  }

  const rule = hoverRuleId(input, offset);
  if (rule) return rule;

  const context = lineContextAt(text, input.lineStarts, offset);
  const { shape, column, path } = context;
  if (shape.key !== undefined && column >= shape.keyColumn && column < shape.colonColumn) {
    const parent = schemaAtPath(path.segments);
    if (!parent || parent.kind === 'definitions') return null;
    const field = schemaAtPath([...path.segments, shape.key]);
    if (!field) return null;
    const keySpan = { start: shape.start + shape.keyColumn, end: shape.start + shape.colonColumn - 1 };
    return markdown(describeField(shape.key, field, locale), toRange(document, keySpan));
  }

  // A value: after a key's colon, or a list item.
  const word = wordAt(text, offset);
  if (!word) return null;
  const schema =
    shape.key !== undefined && column >= shape.colonColumn
      ? schemaAtPath([...path.segments, shape.key])
      : path.segments[path.segments.length - 1] === '-'
        ? schemaAtPath(path.segments)
        : undefined;
  const valueSchema = schema?.kind === 'list' ? schema.item : schema;
  if (valueSchema?.kind === 'enum') {
    const choice = valueSchema.choices.find((candidate) => candidate.value === word.word);
    if (!choice) return null;
    const doc = choice.doc ? `\n\n${choice.doc[locale]}` : '';
    return markdown(`\`${choice.value}\`: ${choice.label[locale]}${doc}`, toRange(document, word.span));
  }
  if (valueSchema?.kind === 'libraryRef') {
    const clause = input.library.get(word.word);
    if (!clause) return null;
    return markdown(
      clausePreviewMarkdown(clause, model, clauseScopeAt(model, offset), locale),
      toRange(document, word.span),
    );
  }
  return null;
}

export function describeField(key: string, schema: FieldSchema, locale: Locale): string {
  const parts = [`**${key}**: ${schema.doc[locale]}`];
  if (schema.kind === 'enum' || (schema.kind === 'list' && schema.item.kind === 'enum')) {
    const choices =
      schema.kind === 'enum' ? schema.choices : (schema.item as Extract<FieldSchema, { kind: 'enum' }>).choices;
    parts.push(choices.map((choice) => `- \`${choice.value}\`: ${choice.label[locale]}`).join('\n'));
  }
  if (schema.example) parts.push(`${locale === 'de' ? 'Beispiel' : 'Example'}: \`${key}: ${schema.example}\``);
  return parts.join('\n\n');
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
