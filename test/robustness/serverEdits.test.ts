import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LspClient } from '../support/lspClient';
import { applyEdit, assertRangesInside, basePolicies, editArbitrary, HANG_MS, typingArbitrary } from './edits';

/** Diagnostics of two documents compared as if they had the same uri. */
function withoutUri(diagnostics: readonly Diagnostic[]): unknown {
  return diagnostics.map((d) => ({
    ...d,
    relatedInformation: d.relatedInformation?.map((r) => ({ ...r, location: { ...r.location, uri: '' } })),
  }));
}

describe('random edit sequences through the server', function () {
  let client: LspClient;
  let documents = 0;

  before(async function () {
    client = LspClient.spawn();
    await client.initialize({ locale: 'de' });
  });

  after(async function () {
    assert.ok(client.alive, `server died; stderr:\n${client.stderr}`);
    assert.strictEqual(await client.shutdown(), 0);
  });

  for (const base of basePolicies().slice(0, 3)) {
    it(`${base.name}: every published version fits its text, the last equals a fresh validation`, async function () {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(editArbitrary, typingArbitrary), { minLength: 1, maxLength: 15 }),
          fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
          async (edits, waits) => {
            const uri = `file:///robustness/server-${++documents}.policy.yaml`;
            let document = TextDocument.create(uri, 'privacy-policy', 1, base.text);
            const texts = new Map<number, TextDocument>([[1, document]]);
            const since = client.notifications.length;
            client.notify('textDocument/didOpen', {
              textDocument: { uri, languageId: 'privacy-policy', version: 1, text: base.text },
            });
            for (const [i, edit] of edits.entries()) {
              const applied = applyEdit(document, edit);
              document = applied.document;
              texts.set(document.version, document);
              client.notify('textDocument/didChange', {
                textDocument: { uri, version: document.version },
                contentChanges: [applied.change],
              });
              // Sometimes wait for the result, as an author who pauses does; otherwise type on (a burst).
              if (waits[i]) await client.diagnosticsFor(uri, document.version, HANG_MS);
            }
            const last = await client.diagnosticsFor(uri, document.version, HANG_MS);
            for (const published of client.notifications.slice(since)) {
              const params = published.params as { uri: string; version?: number; diagnostics: Diagnostic[] };
              if (published.method !== 'textDocument/publishDiagnostics' || params.uri !== uri) continue;
              assertRangesInside(params.diagnostics, texts.get(params.version!)!);
            }
            const freshUri = `file:///robustness/server-${++documents}.policy.yaml`;
            client.notify('textDocument/didOpen', {
              textDocument: { uri: freshUri, languageId: 'privacy-policy', version: 1, text: document.getText() },
            });
            const fresh = await client.diagnosticsFor(freshUri, 1, HANG_MS);
            assert.deepStrictEqual(withoutUri(last.diagnostics), withoutUri(fresh.diagnostics));
            client.notify('textDocument/didClose', { textDocument: { uri } });
            client.notify('textDocument/didClose', { textDocument: { uri: freshUri } });
          },
        ),
        { numRuns: 12, seed: 7 },
      );
      assert.ok(client.alive);
    });
  }
});
