import { MarkupKind, SymbolKind, type DocumentSymbol, type Hover } from 'vscode-languageserver-types';
import type { Locale } from '../l10n/messages';
import { policySchema } from '../schema/policySchema';
import { blockHeader, keyIndicator, notAKeyStart } from '../syntax/yamlLine';
import type { PolicyDocument } from '../text/policyDocument';
import { toRange } from '../text/positions';
import { describeField } from './hover';

/**
 * What a document too large to be read (see LARGE_DOCUMENT_CHARS) still gets, from single lines and never from
 * the whole text: an outline of its top-level keys, and on such a key the documentation of its section.
 */

/** An outline of a million keys helps nobody and costs a client as much as the server. */
export const MAX_LARGE_DOCUMENT_SYMBOLS = 1000;

/** The top-level keys (lines at column 0 that start a key), each with its lines up to the next one. */
export function largeDocumentSymbols(document: PolicyDocument): DocumentSymbol[] {
  const text = document.text;
  const keys: Array<{ name: string; start: number; keyEnd: number }> = [];
  for (let lineStart = 0; lineStart < text.length && keys.length <= MAX_LARGE_DOCUMENT_SYMBOLS;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const first = text.charAt(lineStart);
    if (first !== undefined && !notAKeyStart.has(first)) {
      // Only the start of the line is cut out: a line may be megabytes long.
      const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
      const colon = keyIndicator.exec(head);
      if (colon)
        keys.push({ name: head.slice(0, colon.index).trim(), start: lineStart, keyEnd: lineStart + colon.index });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  const shown = keys.slice(0, MAX_LARGE_DOCUMENT_SYMBOLS);
  return shown.map((key, index) => {
    const end = index + 1 < keys.length ? keys[index + 1].start : text.length;
    return {
      name: key.name || '?',
      kind: SymbolKind.Namespace,
      range: toRange(document, { start: key.start, end }),
      selectionRange: toRange(document, { start: key.start, end: key.keyEnd }),
    };
  });
}

/** On a top-level key of the format: what the section is for. Elsewhere nothing. */
export function largeDocumentHover(document: PolicyDocument, offset: number, locale: Locale): Hover | null {
  const { line } = document.positionAt(offset);
  const range = document.getLineRange(line);
  const start = document.offsetAt(range.start);
  const head = document.text.slice(start, Math.min(document.offsetAt(range.end), start + 200));
  const header = blockHeader.exec(head) ?? /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:/.exec(head);
  if (!header || offset > start + header[1].length) return null;
  const key = header[1];
  if (!Object.prototype.hasOwnProperty.call(policySchema.fields, key)) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: describeField(key, policySchema.fields[key], locale) },
    range: toRange(document, { start, end: start + key.length }),
  };
}
