import type { PolicyModel } from '../model/model';
import { gap, paragraphsOf, placeholderGapLabel, text, type Block, type Piece } from './boundText';
import { placeholdersIn, splitPlaceholders, type LibraryClause } from './clauseLibrary';
import {
  describePlaceholder,
  isKnownPlaceholder,
  readPlaceholder,
  SECTION_FACTS,
  type PlaceholderScope,
  type PlaceholderValue,
} from './placeholders';
import { germanFormat, type PolicyFormat } from './policyFormat';

/** A clause text with the policy's data filled in. */
export interface BoundText {
  readonly blocks: readonly Block[];
  /** Known placeholders the policy gives no data for, in order of first use. */
  readonly missing: readonly string[];
  /** Placeholder names that mean nothing. */
  readonly unknown: readonly string[];
}

const lonePlaceholder = /^\s*\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}\s*$/u;

/**
 * Fills the placeholders of a clause text from a policy, in the format's language. A blank line separates
 * paragraphs, a line break stays a line break, and `{{section.facts}}` on a paragraph of its own marks where
 * the section's facts stand.
 */
export function bindText(
  source: string,
  model: PolicyModel,
  scope: PlaceholderScope = {},
  format: PolicyFormat = germanFormat,
): BoundText {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const cache = new Map<string, PlaceholderValue | undefined>();
  const resolve = (name: string): PlaceholderValue | undefined => {
    if (!cache.has(name))
      cache.set(name, isKnownPlaceholder(name) ? readPlaceholder(name, model, scope, format) : undefined);
    return cache.get(name);
  };
  const missingPiece = (name: string): Piece => {
    (isKnownPlaceholder(name) ? missing : unknown).add(name);
    return gap('placeholder', placeholderGapLabel(format.language, describePlaceholder(name)[format.language], name));
  };

  const blocks: Block[] = [];
  for (const paragraph of paragraphsOf(source)) {
    if (paragraph.length === 1 && lonePlaceholder.exec(paragraph[0])?.[1] === SECTION_FACTS) {
      blocks.push({ kind: 'facts' });
      continue;
    }
    const lines = paragraph.map((line) =>
      splitPlaceholders(line).map((part): Piece => {
        if ('text' in part) return text(part.text);
        // Facts stand on a paragraph of their own; inside a sentence the placeholder is left out.
        if (part.placeholder === SECTION_FACTS) return text('');
        const resolved = resolve(part.placeholder);
        return resolved
          ? { kind: 'value', name: part.placeholder, text: resolved.text }
          : missingPiece(part.placeholder);
      }),
    );
    blocks.push({ kind: 'paragraph', lines });
  }
  return { blocks, missing: [...missing], unknown: [...unknown] };
}

/** The inputs of a clause that the policy (or the item's scope) does not supply; cheaper than binding. */
export function missingInputs(clause: LibraryClause, model: PolicyModel, scope: PlaceholderScope = {}): string[] {
  return clause.inputs.filter((name) => name !== SECTION_FACTS && !readPlaceholder(name, model, scope));
}

/** The placeholders of an author's own text that mean nothing or have no data. */
export function textInputProblems(
  source: string,
  model: PolicyModel,
  scope: PlaceholderScope = {},
): { missing: string[]; unknown: string[] } {
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const name of placeholdersIn(source)) {
    if (!isKnownPlaceholder(name)) unknown.push(name);
    else if (name !== SECTION_FACTS && !readPlaceholder(name, model, scope)) missing.push(name);
  }
  return { missing, unknown };
}
