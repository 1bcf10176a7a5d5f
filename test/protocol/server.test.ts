import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { renderRequest, type RenderResult } from '../../shared/protocol';
import { LspClient } from '../support/lspClient';
import { examplesDir } from '../support/paths';
import { completePolicy, validPolicy } from '../support/serviceHarness';

const seedPath = path.join(examplesDir, 'help-desk-migration.policy.yaml');
const seedUri = pathToFileURL(seedPath).toString();
const seedText = fs.readFileSync(seedPath, 'utf8');

function lineOf(text: string, needle: string, occurrence = 0): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && seen++ === occurrence) return i;
  }
  throw new Error(`no line with ${needle}`);
}

function positionOf(text: string, needle: string, occurrence = 0, delta = 0): { line: number; character: number } {
  const line = lineOf(text, needle, occurrence);
  return { line, character: text.split('\n')[line].indexOf(needle) + delta };
}

describe('language server over stdio', function () {
  let server: LspClient;

  beforeEach(async () => {
    server = LspClient.spawn();
    await server.initialize();
  });

  afterEach(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
  });

  it('announces the features it serves', async () => {
    const other = LspClient.spawn();
    const result = await other.initialize();
    assert.strictEqual(result.capabilities.textDocumentSync.change, 2, 'incremental sync');
    for (const provider of ['hoverProvider', 'documentSymbolProvider', 'definitionProvider', 'referencesProvider']) {
      assert.strictEqual(result.capabilities[provider], true, provider);
    }
    assert.deepStrictEqual(result.capabilities.renameProvider, { prepareProvider: true });
    assert.ok(result.capabilities.completionProvider.triggerCharacters.includes('['));
    assert.strictEqual(result.serverInfo.name, 'privacy-policy-language-server');
    assert.strictEqual(await other.shutdown(), 0);
  });

  it("publishes the seed example's diagnostics on open, with exact places", async () => {
    server.notify('textDocument/didOpen', {
      textDocument: { uri: seedUri, languageId: 'privacy-policy', version: 1, text: seedText },
    });
    const published = await server.diagnosticsFor(seedUri, 1);
    const summary = published.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    assert.ok(
      summary.includes(`category-purpose@${lineOf(seedText, '  marketinginformationen:')}:2`),
      summary.join('\n'),
    );
    assert.ok(summary.includes(`category-recipient@${lineOf(seedText, '  website-inhalte:')}:2`), summary.join('\n'));
    assert.ok(
      summary.includes(`category-recipient@${lineOf(seedText, '  cookies-und-tracking:')}:2`),
      summary.join('\n'),
    );
    for (const diagnostic of published.diagnostics) {
      assert.strictEqual(diagnostic.source, 'privacy-policy');
      assert.ok(typeof diagnostic.code === 'string' && diagnostic.code.length > 0);
    }
  });

  it('updates diagnostics on each change, for that version, and clears them on close', async () => {
    const uri = 'file:///virtual/edit.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: completePolicy },
    });
    assert.deepStrictEqual((await server.diagnosticsFor(uri, 1)).diagnostics, []);

    // Reverse the dates with an incremental edit of the effective date only.
    const line = lineOf(completePolicy, 'effective:');
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 13 }, end: { line, character: 23 } }, text: '2023-12-31' }],
    });
    const afterEdit = await server.diagnosticsFor(uri, 2);
    assert.deepStrictEqual(
      afterEdit.diagnostics.map((d) => [d.code, d.range]),
      [['date-order', { start: { line, character: 13 }, end: { line, character: 23 } }]],
    );
    assert.deepStrictEqual(afterEdit.diagnostics[0].relatedInformation[0].location.range.start, {
      line: lineOf(completePolicy, 'published:'),
      character: 13,
    });

    server.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await server.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined,
    );
    assert.deepStrictEqual(cleared.diagnostics, []);
  });

  it('never publishes an older version after a newer one in a burst of changes', async () => {
    const uri = 'file:///virtual/burst.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    await server.diagnosticsFor(uri, 1);
    const start = server.notifications.length;
    const line = lineOf(validPolicy, 'title: Datenschutzerklärung');
    for (let version = 2; version <= 40; version++) {
      server.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: 'x' }],
      });
    }
    await server.diagnosticsFor(uri, 40);
    const versions = server.notifications
      .slice(start)
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as any).uri === uri)
      .map((n) => (n.params as any).version as number);
    assert.deepStrictEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `published versions in order: ${versions}`,
    );
    assert.ok(versions.length < 39, `a burst is coalesced (${versions.length} publications for 39 changes)`);
  });

  it('answers completion, hover, definition, references, rename and symbols', async () => {
    server.notify('textDocument/didOpen', {
      textDocument: { uri: seedUri, languageId: 'privacy-policy', version: 1, text: seedText },
    });
    await server.diagnosticsFor(seedUri, 1);
    const textDocument = { uri: seedUri };

    // Completion of purpose ids inside `purposes: [...]`.
    const completion = await server.request('textDocument/completion', {
      textDocument,
      position: positionOf(seedText, 'purposes: [dienste, anfragen', 0, 'purposes: ['.length),
    });
    const labels = completion.items.map((item: any) => item.label);
    assert.ok(labels.includes('verbesserung') && labels.includes('rechtliche-verpflichtungen'), labels.join(', '));
    assert.ok(!labels.includes('anfragen-und-transaktionen'), 'ids already listed are not offered again');

    // Hover on a reference shows the purpose it points to.
    const refPosition = positionOf(seedText, 'anfragen-und-transaktionen]', 0, 3);
    const hover = await server.request('textDocument/hover', { textDocument, position: refPosition });
    assert.match(hover.contents.value, /Bearbeitung von Anfragen und Transaktionen/);

    // Definition of that reference is the purpose's id.
    const definition = await server.request('textDocument/definition', { textDocument, position: refPosition });
    assert.deepStrictEqual(definition, [
      {
        uri: seedUri,
        range: {
          start: { line: lineOf(seedText, '  anfragen-und-transaktionen:'), character: 2 },
          end: { line: lineOf(seedText, '  anfragen-und-transaktionen:'), character: 28 },
        },
      },
    ]);

    // References: the definition and every use.
    const references = await server.request('textDocument/references', {
      textDocument,
      position: refPosition,
      context: { includeDeclaration: true },
    });
    const expectedUses = seedText.split('\n').filter((l) => /\banfragen-und-transaktionen\b/.test(l)).length;
    assert.strictEqual(references.length, expectedUses);

    // Rename changes exactly those places.
    const prepared = await server.request('textDocument/prepareRename', { textDocument, position: refPosition });
    assert.strictEqual(prepared.placeholder, 'anfragen-und-transaktionen');
    const edit = await server.request('textDocument/rename', {
      textDocument,
      position: refPosition,
      newName: 'anfragen',
    });
    assert.strictEqual(edit.changes[seedUri].length, expectedUses);
    assert.ok(
      edit.changes[seedUri].every(
        (e: any) =>
          e.newText === 'anfragen' &&
          e.range.end.character - e.range.start.character === 'anfragen-und-transaktionen'.length,
      ),
    );

    // A rename to an id that is taken is refused with a message.
    await assert.rejects(
      server.request('textDocument/rename', { textDocument, position: refPosition, newName: 'dienste' }),
      /already defined/,
    );

    // The outline lists the sections with their entries.
    const symbols = await server.request('textDocument/documentSymbol', { textDocument });
    assert.deepStrictEqual(
      symbols.map((s: any) => s.name),
      ['policy', 'controller', 'purposes', 'recipients', 'categories', 'transfers', 'rights', 'clauses'],
    );
    const categories = symbols.find((s: any) => s.name === 'categories');
    assert.strictEqual(categories.children.length, 11);
    assert.strictEqual(categories.children[0].name, 'bereitgestellte-informationen');
    assert.strictEqual(categories.children[0].detail, 'Informationen, die Sie bereitstellen');
  });

  it('keeps serving after malformed requests and hostile text', async () => {
    const uri = 'file:///virtual/hostile.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: 'a: ' + '['.repeat(50000) },
    });
    const published = await server.diagnosticsFor(uri, 1);
    assert.ok(
      published.diagnostics.some((d) => d.code === 'too-complex'),
      JSON.stringify(published.diagnostics.map((d) => d.code)),
    );
    // A position that is no position gets no hover, and no crash.
    assert.strictEqual(
      await server.request('textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 'x' } }),
      null,
    );
    // Bytes that are not JSON-RPC at all are dropped by the transport; the next request is still answered.
    server.writeRaw('Content-Length: 12\r\n\r\n{not json!!}');
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    assert.ok(server.alive);
  });

  it('renders a policy for the preview: the version the server has open, and answers null for a document it does not have', async () => {
    const uri = 'file:///render/test.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
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

  it('renders a bilingual policy in the language asked for, and a German-only one in German whatever is asked', async () => {
    const uri = 'file:///render/bilingual.policy.yaml';
    const text = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    const german = await server.request<RenderResult | null>(renderRequest, { uri });
    assert.deepStrictEqual([german?.language, german?.languages], ['de', ['de', 'en']]);
    const english = await server.request<RenderResult | null>(renderRequest, {
      uri,
      language: 'en',
      page: { mode: 'standalone' },
    });
    assert.ok(english);
    assert.strictEqual(english.language, 'en');
    assert.strictEqual(english.title, 'Privacy Policy of Nordlicht Software GmbH');
    assert.match(english.html, /^<nav class="language-switch" aria-label="Language of the page">/);
    assert.match(english.page ?? '', /<html lang="en">/);
    assert.strictEqual(english.publishable, true);
    for (const language of ['fr', 42, { de: 1 }]) {
      const odd = await server.request<RenderResult | null>(renderRequest, { uri, language });
      assert.strictEqual(odd?.language, 'de', `language ${JSON.stringify(language)} falls back to the first`);
    }
    const only = 'file:///render/german-only.policy.yaml';
    server.notify('textDocument/didOpen', {
      textDocument: { uri: only, languageId: 'privacy-policy', version: 1, text: validPolicy },
    });
    const germanOnly = await server.request<RenderResult | null>(renderRequest, { uri: only, language: 'en' });
    assert.deepStrictEqual([germanOnly?.language, germanOnly?.languages], ['de', ['de']]);
    assert.doesNotMatch(germanOnly?.html ?? '', /language-switch/);
  });
});
