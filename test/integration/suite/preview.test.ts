import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PrivacyPolicyApi } from '../../../client/src/extension';
import type { PreviewRender } from '../../../client/src/preview/policyPreview';
import { validPolicy } from '../../support/serviceHarness';

// Helpers of their own, so this suite compiles before the shared integration support (issue 3) is merged;
// they do what test/integration/support/{extension,fixtures}.ts do there and can be replaced by them.

/** Polls a condition until it yields a value or the deadline passes; never a fixed sleep. */
async function waitFor<T>(what: string, condition: () => T | undefined | null | false, deadlineMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() - started > deadlineMs) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function activeApi(): Promise<PrivacyPolicyApi> {
  const extension = vscode.extensions.getExtension<PrivacyPolicyApi>('policy-dev.privacy-policy');
  assert.ok(extension, 'the extension is installed');
  const api = await waitFor('the extension to activate', () => extension.isActive && extension.exports);
  await api.ready();
  return api;
}

function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder;
}

async function writePolicy(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces the one occurrence of `find` in the document through a WorkspaceEdit, as another tool would. */
async function replace(document: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  const text = document.getText();
  const offset = text.indexOf(find);
  assert.ok(offset >= 0 && text.indexOf(find, offset + 1) < 0, `"${find}" occurs once`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + find.length)), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), `replaced "${find}"`);
}

/** The render of a document's current version, once the preview shows it. */
async function renderOf(document: vscode.TextDocument, what: string): Promise<PreviewRender> {
  const api = await activeApi();
  return waitFor(what, () => {
    const render = api.preview.lastRender();
    return render?.uri === document.uri.toString() && render.version === document.version && render;
  });
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('privacyPolicy.preview'));
}

suite('Preview', () => {
  suiteTeardown(closeAllEditors);

  test('"Open Preview to the Side" renders the policy at once beside the editor, titled with its name', async () => {
    const uri = await writePolicy('preview-open.policy.yaml', validPolicy);
    const editor = await openInEditor(uri);
    await activeApi();
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    const render = await renderOf(editor.document, 'the first render');
    assert.strictEqual(render.fullPage, true, 'the first render loads the page');
    assert.match(render.html, /<h1 id="titel"[^>]*>Datenschutzerklärung<\/h1>/);
    assert.match(render.html, /<h3 data-line="\d+">Kontaktdaten<\/h3>/);
    const tab = await waitFor('the preview tab', () => previewTabs()[0]);
    assert.match(tab.label, /^(Preview|Vorschau) preview-open\.policy\.yaml$/);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
  });

  test('editing the source through a WorkspaceEdit changes the preview in place, gaps included', async () => {
    const uri = await writePolicy('preview-edit.policy.yaml', validPolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await renderOf(editor.document, 'the first render');

    await replace(editor.document, 'title: Kontaktdaten', 'title: Kundendaten <b>neu</b>');
    const edited = await renderOf(editor.document, 'the preview to show the new title');
    assert.match(edited.html, /<h3 data-line="\d+">Kundendaten &lt;b&gt;neu&lt;\/b&gt;<\/h3>/, 'the new title, as escaped text');
    assert.strictEqual(edited.fullPage, false, 'updated in place');

    await replace(editor.document, '    retention: Drei Jahre nach Vertragsende.\n', '');
    const gap = await renderOf(editor.document, 'the preview to mark the missing retention');
    assert.match(gap.html, /<mark class="gap"[^>]*data-gap="retention"[^>]*>⚠ Speicherdauer fehlt<\/mark>/);
  });

  test('a burst of edits ends with the newest version, and no older version is shown after a newer one', async () => {
    const api = await activeApi();
    const uri = await writePolicy('preview-burst.policy.yaml', validPolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await renderOf(editor.document, 'the first render');
    const shown: number[] = [];
    const listener = api.preview.onDidRender((render) => render.uri === uri.toString() && shown.push(render.version));
    try {
      for (let index = 1; index <= 8; index++) await replace(editor.document, index === 1 ? 'Drei Jahre' : `Drei Jahre (${index - 1})`, `Drei Jahre (${index})`);
      const last = await renderOf(editor.document, 'the preview to catch up with the burst');
      assert.match(last.html, /Drei Jahre \(8\) nach Vertragsende\./);
      assert.deepStrictEqual(shown, [...shown].sort((a, b) => a - b), 'versions shown in order');
    } finally {
      listener.dispose();
    }
  });

  test('follows the active policy editor', async () => {
    const api = await activeApi();
    const first = await writePolicy('preview-first.policy.yaml', validPolicy);
    const second = await writePolicy('preview-second.policy.yaml', validPolicy.replace('Beispiel GmbH', 'Zweite GmbH'));
    await openInEditor(first);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await waitFor('the preview of the first policy', () => api.preview.lastRender()?.uri === first.toString());
    const document = await vscode.workspace.openTextDocument(second);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const render = await waitFor('the preview to follow the second policy', () => {
      const last = api.preview.lastRender();
      return last?.uri === second.toString() && last;
    });
    assert.match(render.html, /Zweite GmbH/);
    assert.strictEqual(previewTabs().length, 1, 'one preview, reused');
  });

  test('"Export HTML" writes a standalone page with the same body as the preview', async () => {
    const api = await activeApi();
    const uri = await writePolicy('preview-export.policy.yaml', validPolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    const render = await renderOf(editor.document, 'the preview');
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'preview-export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('privacyPolicy.exportHtml', uri, target);
    assert.strictEqual(written?.toString(), target.toString());
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(page.includes(`<div id="policy-root">${render.html}</div>`), 'the same body as the preview');
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.doesNotMatch(page, /<script/);
    assert.strictEqual(api.preview.previewedUri(), uri.toString());
  });
});
