import type { Connection, DidChangeWatchedFilesParams } from 'vscode-languageserver/node';
import { isRuleConfigUri, RuleConfigStore } from '../files/ruleConfigStore';
import type { Locale } from '../service/l10n/messages';
import { ruleConfigDiagnostics } from '../service/features/ruleConfigDiagnostics';
import type { WorkspaceRoots } from '../files/workspaceRoots';

/**
 * The repository's `.privacy-policy.json` files: which one applies to each policy (looked for inside the
 * workspace folders only), and their own problems published at their place in the file (and cleared once fixed
 * or gone).
 */
export class ConfigFiles {
  private readonly store: RuleConfigStore;
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: () => Locale,
    roots: WorkspaceRoots,
  ) {
    this.store = new RuleConfigStore((dir) => roots.rootFor(dir));
  }

  rulesFor(uri: string) {
    return this.store.rulesFor(uri);
  }

  /** Looks up the file for a document; publishes the problems of a file seen for the first time. */
  loadFor(uri: string): void {
    const before = this.store.loaded().length;
    this.store.forDocument(uri);
    if (this.store.loaded().length !== before) this.publishProblems();
  }

  /** Whether a change on disk concerns a configuration file; if so, every lookup is made again. */
  filesChanged(params: DidChangeWatchedFilesParams, openUris: readonly string[]): boolean {
    const changes: unknown = params?.changes;
    if (!Array.isArray(changes)) return false;
    if (!changes.some((change) => typeof change?.uri === 'string' && isRuleConfigUri(change.uri))) return false;
    this.reload(openUris);
    return true;
  }

  /** Every lookup again: after a configuration file or the workspace folders changed. */
  reload(openUris: readonly string[]): void {
    this.store.clear();
    for (const uri of openUris) this.store.forDocument(uri);
    this.publishProblems();
  }

  publishProblems(): void {
    const current = new Set<string>();
    for (const loaded of this.store.loaded()) {
      current.add(loaded.uri);
      void this.connection.sendDiagnostics({
        uri: loaded.uri,
        diagnostics: ruleConfigDiagnostics(loaded.uri, loaded.text, loaded.config.problems, this.locale()),
      });
    }
    for (const uri of this.published)
      if (!current.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
    for (const uri of current) this.published.add(uri);
  }
}
