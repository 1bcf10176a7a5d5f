import { message } from '../l10n/messages';
import type { DefinitionKind } from '../schema/schemaTypes';
import { closestWord } from '../text/spelling';
import type { Rule } from './rule';

const listedIds = 20;

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
    for (const reference of model.references) {
      const defined = model.definitions[reference.target];
      if (defined.has(reference.id)) continue;
      const ids = [...defined.keys()];
      const suggestion = closestWord(reference.id, ids);
      const where = { id: reference.id, section: reference.target };
      if (suggestion !== undefined) {
        report({
          span: reference.span,
          message: message('unknownReference.didYouMean', { ...where, suggestion }),
          fixData: { define: reference.target, id: reference.id, suggestion },
        });
        continue;
      }
      const shown = ids.slice(0, listedIds).join(', ') + (ids.length > listedIds ? ', …' : '');
      report({
        span: reference.span,
        message: ids.length
          ? message('unknownReference', { ...where, defined: shown })
          : message('unknownReference.none', where),
        fixData: { define: reference.target, id: reference.id },
      });
    }
  },
};

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
