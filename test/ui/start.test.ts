import * as assert from 'assert';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { freePort, tempDir } from '../../scripts/vscode/vscodeWeb';
import { examplesDir, repoRoot } from '../support/paths';
import { Workbench } from './support/workbench';

/** The policy the README promises `npm start` shows first. */
const seedName = 'help-desk-migration.policy.yaml';
const startScript = path.join(repoRoot, 'out', 'scripts', 'vscode', 'start.js');

/** Every file of the repository's examples/ with its bytes, to see that nothing changed them. */
function examplesSnapshot(): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(examplesDir).map((file) => [file, fs.readFileSync(path.join(examplesDir, file)).toString('base64')]),
  );
}

/** Starts `npm start`'s script with its state in `stateDir` and resolves with the URL it prints. */
function startProduct(
  stateDir: string,
  port: number,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [startScript, `--port=${port}`], {
    cwd: repoRoot,
    env: { ...process.env, PRIVACY_POLICY_START_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\S+)$/m.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`the start script exited with ${code} before it printed a URL:\n${output}`)),
    );
  });
}

/** Stops the start script as Ctrl+C does; it stops its VS Code server before it exits. */
async function stopProduct(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(killer);
}

describe('npm start: VS Code in the browser as a new user gets it', function () {
  let workbench: Workbench;
  let failed = false;
  let stateDir: string;
  let printed: () => string;
  const examplesBefore = examplesSnapshot();

  before(async () => {
    stateDir = tempDir('start');
    const started = await startProduct(stateDir, await freePort());
    printed = started.output;
    workbench = await Workbench.open(started.url, {
      stopServer: () => stopProduct(started.child),
      workspace: path.join(stateDir, 'examples'),
      tmp: stateDir,
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const file = await workbench
      ?.screenshot(`failed-start-${this.currentTest.title.replace(/\W+/g, '-')}`)
      .catch(() => undefined);
    if (file) console.log(`    screenshot of the failure: ${file}`);
  });

  after(async () => {
    await workbench?.stop(failed);
  });

  it('shows the seed policy in front, with its problems', async () => {
    await workbench.page.locator('.tabs-container .tab.active', { hasText: seedName }).waitFor();
    assert.strictEqual(await workbench.page.locator('.tabs-container .tab').count(), 1, 'one editor open');
    await workbench.page.locator('[id="status.editor.mode"]', { hasText: 'Privacy Policy' }).waitFor();
    await workbench.problem('"marketinginformationen" states no purpose');
    await workbench.screenshot('start-01-seed');
    assert.match(printed(), new RegExp(`${seedName.replace(/\./g, '\\.')} open`));
  });

  it("saves edits in a scratch copy of the examples, never in the repository's examples/", async () => {
    const copy = path.join(workbench.workspace, seedName);
    assert.strictEqual(
      fs.readFileSync(copy, 'utf8'),
      fs.readFileSync(path.join(examplesDir, seedName), 'utf8'),
      'a copy of the seed',
    );
    await workbench.goTo(1, 1);
    await workbench.type('# edited in npm start\n');
    await workbench.page.keyboard.press('Control+S');
    const deadline = Date.now() + 30_000;
    while (!fs.readFileSync(copy, 'utf8').startsWith('# edited in npm start\n')) {
      assert.ok(Date.now() < deadline, 'the edit was saved to the scratch copy');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.deepStrictEqual(examplesSnapshot(), examplesBefore, "the repository's examples/ are unchanged");
  });

  it("prints what the README's quick start shows it printing", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const block = /\*\*`npm start`\*\*[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'the README shows the output of npm start');
    // The README shows the default state folder and port; this run has its own, and the URL's query is elided.
    const shownState = path.relative(repoRoot, stateDir).startsWith('..')
      ? stateDir
      : path.relative(repoRoot, stateDir);
    const pattern = block
      .split('.cache/vscode-web-start')
      .map((part) =>
        part
          .split('…')
          .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(':8080/', ':\\d+/'))
          .join('\\S*'),
      )
      .join(shownState.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    assert.match(printed(), new RegExp(`^${pattern}`, 'm'));
  });

  it('keeps its scratch copy where git does not see it', () => {
    const defaultCopy = path.join('.cache', 'vscode-web-start', 'examples', seedName);
    const ignored = spawnSync('git', ['check-ignore', '--quiet', '--no-index', defaultCopy], { cwd: repoRoot });
    assert.strictEqual(ignored.status, 0, `${defaultCopy} is git-ignored`);
  });
});
