import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultCapabilities, LspClient } from '../support/lspClient';
import { completePolicy } from '../support/serviceHarness';

const noRetention = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');

describe('code actions, rule configuration and locale over stdio', function () {
  let server: LspClient;
  let tempDir: string | undefined;

  afterEach(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  });

  it('offers a quick fix for the version it was computed for, and none for a diagnostic of an older text', async () => {
    server = LspClient.spawn();
    const init = await server.initialize();
    assert.deepStrictEqual(init.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.privacy-policy'],
    });
    const uri = 'file:///virtual/fix.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    const published = await server.diagnosticsFor(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'retention-period');
    assert.ok(diagnostic, JSON.stringify(published.diagnostics));

    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const fix = actions.find((a: any) => a.title === 'Add "retention"');
    assert.ok(fix, JSON.stringify(actions.map((a: any) => a.title)));
    assert.strictEqual(fix.kind, 'quickfix');
    const change = fix.edit.documentChanges[0];
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
    const fixedText = TextDocument.applyEdits(TextDocument.create(uri, 'privacy-policy', 1, noRetention), change.edits);
    assert.strictEqual(
      fixedText,
      noRetention.replace('    recipients: [hoster]\n', '    recipients: [hoster]\n    retention:\n'),
    );

    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: change.edits.map((e: any) => ({ range: e.range, text: e.newText })),
    });
    // An editor without snippet edits gets the key to type into; the finding now stands on it.
    const after = await server.diagnosticsFor(uri, 2);
    assert.deepStrictEqual(
      after.diagnostics.filter((d) => d.code === 'retention-period').map((d) => d.range.start.line),
      [fixedText.split('\n').indexOf('    retention:')],
    );

    // The diagnostic of version 1 no longer fits the text of version 2: no fix for it, only the document's own.
    const stale = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    assert.deepStrictEqual(stale, []);
  });

  it('applies every safe fix with source.fixAll', async () => {
    server = LspClient.spawn();
    await server.initialize();
    const uri = 'file:///virtual/fixall.policy.yaml';
    const text = `${completePolicy}clauses:\n  - text: Nach § 25 TTDSG,siehe oben.\n`;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    await server.diagnosticsFor(uri, 1);
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepStrictEqual(
      actions.map((a: any) => a.kind),
      ['source.fixAll.privacy-policy'],
    );
    const result = TextDocument.applyEdits(
      TextDocument.create(uri, 'privacy-policy', 1, text),
      actions[0].edit.documentChanges[0].edits,
    );
    assert.strictEqual(result, text.replace('TTDSG,siehe', 'TDDDG, siehe'));
  });

  it('reads .privacy-policy.json above the policy, reports its problems, and re-reads it when it changes', async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-config-'));
    const configPath = path.join(tempDir, '.privacy-policy.json');
    fs.writeFileSync(configPath, '{\n  "rules": { "retention-period": "off", "retention-perod": "hint" }\n}\n');
    fs.mkdirSync(path.join(tempDir, 'policies'));
    const uri = pathToFileURL(path.join(tempDir, 'policies', 'a.policy.yaml')).toString();
    const configUri = pathToFileURL(configPath).toString();

    server = LspClient.spawn();
    await server.initialize(
      {},
      { ...defaultCapabilities, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      { rootUri: pathToFileURL(tempDir).toString() },
    );
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    const first = await server.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(
      first.diagnostics.filter((d) => d.code === 'retention-period'),
      [],
    );
    const configProblems = await server.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === configUri,
    );
    assert.deepStrictEqual(
      configProblems.diagnostics.map((d: any) => [d.range.start.line, d.message]),
      [[1, '"retention-perod" is not a rule id; did you mean "retention-period"? It is ignored.']],
    );

    fs.writeFileSync(configPath, '{ "rules": { "retention-period": "warning" } }\n');
    const since = server.notifications.length;
    server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const reread = await server.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'retention-period'),
      20000,
      since,
    );
    assert.strictEqual(reread.diagnostics.find((d: any) => d.code === 'retention-period').severity, 2);
    const cleared = await server.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === configUri && p.diagnostics.length === 0,
      20000,
      since,
    );
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it("speaks German when the editor's display language is German, and the settings override severities", async () => {
    server = LspClient.spawn();
    await server.initialize({ locale: 'de-AT', rules: { 'retention-period': 'info' } });
    const uri = 'file:///virtual/de.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    const published = await server.diagnosticsFor(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'retention-period');
    assert.match(diagnostic.message, /nennt keine Speicherdauer/);
    assert.strictEqual(diagnostic.severity, 3);
    const actions = await server.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.ok(
      actions.some((a: any) => a.title === '„retention“ ergänzen'),
      JSON.stringify(actions.map((a: any) => a.title)),
    );
    assert.ok(actions.some((a: any) => a.title === '„retention-period“ für diese Zeile abschalten'));
  });
});
