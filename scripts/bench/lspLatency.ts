/**
 * Keystroke-to-diagnostics latency of a language server over stdio, measured as an editor sees it: from
 * sending `didChange` to receiving the settled `publishDiagnostics` for that change.
 */
import * as fs from 'fs';
import { LspClient } from '../../test/support/lspClient';
import { keystrokeSites, statistics, type SitePosition, type Summary } from './keystrokes';

export interface ServerUnderTest {
  readonly name: string;
  readonly languageId: string;
  spawn(): LspClient;
  /** Makes the server ready to check policies (settings, schema); resolves when it is. */
  prepare(client: LspClient): Promise<void>;
  /** Whether its diagnostics carry the document version (ours do; yaml-language-server's do not). */
  readonly versioned: boolean;
}

export interface LatencyResult {
  readonly open: number;
  readonly keystroke: Summary;
  /** Resident memory of the server process after those keystrokes, in MiB. */
  readonly rssMiB: number | undefined;
  /** Then as many keystrokes at the start of lines, each breaking a section's structure or mending it. */
  readonly lineStart: Summary;
  /** Resident memory after those too. */
  readonly rssAfterLineStartMiB: number | undefined;
}

/** Time an author waits between keystrokes in the measurement: long enough to be a keystroke of its own. */
const THINK_MS = 60;

export async function measureLatency(
  server: ServerUnderTest,
  text: string,
  keystrokes: number,
  uri: string,
): Promise<LatencyResult> {
  const client = server.spawn();
  try {
    await server.prepare(client);
    let version = 1;
    const published = (since: number) =>
      client.waitForNotification<{ uri: string; version?: number }>(
        'textDocument/publishDiagnostics',
        (p) => p.uri === uri && (!server.versioned || p.version === version),
        120000,
        since,
      );
    let since = client.notifications.length;
    let started = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version, text } });
    await published(since);
    const open = performance.now() - started;

    const type = async (position: SitePosition): Promise<Summary> => {
      const times: number[] = [];
      const sites = keystrokeSites(text, keystrokes, position);
      for (let i = 0; i < sites.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, THINK_MS));
        version++;
        since = client.notifications.length;
        started = performance.now();
        client.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [sites[i].change(i)],
        });
        await published(since);
        times.push(performance.now() - started);
      }
      return statistics(times);
    };
    const keystroke = await type('line-end');
    const rssMiB = residentMiB(client.pid);
    const lineStart = await type('line-start');
    return { open, keystroke, rssMiB, lineStart, rssAfterLineStartMiB: residentMiB(client.pid) };
  } finally {
    await client.shutdown();
  }
}

/** VmRSS from /proc (Linux); undefined where there is no /proc. */
export function residentMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : undefined;
  } catch {
    return undefined;
  }
}
