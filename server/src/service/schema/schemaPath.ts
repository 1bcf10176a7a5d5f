import { policySchema } from './policySchema';
import type { FieldSchema } from './schemaTypes';

/** The schema of the value at a structure path (see features/linePath.ts); `-` steps into a list item. */
export function schemaAtPath(segments: readonly string[]): FieldSchema | undefined {
  let current: FieldSchema | undefined = policySchema;
  for (const segment of segments) {
    if (!current) return undefined;
    switch (current.kind) {
      case 'object':
        current = Object.prototype.hasOwnProperty.call(current.fields, segment) ? current.fields[segment] : undefined;
        break;
      case 'definitions':
        current = segment === '-' ? undefined : current.entry;
        break;
      case 'list':
        // The single form of an object list (`automatedDecisions:` with keys) is its item.
        if (segment === '-') current = current.item;
        else if (current.orSingle && current.item.kind === 'object')
          current = Object.prototype.hasOwnProperty.call(current.item.fields, segment)
            ? current.item.fields[segment]
            : undefined;
        else current = undefined;
        break;
      default:
        return undefined;
    }
  }
  return current;
}
