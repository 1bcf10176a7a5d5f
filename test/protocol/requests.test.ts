import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';
import { validPolicy } from '../support/serviceHarness';

const InvalidParams = -32602;
const InvalidRequest = -32600;

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle));
}

/** Requests and notifications a buggy or hostile client sends: each is refused or clamped, never half-applied. */
describe('malformed requests and edits over stdio', function () {
  let server: LspClient;

  afterEach(async () => {
    if (server.alive) await server.shutdown();
  });

  async function started(): Promise<LspClient> {
    server = LspClient.spawn();
    await server.initialize();
    return server;
  }

  it('refuses a rename to a name that is not a string with InvalidParams', async () => {
    await started();
    const uri = 'file:///virtual/rename.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(uri, 1);
    const position = { line: lineOf(validPolicy, '  vertrag:'), character: 4 };
    for (const newName of [null, 42, { value: 'x' }]) {
      await assert.rejects(
        server.request('textDocument/rename', { textDocument: { uri }, position, newName }),
        (error: Error & { code?: number }) => error.code === InvalidParams,
        `newName ${JSON.stringify(newName)}`,
      );
    }
    const edit = await server.request('textDocument/rename', {
      textDocument: { uri },
      position,
      newName: 'vertrag-neu',
    });
    assert.ok(edit.changes[uri].every((change: { newText: unknown }) => change.newText === 'vertrag-neu'));
  });

  it('refuses a change with text null whole: the document keeps its text', async () => {
    await started();
    const uri = 'file:///virtual/null-text.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    const before = await server.diagnosticsFor(uri, 1);
    const line = lineOf(validPolicy, 'title: Datenschutzerklärung');
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: 'Neue ' },
        { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: null },
      ],
    });
    assert.deepStrictEqual((await server.diagnosticsFor(uri, 2)).diagnostics, before.diagnostics);
    // The text is unchanged: an edit at a place of the original text lands where it would there.
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: '<' }],
    });
    const rendered = await server.request('privacyPolicy/render', { uri });
    assert.strictEqual(rendered.version, 3);
    assert.strictEqual(rendered.title, '<Datenschutzerklärung');
  });

  it('starts with a locale that is not a string, in English', async () => {
    server = LspClient.spawn();
    const result = await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      locale: 42,
      initializationOptions: { locale: { de: true }, rules: ['x'], language: 7 },
    });
    assert.strictEqual(result.serverInfo.name, 'privacy-policy-language-server');
    server.notify('initialized', {});
    const uri = 'file:///virtual/locale.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: 'policy:\n  title: X\n' },
    });
    const published = await server.diagnosticsFor(uri, 1);
    assert.ok(
      published.diagnostics.some((d: any) => /is missing|required/i.test(d.message)),
      JSON.stringify(published),
    );
  });

  it('fails every request after shutdown with InvalidRequest, and exits on exit', async () => {
    await started();
    const uri = 'file:///virtual/shutdown.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(uri, 1);
    assert.strictEqual(await server.request('shutdown', null), null);
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['privacyPolicy/render', { uri }],
    ] as const) {
      await assert.rejects(
        server.request(method, params),
        (error: Error & { code?: number }) => error.code === InvalidRequest,
        method,
      );
    }
    server.notify('exit', null);
    assert.strictEqual(await server.shutdown(), 0);
  });

  it('clamps an edit that starts past the last line: every later position is a number inside the text', async () => {
    await started();
    const uri = 'file:///virtual/past-end.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(uri, 1);
    let reference = TextDocument.create(uri, 'privacy-policy', 1, validPolicy);
    const changes = [
      // One line break replacing one line, both past the end: it once wrote a line start far past the others.
      { range: { start: { line: 500, character: 0 }, end: { line: 501, character: 0 } }, text: '\n' },
      { range: { start: { line: 500, character: 3 }, end: { line: 900, character: 0 } }, text: 'neu: 1\n' },
      { range: { start: { line: 2, character: 400 }, end: { line: 2, character: 500 } }, text: ' # Ende' },
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' },
    ];
    for (const [index, change] of changes.entries()) {
      const version = index + 2;
      // The text as the offsets of the range say (TextDocument's own update has the same bug: its line starts
      // then hold a hole, so a fresh document of each text is the reference).
      const start = reference.offsetAt(change.range.start);
      const end = reference.offsetAt(change.range.end);
      const text = reference.getText();
      reference = TextDocument.create(
        uri,
        'privacy-policy',
        version,
        text.slice(0, start) + change.text + text.slice(end),
      );
      server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const last = await server.diagnosticsFor(uri, changes.length + 1);
    for (const diagnostic of last.diagnostics) {
      for (const position of [diagnostic.range.start, diagnostic.range.end]) {
        assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), JSON.stringify(diagnostic));
        assert.deepStrictEqual(reference.positionAt(reference.offsetAt(position)), position);
      }
    }
    // Exactly what a fresh reading of the same text publishes.
    const fresh = 'file:///virtual/past-end-fresh.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri: fresh, languageId: 'privacy-policy', version: 1, text: reference.getText() },
    });
    const freshDiagnostics = (await server.diagnosticsFor(fresh, 1)).diagnostics;
    const withoutUri = (diagnostics: any[]) =>
      JSON.parse(JSON.stringify(diagnostics).split(JSON.stringify(fresh).slice(1, -1)).join(uri));
    assert.deepStrictEqual(last.diagnostics, withoutUri(freshDiagnostics));
    assert.ok(
      last.diagnostics.some((d: any) => d.code === 'unknown-key'),
      'the key added at the end is read',
    );
  });
});
