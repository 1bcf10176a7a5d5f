import { message, type Message } from '../l10n/messages';
import { isCountryCode, successorCode } from '../schema/countries';
import { languages } from '../schema/vocabulary';
import type {
  DefinitionsSchema,
  EnumSchema,
  FieldSchema,
  ListSchema,
  ObjectSchema,
  RefsSchema,
  TextSchema,
} from '../schema/schemaTypes';
import type { MapNode, PairNode, ScalarNode, SyntaxNode } from '../syntax/syntaxTree';
import type { Finding } from './finding';
import type {
  BoundValue,
  Definition,
  DefinitionsValue,
  EnumValue,
  ListValue,
  ObjectValue,
  RefValue,
  TextMapEntry,
  TextValue,
  Translation,
} from './model';
import type { Span } from '../text/positions';
import { closestWord } from '../text/spelling';

/** A span of bound values: the values read it as a Span; the bind cache moves it when an edit moves its chunk. */
export interface MovableSpan {
  start: number;
  end: number;
}

/** Where the binder puts what it finds. */
export interface BindSink {
  readonly findings: Finding[];
  readonly references: RefValue[];
  /** Every span the binder creates, so that a chunk's values can be moved when an edit moves the chunk. */
  readonly spans: MovableSpan[];
}

/** Where a value stands, for messages and for findings about the value as a whole. */
export interface BindContext {
  /** The key the value belongs to. */
  readonly key: string;
  /** Dotted path for messages: `controller.address`, `categories.account`. */
  readonly path: string;
  readonly where: Message;
  /** The span that names the value: its key, its id, or the start of its list item. */
  readonly ownerSpan: Span;
}

/**
 * Checks YAML syntax nodes against the schema and turns them into bound values with document offsets.
 * Offsets in syntax nodes are relative to their chunk; `base` is the chunk's offset in the document.
 */
export class Binder {
  constructor(
    private readonly base: number,
    private readonly sink: BindSink,
  ) {}

  span(node: { start: number; end: number }): Span {
    return this.at(this.base + node.start, this.base + node.end);
  }

  /** A span at document offsets; every span of bound values is made here (see BindSink.spans). */
  at(start: number, end: number): Span {
    const span: MovableSpan = { start, end };
    this.sink.spans.push(span);
    return span;
  }

  bind(schema: FieldSchema, node: SyntaxNode | null, ctx: BindContext): BoundValue | undefined {
    if (node?.kind === 'alias') return undefined; // reported by the parser as unsupported
    switch (schema.kind) {
      case 'text':
        return this.text(schema, node, ctx);
      case 'enum':
        return this.enumValue(schema, node, ctx);
      case 'bool':
        if (!node) return undefined;
        if (node.kind === 'scalar' && node.yamlType === 'bool')
          return { kind: 'bool', value: node.resolved === 'true', span: this.span(node) };
        return this.wrongType(node, ctx, 'type.bool');
      case 'object':
        return this.object(schema, node, ctx);
      case 'definitions':
        return this.definitions(schema, node, ctx);
      case 'list':
        return this.list(schema, node, ctx);
      case 'refs':
        return this.refs(schema, node, ctx);
      case 'ref':
        if (!node) return undefined;
        if (node.kind !== 'scalar') return this.wrongType(node, ctx, 'type.text');
        return this.reference(node, schema.target);
      case 'libraryRef':
        if (!node) return undefined;
        if (node.kind === 'scalar') return { kind: 'libraryRef', id: node.text, span: this.span(node) };
        return this.wrongType(node, ctx, 'type.text');
      case 'textMap':
        return this.textMap(node, ctx);
    }
  }

  private text(schema: TextSchema, node: SyntaxNode | null, ctx: BindContext): TextValue | undefined {
    if (!node) return undefined;
    if (node.kind === 'map' && schema.translatable) return this.translated(schema, node, ctx);
    if (node.kind !== 'scalar')
      return this.wrongType(node, ctx, schema.translatable ? 'type.textOrLanguages' : 'type.text');
    this.checkImplicitType(node);
    const value: TextValue = { kind: 'text', text: node.text, span: this.span(node), style: node.style };
    if (schema.format === 'country' && !isCountryCode(node.text)) {
      const successor = successorCode(node.text);
      if (successor)
        this.report(
          'invalid-value',
          value.span,
          message('invalidCountry.successor', { value: node.text, code: successor }),
          { replaceWith: successor },
        );
      else this.report('invalid-value', value.span, message('invalidCountry', { value: node.text }));
    }
    return value;
  }

