import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as vscode from 'vscode';
import {
  activeApi,
  at,
  extension,
  closeAllEditors,
  codeOf,
  currentDiagnostics,
  definitionOf,
  expected,
  LANGUAGE_ID,
  openInEditor,
  rangeOf,
  summary,
  waitFor,
} from '../support/extension';
import { completePolicy, completePolicyWith, daysAgo, seedExample, writePolicy } from '../support/fixtures';

/** Opens a policy written from `text` and returns it with the extension's diagnostics for it. */
async function check(
  name: string,
  text: string,
): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const { document } = await openInEditor(await writePolicy(name, text));
  return { document, diagnostics: await currentDiagnostics(document) };
}

suite('Diagnostics', () => {
  teardown(closeAllEditors);

  test('policy files get the policy language, under both file endings', async () => {
    for (const name of ['language.policy.yaml', 'language.policy.yml']) {
      const { document } = await openInEditor(await writePolicy(name, completePolicy));
      assert.strictEqual(document.languageId, LANGUAGE_ID, name);
    }
  });

  test('a complete policy has no problems', async () => {
    const { diagnostics } = await check('valid.policy.yaml', completePolicy);
    assert.deepStrictEqual(diagnostics.map(summary), []);
  });

  test('a category without purpose: category-purpose on its id, and the purpose left unused', async () => {
    const { document, diagnostics } = await check(
      'missing-purpose.policy.yaml',
      completePolicyWith('    purposes: [vertrag]\n', ''),
    );
    assert.deepStrictEqual(diagnostics.map(summary), [
      at('unused-definition', definitionOf(document, 'vertrag')),
      at('category-purpose', definitionOf(document, 'kontakt')),
    ]);
    const [unused, purpose] = diagnostics;
    assert.strictEqual(purpose.severity, vscode.DiagnosticSeverity.Error);
    assert.match(purpose.message, /kontakt/);
    assert.strictEqual(unused.severity, vscode.DiagnosticSeverity.Hint);
    assert.deepStrictEqual(unused.tags, [vscode.DiagnosticTag.Unnecessary]);
  });

  test('a reference to an undefined recipient: unknown-reference on the reference', async () => {
    const { document, diagnostics } = await check(
      'unknown-recipient.policy.yaml',
      completePolicyWith('recipients: [hoster]', 'recipients: [hostr]'),
    );
    assert.deepStrictEqual(diagnostics.map(summary), [
      at('unused-definition', definitionOf(document, 'hoster')),
      expected(document, 'unknown-reference', 'hostr'),
    ]);
    assert.match(diagnostics[1].message, /hostr/);
  });

  test('an effective date before the publication date: date-order, pointing to the publication date', async () => {
    const earlier = daysAgo(90);
    const { document, diagnostics } = await check(
      'date-order.policy.yaml',
      completePolicyWith(/effective: .*/, `effective: ${earlier}`),
    );
    assert.deepStrictEqual(diagnostics.map(summary), [expected(document, 'date-order', earlier)]);
    const related = diagnostics[0].relatedInformation ?? [];
    assert.strictEqual(related.length, 1);
    assert.strictEqual(related[0].location.uri.toString(), document.uri.toString());
    assert.deepStrictEqual(related[0].location.range, rangeOf(document, daysAgo(60)));
  });

  test('a date that is not in the calendar: invalid-date on the value', async () => {
    const { document, diagnostics } = await check(
      'invalid-date.policy.yaml',
      completePolicyWith(/published: .*/, 'published: 2025-02-30'),
    );
    assert.deepStrictEqual(diagnostics.map(summary), [expected(document, 'invalid-date', '2025-02-30')]);
  });

  test("the seed example's missing purposes and recipients, exactly where they are", async () => {
    const { document } = await openInEditor(seedExample());
    const diagnostics = await currentDiagnostics(document);
    const of = (rule: string): string[] => diagnostics.filter((d) => codeOf(d) === rule).map(summary);
    // Other rules find more in this file; these two are checked exactly.
    assert.deepStrictEqual(of('category-purpose'), [
      at('category-purpose', definitionOf(document, 'marketinginformationen')),
    ]);
    assert.deepStrictEqual(
      of('category-recipient'),
      ['website-inhalte', 'cookies-und-tracking', 'weitere-informationsquellen'].map((id) =>
        at('category-recipient', definitionOf(document, id)),
      ),
    );
  });

  test('the seed counts the same everywhere: Problems panel, status item and command line, hints apart', async () => {
    const { document } = await openInEditor(seedExample());
    const diagnostics = await currentDiagnostics(document);
    const hints = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    const listed = diagnostics.length - hints.length; // VS Code lists no hints in the Problems panel
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    assert.deepStrictEqual([listed, errors, warnings, hints.length], [31, 28, 3, 14]);

    const api = await activeApi();
    const status = await waitFor('the status item to show the seed', () => {
      const detail = api.status().detail;
      return detail?.startsWith(`${listed} problems`) && detail;
    });
    assert.match(
      status,
      /^31 problems in the Problems panel \(28 errors, 3 warnings\), 14 hints in the editor only; checked in [\d.]+ ms$/,
    );

    // The command line the tasks run, from the extension's own bundle, on the same file.
    const cli = vscode.Uri.joinPath(extension().extensionUri, 'server', 'out', 'cli.js').fsPath;
    const lint = spawnSync(process.execPath, [cli, 'lint', document.uri.fsPath, '--no-color', '--locale', 'en'], {
      encoding: 'utf8',
    });
    assert.strictEqual(lint.status, 1, lint.stderr);
    const lines = lint.stdout.trimEnd().split('\n');
    assert.strictEqual(
      lines[lines.length - 1],
      '✖ 31 problems (28 errors, 3 warnings) and 14 hints in 1 policy file checked.',
    );
    assert.strictEqual(lines.filter((line) => /^\s+\d+:\d+\s+hint\s/.test(line)).length, hints.length, 'hint lines');
  });

  test('diagnostics follow edits made through a WorkspaceEdit, and go when the problem is fixed', async () => {
    const uri = await writePolicy('edited.policy.yaml', completePolicy);
    const { document } = await openInEditor(uri);
    assert.deepStrictEqual((await currentDiagnostics(document)).map(summary), []);

    const typo = new vscode.WorkspaceEdit();
    typo.replace(uri, rangeOf(document, 'hoster', 1), 'hostr');
    assert.ok(await vscode.workspace.applyEdit(typo));
    assert.deepStrictEqual((await currentDiagnostics(document)).map(summary), [
      at('unused-definition', definitionOf(document, 'hoster')),
      expected(document, 'unknown-reference', 'hostr'),
    ]);

    const fix = new vscode.WorkspaceEdit();
    fix.replace(uri, rangeOf(document, 'hostr'), 'hoster');
    assert.ok(await vscode.workspace.applyEdit(fix));
    assert.strictEqual(document.getText(), completePolicy);
    assert.deepStrictEqual((await currentDiagnostics(document)).map(summary), []);
    await document.save();
  });
});
