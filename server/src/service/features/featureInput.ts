import type { PolicyDocument } from '../text/policyDocument';
import type { ClauseLibrary } from '../clauses/clauseLibrary';
import type { Locale } from '../l10n/messages';
import type { PolicyModel } from '../model/model';

/** What an editor feature needs to know about one version of a document. */
export interface FeatureInput {
  readonly document: PolicyDocument;
  readonly text: string;
  readonly lineStarts: readonly number[];
  readonly model: PolicyModel;
  readonly library: ClauseLibrary;
  readonly locale: Locale;
}
