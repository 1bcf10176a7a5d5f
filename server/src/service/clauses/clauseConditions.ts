import type { PolicyModel } from '../model/model';
import type { ClauseCondition, LibraryClause } from './clauseLibrary';
import type { PlaceholderScope } from './placeholders';
import { automatedDecisionsOf, basesOf, hasThirdCountryTransfer, isFromElsewhere, purposesOf } from './policyFacts';

/** Whether the policy's data states what a condition takes for granted. */
export function conditionMet(condition: ClauseCondition, model: PolicyModel, scope: PlaceholderScope): boolean {
  switch (condition.kind) {
    case 'basis': {
      const purposes =
        condition.of === 'category' ? (scope.category ? purposesOf(model, scope.category) : []) : model.purposes;
      const bases = basesOf(purposes);
      return condition.bases.some((basis) => bases.has(basis));
    }
    case 'right':
      return (model.root.fields.rights?.items ?? []).some((right) => right.value === condition.right);
    case 'data':
      switch (condition.part) {
        case 'representative':
        case 'dpo':
          return model.root.fields.controller?.fields[condition.part] !== undefined;
        case 'cookies':
          return (model.root.fields.cookies?.items.length ?? 0) > 0;
        case 'automatedDecisions':
          return automatedDecisionsOf(model).length > 0;
        case 'supervisoryAuthority':
          // "Für uns zuständig ist:" needs an authority; a controller without an establishment in the Union has none.
          return Boolean(model.root.fields.supervisoryAuthority?.fields.name?.text.trim());
        default:
          return model.root.fields[condition.part] !== undefined;
      }
    case 'role': {
      const recipients = condition.of === 'recipient' ? (scope.recipient ? [scope.recipient] : []) : model.recipients;
      return recipients.some((recipient) => {
        const role = recipient.value?.fields.role?.value;
        return role !== undefined && condition.roles.includes(role);
      });
    }
    case 'thirdCountry':
      return hasThirdCountryTransfer(model);
    case 'channel':
      return (scope.category?.value?.fields.channels?.items ?? []).some((channel) =>
        condition.channels.includes(channel.value),
      );
    case 'generated':
      return scope.category?.value?.fields.origin?.value === 'generated';
    case 'fromElsewhere':
      return model.categories.some(isFromElsewhere);
    case 'obligation':
      return model.categories.some((category) => category.value?.fields.obligation !== undefined);
    case 'cookieBasis':
      return (model.root.fields.cookies?.items ?? []).some((cookie) => cookie.fields.basis?.value === condition.basis);
    case 'https':
      return /^https:\/\//i.test(model.root.fields.policy?.fields.url?.text.trim() ?? '');
  }
}

/** The conditions of a library clause the policy's data does not meet. */
export function unmetConditions(clause: LibraryClause, model: PolicyModel, scope: PlaceholderScope): ClauseCondition[] {
  return (clause.conditions ?? []).filter((condition) => !conditionMet(condition, model, scope));
}
