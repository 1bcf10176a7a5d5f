import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { examplesDir, repoRoot } from '../support/paths';
import { Workbench } from './support/workbench';

const seedName = 'help-desk-migration.policy.yaml';
const seedLines = fs.readFileSync(path.join(examplesDir, seedName), 'utf8').split('\n');

/** 1-based line of the first line of the seed that is exactly `text` (or ends with it), and its end column. */
function lineEnd(text: string): { line: number; column: number } {
  const index = seedLines.findIndex((line) => line === text || line.endsWith(text));
  assert.ok(index >= 0, `the seed has a line "${text}"`);
  return { line: index + 1, column: seedLines[index].length + 1 };
}

/** What VS Code's word-based suggestions offered while language-configuration.json's word pattern made words of `p L N { } _ . -`. */
const junkWords = ['-L', '.p', 'LL', '{', '}', '-', '.'];

describe('typing a policy in VS Code in the browser', function () {
  let workbench: Workbench;
  let failed = false;

  before(async () => {
    workbench = await Workbench.start([path.join(examplesDir, seedName)]);
    await workbench.openFile(seedName);
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    const file = await workbench
      ?.screenshot(`failed-typing-${this.currentTest.title.replace(/\W+/g, '-')}`)
      .catch(() => undefined);
    if (file) console.log(`    screenshot of the failure: ${file}`);
  });

  after(async () => {
    await workbench?.stop(failed);
  });

  /** Removes the line the cursor is on (Ctrl+Shift+K), so that the next test finds the seed's lines where they were. */
  async function deleteLine(): Promise<void> {
    await workbench.dismiss();
    await workbench.page.keyboard.press('Control+Shift+K');
  }

  it('opens completion by itself when a key is typed on a new line of a category, with the keys that fit', async () => {
    const { line, column } = lineEnd('    recipients: [dienstleister]');
    await workbench.goTo(line, column);
    await workbench.page.keyboard.press('Enter');
    try {
      await workbench.type('ret');
      const labels = await workbench.suggestWidgetWith('retention');
      await workbench.screenshot('typing-01-key-completion');
      assert.strictEqual(labels[0], 'retention', labels.join(', '));
      for (const junk of junkWords) assert.ok(!labels.includes(junk), `"${junk}" offered: ${labels.join(', ')}`);
      // Typed on, the list follows the word being typed, the key still first.
      await workbench.type('en');
      assert.strictEqual((await workbench.suggestWidgetWith('retention'))[0], 'retention');
    } finally {
      await deleteLine();
    }
  });

  it('offers the words of the text after a word with Ctrl+Space, German words whole and no junk', async () => {
    const { line, column } = lineEnd('Profilinformationen an. Zusätzlich');
    await workbench.goTo(line, column);
    await workbench.type(' Zusä');
    try {
      await workbench.page.keyboard.press('Control+Space');
      const labels = await workbench.suggestWidgetWith('Zusätzlich');
      await workbench.screenshot('typing-02-word-completion');
      for (const junk of junkWords) assert.ok(!labels.includes(junk), `"${junk}" offered: ${labels.join(', ')}`);
    } finally {
      await workbench.dismiss();
      for (let i = 0; i < ' Zusä'.length; i++) await workbench.page.keyboard.press('Backspace');
    }
  });

  /** The English snippets as package.nls.json names their file: the UI runs in English (en-US). */
  const englishSnippets = Object.entries<{ prefix: string; description: string }>(
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets', 'privacy-policy.en.code-snippets'), 'utf8')),
  );

  /** The labels of the suggest widget's snippet rows, once one shows `label`. */
  async function snippetRows(label: string): Promise<string[]> {
    await workbench.suggestWidgetWith(label);
    const rows = workbench.page
      .locator('.editor-widget.suggest-widget.visible .monaco-list-row')
      .filter({ has: workbench.page.locator('.codicon-symbol-snippet') });
    return rows.locator('.label-name').allInnerTexts();
  }

  it('offers each snippet once, found by its German or its English word, in the display language', async () => {
    const { line, column } = lineEnd('clauses:');
    await workbench.goTo(line, column);
    await workbench.page.keyboard.press('Enter');
    try {
      await workbench.type('baustein');
      const byGermanWord = await snippetRows('baustein');
      await workbench.screenshot('typing-03-snippets');
      assert.deepStrictEqual(byGermanWord.sort(), ['clause-ref · baustein', 'clause-with · baustein-mit-werten']);
      const row = workbench.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', {
        hasText: 'clause-ref · baustein',
      });
      assert.match(await row.innerText(), /Insert library clause/);
      for (let i = 0; i < 'baustein'.length; i++) await workbench.page.keyboard.press('Backspace');
      await workbench.dismiss();
      await workbench.type('clause');
      const byEnglishWord = await snippetRows('clause-ref');
      assert.deepStrictEqual(byEnglishWord.sort(), englishSnippets.map(([, snippet]) => snippet.prefix).sort());
    } finally {
      await deleteLine();
    }
  });

  it('lists each snippet once in Insert Snippet, described in the display language', async () => {
    await workbench.page.keyboard.press('F1');
    await workbench.page.locator('.quick-input-widget input.input').fill('>Snippets: Insert Snippet');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Insert Snippet' }).first().waitFor();
    await workbench.page.keyboard.press('Enter');
    const rows = workbench.page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'clause-ref' }).first().waitFor();
    await workbench.screenshot('typing-04-insert-snippet');
    const texts = await rows.allInnerTexts();
    const entries = texts.filter((text) => englishSnippets.some(([, snippet]) => text.includes(snippet.description)));
    assert.strictEqual(entries.length, englishSnippets.length, texts.join('\n---\n'));
    for (const [, snippet] of englishSnippets)
      assert.strictEqual(texts.filter((text) => text.includes(snippet.prefix)).length, 1, snippet.prefix);
    await workbench.dismiss();
  });
});
