/**
 * Runs the integration suite inside a real VS Code extension host, offline: VS Code's server with its web
 * workbench in headless Chromium. The workbench URL hands the extension and the suite to the extension host
 * (as microsoft/vscode's own browser integration tests do), and the suite's exit code comes back through
 * `window.codeAutomationExit`. This process exits with that code. The same suite runs in desktop VS Code
 * through runElectronTests.ts.
 *
 * Usage: node out/scripts/vscode/runWebTests.js [--grep=TEXT] [--keep] [--verbose]
 *   --grep     only the tests whose full title contains TEXT (also MOCHA_GREP)
 *   --keep     keep the temporary workspace, server data and logs (they are kept anyway after a failure)
 *   --verbose  also show the browser console and the server's output
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { integrationSuite, prepareIntegrationWorkspace, requireBuilt } from './integrationSetup';
import { ensureInstalled, launchBrowser, repoRoot, startServer, tempDir, vscodeVersion } from './vscodeWeb';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split(/=(.*)/s);
    return [name, value ?? 'true'] as const;
  }),
);
const verbose = args.has('verbose');
/** A hung workbench must not hang CI: this bounds the whole run, it times nothing. */
const deadlineMinutes = Number(process.env.PRIVACY_POLICY_TEST_DEADLINE_MINUTES ?? 15);

/** Lines the workbench logs on every offline start that say nothing about the extension or the tests. */
const noise = [
  /^Resolv/,
  /^Creating a socket/,
  /^Updating additional/,
  /^ChatSessionStore/,
  /^Creation of workbench contribution/,
  /gallery|marketplace|open-vsx|vscode-cdn|update\.code\.visualstudio/i,
  /service ?worker/i,
  /vsda/,
  /Failed to load resource/,
  /\[Extension Host\] (Started|Stopped)/,
];

async function main(): Promise<number> {
  requireBuilt();
  ensureInstalled();
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const tmp = tempDir('integration');
  const workspace = prepareIntegrationWorkspace(tmp);
  const grep = args.get('grep') ?? process.env.MOCHA_GREP;

  const server = await startServer({
    dataDir: path.join(tmp, 'server'),
    extensionsDir: path.join(tmp, 'extensions'),
    env: grep ? { MOCHA_GREP: grep } : {},
    onOutput: verbose ? (text) => process.stdout.write(`[server] ${text}`) : undefined,
  });
  console.log(`VS Code ${vscodeVersion()} (web) on ${server.authority} [${elapsed()}]`);
  const browser = await launchBrowser();
  let exitCode: number;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    exitCode = await new Promise<number>((resolve) => {
      const deadline = setTimeout(() => {
        console.error(`integration tests: no result after ${deadlineMinutes} minutes`);
        resolve(2);
      }, deadlineMinutes * 60_000);
      page.on('crash', () => {
        console.error('integration tests: the workbench page crashed');
        resolve(3);
      });
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      if (verbose) page.on('console', (message) => console.log(`[browser ${message.type()}] ${message.text()}`));
      // The workbench mirrors the extension host's console (mocha's reporter) into this function.
      void page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown) => {
        const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
        if (!verbose && noise.some((pattern) => pattern.test(line))) return;
        (type === 'error' ? console.error : console.log)(line);
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => {
        clearTimeout(deadline);
        resolve(code);
      });
      const url = server.workbenchUrl({
        folder: workspace,
        payload: [
          ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
          ['extensionTestsPath', server.remoteUri(integrationSuite)],
        ],
      });
      if (verbose) console.log(`opening ${url}`);
      page.goto(url).catch((error: Error) => {
        console.error(`integration tests: the workbench did not load: ${error.message}`);
        resolve(4);
      });
    });
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  if (exitCode === 0 && !args.has('keep')) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`workspace, server data and logs kept in ${tmp}`);
  console.log(`integration tests in VS Code (web) exited with ${exitCode} after ${elapsed()}`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
