import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validPolicy } from '../support/serviceHarness';
import { cliBundle, runCli, workspace } from './cliHarness';

const noRetention = validPolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
const quiet = JSON.stringify({ rules: { 'retention-period': 'off' } });
const SECRET = 'GEHEIM-7f3a9c';
const posix = process.platform !== 'win32';

/** Runs the CLI and fails the test instead of waiting for ever when it hangs (as it did on a FIFO). */
async function lintJson(
  cwd: string,
  args: string[] = [],
): Promise<{ code: number | null; report: any; stderr: string }> {
  const result = await Promise.race([
    runCli(['lint', '--format', 'json', ...args], { cwd }),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the command line hung')), 30000)),
  ]);
  return { code: result.code, report: JSON.parse(result.stdout), stderr: result.stderr };
}

function configProblems(report: any): string[] {
  return report.files
    .filter((file: any) => file.kind === 'config')
    .flatMap((file: any) => file.problems.map((p: any) => `${p.rule}@${p.line}:${p.column} ${p.message}`));
}

/** Per policy checked, whether the finding the configuration turns off is reported: the configuration did not apply. */
function unconfigured(report: any): boolean[] {
  return report.files
    .filter((file: any) => !file.kind)
    .map((file: any) => file.problems.some((p: any) => p.rule === 'retention-period'));
}

function policyRules(report: any): string[] {
  return report.files.filter((file: any) => !file.kind).flatMap((file: any) => file.problems.map((p: any) => p.rule));
}

