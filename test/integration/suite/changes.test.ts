import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activeApi,
  closeAllEditors,
  codeOf,
  currentDiagnostics,
  openInEditor,
  rangeOf,
  waitFor,
} from '../support/extension';
import { workspaceFolder } from '../support/fixtures';
import { historyRepository, POLICY_FILE } from '../../support/policyHistory';

/** The policy's history committed to a git repository in the workspace; the working tree holds version 2.3. */
function repository(name: string): vscode.Uri {
  const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', name);
  historyRepository(undefined, undefined, folder.fsPath);
  return vscode.Uri.joinPath(folder, POLICY_FILE);
}

async function replace(document: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, find), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), `replaced "${find}"`);
}

function editorOf(uri: vscode.Uri): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
}

suite('Show Changes Since …', () => {
  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('privacyPolicy')
      .update('compareWith', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  test('opens the German change notice beside the source, read-only Markdown, each entry linked to its line', async () => {
    const source = repository('changes-view');
    const editor = await openInEditor(source);
    const api = await activeApi();
    const view = await vscode.commands.executeCommand<vscode.Uri>('privacyPolicy.showChanges', source, 'v1.0');
    assert.ok(view, 'the command returns the view it opened');
    const shown = await waitFor('the view beside the source', () => editorOf(view));
    assert.notStrictEqual(shown.viewColumn, editor.viewColumn, 'beside the source');
    assert.strictEqual(shown.document.languageId, 'markdown');
    const text = shown.document.getText();
    for (const sentence of [
      'Neu: Wir übermitteln Kontaktdaten an die Versand Inc. in den USA (EU-US Data Privacy Framework).',
      'Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten zu einem weiteren Zweck: Reichweitenmessung.',
      'Geändert: Wir speichern Server-Log-Dateien länger als bisher.',
      'Entfallen: Wir übermitteln keine Daten mehr an den Empfänger „Paketdienstleister“.',
    ])
      assert.ok(text.includes(sentence), `the view says: ${sentence}\n${text}`);
    assert.ok(
      text.indexOf('zu einem weiteren Zweck') < text.indexOf('an die Versand Inc.'),
      'new purposes before new recipients',
    );

    // Each entry links to its place: the link provider's targets are the source at the entry's line.
    const answer = api.changes.lastChanges(view)!;
    assert.ok(answer.needsNotice);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', view);
    const recipientLine = rangeOf(editor.document, '  versand:').start.line;
    const toRecipient = links.find((link) => link.target?.fragment === `L${recipientLine + 1},3`);
    assert.ok(
      toRecipient,
      `a link to line ${recipientLine + 1}: ${links.map((link) => link.target?.toString()).join(', ')}`,
    );
    assert.strictEqual(toRecipient.target!.path, source.path);
    assert.match(shown.document.lineAt(toRecipient.range.start.line).text, /an die Versand Inc\. in den USA/);
    // Following it opens the source at that line (VS Code's opener reads the `L<line>,<column>` fragment).
    await vscode.commands.executeCommand('vscode.open', toRecipient.target);
    await waitFor(
      'the source with the cursor on the recipient',
      () =>
        vscode.window.activeTextEditor?.document.uri.path === source.path &&
        vscode.window.activeTextEditor.selection.active.line === recipientLine,
    );

    // The view follows edits of the source.
    await replace(editor.document, '30 Tage, danach', '60 Tage, danach');
    await waitFor('the view to show the edited retention', () =>
      editorOf(view)?.document.getText().includes('„60 Tage, danach automatische Löschung“'),
    );
  });

  test('with privacyPolicy.compareWith set, the checks across versions appear inline', async () => {
    const source = repository('changes-inline');
    const { document } = await openInEditor(source);
    await vscode.workspace
      .getConfiguration('privacyPolicy')
      .update('compareWith', 'HEAD', vscode.ConfigurationTarget.Workspace);
    await replace(document, 'version: "2.3"', 'version: "2.2"');
    const diagnostics = await waitFor('version-backwards inline', async () => {
      const current = await currentDiagnostics(document);
      return current.some((diagnostic) => codeOf(diagnostic) === 'version-backwards') && current;
    });
    const backwards = diagnostics.find((diagnostic) => codeOf(diagnostic) === 'version-backwards')!;
    assert.deepStrictEqual(backwards.range, rangeOf(document, '"2.2"'));
    assert.match(backwards.message, /HEAD/);
  });
});
