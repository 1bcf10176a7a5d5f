import * as assert from 'assert';
import { renderRequest, type RenderResult } from '../../server/src/lsp/protocol';
import { LspClient } from '../support/lspClient';
import { validPolicy } from '../support/serviceHarness';

describe('the render request over stdio', function () {
  let server: LspClient;

  beforeEach(async () => {
    server = LspClient.spawn();
    await server.initialize();
  });

  afterEach(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
  });

  it('renders the version the server has open, and answers null for a document it does not have', async () => {
    const uri = 'file:///render/test.policy.yaml';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy } });
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: validPolicy.replace('title: Kontaktdaten', 'title: Kundendaten <neu>') }],
    });
    const result = await server.request<RenderResult | null>(renderRequest, { uri });
    assert.ok(result);
    assert.strictEqual(result.version, 2);
    assert.strictEqual(result.title, 'Datenschutzerklärung');
    assert.match(result.html, /<h3 data-line="\d+">Kundendaten &lt;neu&gt;<\/h3>/);
    assert.strictEqual(result.gaps, 2, 'the rights and the supervisory authority are missing');
    assert.strictEqual(await server.request(renderRequest, { uri: 'file:///render/other.policy.yaml' }), null);
  });
});
