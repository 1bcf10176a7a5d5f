/**
 * Policy files for the integration tests, made from the unit tests' `completePolicy` (which passes every
 * check, with dates recent for the real clock the server uses) with one defect each, so that the diagnostics
 * each file must get follow from the rules alone.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { completePolicy, daysAgo } from '../../support/serviceHarness';
import { extension } from './extension';

export { completePolicy, daysAgo };

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens test/integration/workspace (a temporary copy of it) as the workspace folder');
  return folder;
}

/** `completePolicy` with exactly one piece of text replaced: a string, or the one match of a pattern. */
export function completePolicyWith(find: string | RegExp, replacement: string): string {
  const matches =
    typeof find === 'string'
      ? completePolicy.split(find).length - 1
      : (completePolicy.match(new RegExp(find.source, 'g')) ?? []).length;
  assert.strictEqual(matches, 1, `${String(find)} occurs exactly once in completePolicy`);
  return completePolicy.replace(find, () => replacement);
}

/** Writes a policy into the (temporary) workspace folder and returns its URI. */
export async function writePolicy(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** A file of the fixture workspace (test/integration/workspace). */
export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

/** The seed example the extension ships with (examples/ in the repository and in the .vsix). */
export function seedExample(): vscode.Uri {
  return vscode.Uri.joinPath(extension().extensionUri, 'examples', 'help-desk-migration.policy.yaml');
}
