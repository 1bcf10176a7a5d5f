import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  currentDiagnostics,
  DIAGNOSTIC_SOURCE,
  openInEditor,
  waitFor,
} from '../support/extension';
import { completePolicyWith, writePolicy } from '../support/fixtures';

/** The message of the document's retention-period diagnostic once it matches `pattern`. */
function retentionMessage(document: vscode.TextDocument, pattern: RegExp, what: string): Promise<string> {
  return waitFor(what, () => {
    const message = vscode.languages
      .getDiagnostics(document.uri)
      .find(
        (diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && codeOf(diagnostic) === 'retention-period',
      )?.message;
    return message !== undefined && pattern.test(message) && message;
  });
}

suite('Settings', () => {
  const language = () => vscode.workspace.getConfiguration('privacyPolicy');

  suiteTeardown(async () => {
    await language().update('language', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('privacyPolicy.language: German messages in an English VS Code, at once, and back', async () => {
    assert.strictEqual(vscode.env.language, 'en', 'the test workbench runs in English');
    const inspected = language().inspect<string>('language');
    assert.strictEqual(inspected?.defaultValue, 'auto', 'the setting is contributed, with auto as its default');

    const { document } = await openInEditor(
      await writePolicy(
        'language.policy.yaml',
        completePolicyWith('    retention: Drei Jahre nach Vertragsende.\n', ''),
      ),
    );
    await currentDiagnostics(document);
    await retentionMessage(document, /states no retention period/, 'the English message (auto: the display language)');

    await language().update('language', 'de', vscode.ConfigurationTarget.Global);
    const german = await retentionMessage(
      document,
      /nennt keine Speicherdauer/,
      'the message in German, without a restart',
    );
    assert.match(german, /Datenkategorie „kontakt“/);

    await language().update('language', undefined, vscode.ConfigurationTarget.Global);
    await retentionMessage(document, /states no retention period/, 'the English message again');
  });
});
