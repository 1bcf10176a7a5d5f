import type { ClauseLibrary } from '../clauses/clauseLibrary';
import type { Bilingual } from '../l10n/messages';
import type { Finding, Severity } from '../model/finding';
import type { PolicyModel } from '../model/model';
import type { LegalSource } from '../schema/law/sources';

export interface RuleMeta {
  /** Stable id: used in settings, suppression comments, the CLI and the documentation. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly title: Bilingual;
  /** What the rule checks and why. */
  readonly description: Bilingual;
  /** The provisions the rule follows from, if any. */
  readonly articles?: string;
  /** Where the rule's legal facts come from, with what is not verified (docs/rules.md lists them). */
  readonly sources?: readonly LegalSource[];
}

export interface RuleContext {
  readonly model: PolicyModel;
  /** The whole text: joined on first use, so read `slice` where a part is enough. */
  readonly text: string;
  /** The characters between two offsets, read without joining the whole text. */
  slice(start: number, end: number): string;
  readonly library: ClauseLibrary;
  /** Today, for checks that depend on the date; fixed in tests. */
  readonly today: Date;
  report(finding: Omit<Finding, 'rule'>): void;
}

/** A check that runs over the whole model of one policy. */
export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}
