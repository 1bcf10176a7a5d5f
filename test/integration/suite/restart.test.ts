import * as assert from 'assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import {
  activeApi,
  closeAllEditors,
  currentDiagnostics,
  expected,
  openInEditor,
  summary,
  waitFor,
} from '../support/extension';
import { completePolicyWith, writePolicy } from '../support/fixtures';

suite('Restart command', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    ({ document } = await openInEditor(
      await writePolicy('restart.policy.yaml', completePolicyWith(/published: .*/, 'published: 2025-13-01')),
    ));
  });
  suiteTeardown(closeAllEditors);

  test('is registered once a policy is open', async () => {
    await activeApi();
    assert.ok((await vscode.commands.getCommands(true)).includes('privacyPolicy.restartServer'));
  });

  test('restarts the language server, which checks the open policies again', async () => {
    const before = await currentDiagnostics(document);
    assert.deepStrictEqual(before.map(summary), [expected(document, 'invalid-date', '2025-13-01')]);

    const api = await activeApi();
    const firstCheck = api.lastValidation(document.uri.toString());
    const states: State[] = [];
    const listener = api.client.onDidChangeState((event) => states.push(event.newState));
    try {
      await vscode.commands.executeCommand('privacyPolicy.restartServer');
      await waitFor('the language server to run again', () => api.client.state === State.Running);
      // The restarted server is told about the open document and checks it anew.
      const secondCheck = await waitFor('a new check of the open policy', () => {
        const validation = api.lastValidation(document.uri.toString());
        return validation !== firstCheck && validation;
      });
      assert.strictEqual(secondCheck.version, document.version);
    } finally {
      listener.dispose();
    }
    assert.ok(
      states.includes(State.Stopped) || states.includes(State.Starting),
      `the server went down and up: ${states.join(', ')}`,
    );
    assert.deepStrictEqual((await currentDiagnostics(document)).map(summary), [
      expected(document, 'invalid-date', '2025-13-01'),
    ]);
  });
});
