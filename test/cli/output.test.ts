import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import { completePolicy, validPolicy } from '../support/serviceHarness';
import { cliBundle, quietEnv, runCli, workspace } from './cliHarness';

const posix = process.platform !== 'win32';

describe('where privacy-policy writes, and how it names files', function () {
  this.timeout(60000);

  describe('-o never replaces a policy or an input', () => {
    it('render and lint refuse to write over the policy they read', async () => {
      const ws = workspace({ 'a.policy.yaml': validPolicy });
      try {
        for (const args of [
          ['render', 'a.policy.yaml', '-o', 'a.policy.yaml'],
          ['lint', 'a.policy.yaml', '-o', 'a.policy.yaml'],
          ['lint', 'a.policy.yaml', '--output', './a.policy.yaml'],
          ['lint', '-o', 'other.policy.yml'],
          ['lint', '-o', '.privacy-policy.json'],
        ]) {
          const result = await runCli(args, { cwd: ws.dir });
          assert.strictEqual(result.code, 2, args.join(' '));
          assert.match(result.stderr, /is named like a policy or a rule configuration/, args.join(' '));
          assert.strictEqual(fs.readFileSync(ws.file('a.policy.yaml'), 'utf8'), validPolicy);
        }
      } finally {
        ws.remove();
      }
    });

    it('refuses a report path that is the input under another name', async function () {
      if (!posix) this.skip();
      const ws = workspace({ 'a.policy.yaml': validPolicy });
      try {
        fs.symlinkSync('a.policy.yaml', ws.file('report.txt'));
        fs.linkSync(ws.file('a.policy.yaml'), ws.file('hard.txt'));
        for (const output of ['report.txt', 'hard.txt']) {
          for (const command of ['lint', 'render']) {
            const result = await runCli([command, 'a.policy.yaml', '-o', output], { cwd: ws.dir });
            assert.strictEqual(result.code, 2, `${command} -o ${output}`);
            assert.match(result.stderr, /one of the files being read/);
          }
        }
        assert.strictEqual(fs.readFileSync(ws.file('a.policy.yaml'), 'utf8'), validPolicy);
      } finally {
        ws.remove();
      }
    });

    it('a file named -oprod.policy.yaml in a shell glob does not write over prod.policy.yaml; -- makes it a file', async () => {
      const ws = workspace({ '-oprod.policy.yaml': validPolicy, 'prod.policy.yaml': completePolicy });
      try {
        // What `privacy-policy lint *.policy.yaml` runs after the shell expands the glob.
        const expanded = await runCli(['lint', '-oprod.policy.yaml', 'prod.policy.yaml'], { cwd: ws.dir });
        assert.strictEqual(expanded.code, 2);
        assert.match(expanded.stderr, /Put -- before the file names/);
        assert.strictEqual(fs.readFileSync(ws.file('prod.policy.yaml'), 'utf8'), completePolicy);
        const ended = await runCli(['lint', '--format', 'json', '--', '-oprod.policy.yaml', 'prod.policy.yaml'], {
          cwd: ws.dir,
        });
        assert.deepStrictEqual(
          JSON.parse(ended.stdout).files.map((file: any) => file.path),
          ['-oprod.policy.yaml', 'prod.policy.yaml'],
        );
        assert.strictEqual(fs.readFileSync(ws.file('prod.policy.yaml'), 'utf8'), completePolicy);
      } finally {
        ws.remove();
      }
    });
  });

  it('exits 2 with one line, not a stack trace, when the standard output cannot be written (> /dev/full)', async function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    const ws = workspace({ 'a.policy.yaml': validPolicy });
    const full = fs.openSync('/dev/full', 'w');
    try {
      // The policy has errors: render writes it only as a draft, which is what reaches the full output.
      for (const args of [['lint'], ['render', 'a.policy.yaml', '--draft'], ['--help']]) {
        const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
          const child = spawn(process.execPath, [cliBundle, ...args], {
            cwd: ws.dir,
            env: quietEnv(),
            stdio: ['ignore', full, 'pipe'],
          });
          let stderr = '';
          child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stderr }));
        });
        assert.strictEqual(code, 2, `${args.join(' ')}: ${stderr}`);
        assert.strictEqual(stderr, 'privacy-policy: Cannot write to the standard output: ENOSPC\n', args.join(' '));
      }
    } finally {
      fs.closeSync(full);
      ws.remove();
    }
  });

  describe('file names are escaped in every format', () => {
    // A name that would start a GitHub Actions command on a line of its own, and one that drives a terminal.
    const injected = 'x\n::error file=prod.policy.yaml,line=1::pwned\n.policy.yaml';
    const escaped = 'x\u001b[2J\u001b]0;pwned\u0007.policy.yaml';

    it('in pretty and compact reports and in the messages on stderr', async function () {
      if (!posix) this.skip();
      const ws = workspace({ [injected]: 'policy:\n  title: X\n', [escaped]: 'policy:\n  title: X\n' });
      try {
        for (const format of ['pretty', 'compact']) {
          const result = await runCli(['lint', '--format', format], { cwd: ws.dir });
          const output = result.stdout + result.stderr;
          assert.ok(!output.split('\n').some((line) => line.startsWith('::')), `${format}: a line starts a command`);
          assert.ok(!output.includes('\u001b'), `${format}: an escape sequence reached the terminal`);
          assert.match(result.stdout, /x\\u000a::error file=prod\.policy\.yaml,line=1::pwned\\u000a\.policy\.yaml/);
          assert.match(result.stdout, /x\\u001b\[2J\\u001b\]0;pwned\\u0007\.policy\.yaml/);
        }
        // Messages about files that cannot be checked name them the same way.
        const missing = await runCli(['lint', `${injected}-missing.policy.yaml`], { cwd: ws.dir });
        assert.ok(!missing.stderr.split('\n').some((line) => line.startsWith('::')), missing.stderr);
        // JSON and SARIF escape by their own syntax: the names survive exactly, and no raw control character.
        for (const format of ['json', 'sarif']) {
          const result = await runCli(['lint', '--format', format], { cwd: ws.dir });
          // eslint-disable-next-line no-control-regex -- control characters are what must not appear
          assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(result.stdout), format);
          assert.ok(!result.stdout.split('\n').some((line) => line.startsWith('::')), format);
        }
        const json = JSON.parse((await runCli(['lint', '--format', 'json'], { cwd: ws.dir })).stdout);
        assert.deepStrictEqual(json.files.map((file: any) => file.path).sort(), [escaped, injected].sort());
      } finally {
        ws.remove();
      }
    });
  });
});
