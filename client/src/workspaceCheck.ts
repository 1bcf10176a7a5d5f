import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../shared/product';
import { checkTextRequest, type CheckTextParams, type CheckTextResult } from '../../shared/protocol';

const POLICY_GLOB = '**/*.{policy.yaml,policy.yml}';

/**
 * "Check All Policy Files in Workspace": finds every policy file, opened or not, and shows the problems
 * of the ones not open in an editor in the Problems panel. Open files keep the problems the language
 * server publishes for them; a file's entry here is dropped when it opens (no duplicates) and made again
 * from the file on disk when it closes. Once run, the check follows files created, changed or deleted on disk.
 */
export class WorkspaceCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('privacyPolicy.workspace');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private watcher: vscode.FileSystemWatcher | undefined;

  constructor(private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.commands.registerCommand('privacyPolicy.checkWorkspace', () => this.checkAll()),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.isSynced(document)) this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.watcher && isPolicyUri(document.uri)) void this.checkFile(document.uri);
      }),
    );
  }

  /** Checks every policy file in the workspace; resolves with the number of files checked. */
  async checkAll(): Promise<{ files: number; errors: number; warnings: number }> {
    this.follow();
    const totals = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Checking policy files'),
        cancellable: true,
      },
      async (progress, token) => {
        const uris = (await vscode.workspace.findFiles(POLICY_GLOB, undefined, undefined, token)).filter(
          (uri) => !/[\\/]node_modules[\\/]/.test(uri.path),
        );
        uris.sort((a, b) => a.toString().localeCompare(b.toString()));
        let done = 0;
        for (const uri of uris) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          await this.checkFile(uri);
          done++;
        }
        // Files open in an editor are checked by the server as they are typed: count what it shows for them.
        let errors = 0;
        let warnings = 0;
        for (const uri of uris) {
          for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
            if (diagnostic.source !== LANGUAGE_ID) continue;
            if (diagnostic.severity === vscode.DiagnosticSeverity.Error) errors++;
            else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) warnings++;
          }
        }
        return { files: done, errors, warnings };
      },
    );
    const summary =
      totals.files === 0
        ? vscode.l10n.t('No policy files (*.policy.yaml, *.policy.yml) in the workspace.')
        : vscode.l10n.t(
            'Checked {0} policy files: {1} errors, {2} warnings.',
            totals.files,
            totals.errors,
            totals.warnings,
          );
    if (totals.errors + totals.warnings > 0) {
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showWarningMessage(summary);
    } else {
      void vscode.window.showInformationMessage(summary);
    }
    return totals;
  }

  /** Checks one file from disk, unless an editor holds it (then the server's own diagnostics stand). */
  private async checkFile(uri: vscode.Uri): Promise<void> {
    if (
      vscode.workspace.textDocuments.some(
        (document) => document.uri.toString() === uri.toString() && this.isSynced(document),
      )
    ) {
      this.collection.delete(uri);
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.collection.delete(uri); // gone or unreadable: nothing to show for it
      return;
    }
    try {
      const result = await this.client.sendRequest<CheckTextResult>(checkTextRequest, {
        uri: uri.toString(),
        text,
      } satisfies CheckTextParams);
      // The file may have been opened while the server checked it: then the server's diagnostics stand.
      if (
        vscode.workspace.textDocuments.some(
          (document) => document.uri.toString() === uri.toString() && this.isSynced(document),
        )
      )
        return;
      this.collection.set(uri, await this.client.protocol2CodeConverter.asDiagnostics(result.diagnostics));
    } catch (error) {
      this.client.warn(`checking ${uri.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** After a first check, files changed, created or deleted outside the editor are checked again. */
  private follow(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(POLICY_GLOB);
    this.disposables.push(
      this.watcher,
      this.watcher.onDidCreate((uri) => this.checkFile(uri)),
      this.watcher.onDidChange((uri) => this.checkFile(uri)),
      this.watcher.onDidDelete((uri) => this.collection.delete(uri)),
    );
  }

  /** Whether the language client sends this document to the server, which then publishes its problems. */
  private isSynced(document: vscode.TextDocument): boolean {
    return (
      document.languageId === LANGUAGE_ID &&
      vscode.languages.match((this.client.clientOptions.documentSelector ?? []) as vscode.DocumentSelector, document) >
        0
    );
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function isPolicyUri(uri: vscode.Uri): boolean {
  return /\.policy\.ya?ml$/i.test(uri.path);
}

/** Registers the command; returns what to dispose when the extension deactivates. */
export function registerWorkspaceCheck(client: LanguageClient): WorkspaceCheck {
  return new WorkspaceCheck(client);
}