  /**
   * A text in several languages: `de: …` / `en: …`. The value reads as its German text (or the first one
   * written), so checks that read the text see the words as before; the other languages are its translations.
   */
  private translated(schema: TextSchema, node: MapNode, ctx: BindContext): TextValue | undefined {
    const entries: Translation[] = [];
    const seen = new Map<string, Span>();
    const single: TextSchema = { ...schema, translatable: false };
    for (const pair of node.pairs) {
      const key = pair.key;
      if (!key || key.kind !== 'scalar') {
        if (key) this.wrongType(key, ctx, 'type.text');
        continue;
      }
      const keySpan = this.span(key);
      if (!languageIds.includes(key.text)) {
        const suggestion = closestWord(key.text, languageIds);
        this.report(
          'unknown-key',
          keySpan,
          message('unknownLanguage', { key: key.text, allowed: languageIds.join(', ') }),
          suggestion ? { replaceWith: suggestion } : undefined,
        );
        continue;
      }
      const first = seen.get(key.text);
      if (first) {
        this.sink.findings.push({
          rule: 'duplicate-key',
          span: keySpan,
          message: message('duplicateKey', { key: key.text, where: ctx.where }),
          related: [{ span: first, message: message('duplicateKey.first', { key: key.text }) }],
        });
        continue;
      }
      seen.set(key.text, keySpan);
      const value = this.text(single, pair.value, { ...ctx, key: `${ctx.key}.${key.text}` });
      if (value) entries.push({ language: key.text, keySpan, value });
    }
    if (!entries.length) {
      if (!seen.size) this.report('value-type', this.span(node), message('noLanguage'));
      return undefined;
    }
    const primary = entries.find((entry) => entry.language === 'de') ?? entries[0];
    return { ...primary.value, translations: { span: this.span(node), entries: atLength(entries) } };
  }

  /** A plain scalar that YAML reads as a number, boolean or null would reach other tools changed. */
  checkImplicitType(node: ScalarNode): void {
    if (node.style !== 'plain' || node.yamlType === 'string' || node.tag) return;
    const type = message(`type.${node.yamlType}`);
    const changed = node.resolved !== node.text;
    this.sink.findings.push({
      rule: 'implicit-type',
      span: this.span(node),
      severity: changed ? 'error' : 'warning',
      message: changed
        ? message('implicitType', { text: node.text, type, resolved: node.resolved })
        : message('implicitType.same', { text: node.text, type }),
      fixData: { quote: true },
    });
  }

  private enumValue(schema: EnumSchema, node: SyntaxNode | null, ctx: BindContext): EnumValue | undefined {
    if (!node) return undefined;
    if (node.kind !== 'scalar') return this.wrongType(node, ctx, 'type.text');
    const valid = schema.choices.some((choice) => choice.value === node.text);
    const span = this.span(node);
    if (!valid) {
      const allowed = schema.choices.map((choice) => choice.value).join(', ');
      this.report('invalid-value', span, message('invalidValue', { value: node.text, what: ctx.key, allowed }));
    }
    return { kind: 'enum', value: node.text, span, valid };
  }

  object(schema: ObjectSchema, node: SyntaxNode | null, ctx: BindContext): ObjectValue | undefined {
    if (node && node.kind !== 'map') return this.wrongType(node, ctx, 'type.map');
    // Keys come from the author: `__proto__` or `constructor` must be ordinary names, not Object.prototype's.
    const fields: Record<string, BoundValue> = Object.create(null);
    const keys: Record<string, Span> = Object.create(null);
    if (node) {
      for (const pair of node.pairs) {
        const name = this.fieldName(pair, schema, ctx, keys);
        if (name === undefined) continue;
        const keySpan = keys[name];
        const value = this.bind(schema.fields[name], pair.value, {
          key: name,
          path: `${ctx.path}.${name}`,
          where: message('where.entry', { name: `${ctx.path}.${name}` }),
          ownerSpan: keySpan,
        });
        if (value !== undefined) fields[name] = value;
      }
    }
    for (const required of schema.required ?? []) {
      if (fields[required] !== undefined) continue;
      if (keys[required])
        this.report('required-field', keys[required], message('requiredField.empty', { field: required }));
      else
        this.report('required-field', ctx.ownerSpan, message('requiredField', { where: ctx.where, field: required }));
    }
    const span = node ? this.span(node) : ctx.ownerSpan;
    return { kind: 'object', span, keys, fields, ownerSpan: ctx.ownerSpan };
  }

