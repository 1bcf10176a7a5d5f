import * as assert from 'assert';
import { historyRepository, POLICY_FILE } from '../support/policyHistory';
import { Workbench } from './support/workbench';

describe('"Show Changes Since …" in VS Code in the browser, as a person runs it', function () {
  let workbench: Workbench;
  let failed = false;

  before(async () => {
    // The workspace is a git repository holding the policy's six published versions, tagged v1.0 … v2.3.
    workbench = await Workbench.start([], (workspace) => historyRepository(undefined, undefined, workspace));
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

  it('asks what to compare with, then shows the change notice beside the policy', async () => {
    const { page } = workbench;
    await workbench.openFile(POLICY_FILE);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.fill('>Privacy Policy: Show Changes Since');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Changes Since' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The question: the setting (none here), HEAD, HEAD~1, or another revision or file.
    const another = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Another revision or policy file' });
    await another.waitFor();
    assert.ok(await page.locator('.quick-input-list .monaco-list-row', { hasText: 'HEAD~1' }).isVisible());
    await another.click();
    await page.locator('.quick-input-widget', { hasText: 'A git revision' }).waitFor();
    await input.fill('v1.0');
    await page.keyboard.press('Enter');

    await page.locator('.tabs-container .tab', { hasText: `${POLICY_FILE}.changes.md` }).waitFor();
    const view = page.locator('.editor-group-container', { hasText: 'Änderungen gegenüber Version 1.0' }).first();
    await view.locator('.view-lines', { hasText: 'an die Versand Inc. in den USA' }).waitFor();
    assert.match(
      (await view.locator('.view-lines').innerText()).replace(/\s+/g, ' '),
      /Neu: Wir verarbeiten Server-Log-Dateien und Nutzungsdaten/,
    );
    await workbench.screenshot('05-changes');
  });
});
