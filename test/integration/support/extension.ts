/** Helpers for tests that run inside VS Code's extension host (web workbench or desktop). */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PrivacyPolicyApi } from '../../../client/src/extension';

// Public contracts (users' settings, file associations and problem filters name them), so written out here
// rather than imported from the code under test.
export const EXTENSION_ID = 'policy-dev.privacy-policy';
export const LANGUAGE_ID = 'privacy-policy';
export const DIAGNOSTIC_SOURCE = 'privacy-policy';

/** How long a condition may take before the test fails: generous, since CI machines are shared and slow. */
export const DEADLINE_MS = 30_000;

/**
 * Polls a condition until it yields a value (anything but undefined, null or false) or the deadline passes.
 * `describe` says what was awaited, and is shown with the last value seen when it fails.
 */
export async function waitFor<T>(
  describe: string,
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  deadlineMs = DEADLINE_MS,
): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== undefined && value !== null && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > deadlineMs) {
      throw new Error(
        `timed out after ${deadlineMs} ms waiting for ${describe}; last seen: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function extension(): vscode.Extension<PrivacyPolicyApi> {
  const found = vscode.extensions.getExtension<PrivacyPolicyApi>(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is installed`);
  return found;
}

/** The extension's API once it is active and its server answered `initialize`. */
export async function activeApi(): Promise<PrivacyPolicyApi> {
  const ext = extension();
  const api = await waitFor('the extension to activate', () => ext.isActive && ext.exports);
  await api.ready();
  return api;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/**
 * The extension's diagnostics for the document as it is now. The server publishes a version's diagnostics
 * and then reports that version checked, with its numbers of problems and hints; the client applies diagnostics
 * asynchronously, so this waits until that version was reported and the diagnostics shown are as many as
 * the server found for it. (Every test's expected change alters that number, so stale ones cannot pass.)
 */
export async function currentDiagnostics(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const api = await activeApi();
  const uri = document.uri.toString();
  return waitFor(
    `the diagnostics of ${vscode.workspace.asRelativePath(document.uri)} version ${document.version}`,
    () => {
      const validation = api.lastValidation(uri);
      if (validation?.version !== document.version) return false;
      const diagnostics = vscode.languages
        .getDiagnostics(document.uri)
        .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
      return diagnostics.length === validation.problems + validation.hints && diagnostics;
    },
  );
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** A diagnostic as `rule@line:col-line:col` (0-based, as in the API), for exact and readable comparisons. */
export function summary(diagnostic: vscode.Diagnostic): string {
  return at(codeOf(diagnostic), diagnostic.range);
}

export function at(rule: string, { start, end }: vscode.Range): string {
  return `${rule}@${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The range of the `occurrence`-th appearance of `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = document.getText();
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/** The range of an entry's id where it is defined (`  id:` under purposes, recipients or categories). */
export function definitionOf(document: vscode.TextDocument, id: string): vscode.Range {
  const line = rangeOf(document, `\n  ${id}:`);
  const start = new vscode.Position(line.start.line + 1, 2);
  return new vscode.Range(start, start.translate(0, id.length));
}

/** `rule@range` for the `occurrence`-th appearance of `needle`, in the form of `summary`. */
export function expected(document: vscode.TextDocument, rule: string, needle: string, occurrence = 0): string {
  return at(rule, rangeOf(document, needle, occurrence));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
