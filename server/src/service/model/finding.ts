import type { Message } from '../l10n/messages';
import type { Span } from '../text/positions';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What settings may make of a rule: a severity, or `off`. */
export type SeveritySetting = Severity | 'off';

export interface RelatedFinding {
  readonly span: Span;
  readonly message: Message;
}

/** One problem in a policy, before it is put into words or given its configured severity. */
export interface Finding {
  /** Stable rule id (see rules/ruleCatalog.ts). */
  readonly rule: string;
  readonly span: Span;
  readonly message: Message;
  /** Set when one finding of a rule weighs differently from the rule's default. */
  readonly severity?: Severity;
  readonly related?: readonly RelatedFinding[];
  /** `unnecessary` fades the text in the editor, as for unused code. */
  readonly unnecessary?: boolean;
  /** Whatever a quick fix needs to repair this finding. */
  readonly fixData?: unknown;
}
