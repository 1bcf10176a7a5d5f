import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Range,
} from 'vscode-languageserver-types';
import { clauseItemAt, clauseScopeAt } from '../clauses/clauseItems';
import { WITH_PREFIX, withParams } from '../clauses/placeholders';
import { clausePreviewMarkdown } from '../clauses/clauseMarkdown';
import { policyLanguages, type PageLanguage } from '../clauses/policyLanguages';
import { languages as languageChoices } from '../schema/vocabulary';
import type { Locale } from '../l10n/messages';
import { countryName } from '../schema/countries';
import { schemaAtPath } from '../schema/schemaPath';
import type { DefinitionsSchema, EnumChoice, FieldSchema, ObjectSchema, RefsSchema } from '../schema/schemaTypes';
import { lineIndexAt } from '../text/lines';
import { blockItemsAround, pathAt } from '../syntax/linePath';
import { shapeOfLine } from '../syntax/yamlLine';
import type { FeatureInput } from './featureInput';
import { toRange } from '../text/positions';
import { describeField } from './hover';
import { describeDefinition } from './summaries';
import { completeRuleIds } from './suppressionFeatures';
import { authorityNameItems } from './authorityCompletion';
import { appendAll } from '../text/arrays';

export interface CompletionInput extends FeatureInput {
  readonly snippets: boolean;
  readonly today: Date;
}

/** What may be typed where a key or an id goes: completion replaces it. */
const keyChars = /^[\p{L}\p{N}_-]*$/u;

