import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import { examplesDir } from '../support/paths';
import { waitFor } from '../browser/browserHarness';
import { Workbench } from './support/workbench';

const showcaseName = 'beispiel-gmbh.policy.yaml';
const bilingualName = 'nordlicht-software.policy.yaml';
const showcaseLines = fs.readFileSync(path.join(examplesDir, showcaseName), 'utf8').split('\n');

describe('the policy preview in VS Code in the browser', function () {
  let workbench: Workbench;
  let failed = false;

  before(async () => {
    workbench = await Workbench.start([path.join(examplesDir, showcaseName), path.join(examplesDir, bilingualName)]);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const file = await workbench
      ?.screenshot(`failed-preview-${this.currentTest.title.replace(/\W+/g, '-')}`)
      .catch(() => undefined);
    if (file) console.log(`    screenshot of the failure: ${file}`);
  });

  after(async () => {
    await workbench?.stop(failed);
  });

  /** The frame that holds the rendered policy: webviews nest it in iframes. */
  async function previewFrame(): Promise<Frame> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      for (const frame of workbench.page.frames()) {
        if (
          await frame
            .locator('#policy-root h1')
            .count()
            .catch(() => 0)
        )
          return frame;
      }
      if (Date.now() > deadline) throw new Error('no webview frame shows the policy');
      await workbench.page.waitForTimeout(100);
    }
  }

  /** Picks a colour theme as a person does: F1, "Preferences: Color Theme", then the theme's name. */
  async function setTheme(name: string, bodyClass: string): Promise<Frame> {
    const { page } = workbench;
    const input = page.locator('.quick-input-widget input.input');
    // Rows are clicked by the exact start of their label: fuzzy filtering also lists look-alikes
    // ("Preferences: Browse Color Themes in Marketplace").
    const row = (label: string) =>
      page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^\\s*${label}`) }).first();
    await page.keyboard.press('F1');
    await input.fill('>Preferences: Color Theme');
    await row('Preferences: Color Theme').click();
    await row('Dark Modern').waitFor();
    await input.fill(name);
    await row(name).click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const frame = await previewFrame();
    await waitFor(
      frame,
      `document.body.classList.contains(${JSON.stringify(bodyClass)})`,
      `the preview in the ${name} theme`,
      60_000,
    );
    return frame;
  }

  it('opens beside the editor with Ctrl+K V, and offers its button in the editor title', async () => {
    await workbench.openFile(showcaseName);
    await workbench.page.locator('.editor-actions [aria-label*="Open Preview to the Side"]').first().waitFor();
    await workbench.page.keyboard.press('Control+K');
    await workbench.page.keyboard.press('V');
    await workbench.page.locator('.tabs-container .tab', { hasText: `Preview ${showcaseName}` }).waitFor();
    const frame = await previewFrame();
    assert.strictEqual(
      await frame.locator('#policy-root h1').innerText(),
      'Datenschutzerklärung der Elbwerk Beispiel GmbH',
    );
    assert.strictEqual(await frame.locator('mark.gap').count(), 0, 'the showcase has no gaps');
  });

  it('scrolls with the editor, and a double-click in the preview puts the cursor on the source line', async () => {
    const frame = await previewFrame();
    const line = showcaseLines.indexOf('  kundendaten:') + 1;
    await workbench.goTo(line + 30, 1);
    await waitFor(frame, 'window.scrollY > 200', 'the preview to scroll with the editor', 60_000);
    await frame.locator('h3', { hasText: 'Kundendaten' }).dblclick();
    await workbench.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col 1` }).waitFor();
  });

  it('follows the colour theme, light and dark', async () => {
    const light = await setTheme('Light Modern', 'vscode-light');
    const lightBackground = await light.evaluate('getComputedStyle(document.body).backgroundColor');
    await workbench.screenshot('preview-light');
    const dark = await setTheme('Dark Modern', 'vscode-dark');
    const darkBackground = await dark.evaluate('getComputedStyle(document.body).backgroundColor');
    assert.notStrictEqual(darkBackground, lightBackground);
    await workbench.screenshot('preview-dark');
  });

  /** The frame whose policy heading reads `title` (the webview reloads its frame for another policy). */
  async function frameShowing(title: string, what: string): Promise<Frame> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      for (const frame of workbench.page.frames()) {
        const heading = await frame
          .locator('#policy-root h1')
          .first()
          .textContent({ timeout: 200 })
          .catch(() => null);
        if (heading === title) return frame;
      }
      if (Date.now() > deadline) throw new Error(`no webview frame shows ${what}`);
      await workbench.page.waitForTimeout(100);
    }
  }

  it('switches a bilingual policy between German and English with the buttons above the page', async () => {
    await workbench.openFile(bilingualName);
    await workbench.page.locator('.tabs-container .tab', { hasText: `Preview ${bilingualName}` }).waitFor();
    let frame = await frameShowing('Datenschutzerklärung der Nordlicht Software GmbH', 'the German page first');
    const english = frame.locator('.language-switch button', { hasText: 'English' });
    assert.strictEqual(await english.getAttribute('aria-pressed'), 'false');
    await english.click();
    frame = await frameShowing(
      'Privacy Policy of Nordlicht Software GmbH',
      'the English page after a click on English',
    );
    assert.strictEqual(await frame.locator('#policy-root article').getAttribute('lang'), 'en');
    assert.strictEqual(
      await frame.locator('.language-switch button', { hasText: 'English' }).getAttribute('aria-pressed'),
      'true',
    );
    assert.match(
      await frame.locator('#policy-root').innerText(),
      /Right to lodge a complaint with a supervisory authority/,
    );
    await workbench.screenshot('preview-english');
    await frame.locator('.language-switch button', { hasText: 'Deutsch' }).click();
    await frameShowing(
      'Datenschutzerklärung der Nordlicht Software GmbH',
      'the German page again after a click on Deutsch',
    );
  });
});
