import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { examplesDir, repoRoot } from '../support/paths';
import { quietEnv, runCli, workspace } from './cliHarness';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

describe('the privacy-policy binary as users get it', function () {
  this.timeout(180000);

  it('runs with npx inside the repository', async () => {
    const result = await runCli(['--offline', 'privacy-policy', '--version'], {
      command: npx,
      commandArgs: [],
      cwd: repoRoot,
    });
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(result.stdout, `privacy-policy ${version}\n`);
  });

  it('runs with npx from a project that installed the packed package', async () => {
    const ws = workspace({ 'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }) });
    const emptyCache = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-npm-cache-'));
    try {
      const pack = spawnSync(npm, ['pack', repoRoot, '--pack-destination', ws.dir, '--silent'], {
        cwd: ws.dir,
        encoding: 'utf8',
        env: quietEnv(),
      });
      assert.strictEqual(pack.status, 0, pack.stderr);
      const tarball = path.join(ws.dir, pack.stdout.trim().split('\n').pop()!);
      // As a new user installs it: from the registry, with an npm cache of its own that starts empty. The
      // cache `npm ci` left behind holds the tarballs of this repository's lock file but not the registry's
      // metadata that resolving the package's dependency ranges needs, so `--offline` worked only on a
      // machine whose cache happened to hold it (ENOTCACHED on a new one).
      const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], {
        cwd: ws.dir,
        encoding: 'utf8',
        env: quietEnv({
          npm_config_cache: emptyCache,
          npm_config_offline: 'false',
          npm_config_prefer_offline: 'false',
        }),
      });
      assert.strictEqual(install.status, 0, install.stderr);
      fs.copyFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), path.join(ws.dir, 'seed.policy.yaml'));

      const lint = await runCli(['--offline', 'privacy-policy', 'lint', '--format', 'json'], {
        command: npx,
        commandArgs: [],
        cwd: ws.dir,
      });
      assert.strictEqual(lint.code, 1, lint.stderr);
      const report = JSON.parse(lint.stdout);
      assert.deepStrictEqual(
        report.files.map((f: any) => f.path),
        ['seed.policy.yaml'],
        'installed node_modules are not searched',
      );
      assert.ok(report.summary.errors > 0);
      const server = spawnSync(
        path.join(ws.dir, 'node_modules', '.bin', 'privacy-policy-language-server'),
        ['--version'],
        { encoding: 'utf8' },
      );
      assert.strictEqual(server.status, 0, server.stderr);
    } finally {
      ws.remove();
      fs.rmSync(emptyCache, { recursive: true, force: true });
    }
  });
});
