/** What both integration runners (web and desktop VS Code) hand to VS Code. */
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from './vscodeWeb';

/** The suite entry the extension host loads: mocha (tdd) over every out/test/integration/suite/*.test.js. */
export const integrationSuite = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

const fixtureWorkspace = path.join(repoRoot, 'test', 'integration', 'workspace');

/** The runners test what `npm run build` made; they do not build themselves. */
export function requireBuilt(): void {
  for (const file of [
    integrationSuite,
    path.join(repoRoot, 'client', 'out', 'extension.js'),
    path.join(repoRoot, 'server', 'out', 'server.js'),
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run npm run build first`);
  }
}

/** A copy of the fixture workspace, so that tests may write and save files without touching the repository. */
export function prepareIntegrationWorkspace(tmp: string): string {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  return workspace;
}