describe('privacy-policy lint and render on hostile files', function () {
  this.timeout(60000);

  describe('the rule configuration', () => {
    it('refuses a link to /dev/zero, a FIFO and a folder, as a finding on the file, and checks on', async function () {
      if (!posix) this.skip();
      const ws = workspace({
        'a/p.policy.yaml': noRetention,
        'b/p.policy.yaml': noRetention,
        'c/p.policy.yaml': noRetention,
      });
      try {
        fs.symlinkSync('/dev/zero', ws.file('a/.privacy-policy.json'));
        if (spawnSync('mkfifo', [ws.file('b/.privacy-policy.json')]).status !== 0) this.skip();
        fs.mkdirSync(ws.file('c/.privacy-policy.json'));
        const { code, report } = await lintJson(ws.dir);
        assert.deepStrictEqual(
          configProblems(report).map((p) =>
            p.replace(/ .*not a regular file.*/, ' not regular').replace(/ .*outside the workspace.*/, ' outside'),
          ),
          ['rule-config@1:1 outside', 'rule-config@1:1 not regular', 'rule-config@1:1 not regular'],
        );
        assert.deepStrictEqual(unconfigured(report), [true, true, true]);
        assert.strictEqual(code, 1);
      } finally {
        ws.remove();
      }
    });

    it('refuses a link out of the workspace, and nothing of the file it names reaches any report', async function () {
      if (!posix) this.skip();
      const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-outside-')));
      const ws = workspace({ 'p.policy.yaml': noRetention });
      try {
        fs.writeFileSync(path.join(outside, 'id_rsa'), `${SECRET} not json`);
        fs.symlinkSync(path.join(outside, 'id_rsa'), ws.file('.privacy-policy.json'));
        for (const format of ['json', 'sarif', 'pretty', 'compact']) {
          const result = await runCli(['lint', '--format', format], { cwd: ws.dir });
          assert.ok(!result.stdout.includes(SECRET) && !result.stderr.includes(SECRET), format);
          assert.match(result.stdout, /outside the workspace/, format);
        }
      } finally {
        ws.remove();
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it('survives nesting 5,000 deep, and refuses it as a finding', async () => {
      const ws = workspace({
        '.privacy-policy.json': `{"rules":{"yaml-syntax":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
        'p.policy.yaml': noRetention,
      });
      try {
        const { code, report } = await lintJson(ws.dir);
        assert.deepStrictEqual(configProblems(report), [
          'rule-config@1:123 The rule configuration is nested deeper than 100 levels; it is not read, and every rule keeps its own severity.',
        ]);
        assert.strictEqual(code, 1);
      } finally {
        ws.remove();
      }
    });

    it('is not looked for above the repository (the nearest folder with .git) or, without one, the working directory', async () => {
      const ws = workspace({
        '.privacy-policy.json': quiet,
        'repo/.git/HEAD': 'ref: refs/heads/main\n',
        'repo/docs/p.policy.yaml': noRetention,
      });
      try {
        // From a folder inside the repository: the repository is the workspace; the file above it is not read.
        const inRepo = await lintJson(ws.file('repo/docs'));
        assert.deepStrictEqual(unconfigured(inRepo.report), [true]);
        // Run from a folder in no repository, that folder is the workspace: its file applies to all below it.
        const fromAbove = await lintJson(ws.dir, ['repo']);
        assert.deepStrictEqual(unconfigured(fromAbove.report), [false]);
        // Without .git, nothing above the working directory is read.
        fs.rmSync(ws.file('repo/.git'), { recursive: true });
        const fromRepo = await lintJson(ws.file('repo'));
        assert.deepStrictEqual(unconfigured(fromRepo.report), [true]);
      } finally {
        ws.remove();
      }
    });
  });

  describe('policy files', () => {
    it('refuses a FIFO and a link to /dev/zero named on the command line, without hanging', async function () {
      if (!posix) this.skip();
      const ws = workspace({ 'ok.policy.yaml': validPolicy });
      try {
        if (spawnSync('mkfifo', [ws.file('fifo.policy.yaml')]).status !== 0) this.skip();
        fs.symlinkSync('/dev/zero', ws.file('zero.policy.yaml'));
        const named = await lintJson(ws.dir, ['fifo.policy.yaml', 'zero.policy.yaml', 'ok.policy.yaml']);
        assert.strictEqual(named.code, 2);
        assert.deepStrictEqual(named.stderr.trimEnd().split('\n'), [
          'privacy-policy: fifo.policy.yaml is not a regular file (a FIFO, device or socket), so it is not read.',
          'privacy-policy: zero.policy.yaml is not a regular file (a FIFO, device or socket), so it is not read.',
        ]);
        // A folder's walk lists regular files only (and follows no link): they are not even found.
        const walked = await lintJson(ws.dir);
        assert.strictEqual(walked.stderr, '');
        assert.deepStrictEqual(
          walked.report.files.map((file: any) => file.path),
          ['ok.policy.yaml'],
        );
        const rendered = await runCli(['render', 'fifo.policy.yaml'], { cwd: ws.dir });
        assert.strictEqual(rendered.code, 2);
        assert.match(rendered.stderr, /not a regular file/);
      } finally {
        ws.remove();
      }
    });

    it('refuses a policy that links out of the workspace', async function () {
      if (!posix) this.skip();
      const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-outside-')));
      const ws = workspace({ 'ok.policy.yaml': validPolicy });
      try {
        fs.writeFileSync(path.join(outside, 'secret.policy.yaml'), `${SECRET}: 1\n`);
        fs.symlinkSync(path.join(outside, 'secret.policy.yaml'), ws.file('evil.policy.yaml'));
        const result = await runCli(['lint', 'evil.policy.yaml', '--format', 'json'], { cwd: ws.dir });
        assert.strictEqual(result.code, 2);
        assert.ok(!result.stdout.includes(SECRET) && !result.stderr.includes(SECRET));
        assert.match(result.stderr, /evil\.policy\.yaml is a symbolic link that leads outside the workspace/);
      } finally {
        ws.remove();
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it('reads a policy larger than the service reads as one too-large finding, and renders no page of it', async () => {
      const ws = workspace({ 'big.policy.yaml': `policy:\n  title: Groß\n${'# Kommentar\n'.repeat(200000)}` });
      try {
        const { code, report } = await lintJson(ws.dir);
        assert.deepStrictEqual(policyRules(report), ['too-large']);
        assert.strictEqual(code, 1);
        const rendered = await runCli(['render', 'big.policy.yaml', '-o', 'big.html'], { cwd: ws.dir });
        assert.strictEqual(rendered.code, 2);
        assert.match(rendered.stderr, /more than 2 MiB of text/);
        assert.ok(!fs.existsSync(ws.file('big.html')));
      } finally {
        ws.remove();
      }
    });

    it('checks 130,000 findings on one line (once "Maximum call stack size exceeded")', async () => {
      const ws = workspace({ 'brackets.policy.yaml': `policy: ${'] '.repeat(130000)}\n` });
      try {
        const { code, report, stderr } = await lintJson(ws.dir);
        assert.strictEqual(stderr, '');
        assert.strictEqual(code, 1);
        assert.ok(policyRules(report).filter((rule) => rule === 'yaml-syntax').length > 900);
      } finally {
        ws.remove();
      }
    });

    it('says so and exits 2 when a folder cannot be read', async function () {
      if (!posix) this.skip();
      // As root every folder can be read: the command then runs as nobody.
      const asRoot = process.getuid?.() === 0;
      const ws = workspace({ 'ok.policy.yaml': validPolicy, 'locked/hidden.policy.yaml': validPolicy });
      // nobody may not reach the bundle where the project lies (a clone in a folder only root may enter): a copy
      // of it, in a folder anyone may read, runs instead.
      const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-cli-'));
      const bundle = asRoot ? path.join(bundleDir, 'cli.js') : cliBundle;
      try {
        if (asRoot) {
          fs.copyFileSync(cliBundle, bundle);
          fs.chmodSync(bundleDir, 0o755);
          fs.chmodSync(bundle, 0o644);
        }
        for (const folder of [ws.dir, ws.file('locked')]) fs.chmodSync(folder, 0o755);
        for (const file of ['ok.policy.yaml', 'locked/hidden.policy.yaml']) fs.chmodSync(ws.file(file), 0o644);
        fs.chmodSync(ws.file('locked'), 0o000);
        const result = await runCli(['lint', '.', '--format', 'json'], {
          cwd: ws.dir,
          commandArgs: [bundle],
          user: asRoot ? { uid: 65534, gid: 65534 } : undefined,
        });
        assert.strictEqual(
          result.stderr,
          'privacy-policy: The folder locked cannot be read (EACCES): the policy files in it are not checked.\n',
        );
        assert.strictEqual(result.code, 2);
        assert.strictEqual(JSON.parse(result.stdout).summary.checkedFiles, 1);
      } finally {
        fs.chmodSync(ws.file('locked'), 0o755);
        ws.remove();
        fs.rmSync(bundleDir, { recursive: true, force: true });
      }
    });
  });
});
