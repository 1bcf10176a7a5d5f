import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activeApi,
  closeAllEditors,
  codeOf,
  currentDiagnostics,
  DIAGNOSTIC_SOURCE,
  openInEditor,
  waitFor,
} from '../support/extension';
import { completePolicy, completePolicyWith, writePolicy } from '../support/fixtures';

/** The purpose "vertrag" defined twice: one duplicate-id error, on the second definition. */
const duplicatePurpose = completePolicyWith(
  'purposes:\n',
  'purposes:\n  vertrag:\n    title: Doppelt\n    legalBasis: [art6-1-b]\n',
);
const duplicateLine = duplicatePurpose.split('\n').lastIndexOf('  vertrag:');

function policyProblems(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
    .map((diagnostic) => `${codeOf(diagnostic)}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`);
}

suite('Tasks: privacy-policy lint with the $privacy-policy problem matcher', () => {
  test('a task per workspace folder runs the bundled command line, and its problems reach the Problems panel', async () => {
    const uri = await writePolicy('task-duplicate.policy.yaml', duplicatePurpose);
    // Asking for the task type activates the extension (onTaskType), which provides the tasks.
    const tasks = await vscode.tasks.fetchTasks({ type: 'privacy-policy' });
    assert.strictEqual(tasks.length, vscode.workspace.workspaceFolders?.length);
    const [task] = tasks;
    assert.ok(task.execution instanceof vscode.ProcessExecution);
    assert.deepStrictEqual(task.execution.args.slice(1, 4), ['lint', '--format', 'compact']);
    assert.match(task.execution.args[0], /server[\\/]out[\\/]cli\.js$/);
    assert.deepStrictEqual(task.problemMatchers, ['$privacy-policy']);

    let exitCode: number | undefined;
    let ended = false;
    const listener = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution.task.definition.type !== 'privacy-policy') return;
      exitCode = event.exitCode;
      ended = true;
    });
    try {
      await vscode.tasks.executeTask(task);
      await waitFor('the task to end', () => ended);
    } finally {
      listener.dispose();
    }
    assert.strictEqual(exitCode, 1, 'errors found: exit code 1');
    // Nothing opened this file and the workspace check has not run: the problem comes from the matcher.
    const problems = await waitFor('the problem matcher to report the file', () =>
      policyProblems(uri).length ? policyProblems(uri) : undefined,
    );
    assert.deepStrictEqual(problems, [`duplicate-id@${duplicateLine}:2`]);
  });
});

suite('Check All Policy Files in Workspace', () => {
  teardown(closeAllEditors);

  test('reports files that are not open, once each, and follows them on disk', async () => {
    const broken = await writePolicy('check-duplicate.policy.yaml', duplicatePurpose);
    const clean = await writePolicy('check-clean.policy.yml', completePolicy);

    // The command activates the extension by itself.
    const totals = await vscode.commands.executeCommand<{ files: number; errors: number }>(
      'privacyPolicy.checkWorkspace',
    );
    await activeApi();
    assert.ok(totals.files >= 2, JSON.stringify(totals));
    assert.ok(totals.errors >= 1, JSON.stringify(totals));
    assert.ok(
      !vscode.workspace.textDocuments.some((document) => document.uri.toString() === broken.toString()),
      'the command opened no document',
    );
    assert.deepStrictEqual(policyProblems(broken), [`duplicate-id@${duplicateLine}:2`]);
    assert.deepStrictEqual(policyProblems(clean), []);

    // Opened, the file gets the server's problems instead of the check's: the same problem, listed once.
    const { document } = await openInEditor(broken);
    await currentDiagnostics(document); // the server has published its check of the open file
    assert.deepStrictEqual(policyProblems(broken), [`duplicate-id@${duplicateLine}:2`]);

    // A file changed on disk outside the editor is checked again.
    await vscode.workspace.fs.writeFile(clean, new TextEncoder().encode(duplicatePurpose));
    await waitFor(
      'the changed file to be checked again',
      () => policyProblems(clean).join() === `duplicate-id@${duplicateLine}:2`,
    );
    await vscode.workspace.fs.delete(clean);
    await waitFor('the deleted file to lose its problems', () => policyProblems(clean).length === 0);
  });
});
