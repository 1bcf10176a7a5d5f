/**
 * The offline route to a real VS Code: VS Code's own server and web workbench (from the npm package
 * code-server, installed by install.sh into a cache folder), opened in Debian's Chromium through
 * playwright-core. The integration runner, the UI tests and `npm start` all start VS Code through here.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';

/** The repository root, from the compiled file in out/scripts/vscode/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

const installScript = path.join(repoRoot, 'scripts', 'vscode', 'install.sh');

let installDir: string | undefined;

/**
 * Runs the install step (seconds when it is up to date, a minute or two on a new machine) and remembers
 * where it installed. Everything below that starts VS Code needs it to have run.
 */
export function ensureInstalled(): void {
  const result = cp.spawnSync('bash', [installScript], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const dir = result.stdout?.trim().split('\n').pop();
  if (result.status !== 0 || !dir)
    throw new Error(`${path.relative(repoRoot, installScript)} failed (exit ${result.status ?? result.signal})`);
  installDir = dir;
}

/** VS Code inside code-server: `out/server-main.js` is VS Code's own server with its web workbench. */
export function vscodeRoot(): string {
  if (!installDir) throw new Error('call ensureInstalled() first');
  return path.join(installDir, 'node_modules', 'code-server', 'lib', 'vscode');
}

export function vscodeVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(vscodeRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (c): c is string => !!c,
  );
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found)
    throw new Error(
      `no Chromium found (tried ${candidates.join(', ')}); run npm run vscode:install or set CHROMIUM_PATH`,
    );
  return found;
}

/**
 * Chromium offline and as root: no sandbox (root), and none of the background traffic that this machine's
 * closed network would refuse over and over.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Installs a packaged extension into an extensions folder, as `code --install-extension` does. */
export function installExtension(vsix: string, extensionsDir: string): void {
  fs.mkdirSync(extensionsDir, { recursive: true });
  const result = cp.spawnSync(
    process.execPath,
    [
      path.join(vscodeRoot(), 'out', 'server-main.js'),
      '--install-extension',
      vsix,
      '--force',
      '--extensions-dir',
      extensionsDir,
      '--accept-server-license-terms',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(
      `installing ${vsix} failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.slice(-2000)}`,
    );
}

export interface ServerOptions {
  /** Folder for the server's own state (machine settings, logs, the extension host's storage). */
  readonly dataDir: string;
  readonly extensionsDir: string;
  readonly host?: string;
  /** A fixed port; otherwise a free one. */
  readonly port?: number;
  /** A secret the browser must present; without one, any local process could use the server. */
  readonly connectionToken?: string;
  /** Extra environment for the server and the extension host it starts. */
  readonly env?: NodeJS.ProcessEnv;
  /** Called with each chunk the server prints. */
  readonly onOutput?: (text: string) => void;
}

export interface VscodeServer {
  readonly host: string;
  readonly port: number;
  /** host:port, the authority of `vscode-remote://` URIs. */
  readonly authority: string;
  readonly logFile: string;
  /** The workbench URL opening a folder and, if given, a file in it, with extra payload for the workbench. */
  workbenchUrl(options?: {
    folder?: string;
    file?: string;
    payload?: ReadonlyArray<readonly [string, string]>;
  }): string;
  /** A file path on the server as a URI the workbench understands. */
  remoteUri(file: string): string;
  stop(): Promise<void>;
}

/** Starts VS Code's server and resolves once it listens. A port taken in the meantime is retried with another. */
export async function startServer(options: ServerOptions): Promise<VscodeServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(options);
    } catch (error) {
      if (options.port !== undefined || attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function startServerOnce(options: ServerOptions): Promise<VscodeServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const logFile = path.join(options.dataDir, 'server.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const args = [
    path.join(vscodeRoot(), 'out', 'server-main.js'),
    '--host',
    host,
    '--port',
    String(port),
    ...(options.connectionToken ? ['--connection-token', options.connectionToken] : ['--without-connection-token']),
    '--accept-server-license-terms',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--server-data-dir',
    options.dataDir,
    '--extensions-dir',
    options.extensionsDir,
  ];
  // Own process group: stopping the server also stops the extension host and language servers below it.
  const child = cp.spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      log.write(text);
      options.onOutput?.(text);
      seen += text;
      if (/Extension host agent listening on \d+/.test(seen)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`VS Code server exited with ${code} before it listened:\n${seen.slice(-2000)}`)),
    );
  });

  const authority = `${host}:${port}`;
  const remoteUri = (file: string): string =>
    `vscode-remote://${authority}${path.resolve(file).split(path.sep).map(encodeURIComponent).join('/')}`;
  return {
    host,
    port,
    authority,
    logFile,
    remoteUri,
    workbenchUrl({ folder, file, payload = [] } = {}) {
      const entries: Array<readonly [string, string]> = [['skipWelcome', 'true'], ...payload];
      if (file) entries.push(['openFile', remoteUri(file)]);
      const query = [`payload=${encodeURIComponent(JSON.stringify(entries))}`];
      if (folder) query.push(`folder=${encodeURIComponent(remoteUri(folder))}`);
      if (options.connectionToken) query.push(`tkn=${encodeURIComponent(options.connectionToken)}`);
      return `http://${authority}/?${query.join('&')}`;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup(child.pid!, 'SIGTERM');
        // A server that does not stop when asked is killed; the wait is a deadline, not a pause.
        const killer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      log.end();
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** A fresh temporary folder for one run; the runners remove it unless something failed. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `privacy-policy-${prefix}-`));
}
