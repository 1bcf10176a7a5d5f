import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot, serverBundle } from '../support/paths';

const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;

/** Runs the built server binary as a person would in a terminal: stdin open, nothing typed. */
function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serverBundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // A server that waits for a connection instead of answering would hang here: fail rather than wait.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after 10 s with ${JSON.stringify(args)}; stdout: ${stdout}; stderr: ${stderr}`));
    }, 10_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const usage = /^Usage: privacy-policy-language-server --stdio +speak LSP over standard input and output/m;

describe('the server binary started by hand', function () {
  it('without a transport, prints its usage to stderr and exits 2 instead of waiting for an editor', async () => {
    for (const args of [[], ['--verbose']]) {
      const result = await run(args);
      assert.strictEqual(result.code, 2, `${JSON.stringify(args)}: ${result.stderr}`);
      assert.strictEqual(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^privacy-policy-language-server ${version.replace(/\./g, '\\.')}: `));
      assert.match(result.stderr, usage);
      assert.match(result.stderr, /privacy-policy lint/, 'points to the command line for checking files');
    }
  });

  it('with --help, prints the same usage to stdout and exits 0; with --version, its version', async () => {
    const help = await run(['--help']);
    assert.strictEqual(help.code, 0, help.stderr);
    assert.strictEqual(help.stderr, '');
    assert.match(help.stdout, usage);
    assert.strictEqual(help.stdout, (await run([])).stderr, 'the same text');
    const shortHelp = await run(['-h']);
    assert.strictEqual(shortHelp.stdout, help.stdout);
    const versionRun = await run(['--version']);
    assert.deepStrictEqual(versionRun, { code: 0, stdout: `privacy-policy-language-server ${version}\n`, stderr: '' });
  });
});
