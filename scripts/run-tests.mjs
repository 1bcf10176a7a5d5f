// `npm test`: installs what the suites need, builds, then runs EVERY suite, even after one failed, and ends with
// a table of all of them; exits 1 if any failed.
//
// The suites are the npm scripts named `test:NAME` (NAME without a colon), in package.json's order: add a
// suite (a linter, a dependency check …) by adding such a script. Scripts with a second colon, such as
// `test:integration:electron`, are variants run by hand.
//
// Usage: npm test [-- NAME …]   only the suites named (e.g. `npm test -- unit cli`)
//
// Tools the suites need and npm does not install are checked first, as `npm run vscode:install` does for
// Chromium: installed with apt-get as root, otherwise the run stops and says what to install. A suite that
// would skip its tests without a tool is not run at all.
import { spawn, spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Commands on the PATH that a suite needs, with the Debian package that brings each. */
const tools = [
  {
    suite: 'protocol',
    command: 'nvim',
    debianPackage: 'neovim',
    neededBy: 'test/protocol/neovim.test.ts (an LSP editor other than VS Code)',
  },
];

const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
const allSuites = Object.keys(scripts)
  .filter((name) => /^test:[^:]+$/.test(name))
  .map((name) => name.slice('test:'.length));
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !allSuites.includes(name));
if (unknown.length) {
  console.error(`npm test: no suite ${unknown.join(', ')}; the suites are ${allSuites.join(', ')}`);
  process.exit(2);
}
const suites = asked.length ? allSuites.filter((name) => asked.includes(name)) : allSuites;

const started = Date.now();
installTools();

const results = [];
const build = await run('build', ['run', 'build']);
if (build.code !== 0) {
  results.push({ name: 'build', ...build, passed: undefined, failed: undefined, pending: undefined });
  for (const name of suites) results.push({ name, code: undefined, seconds: 0 });
} else {
  for (const name of suites) results.push({ name, ...(await run(name, ['run', `test:${name}`])) });
}
report(results);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);

function installTools() {
  const missing = tools.filter(
    ({ suite, command }) =>
      suites.includes(suite) && spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status !== 0,
  );
  if (!missing.length) return;
  const packages = missing.map((tool) => tool.debianPackage);
  const canInstall =
    process.getuid?.() === 0 &&
    !process.env.SKIP_APT &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(
      `npm test: missing ${missing.map((tool) => `${tool.command}, needed by ${tool.neededBy}`).join('; ')}.`,
    );
    console.error(`Install it, then run npm test again:\n\n  sudo apt-get install ${packages.join(' ')}\n`);
    process.exit(1);
  }
  console.log(
    `npm test: apt-get install ${packages.join(' ')} (for ${missing.map((tool) => tool.neededBy).join(', ')})`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another process may hold the dpkg lock for a while (an install in another worktree): wait for it.
  const apt = (args) =>
    spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: ['ignore', 'ignore', 'inherit'], env })
      .status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', '--no-install-recommends', ...packages])) {
    console.error(`npm test: apt-get install ${packages.join(' ')} failed`);
    process.exit(1);
  }
  const still = missing.filter(
    ({ command }) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status !== 0,
  );
  if (still.length) {
    console.error(
      `npm test: ${still.map((tool) => tool.command).join(', ')} still missing after apt-get install ${packages.join(' ')}`,
    );
    process.exit(1);
  }
}

/** Runs `npm ARGS`, its output shown as it comes and read for mocha's counts. */
function run(name, args) {
  console.log(`\n━━━ ${name} ━━━ npm ${args.join(' ')}\n`);
  const begin = Date.now();
  return new Promise((resolve) => {
    // Piped output loses the colours of a terminal; keep them when this run has one.
    const env = process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: '1' } : process.env;
    const child = spawn(npm, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    const finish = (code) => resolve({ code, seconds: (Date.now() - begin) / 1000, ...countsIn(output) });
    child.on('error', (error) => {
      output += String(error);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** Mocha's closing lines ("12 passing (3s)", "1 failing", "2 pending"), added up over the runs of a suite. */
function countsIn(output) {
  // eslint-disable-next-line no-control-regex -- colour codes start with ESC
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const sum = (word) => {
    const counts = [...plain.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].map((match) => Number(match[1]));
    return counts.length ? counts.reduce((a, b) => a + b, 0) : undefined;
  };
  const passed = sum('passing');
  return {
    passed,
    failed: sum('failing') ?? (passed === undefined ? undefined : 0),
    pending: sum('pending') ?? (passed === undefined ? undefined : 0),
  };
}

function report(results) {
  const rows = results.map((result) => [
    result.name,
    result.code === undefined ? 'not run' : result.code === 0 ? 'passed' : 'FAILED',
    result.passed ?? '',
    result.failed ?? '',
    result.pending ?? '',
    result.code === undefined ? '' : `${result.seconds.toFixed(1)}s`,
  ]);
  const header = ['suite', 'result', 'passed', 'failed', 'pending', 'time'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => (column < 2 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column])))
      .join('  ');
  console.log(`\n━━━ summary ━━━\n`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  const total = (key) => results.reduce((sum, result) => sum + (result[key] ?? 0), 0);
  // A suite that failed without a failing test (it crashed, or a step before its tests failed) counts as one failure.
  const uncounted = results.filter((result) => result.code !== 0 && !result.failed).length;
  const failedSuites = results.filter((result) => result.code !== 0).map((result) => result.name);
  console.log(
    `\n${results.length - failedSuites.length} of ${results.length} suites passed${failedSuites.length ? `; failed: ${failedSuites.join(', ')}` : ''} (${((Date.now() - started) / 1000).toFixed(0)}s)`,
  );
  const pending = total('pending');
  console.log(
    `tests: ${total('passed')} passed, ${total('failed') + uncounted} failed${pending ? `, ${pending} skipped` : ''}`,
  );
}
