/**
 * Runs the product: VS Code in the browser on 127.0.0.1, with the packaged extension installed and the
 * repository's examples/ open. `npm start` packages the extension first and then runs this.
 *
 * Usage: node out/scripts/vscode/start.js [--port=N]   (also PORT; default 8080, or a free port if taken)
 * The printed URL carries a fresh secret token: only who has the URL can use this VS Code.
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
/** Kept between runs, so that the server's state survives a restart; git-ignored. */
const stateDir = path.join(repoRoot, '.cache', 'vscode-web-start');

async function main(): Promise<void> {
  if (!fs.existsSync(vsix))
    throw new Error(`${path.relative(repoRoot, vsix)} is missing: run npm run package (npm start does)`);
  ensureInstalled();
  const extensionsDir = path.join(stateDir, 'extensions');
  installExtension(vsix, extensionsDir);

  writeDefaultSettings(path.join(stateDir, 'server', 'data', 'Machine', 'settings.json'));

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

  const seed = fs.readdirSync(examples).find((file) => file.endsWith('.policy.yaml'));
  const url = server.workbenchUrl({ folder: examples, file: seed && path.join(examples, seed) });
  console.log(`\nVS Code ${vscodeVersion()} with the Privacy Policy extension, examples/ open:\n\n  ${url}\n`);
  console.log(`Open the URL in a browser. Server log: ${server.logFile}. Stop with Ctrl+C.`);
}

/** Settings for this VS Code (its "Remote" settings), written once; edit them in VS Code as you like. */
function writeDefaultSettings(file: string): void {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // examples/ lies inside this repository: without this, Git asks on every start whether to open the parent.
  fs.writeFileSync(file, `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
