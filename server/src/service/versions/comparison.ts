/**
 * Comparing a policy with its previous version: the diff, the change notice and the checks across versions in
 * one call, for the language service, the command line and the editor's "Show Changes".
 */
import type { ClauseLibrary } from '../clauses/clauseLibrary';
import type { Locale } from '../l10n/messages';
import type { Finding } from '../model/finding';
import type { PolicyModel } from '../model/model';
import { buildModel } from '../model/modelBuilder';
import { isEntrySection } from '../schema/policySchema';
import { ChunkCache, parseDocument } from '../syntax/documentParser';
import { PolicyDocument } from '../text/policyDocument';
import { diffSnapshots, type PolicyDiff } from './diff';
import { snapshotOf, type PolicySnapshot } from './snapshot';

export { snapshotOf };
import { changeNotice, type ChangeNotice } from './notice';
import { versionFindings } from './versionChecks';

/** The previous version of a policy, as the service is told it. */
export interface PreviousVersion {
  readonly text: string;
  /** How it is named in messages: "HEAD", "v3.0", "datenschutz-alt.policy.yaml". */
  readonly label: string;
}

export interface VersionComparison {
  readonly diff: PolicyDiff;
  readonly notice: ChangeNotice;
  readonly findings: readonly Finding[];
}

export interface CompareOptions {
  readonly library?: ClauseLibrary;
  /** The notice's language; by default the policy's own. */
  readonly language?: Locale;
  /** Applied to author text in the notice (Markdown escaping). */
  readonly escape?: (text: string) => string;
}

/** The model of a text read on its own (a previous version is never edited, so nothing is cached). */
export function modelOfText(text: string, uri = 'previous:///policy.policy.yaml'): PolicyModel {
  const parsed = parseDocument(PolicyDocument.create(uri, 'privacy-policy', 0, text), isEntrySection, new ChunkCache());
  return buildModel(parsed);
}

export function comparePolicies(
  before: PolicyModel,
  after: PolicyModel,
  base: string,
  options: CompareOptions = {},
): VersionComparison {
  return compareWithSnapshot(snapshotOf(before, options.library), after, base, options);
}

/** As comparePolicies, with the earlier version's snapshot made already: it stays the same while its text does. */
export function compareWithSnapshot(
  before: PolicySnapshot,
  after: PolicyModel,
  base: string,
  options: CompareOptions = {},
): VersionComparison {
  const diff = diffSnapshots(before, snapshotOf(after, options.library));
  const notice = changeNotice(diff, { language: options.language, escape: options.escape });
  // The checks read the notice as readers would: in plain text, whatever the caller's escaping.
  const plain = options.escape ? changeNotice(diff, { language: options.language }) : notice;
  return { diff, notice, findings: versionFindings({ model: after, diff, notice: plain, base }) };
}
