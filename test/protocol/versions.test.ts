import * as assert from 'assert';
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { LspClient } from '../support/lspClient';
import { edit, historyRepository, version6 } from '../support/policyHistory';

describe('versions through the language server: the checks across versions and privacyPolicy/changes', function () {
  this.timeout(30_000);
  let repo: { root: string; file: string };
  let server: LspClient;
  let uri: string;

  beforeEach(async () => {
    repo = historyRepository();
    uri = pathToFileURL(repo.file).href;
    server = LspClient.spawn();
  });

  afterEach(async () => {
    assert.strictEqual(await server.shutdown(), 0, server.stderr);
    fs.rmSync(repo.root, { recursive: true, force: true });
  });

  /** Opens the policy with `text` and waits for the diagnostics of the version read with its previous version. */
  async function open(text: string, rules: readonly string[]): Promise<any[]> {
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    const published = await server.waitForNotification<{ diagnostics: any[] }>(
      'textDocument/publishDiagnostics',
      (p: any) =>
        p.uri === uri &&
        rules.every((rule) => p.diagnostics.some((d: any) => d.code === rule)) &&
        p.diagnostics.every((d: any) => !/^version-|change-needs/.test(d.code) || rules.includes(d.code)),
    );
    return published.diagnostics;
  }

  it('compares an open policy with the revision the setting names, and checks it against it', async () => {
    server.settings = { privacyPolicy: { compareWith: 'v2.2' } };
    await server.initialize({ compareWith: 'v2.2' });
    const stale = edit(
      version6,
      ['published: 2026-10-01', 'published: 2026-09-01'],
      ['effective: 2026-10-15', 'effective: 2026-09-15'],
      ['version: "2.3"', 'version: "2.2"'],
      [
        '    retention: 30 Tage, danach automatische Löschung\n',
        '    retention: 90 Tage, danach automatische Löschung\n',
      ],
    );
    const diagnostics = await open(stale, ['version-not-updated']);
    assert.deepStrictEqual(
      diagnostics.filter((d) => d.code === 'version-not-updated').map((d) => d.range.start.line),
      [3, 4, 5],
    );
  });

  it('answers privacyPolicy/changes with the notice, each entry linked to its line, for any base asked for', async () => {
    await server.initialize({ locale: 'de', compareWith: 'none' });
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: version6 },
    });
    const result = await server.request('privacyPolicy/changes', { uri, base: 'v1.1' });
    assert.strictEqual(result.base, 'v1.1');
    assert.strictEqual(result.needsNotice, true);
    const lines = result.markdown.split('\n');
    assert.strictEqual(lines[0], '# Änderungen seit v1.1: datenschutz.policy.yaml');
    const purposeLine = version6.split('\n').findIndex((line) => line === '  reichweitenmessung:');
    const entry = lines.findIndex((line: string) =>
      line.startsWith('- Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten'),
    );
    assert.strictEqual(
      lines[entry],
      `- Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten zu einem weiteren Zweck: Reichweitenmessung. Rechtsgrundlagen sind Art. 6 Abs. 1 lit. a DSGVO und § 25 Abs. 1 TDDDG. (Zeile ${purposeLine + 1})`,
    );
    assert.deepStrictEqual(result.links[0], {
      line: entry,
      target: { start: { line: purposeLine, character: 2 }, end: { line: purposeLine, character: 20 } },
    });
    assert.match(result.notice, /^## Änderungen gegenüber Version 1\.1 vom 16\. März 2026\n/);
    assert.doesNotMatch(result.notice, /Zeile/);
    // Without a base and with the setting at none, the view says how to choose one.
    const none = await server.request('privacyPolicy/changes', { uri });
    assert.match(none.markdown, /Nichts zum Vergleichen/);
    assert.strictEqual(await server.request('privacyPolicy/changes', { uri: 'file:///nicht/offen.policy.yaml' }), null);
  });
});
