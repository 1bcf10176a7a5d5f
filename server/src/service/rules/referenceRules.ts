import { message, type Message } from '../l10n/messages';
import type { PolicyModel, RefValue } from '../model/model';
import type { DefinitionKind } from '../schema/schemaTypes';
import { closestWord } from '../text/spelling';
import type { Rule } from './rule';

const listedIds = 20;
const SUGGESTION_BUDGET = 200_000;

export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    title: { de: 'Verweis auf nicht definierte Id', en: 'Reference to an undefined id' },
    description: {
      de: 'Jede Id in purposes, recipients oder categories einer Datenkategorie, Übermittlung oder eines Cookies muss im jeweiligen Abschnitt definiert sein.',
      en: 'Every id a data category, transfer or cookie lists under purposes, recipients or categories must be defined in that section.',
    },
  },
  check({ model, report }) {
    // Per section, once: listing the ids for each unknown reference made thousands of them cost quadratic time.
    const shownIds = new Map<DefinitionKind, string>();
    const idLists = new Map<DefinitionKind, string[]>();
    // Each suggestion compares the id with every defined one: past this many comparisons in one check (a
    // generated file with thousands of unknown references), the rest are reported without one.
    let comparisonsLeft = SUGGESTION_BUDGET;
    const suggest = (reference: RefValue): string | undefined => {
      let ids = idLists.get(reference.target);
      if (!ids) idLists.set(reference.target, (ids = [...model.definitions[reference.target].keys()]));
      if (comparisonsLeft < ids.length) return undefined;
      comparisonsLeft -= ids.length;
      return closestWord(reference.id, ids);
    };
    for (const reference of model.references) {
      const defined = model.definitions[reference.target];
      if (defined.has(reference.id)) continue;
      const suggestion = suggest(reference);
      if (suggestion !== undefined) {
        report({
          span: reference.span,
          message: message('unknownReference.didYouMean', {
            id: reference.id,
            section: reference.target,
            suggestion,
          }),
          fixData: { define: reference.target, id: reference.id, suggestion },
        });
        continue;
      }
      report({
        span: reference.span,
        message: unknownReferenceMessage(model, reference, shownIds),
        fixData: { define: reference.target, id: reference.id },
      });
    }
  },
};

/** What an unknown reference is told: the ids its section defines (the first 20), or that it defines none. */
export function unknownReferenceMessage(
  model: PolicyModel,
  reference: RefValue,
  shownIds: Map<DefinitionKind, string> = new Map(),
): Message {
  const defined = model.definitions[reference.target];
  if (defined.size === 0) return message('unknownReference.none', { id: reference.id, section: reference.target });
  let shown = shownIds.get(reference.target);
  if (shown === undefined) {
    const ids: string[] = [];
    for (const id of defined.keys()) {
      if (ids.length === listedIds) break;
      ids.push(id);
    }
    shown = ids.join(', ') + (defined.size > listedIds ? ', …' : '');
    shownIds.set(reference.target, shown);
  }
  return message('unknownReference', { id: reference.id, section: reference.target, defined: shown });
}

/** Categories are the unit of a policy and need no reference; purposes and recipients exist to be used. */
const mustBeUsed: readonly DefinitionKind[] = ['purposes', 'recipients'];

export const unusedDefinition: Rule = {
  meta: {
    id: 'unused-definition',
    defaultSeverity: 'hint',
    title: { de: 'Unbenutzte Definition', en: 'Unused definition' },
    description: {
      de: 'Ein Zweck oder Empfänger, auf den keine Datenkategorie, Übermittlung und kein Cookie verweist, steht ohne Bezug in der Erklärung.',
      en: 'A purpose or recipient that no data category, transfer or cookie refers to stands in the policy without connection.',
    },
  },
  check({ model, report }) {
    // The definitions referred to, not their ids as new strings: this runs on every keystroke.
    const used = new Set<unknown>();
    for (const reference of model.references) {
      if (mustBeUsed.includes(reference.target)) used.add(model.definitions[reference.target].get(reference.id));
    }
    for (const kind of mustBeUsed) {
      for (const [id, definition] of model.definitions[kind]) {
        if (used.has(definition)) continue;
        report({
          span: definition.idSpan,
          message: message('unusedDefinition', { kind: message(`kind.${kind}`), id }),
          unnecessary: true,
        });
      }
    }
  },
};