  /** The schema field a pair's key names, or undefined (after reporting) when it names none. */
  private fieldName(
    pair: PairNode,
    schema: ObjectSchema,
    ctx: BindContext,
    keys: Record<string, Span>,
  ): string | undefined {
    const key = pair.key;
    if (!key || key.kind !== 'scalar') {
      if (key) this.wrongType(key, { ...ctx, key: '?' }, 'type.text');
      return undefined;
    }
    const keySpan = this.span(key);
    const name = key.text;
    if (!Object.prototype.hasOwnProperty.call(schema.fields, name)) {
      const known = Object.keys(schema.fields);
      const suggestion = closestWord(name, known);
      this.report(
        'unknown-key',
        keySpan,
        suggestion
          ? message('unknownKey.suggest', { key: name, where: ctx.where, suggestion })
          : message('unknownKey', { key: name, where: ctx.where, allowed: known.join(', ') }),
        suggestion ? { replaceWith: suggestion } : undefined,
      );
      return undefined;
    }
    const first = keys[name];
    if (first) {
      this.sink.findings.push({
        rule: 'duplicate-key',
        span: keySpan,
        message: message('duplicateKey', { key: name, where: ctx.where }),
        related: [{ span: first, message: message('duplicateKey.first', { key: name }) }],
      });
      return undefined;
    }
    keys[name] = keySpan;
    return name;
  }

  private definitions(
    schema: DefinitionsSchema,
    node: SyntaxNode | null,
    ctx: BindContext,
  ): DefinitionsValue | undefined {
    if (node && node.kind !== 'map') return this.wrongType(node, ctx, 'type.map');
    return {
      kind: 'definitions',
      span: node ? this.span(node) : ctx.ownerSpan,
      entries: node ? this.definitionEntries(schema, node, ctx.key) : [],
    };
  }

  /** The entries of a definitions map; ids repeated across chunks are found when the chunks are joined. */
  definitionEntries(schema: DefinitionsSchema, node: MapNode, section: string): Definition[] {
    const entries: Definition[] = [];
    for (const pair of node.pairs) {
      const key = pair.key;
      if (!key || key.kind !== 'scalar') {
        if (key)
          this.wrongType(
            key,
            {
              key: section,
              path: section,
              where: message('where.section', { name: section }),
              ownerSpan: this.span(key),
            },
            'type.text',
          );
        continue;
      }
      const idSpan = this.span(key);
      const id = key.text;
      const value = this.object(schema.entry, pair.value, {
        key: id,
        path: `${section}.${id}`,
        where: message('where.entry', { name: `${section}.${id}` }),
        ownerSpan: idSpan,
      });
      entries.push({
        kind: schema.definitionKind,
        id,
        idSpan,
        span: this.at(idSpan.start, pair.value ? this.base + pair.value.end : idSpan.end),
        value: value as Definition['value'],
      });
    }
    return entries;
  }

  private list(schema: ListSchema, node: SyntaxNode | null, ctx: BindContext): ListValue | undefined {
    if (!node) return { kind: 'list', items: [], span: ctx.ownerSpan, flow: false };
    if (node.kind !== 'seq' && schema.orSingle && node.kind !== 'alias') {
      // One item without a list: bound as a list of one, so the checks read one shape.
      const item = this.bind(schema.item, node, ctx);
      return { kind: 'list', items: item ? [item] : [], span: this.span(node), flow: false, single: true };
    }
    if (node.kind !== 'seq') return this.wrongType(node, ctx, 'type.list');
    return { kind: 'list', items: this.listItems(schema, node.items, ctx), span: this.span(node), flow: node.flow };
  }