export function completeAt(input: CompletionInput, offset: number): CompletionList {
  const { text, lineStarts } = input;
  const lineIndex = lineIndexAt(lineStarts, offset);
  const lineStart = lineStarts[lineIndex];
  const before = text.slice(lineStart, offset);
  const wordEnd = offset + (/^[\p{L}\p{N}_.-]*/u.exec(text.slice(offset, offset + 200))?.[0].length ?? 0);
  const items: CompletionItem[] = [];

  const ruleIds = completeRuleIds(input, offset);
  if (ruleIds) return { isIncomplete: false, items: ruleIds };

  // The line up to the cursor, read as a line of its own: a value after a key, an item, or a key being typed.
  const shape = shapeOfLine(text, lineStart, offset);
  const lastDash = shape.dashColumns.length ? shape.dashColumns[shape.dashColumns.length - 1] : undefined;
  if (shape.key !== undefined && shape.colonColumn < before.length) {
    const rest = before.slice(shape.colonColumn).replace(/^[ \t]+/, '');
    const path = pathAt(text, lineStarts, lineIndex, shape.keyColumn, lastDash);
    const schema = schemaAtPath([...path.segments, shape.key]);
    if (!schema) return { isIncomplete: false, items };
    const flow = /\[([^\]]*)$/.exec(rest);
    if (flow) {
      const written = flow[1].split(',').map((part) => part.trim());
      const partial = written.pop() ?? '';
      // Ids after the cursor, up to the closing bracket, count as written too.
      const lineRest = text.slice(offset, lineStarts[lineIndex + 1] ?? text.length);
      for (const part of lineRest
        .slice(0, Math.max(0, lineRest.indexOf(']')))
        .split(',')
        .slice(1))
        written.push(part.trim());
      const range = toRange(input.document, { start: offset - partial.length, end: wordEnd });
      appendAll(items, valueItems(input, schema, range, new Set(written), true));
    } else if (!/[[{"']/.test(rest)) {
      const range = toRange(input.document, { start: offset - rest.length, end: wordEnd });
      if (shape.key === 'name' && path.segments.length === 1 && path.segments[0] === 'supervisoryAuthority')
        appendAll(items, authorityNameItems(input.model, range, input.locale));
      else appendAll(items, valueItems(input, schema, range, new Set(), false));
    }
    return { isIncomplete: false, items };
  }

  const partial = before.slice(shape.contentColumn);
  if (lastDash !== undefined && before.length > lastDash + 1 && shape.key === undefined && /^[^\s:#]*$/.test(partial)) {
    const path = pathAt(text, lineStarts, lineIndex, shape.contentColumn, lastDash);
    const listOwner = schemaAtPath(path.segments.slice(0, -1));
    const range = toRange(input.document, { start: offset - partial.length, end: wordEnd });
    if (listOwner?.kind === 'refs') {
      appendAll(
        items,
        valueItems(input, listOwner, range, new Set(blockItemsAround(text, lineStarts, lineIndex, lastDash)), true),
      );
    } else {
      const itemSchema = schemaAtPath(path.segments);
      if (itemSchema?.kind === 'object') appendAll(items, keyItems(input, itemSchema, range, new Set()));
      else if (itemSchema) appendAll(items, valueItems(input, itemSchema, range, new Set(), false));
    }
    return { isIncomplete: false, items };
  }

  if (lastDash === undefined && shape.key === undefined && keyChars.test(partial)) {
    const path = pathAt(text, lineStarts, lineIndex, shape.contentColumn);
    const schema = schemaAtPath(path.segments);
    const range = toRange(input.document, { start: offset - partial.length, end: wordEnd });
    const object = schema?.kind === 'list' && schema.orSingle && schema.item.kind === 'object' ? schema.item : schema;
    if (object?.kind === 'object') appendAll(items, keyItems(input, object, range, path.siblings));
    else if (schema?.kind === 'definitions') items.push(entrySkeleton(input, schema, range));
    else if (schema?.kind === 'textMap') appendAll(items, clauseParamItems(input, offset, range, path.siblings));
    else if (schema?.kind === 'text' && schema.translatable)
      appendAll(items, languageKeyItems(input, range, path.siblings));
  }
  return { isIncomplete: false, items };
}

/** Under a text for readers, the languages it is not yet written in: the policy's languages first. */
function languageKeyItems(input: CompletionInput, range: Range, present: ReadonlySet<string>): CompletionItem[] {
  const { published } = policyLanguages(input.model);
  return languageChoices
    .filter((choice) => !present.has(choice.value))
    .map((choice) => ({
      label: choice.value,
      kind: CompletionItemKind.Property,
      detail: choice.label[input.locale],
      sortText: `${published.includes(choice.value as PageLanguage) ? '0' : '1'}_${choice.value}`,
      textEdit: { range, newText: `${choice.value}: ` },
    }));
}

function keyItems(
  input: CompletionInput,
  schema: ObjectSchema,
  range: Range,
  present: ReadonlySet<string>,
): CompletionItem[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.fields)
    .filter(([name]) => !present.has(name))
    .map(([name, field]) => ({
      label: name,
      kind:
        field.kind === 'object' || field.kind === 'definitions' || field.kind === 'list'
          ? CompletionItemKind.Module
          : CompletionItemKind.Property,
      detail: firstSentence(field.doc[input.locale]),
      documentation: { kind: MarkupKind.Markdown, value: describeField(name, field, input.locale) },
      sortText: `${required.has(name) ? '0' : '1'}_${name}`,
      filterText: name,
      textEdit: { range, newText: input.snippets ? keySnippet(name, field) : `${name}: ` },
      insertTextFormat: input.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      insertTextMode: InsertTextMode.adjustIndentation,
    }));
}

/** What follows a key when completion inserts it, shaped by the kind of value the key takes. */
function keySnippet(name: string, field: FieldSchema): string {
  switch (field.kind) {
    case 'text':
      return field.prose ? `${name}: >-\n  $0` : `${name}: $0`;
    case 'enum':
      return `${name}: \${1|${field.choices.map((choice) => escapeChoice(choice.value)).join(',')}|}`;
    case 'bool':
      return `${name}: \${1|true,false|}`;
    case 'refs':
      return `${name}: [$1]`;
    case 'list':
      // A list that may be one item starts as one item: `special: health`, `country: DE`.
      if (field.orSingle && field.item.kind === 'enum') return keySnippet(name, field.item);
      if (field.orSingle && field.item.kind === 'object') return `${name}:\n  $0`;
      if (field.orSingle) return `${name}: $0`;
      return `${name}:\n  - $0`;
    case 'libraryRef':
    case 'ref':
      return `${name}: $0`;
    case 'object':
    case 'definitions':
    case 'textMap':
      return `${name}:\n  $0`;
  }
}

function escapeChoice(value: string): string {
  return value.replace(/[,|\\$}]/g, (character) => `\\${character}`);
}

function valueItems(
  input: CompletionInput,
  schema: FieldSchema,
  range: Range,
  exclude: ReadonlySet<string>,
  insideList: boolean,
): CompletionItem[] {
  const { locale } = input;
  switch (schema.kind) {
    case 'enum':
      return enumItems(schema.choices, range, exclude, locale);
    case 'list':
      // Inside brackets, or where one item may stand alone, the items' values.
      return insideList || schema.orSingle ? valueItems(input, schema.item, range, exclude, insideList) : [];
    case 'refs':
      return refItems(input, schema, range, exclude, insideList);
    case 'ref':
      return refItems(input, { ...schema, kind: 'refs' }, range, exclude, true);
    case 'bool':
      return ['true', 'false'].map((value) => ({
        label: value,
        kind: CompletionItemKind.Value,
        textEdit: { range, newText: value },
      }));
    case 'libraryRef':
      return libraryItems(input, range);
    case 'text':
      if (schema.format === 'date') {
        const today = input.today.toISOString().slice(0, 10);
        return [
          {
            label: today,
            kind: CompletionItemKind.Value,
            detail: locale === 'de' ? 'Heute' : 'Today',
            textEdit: { range, newText: today },
          },
        ];
      }
      if (schema.format === 'country') return countryItems(range, locale);
      return [];
    default:
      return [];
  }
}

/**
 * The library, each clause documented by a preview of its text with this policy's data filled in, in each
 * language the policy is published in; found by its id or its title in either language.
 */
function libraryItems(input: CompletionInput, range: Range): CompletionItem[] {
  const scope = clauseScopeAt(input.model, input.document.offsetAt(range.start));
  return input.library.all().map((clause, index) => ({
    label: clause.id,
    kind: CompletionItemKind.Reference,
    detail: clause.summary?.[input.locale] ?? clause.title,
    labelDetails: { description: clause.title },
    documentation: {
      kind: MarkupKind.Markdown,
      value: clausePreviewMarkdown(clause, input.model, scope, input.locale),
    },
    filterText: [clause.id, clause.title, clause.en?.title].filter(Boolean).join(' '),
    sortText: String(index).padStart(3, '0'),
    textEdit: { range, newText: clause.id },
  }));
}

/** Under `with:`, the values the item's library clause reads that are not given yet. */
function clauseParamItems(
  input: CompletionInput,
  offset: number,
  range: Range,
  present: ReadonlySet<string>,
): CompletionItem[] {
  const use = clauseItemAt(input.model, offset)?.fields.use;
  const clause = use && input.library.get(use.id);
  if (!clause) return [];
  const documentation = {
    kind: MarkupKind.Markdown,
    value: clausePreviewMarkdown(clause, input.model, clauseScopeAt(input.model, offset), input.locale),
  };
  return withParams(clause.inputs)
    .filter((param) => !present.has(param))
    .map((param) => ({
      label: param,
      kind: CompletionItemKind.Property,
      detail: `${clause.title}: {{${WITH_PREFIX}${param}}}`,
      documentation,
      textEdit: { range, newText: `${param}: ` },
    }));
}

function enumItems(
  choices: readonly EnumChoice[],
  range: Range,
  exclude: ReadonlySet<string>,
  locale: Locale,
): CompletionItem[] {
  return choices
    .filter((choice) => !exclude.has(choice.value))
    .map((choice, index) => ({
      label: choice.value,
      kind: CompletionItemKind.EnumMember,
      detail: choice.label[locale],
      documentation: choice.doc ? { kind: MarkupKind.Markdown, value: choice.doc[locale] } : undefined,
      sortText: String(index).padStart(3, '0'),
      textEdit: { range, newText: choice.value },
    }));
}

function refItems(
  input: CompletionInput,
  schema: RefsSchema,
  range: Range,
  exclude: ReadonlySet<string>,
  insideList: boolean,
): CompletionItem[] {
  const { model, locale } = input;
  const items: CompletionItem[] = [];
  for (const [id, definition] of model.definitions[schema.target]) {
    if (exclude.has(id)) continue;
    const title = (definition.value?.fields.title as { text?: string } | undefined)?.text;
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: title,
      documentation: { kind: MarkupKind.Markdown, value: describeDefinition(definition, model, locale) },
      textEdit: { range, newText: id },
    });
  }
  if (insideList) return items;
  // Outside brackets an id list must start with one.
  for (const item of items) item.textEdit = { range, newText: `[${(item.textEdit as { newText: string }).newText}]` };
  if (schema.noneKeyword) {
    items.push({
      label: 'none',
      kind: CompletionItemKind.Keyword,
      detail: locale === 'de' ? 'Die Daten gehen an niemanden.' : 'The data goes to nobody.',
      sortText: '~none',
      textEdit: { range, newText: 'none' },
    });
  }
  return items;
}

