import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../support/lspClient';
import { service } from '../support/serviceHarness';
import { assertRangesInside, HANG_MS, shuffled } from './edits';
import { hostileInputs } from './hostileCorpus';

const ROUNDS = 2;

describe('hostile inputs through one server process', function () {
  let client: LspClient;
  let opened = 0;

  before(async function () {
    client = LspClient.spawn();
    await client.initialize({ locale: 'en' });
  });

  after(async function () {
    if (client.alive) await client.shutdown();
  });

  async function check(text: string, expect: readonly string[]): Promise<void> {
    const uri = `file:///robustness/hostile-${++opened}.policy.yaml`;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    const opened1 = await client.diagnosticsFor(uri, 1, HANG_MS);
    const codes = opened1.diagnostics.map((d: Diagnostic) => d.code);
    assert.ok(
      expect.some((code) => codes.includes(code)),
      `expected one of ${expect.join(', ')}, got ${[...new Set(codes)].join(', ') || 'nothing'}`,
    );
    assertRangesInside(opened1.diagnostics, TextDocument.create(uri, 'privacy-policy', 1, text));
    for (const d of opened1.diagnostics) assert.ok(typeof d.message === 'string' && d.message.length > 0);
    // One keystroke in the middle of it, as an author trying to repair it would make.
    const document = TextDocument.create(uri, 'privacy-policy', 1, text);
    const middle = document.positionAt(Math.floor(text.length / 2));
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: middle, end: middle }, text: 'x' }],
    });
    const edited = await client.diagnosticsFor(uri, 2, HANG_MS);
    assertRangesInside(
      edited.diagnostics,
      TextDocument.update(document, [{ range: { start: middle, end: middle }, text: 'x' }], 2),
    );
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }

  for (let round = 0; round < ROUNDS; round++) {
    it(`round ${round + 1}: each input in a shuffled order gets a clear diagnostic, and the server lives on`, async function () {
      for (const input of shuffled(hostileInputs, 1000 + round)) {
        await check(input.text, input.expect).catch((error: Error) => {
          throw new Error(`${input.name}: ${error.message}\nserver stderr:\n${client.stderr.slice(-2000)}`);
        });
        assert.ok(client.alive, `the server died on ${input.name}`);
      }
      // Still answering requests after all of it.
      const symbols = await client.request('textDocument/documentSymbol', {
        textDocument: { uri: 'file:///robustness/never-opened.policy.yaml' },
      });
      assert.deepStrictEqual(symbols, []);
    });
  }

  it('no input changes Object.prototype or the answers for other documents', function () {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const policyService = service();
    for (const input of hostileInputs)
      policyService.validate(
        PolicyDocument.create(`file:///robustness/in-process-${input.name}`, 'privacy-policy', 1, input.text),
      );
    assert.deepStrictEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });
});
