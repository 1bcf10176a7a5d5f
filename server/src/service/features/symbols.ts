import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../text/policyDocument';
import type { BoundValue, Definition, ObjectValue, PolicyModel, SectionInfo } from '../model/model';
import { toRange, type Span } from '../text/positions';

const definitionKinds: Record<Definition['kind'], SymbolKind> = {
  purposes: SymbolKind.Event,
  recipients: SymbolKind.Interface,
  categories: SymbolKind.Class,
};

/** The outline: sections, and in them the entries an author navigates by. */
export function documentSymbols(document: PolicyDocument, model: PolicyModel): DocumentSymbol[] {
  return model.sections.map((section) => {
    const value =
      model.root.keys[section.name as keyof typeof model.root.keys] === section.keySpan
        ? (model.root.fields as Record<string, BoundValue | undefined>)[section.name]
        : undefined;
    return symbol(
      document,
      section.name,
      undefined,
      SymbolKind.Namespace,
      section.span,
      section.keySpan,
      childrenOf(document, section, value),
    );
  });
}

function childrenOf(document: PolicyDocument, section: SectionInfo, value: BoundValue | undefined): DocumentSymbol[] {
  if (!value) return [];
  switch (value.kind) {
    case 'definitions':
      return value.entries.map((entry) =>
        symbol(
          document,
          entry.id,
          textOf(entry.value?.fields.title),
          definitionKinds[entry.kind],
          entry.span,
          entry.idSpan,
        ),
      );
    case 'object':
      return fieldSymbols(document, value);
    case 'list':
      return value.items.map((item, index) => {
        const name = itemName(section.name, item) ?? `${section.name}[${index + 1}]`;
        const span =
          item.kind === 'object'
            ? { start: item.ownerSpan.start, end: Math.max(item.span.end, item.ownerSpan.end) }
            : item.span;
        const selection = item.kind === 'object' ? item.ownerSpan : item.span;
        return symbol(document, name, undefined, SymbolKind.Field, span, selection);
      });
    default:
      return [];
  }
}

function fieldSymbols(document: PolicyDocument, object: ObjectValue): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const [name, keySpan] of Object.entries(object.keys) as Array<[string, Span]>) {
    const value = object.fields[name];
    const span = { start: keySpan.start, end: value ? Math.max(value.span.end, keySpan.end) : keySpan.end };
    const children = value?.kind === 'object' ? fieldSymbols(document, value) : [];
    symbols.push(symbol(document, name, textOf(value), SymbolKind.Property, span, keySpan, children));
  }
  return symbols;
}

function itemName(section: string, item: BoundValue): string | undefined {
  if (item.kind === 'enum') return item.value;
  if (item.kind !== 'object') return undefined;
  const fields = item.fields as Record<string, BoundValue | undefined>;
  switch (section) {
    case 'clauses': {
      const use = fields.use;
      return textOf(fields.title) ?? (use?.kind === 'libraryRef' ? use.id : undefined);
    }
    case 'transfers':
      return textOf(fields.country);
    case 'cookies':
      return textOf(fields.name);
    default:
      return undefined;
  }
}

function textOf(value: BoundValue | undefined): string | undefined {
  return value?.kind === 'text' ? value.text : value?.kind === 'enum' ? value.value : undefined;
}

function symbol(
  document: PolicyDocument,
  name: string,
  detail: string | undefined,
  kind: SymbolKind,
  span: Span,
  selection: Span,
  children: DocumentSymbol[] = [],
): DocumentSymbol {
  // LSP requires the selection inside the range; a section's span always starts at its key.
  const range = { start: Math.min(span.start, selection.start), end: Math.max(span.end, selection.end) };
  return {
    name: name.trim() || '?',
    detail,
    kind,
    range: toRange(document, range),
    selectionRange: toRange(document, selection),
    children,
  };
}
