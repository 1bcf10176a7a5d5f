import type { PolicyModel, TextMapValue } from '../model/model';
import { gap, paragraphsOf, text, type Block, type Piece } from './boundText';
import { placeholdersIn, splitPlaceholders, type LibraryClause } from './clauseLibrary';
import { describePlaceholder, isKnownPlaceholder, readPlaceholder, type PlaceholderValue } from './placeholders';

/** A clause text with the policy's data filled in. */
export interface BoundText {
  readonly blocks: readonly Block[];
  /** Known placeholders the policy gives no data for, in order of first use. */
  readonly missing: readonly string[];
  /** Placeholder names that mean nothing. */
  readonly unknown: readonly string[];
}

/**
 * Fills the placeholders of a German text from a policy. A blank line separates paragraphs, a line break stays
 * a line break, and a paragraph that is nothing but a list placeholder becomes a list.
 */
export function bindText(source: string, model: PolicyModel, params: TextMapValue | undefined): BoundText {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const cache = new Map<string, PlaceholderValue | undefined>();
  const resolve = (name: string): PlaceholderValue | undefined => {
    if (!cache.has(name)) cache.set(name, isKnownPlaceholder(name) ? readPlaceholder(name, model, params) : undefined);
    return cache.get(name);
  };
  const missingPiece = (name: string): Piece => {
    (isKnownPlaceholder(name) ? missing : unknown).add(name);
    return gap('placeholder', `${describePlaceholder(name).de} fehlt ({{${name}}})`);
  };

  const blocks: Block[] = [];
  for (const paragraph of paragraphsOf(source)) {
    const lone = paragraph.length === 1 ? /^\s*\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}\s*$/u.exec(paragraph[0]) : null;
    const loneValue = lone ? resolve(lone[1]) : undefined;
    if (lone && loneValue?.kind === 'list') {
      blocks.push({ kind: 'list', items: loneValue.items });
      continue;
    }
    const lines = paragraph.map((line) =>
      splitPlaceholders(line).flatMap((part): Piece[] => {
        if ('text' in part) return [text(part.text)];
        const resolved = resolve(part.placeholder);
        if (!resolved) return [missingPiece(part.placeholder)];
        if (resolved.kind === 'text') return [{ kind: 'value', name: part.placeholder, text: resolved.text }];
        return resolved.items.flatMap((item, index) => (index ? [text('; '), ...item] : [...item]));
      }),
    );
    blocks.push({ kind: 'paragraph', lines });
  }
  return { blocks, missing: [...missing], unknown: [...unknown] };
}

/** The inputs of a clause that the policy (or the item's `with:`) does not supply; cheaper than binding. */
export function missingInputs(clause: LibraryClause, model: PolicyModel, params: TextMapValue | undefined): string[] {
  return clause.inputs.filter((name) => !readPlaceholder(name, model, params));
}

/** The placeholders of an author's own text that mean nothing or have no data. */
export function textInputProblems(
  source: string,
  model: PolicyModel,
  params: TextMapValue | undefined,
): { missing: string[]; unknown: string[] } {
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const name of placeholdersIn(source)) {
    if (!isKnownPlaceholder(name)) unknown.push(name);
    else if (!readPlaceholder(name, model, params)) missing.push(name);
  }
  return { missing, unknown };
}
