import type { Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../text/policyDocument';
import { localize, message, type Locale } from '../l10n/messages';
import type { Definition, PolicyModel } from '../model/model';
import type { DefinitionKind } from '../schema/schemaTypes';
import { symbolAt, unquotedSpan } from './cursor';
import { toRange, type Span } from '../text/positions';

export function definitionAt(document: PolicyDocument, model: PolicyModel, offset: number): Location[] {
  const symbol = symbolAt(model, offset);
  const definition = symbol?.definition;
  return definition ? [{ uri: document.uri, range: toRange(document, definition.idSpan) }] : [];
}

/** Every place an id stands: its definition(s), if asked, and every reference to it. */
export function referencesAt(
  document: PolicyDocument,
  model: PolicyModel,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const target = targetAt(model, offset);
  if (!target) return [];
  return occurrences(model, target.kind, target.id, includeDeclaration).map((span) => ({
    uri: document.uri,
    range: toRange(document, span),
  }));
}

export function prepareRenameAt(
  document: PolicyDocument,
  text: string,
  model: PolicyModel,
  offset: number,
): { range: Range; placeholder: string } | null {
  const symbol = symbolAt(model, offset);
  if (!symbol) return null;
  const span = symbol.kind === 'reference' ? symbol.reference.span : symbol.definition.idSpan;
  const id = symbol.kind === 'reference' ? symbol.reference.id : symbol.definition.id;
  return { range: toRange(document, unquotedSpan(text, span)), placeholder: id };
}

export class RenameError extends Error {}

const safeId = /^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u;

/** Renames an id at its definitions and every reference; quoting around each occurrence stays as it was. */
export function renameAt(
  document: PolicyDocument,
  text: string,
  model: PolicyModel,
  offset: number,
  newName: string,
  locale: Locale,
): WorkspaceEdit | null {
  const target = targetAt(model, offset);
  if (!target) return null;
  if (!safeId.test(newName) || newName === 'none') {
    throw new RenameError(localize(locale, message('renameInvalid', { name: newName })));
  }
  if (newName !== target.id && model.definitions[target.kind].has(newName)) {
    throw new RenameError(localize(locale, message('renameTaken', { name: newName, section: target.kind })));
  }
  const edits: TextEdit[] = occurrences(model, target.kind, target.id, true).map((span) => ({
    range: toRange(document, unquotedSpan(text, span)),
    newText: newName,
  }));
  return { changes: { [document.uri]: edits } };
}

function targetAt(model: PolicyModel, offset: number): { kind: DefinitionKind; id: string } | undefined {
  const symbol = symbolAt(model, offset);
  if (!symbol) return undefined;
  return symbol.kind === 'reference'
    ? { kind: symbol.reference.target, id: symbol.reference.id }
    : { kind: symbol.definition.kind, id: symbol.definition.id };
}

function occurrences(model: PolicyModel, kind: DefinitionKind, id: string, includeDeclaration: boolean): Span[] {
  const spans: Span[] = [];
  if (includeDeclaration) {
    const all: readonly Definition[] =
      kind === 'purposes' ? model.purposes : kind === 'recipients' ? model.recipients : model.categories;
    for (const definition of all) if (definition.id === id) spans.push(definition.idSpan);
  }
  for (const reference of model.references)
    if (reference.target === kind && reference.id === id) spans.push(reference.span);
  return spans.sort((a, b) => a.start - b.start);
}
