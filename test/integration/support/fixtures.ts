/**
 * Policy files for the integration tests, made from the unit tests' `validPolicy` (which passes every check)
 * with one defect each, so that the diagnostics each file must get follow from the rules alone.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { validPolicy } from '../../support/serviceHarness';
import { extension } from './extension';

export { validPolicy };

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens test/integration/workspace (a temporary copy of it) as the workspace folder');
  return folder;
}

/** `validPolicy` with exactly one piece of text replaced. */
export function validPolicyWith(find: string, replacement: string): string {
  const at = validPolicy.indexOf(find);
  assert.ok(at >= 0 && validPolicy.indexOf(find, at + 1) < 0, `"${find}" occurs exactly once in validPolicy`);
  return validPolicy.slice(0, at) + replacement + validPolicy.slice(at + find.length);
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