let countryCodes: string[] | undefined;

function countryItems(range: Range, locale: Locale): CompletionItem[] {
  if (!countryCodes) {
    countryCodes = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (countryName(code, 'en')) countryCodes.push(code);
      }
    }
  }
  return countryCodes.map((code) => ({
    label: code,
    kind: CompletionItemKind.Value,
    detail: countryName(code, locale),
    filterText: `${code} ${countryName(code, locale)}`,
    textEdit: { range, newText: code },
  }));
}

/** In `purposes:`, `recipients:` or `categories:`, completion offers a whole new entry to fill in. */
const entrySnippets: Record<
  DefinitionsSchema['definitionKind'],
  { label: { de: string; en: string }; snippet: string }
> = {
  purposes: {
    label: { de: 'Neuer Zweck', en: 'New purpose' },
    snippet: '${1:zweck-id}:\n  title: $2\n  legalBasis: [$3]\n',
  },
  recipients: {
    label: { de: 'Neuer Empfänger', en: 'New recipient' },
    snippet:
      '${1:empfaenger-id}:\n  title: $2\n  role: ${3|processor,controller,joint-controller,authority,internal,other|}\n  country: ${4:DE}\n',
  },
  categories: {
    label: { de: 'Neue Datenkategorie', en: 'New data category' },
    snippet: '${1:kategorie-id}:\n  title: $2\n  data: [$3]\n  purposes: [$4]\n  recipients: [$5]\n  retention: $6\n',
  },
};

function entrySkeleton(input: CompletionInput, schema: DefinitionsSchema, range: Range): CompletionItem {
  const { label, snippet } = entrySnippets[schema.definitionKind];
  return {
    label: label[input.locale],
    kind: CompletionItemKind.Snippet,
    documentation: { kind: MarkupKind.Markdown, value: schema.entry.doc[input.locale] },
    textEdit: { range, newText: input.snippets ? snippet : snippetAsPlainText(snippet) },
    insertTextFormat: input.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
}

/** For clients without snippet support: placeholders become their default text. */
function snippetAsPlainText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '');
}

function firstSentence(text: string): string {
  const end = text.search(/[.:](\s|$)/);
  return end > 0 ? text.slice(0, end) : text;
}

/** Appends without spreading: a spread passes each item as an argument, and 130,000 ids overflow the stack. */
