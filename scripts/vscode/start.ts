/**
 * Runs the product: VS Code in the browser on 127.0.0.1, with the packaged extension installed and a scratch
 * copy of the repository's examples/ open on the seed policy. `npm start` packages the extension first and
 * then runs this.
 *
 * Usage: node out/scripts/vscode/start.js [--port=N] [--reset-examples]
 *   --port            also PORT; default 8080, or a free port if that is taken
 *   --reset-examples  copy examples/ afresh over the scratch copy, dropping the edits made in it
 * The printed URL carries a fresh secret token: only who has the URL can use this VS Code.
 * PRIVACY_POLICY_START_DIR moves the state (default .cache/vscode-web-start, git-ignored); the tests use it.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  ensureInstalled,
  installExtension,
  repoRoot,
  startServer,
  vscodeVersion,
  type ServerOptions,
} from './vscodeWeb';

const vsix = path.join(repoRoot, 'dist', 'privacy-policy.vsix');
const examples = path.join(repoRoot, 'examples');
/** The policy the README shows: it has problems to look at, unlike the complete one. */
export const seedPolicy = 'help-desk-migration.policy.yaml';
/** Kept between runs, so that the server's state and the edits in the examples survive a restart. */
const stateDir = path.resolve(
  process.env.PRIVACY_POLICY_START_DIR || path.join(repoRoot, '.cache', 'vscode-web-start'),
);

/**
 * The folder VS Code opens: a copy of examples/ in the state folder, so that edits (and VS Code's auto save)
 * never change the repository's files. A file new in examples/ is copied in; one already there keeps its edits
 * unless `reset`.
 */
export function prepareExamples(target: string, reset: boolean): void {
  fs.mkdirSync(target, { recursive: true });
  for (const file of fs.readdirSync(examples)) {
    const source = path.join(examples, file);
    const copy = path.join(target, file);
    if (!fs.statSync(source).isFile() || (!reset && fs.existsSync(copy))) continue;
    fs.copyFileSync(source, copy);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(vsix))
    throw new Error(`${path.relative(repoRoot, vsix)} is missing: run npm run package (npm start does)`);
  ensureInstalled();
  const extensionsDir = path.join(stateDir, 'extensions');
  installExtension(vsix, extensionsDir);

  writeDefaultSettings(path.join(stateDir, 'server', 'data', 'Machine', 'settings.json'));
  const workspace = path.join(stateDir, 'examples');
  prepareExamples(workspace, process.argv.includes('--reset-examples'));

  const requested =
    process.argv.find((arg) => arg.startsWith('--port='))?.slice('--port='.length) ?? process.env.PORT ?? '8080';
  const options: ServerOptions = {
    dataDir: path.join(stateDir, 'server'),
    extensionsDir,
    connectionToken: crypto.randomBytes(24).toString('hex'),
  };
  const server = await startServer({ ...options, port: Number(requested) }).catch((error: unknown) => {
    if (!String(error).includes('EADDRINUSE')) throw error;
    console.log(`Port ${requested} is taken; using a free one.`);
    return startServer(options);
  });

  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const url = server.workbenchUrl({ folder: workspace, file: path.join(workspace, seedPolicy) });
  console.log(`\nVS Code ${vscodeVersion()} with the Privacy Policy extension, ${seedPolicy} open:\n\n  ${url}\n`);
  console.log(
    `It shows a copy of examples/ in ${shown(workspace)}: edits stay there (npm start -- --reset-examples copies afresh).`,
  );
  console.log(`Open the URL in a browser. Server log: ${shown(server.logFile)}. Stop with Ctrl+C.`);
}

/** Settings for this VS Code (its "Remote" settings), written once; edit them in VS Code as you like. */
function writeDefaultSettings(file: string): void {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The copy of examples/ lies inside this repository: without this, Git asks on every start whether to open the parent.
  fs.writeFileSync(file, `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
}

/** A path inside the repository as a relative one, which is shorter to read. */
function shown(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