  listItems(schema: ListSchema, items: readonly (SyntaxNode | null)[], ctx: BindContext): BoundValue[] {
    const bound: BoundValue[] = [];
    for (const item of items) {
      if (!item) continue;
      const value = this.bind(schema.item, item, {
        key: ctx.key,
        path: `${ctx.path}[]`,
        where: message('where.item', { name: ctx.key }),
        ownerSpan: this.at(this.base + item.start, this.base + item.start + 1),
      });
      if (value !== undefined) bound.push(value);
    }
    return atLength(bound);
  }

  private refs(schema: RefsSchema, node: SyntaxNode | null, ctx: BindContext): BoundValue | undefined {
    if (!node) return undefined;
    const expected = schema.noneKeyword ? 'type.refsOrNone' : 'type.refs';
    if (node.kind === 'scalar' && schema.noneKeyword && node.text === 'none')
      return { kind: 'none', span: this.span(node) };
    if (node.kind !== 'seq') return this.wrongType(node, ctx, expected);
    const items: RefValue[] = [];
    for (const item of node.items) {
      if (!item || item.kind === 'alias') continue;
      if (item.kind !== 'scalar') {
        this.wrongType(item, ctx, 'type.text');
        continue;
      }
      items.push(this.reference(item, schema.target));
    }
    return { kind: 'list', items: atLength(items), span: this.span(node), flow: node.flow };
  }

  /** A use of an id; every use is listed, for navigation and the unknown-reference check. */
  private reference(node: ScalarNode, target: RefValue['target']): RefValue {
    const ref: RefValue = { kind: 'ref', id: node.text, span: this.span(node), target };
    this.sink.references.push(ref);
    return ref;
  }

  private textMap(node: SyntaxNode | null, ctx: BindContext): BoundValue | undefined {
    if (!node) return { kind: 'textMap', entries: [], span: ctx.ownerSpan };
    if (node.kind !== 'map') return this.wrongType(node, ctx, 'type.map');
    const entries: TextMapEntry[] = [];
    const seen = new Map<string, Span>();
    for (const pair of node.pairs) {
      if (!pair.key || pair.key.kind !== 'scalar') continue;
      const keySpan = this.span(pair.key);
      const first = seen.get(pair.key.text);
      if (first) {
        this.sink.findings.push({
          rule: 'duplicate-key',
          span: keySpan,
          message: message('duplicateKey', { key: pair.key.text, where: ctx.where }),
          related: [{ span: first, message: message('duplicateKey.first', { key: pair.key.text }) }],
        });
        continue;
      }
      seen.set(pair.key.text, keySpan);
      const value = this.text({ kind: 'text', doc: { de: '', en: '' }, translatable: true }, pair.value, {
        ...ctx,
        key: pair.key.text,
      });
      entries.push({ key: pair.key.text, keySpan, value });
    }
    return { kind: 'textMap', entries, span: this.span(node) };
  }

  wrongType(node: SyntaxNode, ctx: BindContext, expected: Parameters<typeof message>[0]): undefined {
    this.report(
      'value-type',
      this.span(node),
      message('valueType', { key: ctx.key, expected: message(expected), actual: message(actualType(node)) }),
    );
    return undefined;
  }

  private report(rule: string, span: Span, msg: Message, fixData?: unknown): void {
    this.sink.findings.push(
      fixData === undefined ? { rule, span, message: msg } : { rule, span, message: msg, fixData },
    );
  }
}

const languageIds = languages.map((choice) => choice.value);

function actualType(node: SyntaxNode): Parameters<typeof message>[0] {
  switch (node.kind) {
    case 'map':
      return 'type.map';
    case 'seq':
      return 'type.list';
    case 'alias':
      return 'type.alias';
    case 'scalar':
      return node.yamlType === 'string' ? 'type.text' : `type.${node.yamlType}`;
  }
}

/**
 * An array filled by push, copied at its length: push keeps room for more (17 slots after the first), and bound
 * values are kept for as long as their chunk's text is in the document (at 20,000 lines the room was a megabyte).
 */
export function atLength<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}
