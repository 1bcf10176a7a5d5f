import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, extension, LANGUAGE_ID, openInEditor, waitFor } from '../support/extension';
import { completePolicy, workspaceFile, writePolicy } from '../support/fixtures';

// The suite index runs this file first: nothing before it has opened a policy.
suite('Activation', () => {
  suiteTeardown(closeAllEditors);

  test('the manifest activates on the policy language only', () => {
    const manifest = extension().packageJSON as {
      activationEvents?: string[];
      contributes: { languages: Array<{ id: string; extensions: string[] }> };
    };
    const eager = (manifest.activationEvents ?? []).filter(
      (event) => !event.startsWith(`onLanguage:${LANGUAGE_ID}`) && !event.startsWith('onCommand:'),
    );
    assert.deepStrictEqual(eager, [], 'no activation event other than the policy language and its commands');
    const language = manifest.contributes.languages.find((entry) => entry.id === LANGUAGE_ID);
    assert.deepStrictEqual(language?.extensions, ['.policy.yaml', '.policy.yml']);
  });

  test('the extension stays inactive while only other files are open', async () => {
    const ext = extension();
    assert.strictEqual(ext.isActive, false, 'not active after the workbench started');

    const notes = await openInEditor(workspaceFile('notes.yaml'));
    assert.strictEqual(notes.document.languageId, 'yaml');
    const readme = await openInEditor(workspaceFile('README.md'));
    assert.strictEqual(readme.document.languageId, 'markdown');
    // A round trip through the workbench: language-triggered activations for these documents were sent
    // to the extension host before this answer comes back.
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', notes.document.uri);
    assert.strictEqual(ext.isActive, false, 'YAML and Markdown files do not activate the extension');
  });

  test('opening a policy file activates it and starts the language server', async () => {
    const uri = await writePolicy('activation.policy.yaml', completePolicy);
    const editor = await openInEditor(uri);
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    const api = await activeApi();
    assert.strictEqual(api.client.isRunning(), true);
    await waitFor('the first check of the opened policy', () => api.lastValidation(uri.toString()));
  });
});
