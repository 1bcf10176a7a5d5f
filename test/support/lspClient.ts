import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { serverBundle } from './paths';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type Listener = (method: string, params: unknown) => void;

/**
 * A plain LSP client written from the specification: Content-Length framing and JSON-RPC over the stdio
 * of a spawned server. It shares no code with VS Code or vscode-languageclient, so tests that pass
 * through it prove the server works for any editor.
 */
export class LspClient {
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  /** Answers to `workspace/configuration`, by section; sections not listed get null. */
  settings: Record<string, unknown> = {};
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<Listener>();
  private exited: Promise<number | null>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.on('exit', () => {
      for (const pending of this.pending.values()) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`server exited; stderr:\n${this.stderr}`));
      }
      this.pending.clear();
    });
  }

  /** Spawns the built server binary, as an editor configured with `privacy-policy-language-server --stdio` would. */
  static spawn(
    args: readonly string[] = ['--stdio'],
    command: string = process.execPath,
    commandArgs: readonly string[] = [serverBundle],
  ): LspClient {
    const child = spawn(command, [...commandArgs, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspClient(child);
  }

  /** The id the next request will have: for `$/cancelRequest`. */
  get nextRequestId(): number {
    return this.nextId;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** `params` adds to or replaces the initialize parameters (a workspace: `rootUri`, `workspaceFolders`). */
  async initialize(
    initializationOptions: unknown = {},
    capabilities: unknown = defaultCapabilities,
    params: Record<string, unknown> = {},
  ): Promise<any> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
      locale: 'en',
      ...params,
    });
    this.notify('initialized', {});
    return result;
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 20000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received or still to come) that matches. */
  waitForNotification<T = any>(
    method: string,
    matches: (params: T) => boolean = () => true,
    timeoutMs = 20000,
    since = 0,
  ): Promise<T> {
    const seen = this.notifications.slice(since).find((n) => n.method === method && matches(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const listener: Listener = (m, params) => {
        if (m !== method || !matches(params as T)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(params as T);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no ${method} notification within ${timeoutMs} ms`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  /** Diagnostics published for a document version. */
  diagnosticsFor(
    uri: string,
    version?: number,
    timeoutMs?: number,
  ): Promise<{ uri: string; version?: number; diagnostics: any[] }> {
    return this.waitForNotification(
      'textDocument/publishDiagnostics',
      (p: any) => p.uri === uri && (version === undefined || p.version === version),
      timeoutMs,
    );
  }

  /** Writes raw bytes to the server's stdin: for tests of malformed traffic. */
  writeRaw(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  async shutdown(): Promise<number | null> {
    if (this.alive) {
      try {
        await this.request('shutdown', null, 5000);
        this.notify('exit', null);
      } catch {
        this.child.kill();
      }
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from server: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: any): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      else pending.resolve(message.result);
    } else if (message.id !== undefined) {
      // A request from the server (configuration, registration): answer it as a minimal client would.
      const items: Array<{ section?: string }> = message.params?.items ?? [];
      this.send({
        jsonrpc: '2.0',
        id: message.id,
        result:
          message.method === 'workspace/configuration'
            ? items.map((item) => this.settings[item.section ?? ''] ?? null)
            : null,
      });
    } else {
      this.notifications.push({ method: message.method, params: message.params });
      for (const listener of [...this.listeners]) listener(message.method, message.params);
    }
  }
}

export const defaultCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};
