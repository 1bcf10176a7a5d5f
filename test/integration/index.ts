/**
 * The suite entry that VS Code's extension host loads (extensionTestsPath), in the web workbench and in
 * desktop VS Code alike: mocha with the tdd interface over every suite/*.test.js. The promise it returns
 * decides the exit code of the run.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Checks that nothing activated the extension before a policy was opened, so it runs before the others. */
const runsFirst = 'activation.test.js';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: 60_000,
    forbidPending: true,
    grep: process.env.MOCHA_GREP || undefined,
  });
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs
    .readdirSync(suiteDir)
    .filter((file) => file.endsWith('.test.js'))
    .sort((a, b) => Number(b === runsFirst) - Number(a === runsFirst) || a.localeCompare(b));
  for (const file of files) mocha.addFile(path.join(suiteDir, file));

  const kind = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  console.log(
    `VS Code ${vscode.version} (${kind}, language ${vscode.env.language}), extension host ${vscode.env.remoteName ? `remote (${vscode.env.remoteName})` : 'local'}`,
  );
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run((failures) => {
      // The plain closing line that CI logs are read for.
      console.log(`integration: ${passed} passed, ${failed} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else if (passed === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
