import * as assert from 'assert';
import { LspClient } from '../support/lspClient';
import { validPolicy } from '../support/serviceHarness';

/**
 * Text that takes the service seconds to read though it is below the size limit (1.8 MB): 90,000 entries,
 * each with a stray word at column 0 (every line a chunk of its own and several findings).
 */
function slowPolicy(): string {
  const lines = ['purposes:'];
  for (let i = 0; lines.length < 180000; i++) lines.push(`  z${i}:`, `wort${i}`);
  return lines.join('\n') + '\n';
}

const RequestCancelled = -32800;

describe('cancellation and large documents over stdio', function () {
  this.timeout(120000);
  let server: LspClient;

  beforeEach(async () => {
    server = LspClient.spawn();
    await server.initialize();
  });

  afterEach(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
  });

  for (const [method, params] of [
    ['textDocument/hover', { position: { line: 1, character: 3 } }],
    ['textDocument/completion', { position: { line: 1, character: 3 } }],
    ['textDocument/documentSymbol', {}],
    [
      'textDocument/codeAction',
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } },
    ],
    ['privacyPolicy/render', {}],
  ] as const) {
    it(`${method}: $/cancelRequest while the document is being read answers RequestCancelled`, async () => {
      const uri = 'file:///virtual/slow.policy.yaml';
      server.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'privacy-policy', version: 1, text: slowPolicy() },
      });
      const id = server.nextRequestId;
      const request = server.request(
        method,
        method === 'privacyPolicy/render' ? { uri } : { textDocument: { uri }, ...params },
        60000,
      );
      // Sent once the server has started reading: the request is waiting for that reading, not yet dispatched.
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.notify('$/cancelRequest', { id });
      await assert.rejects(request, (error: Error & { code?: number }) => error.code === RequestCancelled);
      // The document is still checked, and the server answers.
      const published = await server.diagnosticsFor(uri, 1, 60000);
      assert.ok(published.diagnostics.length > 0);
    });
  }

  it('a newer version stops the reading of an older one, which is never published', async () => {
    const small = 'file:///virtual/small.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(small, 1);
    const uri = 'file:///virtual/slow-edited.policy.yaml';
    const text = slowPolicy();
    const lastLine = text.split('\n').length - 1;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    // Once the server is reading version 1, versions 2 to 4 arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let version = 2; version <= 4; version++) {
      server.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: '#\n' },
        ],
      });
    }
    const hover = await server.request('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 0, character: 2 },
    });
    assert.match(hover.contents.value, /policy/);
    await server.diagnosticsFor(uri, 4, 60000);
    const published = server.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as any).uri === uri)
      .map((n) => (n.params as any).version);
    assert.deepStrictEqual(published, [4]);
  });

  it('a burst of edits to a 20 MB document leaves the server answering for another document', async () => {
    const small = 'file:///virtual/small.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(small, 1);
    const large = 'file:///virtual/large.policy.yaml';
    const entry = '  zweck:\n    title: Ein Zweck mit einem langen Titel, der die Zeile füllt\n';
    const text = `purposes:\n${entry.repeat(Math.ceil(20_000_000 / entry.length))}`;
    server.notify('textDocument/didOpen', {
      textDocument: { uri: large, languageId: 'privacy-policy', version: 1, text },
    });
    for (let version = 2; version <= 40; version++) {
      const line = version * 997;
      server.notify('textDocument/didChange', {
        textDocument: { uri: large, version },
        contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: 'x' }],
      });
    }
    // Only that it answers: no time is asserted (the request's own deadline is a hang detector).
    const hover = await server.request('textDocument/hover', {
      textDocument: { uri: small },
      position: { line: 0, character: 2 },
    });
    assert.match(hover.contents.value, /policy/);
    const last = await server.diagnosticsFor(large, 40, 60000);
    assert.deepStrictEqual(
      last.diagnostics.map((d: any) => d.code),
      ['too-large'],
    );
  });

  it('a document too large to read gets one diagnostic, an outline and section documentation, and nothing else', async () => {
    const uri = 'file:///virtual/huge.policy.yaml';
    const text = `policy:\n  title: Groß\npurposes:\n${'  z:\n    title: Zweck\n'.repeat(120000)}recipients:\n  r:\n    title: R\n`;
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    const published = await server.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(
      published.diagnostics.map((d: any) => [d.code, d.severity, d.range.start.line]),
      [['too-large', 1, 0]],
    );
    assert.match(published.diagnostics[0].message, /more than 2 MiB/);
    const textDocument = { uri };
    const symbols = await server.request('textDocument/documentSymbol', { textDocument });
    assert.deepStrictEqual(
      symbols.map((s: any) => s.name),
      ['policy', 'purposes', 'recipients'],
    );
    const hover = await server.request('textDocument/hover', { textDocument, position: { line: 2, character: 3 } });
    assert.match(hover.contents.value, /\*\*purposes\*\*/);
    assert.strictEqual(
      await server.request('textDocument/hover', { textDocument, position: { line: 4, character: 6 } }),
      null,
    );
    const completion = await server.request('textDocument/completion', {
      textDocument,
      position: { line: 3, character: 2 },
    });
    assert.deepStrictEqual(completion.items, []);
    await assert.rejects(server.request('privacyPolicy/render', { uri }), /more than 2 MiB/);
  });
});
