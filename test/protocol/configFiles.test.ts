import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { defaultCapabilities, LspClient } from '../support/lspClient';
import { validPolicy } from '../support/serviceHarness';

/** A policy with one finding the configuration below turns off. */
const noRetention = validPolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
const quiet = JSON.stringify({ rules: { 'retention-period': 'off' } });
const SECRET = 'GEHEIM-7f3a9c';
const posix = process.platform !== 'win32';

interface Opened {
  policy: any[];
  config: any[] | undefined;
}

/**
 * The one file the server reads from disk, attacked as a hostile repository would: every refusal is a
 * `rule-config` finding on the file that names the reason, never what the file holds, and the server goes on.
 */
describe('.privacy-policy.json as a hostile repository writes it', function () {
  this.timeout(60000);
  let dir: string;
  let server: LspClient | undefined;

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-config-hostile-')));
  });

  afterEach(async () => {
    if (server) {
      assert.ok(server.alive, `the server died; stderr:\n${server.stderr}`);
      assert.strictEqual(await server.shutdown(), 0);
      server = undefined;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(folders: string[], capabilities: object = defaultCapabilities): Promise<LspClient> {
    server = LspClient.spawn();
    await server.initialize({}, capabilities, {
      rootUri: pathToFileURL(folders[0]).href,
      workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).href, name: path.basename(folder) })),
    });
    return server;
  }

  /** Opens a policy in `folder` and returns its diagnostics and those published for the configuration file. */
  async function open(file: string, configFile?: string): Promise<Opened> {
    const uri = pathToFileURL(file).href;
    server!.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'privacy-policy', version: 1, text: noRetention },
    });
    const policy = (await server!.diagnosticsFor(uri, 1)).diagnostics;
    const config = configFile
      ? (
          await server!.waitForNotification(
            'textDocument/publishDiagnostics',
            (p: any) => p.uri === pathToFileURL(configFile).href,
          )
        ).diagnostics
      : undefined;
    return { policy, config };
  }

  function assertRefused(opened: Opened, reason: RegExp): void {
    assert.ok(
      opened.policy.some((d) => d.code === 'retention-period'),
      'the rules keep their own severities',
    );
    assert.deepStrictEqual(
      opened.config!.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['rule-config', 0, 0]],
    );
    assert.match(opened.config![0].message, reason);
  }

  async function assertStillAnswers(file: string): Promise<void> {
    const hover = await server!.request('textDocument/hover', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line: 0, character: 2 },
    });
    assert.match(hover.contents.value, /policy/);
  }

  it('a link to /dev/zero is refused, not read without end; so is a link to a FIFO inside the workspace', async function () {
    if (!posix) this.skip();
    const config = path.join(dir, '.privacy-policy.json');
    fs.symlinkSync('/dev/zero', config);
    await start([dir]);
    const policy = path.join(dir, 'a.policy.yaml');
    assertRefused(await open(policy, config), /outside the workspace/);
    await assertStillAnswers(policy);
    if (spawnSync('mkfifo', [path.join(dir, 'pipe')]).status !== 0) return;
    fs.mkdirSync(path.join(dir, 'sub'));
    const linked = path.join(dir, 'sub', '.privacy-policy.json');
    fs.symlinkSync(path.join(dir, 'pipe'), linked);
    assertRefused(await open(path.join(dir, 'sub', 'b.policy.yaml'), linked), /not a regular file/);
  });

  it('a FIFO is refused, not waited on', async function () {
    if (!posix || spawnSync('mkfifo', [path.join(dir, '.privacy-policy.json')]).status !== 0) this.skip();
    const config = path.join(dir, '.privacy-policy.json');
    await start([dir]);
    const policy = path.join(dir, 'a.policy.yaml');
    assertRefused(await open(policy, config), /not a regular file/);
    await assertStillAnswers(policy);
  });

  it('a folder of that name is refused', async () => {
    const config = path.join(dir, '.privacy-policy.json');
    fs.mkdirSync(config);
    await start([dir]);
    assertRefused(await open(path.join(dir, 'a.policy.yaml'), config), /not a regular file/);
  });

  it('a link to a file outside the workspace is refused, and nothing of that file is shown', async function () {
    if (!posix) this.skip();
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-config-outside-')));
    try {
      fs.writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n{"rules": {"${SECRET}": "off"}}`);
      const config = path.join(dir, '.privacy-policy.json');
      fs.symlinkSync(path.join(outside, 'secret.txt'), config);
      await start([dir]);
      assertRefused(await open(path.join(dir, 'a.policy.yaml'), config), /outside the workspace/);
      assert.ok(!JSON.stringify(server!.notifications).includes(SECRET), 'the file outside stays unread');
      // A link that stays inside the workspace is read as the file it names.
      fs.writeFileSync(path.join(dir, 'rules.json'), quiet);
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync(path.join(dir, 'rules.json'), path.join(dir, 'sub', '.privacy-policy.json'));
      const inside = await open(path.join(dir, 'sub', 'b.policy.yaml'));
      assert.ok(!inside.policy.some((d) => d.code === 'retention-period'), 'the linked configuration applies');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a file larger than the limit is refused without being read', async () => {
    const config = path.join(dir, '.privacy-policy.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'retention-period': 'off' }, padding: SECRET.repeat(20000) }));
    await start([dir]);
    const opened = await open(path.join(dir, 'a.policy.yaml'), config);
    assertRefused(opened, /larger than 64 KiB/);
    assert.ok(!JSON.stringify(server!.notifications).includes(SECRET));
  });

  it('nesting 5,000 deep is refused before it is parsed, on open, on a second policy and after a change', async () => {
    const config = path.join(dir, '.privacy-policy.json');
    fs.writeFileSync(config, `{"rules":{"yaml-syntax":${'['.repeat(5000)}${']'.repeat(5000)}}}`);
    await start([dir], { ...defaultCapabilities, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const first = await open(path.join(dir, 'a.policy.yaml'), config);
    assert.deepStrictEqual(
      first.config!.map((d) => d.code),
      ['rule-config'],
    );
    assert.match(first.config![0].message, /nested deeper than 100 levels/);
    fs.mkdirSync(path.join(dir, 'b'));
    await open(path.join(dir, 'b', 'second.policy.yaml'));
    const since = server!.notifications.length;
    server!.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await server!.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === pathToFileURL(config).href,
      20000,
      since,
    );
    await assertStillAnswers(path.join(dir, 'a.policy.yaml'));
  });

  it('is looked for up to the workspace folder and never above it; a policy outside every folder has none', async () => {
    fs.writeFileSync(path.join(dir, '.privacy-policy.json'), quiet);
    const workspace = path.join(dir, 'workspace');
    fs.mkdirSync(path.join(workspace, 'policies'), { recursive: true });
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, '.privacy-policy.json'), quiet);
    await start([workspace]);
    const inside = await open(path.join(workspace, 'policies', 'a.policy.yaml'));
    assert.ok(
      inside.policy.some((d) => d.code === 'retention-period'),
      'the file above the workspace is not read',
    );
    const outside = await open(path.join(elsewhere, 'b.policy.yaml'));
    assert.ok(
      outside.policy.some((d) => d.code === 'retention-period'),
      'a policy outside every folder has none',
    );
    assert.ok(
      !server!.notifications.some((n: any) => n.params?.uri?.endsWith('.privacy-policy.json')),
      'no configuration file was found',
    );
  });

  it('follows the workspace folders the editor adds', async () => {
    const first = path.join(dir, 'first');
    const second = path.join(dir, 'second');
    fs.mkdirSync(first);
    fs.mkdirSync(second);
    fs.writeFileSync(path.join(second, '.privacy-policy.json'), quiet);
    await start([first], { ...defaultCapabilities, workspace: { workspaceFolders: true } });
    const policy = path.join(second, 'a.policy.yaml');
    assert.ok((await open(policy)).policy.some((d) => d.code === 'retention-period'));
    const since = server!.notifications.length;
    server!.notify('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(second).href, name: 'second' }], removed: [] },
    });
    const after = await server!.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === pathToFileURL(policy).href,
      20000,
      since,
    );
    assert.ok(!after.diagnostics.some((d: any) => d.code === 'retention-period'), 'the added folder’s file applies');
  });
});
