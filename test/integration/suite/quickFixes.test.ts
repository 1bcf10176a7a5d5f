import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  at,
  closeAllEditors,
  codeOf,
  currentDiagnostics,
  definitionOf,
  openInEditor,
  waitFor,
} from '../support/extension';
import { completePolicyWith, writePolicy } from '../support/fixtures';

/** `completePolicy` with a second purpose, and its one category stating none. */
const categoryWithoutPurpose = completePolicyWith(
  '    legalBasis: [art6-1-b]\n',
  '    legalBasis: [art6-1-b]\n  werbung:\n    title: Werbung\n    legalBasis: [art6-1-b]\n',
).replace('    purposes: [vertrag]\n', '');

suite('Quick fixes', () => {
  teardown(closeAllEditors);

  test('"Add purposes" puts the cursor inside the brackets on a choice of the purposes, and the pick ends the error', async () => {
    const editor = await openInEditor(await writePolicy('quick-fix-purposes.policy.yaml', categoryWithoutPurpose));
    const { document } = editor;
    const before = await currentDiagnostics(document);
    const problem = before.find((diagnostic) => codeOf(diagnostic) === 'category-purpose');
    assert.ok(problem, before.map(codeOf).join(', '));
    assert.deepStrictEqual(problem.range, definitionOf(document, 'kontakt'));

    // The author's way: the cursor on the problem, then the preferred quick fix (Ctrl+. and Enter).
    editor.selection = new vscode.Selection(problem.range.start, problem.range.start);
    await vscode.commands.executeCommand('editor.action.codeAction', {
      kind: vscode.CodeActionKind.QuickFix.value,
      apply: 'first',
      preferred: true,
    });
    const line = await waitFor('the fix to add the purposes', () => {
      const index = document
        .getText()
        .split('\n')
        .findIndex((text) => text.startsWith('    purposes: ['));
      return index > 0 && index;
    });
    assert.strictEqual(document.lineAt(line).text, '    purposes: [vertrag]', 'the first purpose, as the choice');
    // The choice is selected inside the brackets (a snippet session), so typing picks another.
    const choice = new vscode.Range(line, '    purposes: ['.length, line, '    purposes: [vertrag'.length);
    await waitFor('the choice to be selected', () =>
      editor.selection.isEqual(new vscode.Selection(choice.start, choice.end)),
    );

    await vscode.commands.executeCommand('type', { text: 'werbung' });
    await waitFor('the pick to replace the choice', () => document.lineAt(line).text === '    purposes: [werbung]');
    const after = await currentDiagnostics(document);
    assert.deepStrictEqual(
      after.map((diagnostic) => at(codeOf(diagnostic), diagnostic.range)),
      [at('unused-definition', definitionOf(document, 'vertrag'))],
      'the error is gone; the purpose not picked stands unused',
    );
  });
});
