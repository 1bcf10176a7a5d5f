import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { examplesDir } from '../support/paths';
import { Workbench } from './support/workbench';

const seedName = 'help-desk-migration.policy.yaml';
const seedText = fs.readFileSync(path.join(examplesDir, seedName), 'utf8');

/** 1-based line and column of the `occurrence`-th `needle` in the seed, as the editor's status bar shows them. */
function positionOf(needle: string, occurrence = 0): { line: number; column: number } {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = seedText.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs ${occurrence + 1} times in the seed`);
  }
  const before = seedText.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

describe('VS Code in the browser with the packaged extension', function () {
  let workbench: Workbench;
  let failed = false;

  before(async () => {
    workbench = await Workbench.start([path.join(examplesDir, seedName)]);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const file = await workbench
      ?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`)
      .catch(() => undefined);
    if (file) console.log(`    screenshot of the failure: ${file}`);
  });

  after(async () => {
    await workbench?.stop(failed);
  });

  it('opens a policy from Quick Open and lists its problems in the Problems panel', async () => {
    await workbench.openFile(seedName);
    await workbench.page.locator('[id="status.editor.mode"]', { hasText: 'Privacy Policy' }).waitFor();
    const row = await workbench.problem('"marketinginformationen" states no purpose');
    const text = await row.innerText();
    const { line, column } = positionOf('marketinginformationen:');
    assert.match(text, /category-purpose/);
    assert.match(text, new RegExp(`\\[Ln ${line}, Col ${column}\\]`));
    // Without the filter, the panel lists the file and its other problems again.
    await workbench.clearProblemFilter();
    await workbench.page.locator('.markers-panel .monaco-list-row').nth(2).waitFor();
    await workbench.screenshot('01-problems');
    // The panel's count is the command line's: `privacy-policy lint` says "31 problems … and 14 hints", and the
    // Problems panel lists no hints.
    const badge = workbench.page
      .locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' })
      .locator('.badge-content');
    await badge.filter({ hasText: /^31$/ }).first().waitFor();
  });

  it('offers the purposes not yet listed when completion is triggered in the editor', async () => {
    const { line, column } = positionOf('purposes: [dienste, anfragen');
    await workbench.goTo(line, column + 'purposes: ['.length);
    const item = await workbench.suggestion('verbesserung');
    assert.match(await item.innerText(), /verbesserung/);
    await workbench.screenshot('02-completion');
    await workbench.dismiss();
  });

  it('shows the problem and what the category holds on hover', async () => {
    const { line, column } = positionOf('marketinginformationen:');
    await workbench.goTo(line, column + 3);
    const hover = await workbench.hover(
      /Data category "marketinginformationen" states no purpose/,
      /Purposes: not stated/,
    );
    assert.match(await hover.innerText(), /Recipients: .*marketing-dienstleister/);
    await workbench.screenshot('03-hover');
    await workbench.dismiss();
  });

  it('restarts the language server from the command palette', async () => {
    const status = workbench.languageStatus();
    await status.and(workbench.page.locator('[aria-label*="Policy checks: running"]')).waitFor();
    // Record every state the status item shows while the command runs: the restart is seen, not assumed.
    const labels = await workbench.recordAttribute(status, 'aria-label');
    await workbench.runCommand('Privacy Policy: Restart Language Server');
    await labels.waitUntil((seen) => {
      const starting = seen.findIndex((label) => label.includes('Policy checks: starting'));
      return starting >= 0 && seen.slice(starting).some((label) => label.includes('Policy checks: running'));
    });
    await workbench.problem('"marketinginformationen" states no purpose');
    await workbench.screenshot('04-restarted');
  });
});
