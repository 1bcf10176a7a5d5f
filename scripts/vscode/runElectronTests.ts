/**
 * Runs the integration suite in desktop VS Code through @vscode/test-electron: the same suite as
 * runWebTests.ts, for contributors who have a desktop VS Code or internet access.
 *
 *   VSCODE_EXECUTABLE_PATH  a VS Code (or VS Code Insiders) binary to use instead of downloading one
 *   VSCODE_VERSION          the version to download otherwise (default: stable)
 *   MOCHA_GREP              only the tests whose full title contains this text
 * On Linux without a display, run it under xvfb-run.
 */
import * as fs from 'fs';
import { runTests } from '@vscode/test-electron';
import { integrationSuite, prepareIntegrationWorkspace, requireBuilt } from './integrationSetup';
import { repoRoot, tempDir } from './vscodeWeb';

async function main(): Promise<number> {
  requireBuilt();
  const tmp = tempDir('electron');
  const workspace = prepareIntegrationWorkspace(tmp);
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: integrationSuite,
      extensionTestsEnv: process.env.MOCHA_GREP ? { MOCHA_GREP: process.env.MOCHA_GREP } : undefined,
      // Other installed extensions stay out of the way; built-in ones (YAML among them) stay on.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
    return 0;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`integration tests in desktop VS Code failed: ${detail}`);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(detail)) {
      console.error(
        'No desktop VS Code could be downloaded: set VSCODE_EXECUTABLE_PATH to an installed one, or run the same suite offline with npm run test:integration.',
      );
    }
    return 1;
  } finally {
    // Desktop VS Code keeps its logs in .vscode-test/user-data/logs; the workspace is only a copy of fixtures.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
