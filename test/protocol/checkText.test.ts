import * as assert from 'assert';
import { LspClient } from '../support/lspClient';
import { completePolicy } from '../support/serviceHarness';

const duplicatePurpose = completePolicy.replace(
  'purposes:\n',
  'purposes:\n  vertrag:\n    title: Doppelt\n    legalBasis: [art6-1-b]\n',
);

describe('privacyPolicy/checkText (the workspace-wide check)', function () {
  let server: LspClient;

  beforeEach(async () => {
    server = LspClient.spawn();
    await server.initialize();
  });

  afterEach(async () => {
    assert.strictEqual(await server.shutdown(), 0, server.stderr);
  });

  it('answers for a file that is not open with exactly what opening it would publish', async () => {
    const uri = 'file:///workspace/closed.policy.yaml';
    const checked = await server.request('privacyPolicy/checkText', { uri, text: duplicatePurpose });
    assert.deepStrictEqual(
      checked.diagnostics.map((d: any) => d.code),
      ['duplicate-id'],
    );

    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: duplicatePurpose },
    });
    const published = await server.diagnosticsFor(uri, 1);
    assert.deepStrictEqual(checked.diagnostics, published.diagnostics);
  });

  it("answers for an open file from the editor's text, not from the text sent", async () => {
    const uri = 'file:///workspace/open.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: completePolicy },
    });
    await server.diagnosticsFor(uri, 1);
    const checked = await server.request('privacyPolicy/checkText', { uri, text: duplicatePurpose });
    assert.deepStrictEqual(checked.diagnostics, []);
  });

  it('answers malformed requests with no diagnostics and stays up', async () => {
    assert.deepStrictEqual(await server.request('privacyPolicy/checkText', { uri: 42 }), { diagnostics: [] });
    assert.deepStrictEqual(await server.request('privacyPolicy/checkText', null), { diagnostics: [] });
    const after = await server.request('privacyPolicy/checkText', {
      uri: 'file:///w/x.policy.yaml',
      text: 'policy: [',
    });
    assert.ok(after.diagnostics.some((d: any) => d.code === 'yaml-syntax'));
  });
});
