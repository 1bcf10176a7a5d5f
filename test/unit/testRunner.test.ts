import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../support/paths';

const runner = path.join(repoRoot, 'scripts', 'run-tests.mjs');

/** A project of its own with `npm test`'s runner and the given npm scripts, where each suite just prints or fails. */
function project(scripts: Record<string, string>): {
  dir: string;
  run(args?: string[], env?: NodeJS.ProcessEnv): { code: number | null; stdout: string; stderr: string };
  remove(): void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-runner-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(runner, path.join(dir, 'scripts', 'run-tests.mjs'));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'runner-check', private: true, scripts }, null, 2),
  );
  return {
    dir,
    run(args = [], env = process.env) {
      const result = spawnSync(process.execPath, [path.join(dir, 'scripts', 'run-tests.mjs'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...env, NO_COLOR: '1' },
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** An npm script that prints mocha's closing lines and exits with `code`. */
const mochaLike = (passing: number, failing: number, code = failing ? 1 : 0) =>
  `node -e "console.log('  ${passing} passing (1ms)${failing ? `\\\\n  ${failing} failing` : ''}'); process.exit(${code})"`;

/** The summary table's row of a suite, split into its cells. */
function row(stdout: string, suite: string): string[] {
  const summary = stdout.slice(stdout.lastIndexOf('summary'));
  const line = summary.split('\n').find((text) => text.startsWith(`${suite} `));
  assert.ok(line, `a row for ${suite} in:\n${summary}`);
  return line.trim().split(/\s{2,}/);
}

describe('npm test (scripts/run-tests.mjs)', function () {
  this.timeout(60_000);

  it('runs every suite even after one failed, and reports them all at the end', () => {
    const p = project({
      build: 'node -e "console.log(\'built\')"',
      'test:first': mochaLike(2, 0),
      'test:broken': mochaLike(1, 1),
      'test:crash': 'node -e "process.exit(3)"',
      'test:lint': 'node -e "console.log(\'no lint problems\')"',
      'test:last': mochaLike(3, 0),
      'test:last:variant': "node -e \"require('fs').writeFileSync('variant-ran', '')\"",
    });
    try {
      const result = p.run();
      assert.strictEqual(result.code, 1, result.stderr);
      assert.match(result.stdout, /━━━ build ━━━/);
      assert.deepStrictEqual(row(result.stdout, 'first').slice(0, 5), ['first', 'passed', '2', '0', '0']);
      assert.deepStrictEqual(row(result.stdout, 'broken').slice(0, 5), ['broken', 'FAILED', '1', '1', '0']);
      assert.deepStrictEqual(row(result.stdout, 'crash').slice(0, 2), ['crash', 'FAILED']);
      // A suite that is no mocha run (a linter) is reported by its exit code.
      assert.deepStrictEqual(row(result.stdout, 'lint').slice(0, 2), ['lint', 'passed']);
      assert.deepStrictEqual(row(result.stdout, 'last').slice(0, 5), ['last', 'passed', '3', '0', '0']);
      assert.match(row(result.stdout, 'last')[5], /^\d+\.\d+s$/, 'a time per suite');
      assert.ok(!fs.existsSync(path.join(p.dir, 'variant-ran')), 'test:last:variant is no suite');
      assert.match(result.stdout, /^3 of 5 suites passed; failed: broken, crash /m);
      // The last line counts tests, and the crashed suite as one failure.
      assert.strictEqual(result.stdout.trimEnd().split('\n').pop(), 'tests: 6 passed, 2 failed');
    } finally {
      p.remove();
    }
  });

  it('runs only the suites named, and passes when they pass', () => {
    const p = project({
      build: 'node -e 0',
      'test:first': mochaLike(2, 0),
      'test:broken': mochaLike(1, 1),
      'test:last': mochaLike(3, 0),
    });
    try {
      const result = p.run(['first', 'last']);
      assert.strictEqual(result.code, 0, result.stdout + result.stderr);
      assert.doesNotMatch(result.stdout, /broken/);
      assert.strictEqual(result.stdout.trimEnd().split('\n').pop(), 'tests: 5 passed, 0 failed');
      assert.strictEqual(p.run(['nosuch']).code, 2);
    } finally {
      p.remove();
    }
  });

  it('runs no suite when the build fails, and says so', () => {
    const p = project({ build: 'node -e "process.exit(2)"', 'test:first': mochaLike(2, 0) });
    try {
      const result = p.run();
      assert.strictEqual(result.code, 1);
      assert.deepStrictEqual(row(result.stdout, 'build').slice(0, 2), ['build', 'FAILED']);
      assert.deepStrictEqual(row(result.stdout, 'first'), ['first', 'not run']);
    } finally {
      p.remove();
    }
  });

  it('stops before the suites, naming the missing tool and its install command, where it cannot install it', () => {
    const p = project({ build: 'node -e 0', 'test:protocol': mochaLike(1, 0) });
    // A PATH with node, npm and sh but no nvim; SKIP_APT stands for a user who is not root.
    const bin = path.join(p.dir, 'bin');
    fs.mkdirSync(bin);
    const npmCli = spawnSync('sh', ['-c', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8' }).stdout.trim();
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    fs.symlinkSync(npmCli, path.join(bin, 'npm'));
    fs.symlinkSync(spawnSync('sh', ['-c', 'command -v sh'], { encoding: 'utf8' }).stdout.trim(), path.join(bin, 'sh'));
    try {
      const result = p.run([], { ...process.env, PATH: bin, SKIP_APT: '1' });
      assert.strictEqual(result.code, 1, result.stdout + result.stderr);
      assert.match(result.stderr, /missing nvim, needed by test\/protocol\/neovim\.test\.ts/);
      assert.match(result.stderr, /^ {2}sudo apt-get install neovim$/m);
      assert.doesNotMatch(result.stdout, /━━━ build/, 'nothing ran');
    } finally {
      p.remove();
    }
  });
});
