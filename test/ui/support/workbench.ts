/**
 * The real VS Code workbench in headless Chromium, with the packaged extension (.vsix) installed, driven the
 * way a person uses it: keyboard shortcuts, Quick Open, the command palette, the Problems panel.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  ensureInstalled,
  installExtension,
  launchBrowser,
  repoRoot,
  startServer,
  tempDir,
} from '../../../scripts/vscode/vscodeWeb';

export const vsixPath = path.join(repoRoot, 'dist', 'privacy-policy.vsix');
/** Screenshots of every UI test, to look at: git-ignored test artifacts. */
export const screenshotDir = path.join(repoRoot, 'test-results', 'ui');

/** How long one step may take to show its result: generous, since CI machines are shared and slow. */
const STEP_DEADLINE_MS = 60_000;

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly stopServer: () => Promise<void>,
    readonly workspace: string,
    private readonly tmp: string,
  ) {}

  /**
   * Starts VS Code with the .vsix installed and a workspace holding copies of `files`; `prepare` may add to the
   * workspace folder before the workbench opens it (a git repository, say).
   */
  static async start(files: readonly string[], prepare?: (workspace: string) => void): Promise<Workbench> {
    assert.ok(fs.existsSync(vsixPath), `${path.relative(repoRoot, vsixPath)} is missing: run npm run package first`);
    ensureInstalled();
    const tmp = tempDir('ui');
    // Named like the folder `npm start` opens, so that the screenshots show what a user sees.
    const workspace = path.join(tmp, 'examples');
    fs.mkdirSync(workspace);
    for (const file of files) fs.copyFileSync(file, path.join(workspace, path.basename(file)));
    prepare?.(workspace);
    const extensionsDir = path.join(tmp, 'extensions');
    installExtension(vsixPath, extensionsDir);
    const server = await startServer({ dataDir: path.join(tmp, 'server'), extensionsDir });
    return Workbench.open(server.workbenchUrl({ folder: workspace }), {
      stopServer: () => server.stop(),
      workspace,
      tmp,
    });
  }

  /**
   * Opens a workbench URL of a VS Code server started elsewhere (such as by `npm start`) in Chromium.
   * `stopServer` ends that server, `tmp` is removed by stop() unless a test failed.
   */
  static async open(
    url: string,
    options: { stopServer: () => Promise<void>; workspace: string; tmp: string },
  ): Promise<Workbench> {
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    page.setDefaultTimeout(STEP_DEADLINE_MS);
    const workbench = new Workbench(page, browser, options.stopServer, options.workspace, options.tmp);
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    return workbench;
  }

  async stop(keep: boolean): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.stopServer();
    if (keep) console.log(`    workspace and server logs kept in ${this.tmp}`);
    else fs.rmSync(this.tmp, { recursive: true, force: true });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput().fill(name);
    await this.quickPickRow(name).waitFor();
    await this.page.keyboard.press('Enter');
    // By the tab's resource: a preview beside it may be titled with the same file name.
    await this.page.locator(`.tabs-container .tab.active[data-resource-name=${JSON.stringify(name)}]`).waitFor();
    await this.editorInput().waitFor({ state: 'attached' });
  }

  /** Runs a command by its title from the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput().fill(`>${title}`);
    await this.quickPickRow(title).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Moves the cursor with Go to Line/Column (Ctrl+G); line and column count from 1, as the status bar does. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput().fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor();
  }

  /** The Problems panel's row for a problem whose text contains `text`, once it is shown. */
  async problem(text: string): Promise<Locator> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    const filter = this.page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    const row = this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();
    // A filter typed while the panel is still setting up can be lost, and the list only draws the rows in view:
    // the row is then below the fold. Typing the filter again, a few times within the minute, rules that out.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await filter.fill(text);
      try {
        await row.waitFor({ timeout: Math.min(15_000, Math.max(1, deadline - Date.now())) });
        return row;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await filter.fill('');
      }
    }
  }

  async clearProblemFilter(): Promise<void> {
    await this.page.locator('.viewpane-filter input, .markers-panel-action-filter input').first().fill('');
  }

  /** Triggers suggestions at the cursor (Ctrl+Space) and waits for an item with the label. */
  async suggestion(label: string): Promise<Locator> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Space');
    const row = this.page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: label }).first();
    await row.waitFor();
    return row;
  }

  /**
   * Shows the hover at the cursor through its keyboard command and waits until it shows every pattern: its
   * parts (the problem, the language server's answer) arrive one after the other.
   */
  async hover(...patterns: RegExp[]): Promise<Locator> {
    await this.focusEditor();
    await this.runCommand('Show or Focus Hover');
    let hover = this.page.locator('.monaco-hover:not(.hidden)');
    for (const pattern of patterns) hover = hover.filter({ hasText: pattern });
    await hover.first().waitFor();
    return hover.first();
  }

  /** The language status item's accessible label, where the extension reports its server's state. */
  languageStatus(): Locator {
    return this.page.locator('[id="status.languageStatus"]');
  }

  /**
   * Starts recording every value an element's attribute takes in the page, so that a test can check a
   * sequence of states however quickly they pass.
   */
  async recordAttribute(
    element: Locator,
    attribute: string,
  ): Promise<{ waitUntil(condition: (seen: string[]) => boolean): Promise<void> }> {
    const key = `recorded-${attribute}-${Date.now()}`;
    await element.evaluate(
      (target, { key, attribute }) => {
        const page = globalThis as unknown as Record<string, string[]> & {
          MutationObserver: new (callback: () => void) => { observe(node: unknown, options: object): void };
        };
        const seen: string[] = [];
        page[key] = seen;
        new page.MutationObserver(() => seen.push(target.getAttribute(attribute) ?? '')).observe(target, {
          attributes: true,
          attributeFilter: [attribute],
        });
      },
      { key, attribute },
    );
    return {
      waitUntil: async (condition) => {
        const started = Date.now();
        let seen: string[] = [];
        while (!condition(seen)) {
          if (Date.now() - started > STEP_DEADLINE_MS)
            throw new Error(`the ${attribute} never showed the expected sequence; seen: ${JSON.stringify(seen)}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          seen = await this.page.evaluate((key) => (globalThis as unknown as Record<string, string[]>)[key], key);
        }
      },
    };
  }

  /** Types into the editor key by key, as a person does: no command, no Ctrl+Space. */
  async type(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text, { delay: 80 });
  }

  /** The suggest widget once it shows a row with `label`, and the labels of all its rows then. */
  async suggestWidgetWith(label: string): Promise<string[]> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.locator('.monaco-list-row', { hasText: label }).first().waitFor();
    return widget.locator('.monaco-list-row .label-name').allInnerTexts();
  }

  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  private async focusEditor(): Promise<void> {
    await this.editorInput().focus();
  }

  private editorInput(): Locator {
    return this.page
      .locator(
        '.editor-group-container.active .monaco-editor textarea.inputarea, .editor-group-container.active .monaco-editor .native-edit-context',
      )
      .first();
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget input.input');
  }

  private quickPickRow(text: string): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
  }
}
