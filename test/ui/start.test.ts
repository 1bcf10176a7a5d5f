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

  it("prints what the README's quick start says npm start gives", () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('**`npm test`**'));
    const output = printed();
    // This run keeps its state elsewhere; the README names the default, which the test below checks.
    const facts: Array<[string, RegExp]> = [
      ['installs VS Code 1.100.3', /^VS Code 1\.100\.3 with the Privacy Policy extension/m],
      ['the seed policy `help-desk-migration.policy.yaml` in front', /help-desk-migration\.policy\.yaml open:/],
      ['with a secret token', /^ {2}http:\/\/127\.0\.0\.1:\d+\/\?\S*&tkn=[0-9a-f]{48}$/m],
      [
        'a scratch copy of `examples/` in `.cache/vscode-web-start/examples` (edits stay there; `--reset-examples` copies afresh)',
        new RegExp(
          `It shows a copy of examples/ in ${path.join(stateDir, 'examples').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: edits stay there \\(npm start -- --reset-examples copies afresh\\)\\.`,
        ),
      ],
      ['Ctrl+C stops it', /Stop with Ctrl\+C\./],
    ];
    for (const [claim, shown] of facts) {
      assert.ok(quickStart.includes(claim), `the README says: ${claim}`);
      assert.match(output, shown, `npm start shows it: ${claim}`);
    }
  });

  it('keeps its scratch copy where git does not see it', () => {
    const defaultCopy = path.join('.cache', 'vscode-web-start', 'examples', seedName);
    const ignored = spawnSync('git', ['check-ignore', '--quiet', '--no-index', defaultCopy], { cwd: repoRoot });
    assert.strictEqual(ignored.status, 0, `${defaultCopy} is git-ignored`);
  });
});
