import * as assert from 'assert';
import { defaultCapabilities, LspClient } from '../support/lspClient';
import { completePolicy } from '../support/serviceHarness';

const noRetention = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
const uri = 'file:///virtual/language.policy.yaml';
const english = /states no retention period/;
const german = /nennt keine Speicherdauer/;

/** An editor like VS Code: it answers workspace/configuration and registers for configuration changes. */
const configurableEditor = {
  ...defaultCapabilities,
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
};

describe('privacyPolicy.language: the language of messages, hovers and completion, changed without a restart', function () {
  let server: LspClient;

  afterEach(async () => {
    const code = await server.shutdown();
    assert.strictEqual(code, 0, `server exited with ${code}; stderr:\n${server.stderr}`);
  });

  /** The retention message of the next diagnostics published for the document, from notification `since` on. */
  async function nextRetentionMessage(since: number): Promise<string> {
    const published = await server.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri,
      20000,
      since,
    );
    return published.diagnostics.find((d: any) => d.code === 'retention-period').message;
  }

  async function hoverText(): Promise<string> {
    const line = noRetention.split('\n').indexOf('    recipients: [hoster]');
    const hover = await server.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 6 },
    });
    return hover.contents.value;
  }

  it('follows the setting pulled with workspace/configuration when the editor says it changed', async () => {
    server = LspClient.spawn();
    server.settings = { privacyPolicy: { language: 'auto' } };
    await server.initialize({ locale: 'en' }, configurableEditor);
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    assert.match(await nextRetentionMessage(0), english, 'auto: the display language');
    assert.match(await hoverText(), /Recipients \(ids from `recipients`\)/);

    // A German lawyer with an English VS Code sets the language to German.
    server.settings = { privacyPolicy: { language: 'de' } };
    let since = server.notifications.length;
    server.notify('workspace/didChangeConfiguration', { settings: null });
    assert.match(await nextRetentionMessage(since), german, 'republished in German, same version, no restart');
    assert.match(await hoverText(), /Empfänger \(Ids aus `recipients`\)/);
    const line = noRetention.split('\n').indexOf('    recipients: [hoster]');
    const completion = await server.request('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: 4 },
    });
    const retention = completion.items.find((item: any) => item.label === 'retention');
    assert.match(JSON.stringify(retention.documentation), /Speicherdauer/);

    server.settings = { privacyPolicy: { language: 'auto' } };
    since = server.notifications.length;
    server.notify('workspace/didChangeConfiguration', { settings: null });
    assert.match(await nextRetentionMessage(since), english, 'back to the display language');
  });

  it('takes the setting from initializationOptions, before any document is checked', async () => {
    server = LspClient.spawn();
    await server.initialize({ locale: 'en-US', language: 'de' });
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    assert.match(await nextRetentionMessage(0), german);
  });

  it('takes the setting pushed in didChangeConfiguration from editors that cannot be asked', async () => {
    server = LspClient.spawn();
    await server.initialize({ locale: 'de' });
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    assert.match(await nextRetentionMessage(0), german);
    const since = server.notifications.length;
    server.notify('workspace/didChangeConfiguration', { settings: { privacyPolicy: { language: 'en' } } });
    assert.match(await nextRetentionMessage(since), english);
  });
});
