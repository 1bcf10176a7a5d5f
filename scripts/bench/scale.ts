/**
 * `node out/scripts/bench/scale.js [names…]` (after a build): what very large documents cost the language
 * server over stdio. For each input: the time from `didOpen` to the first diagnostics, the server's peak
 * resident memory (VmHWM) and its memory after the document is closed, and whether a hover on a small second
 * document is answered while the large one is being checked (and how long it waited).
 *
 * Not part of `npm run bench` (it takes minutes and gigabytes); the figures are in docs/performance.md under
 * "Limits". SCALE_TIMEOUT_S (default 300) bounds each input; an input that is not done by then is reported so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LspClient } from '../../test/support/lspClient';
import { generatePolicy } from './policyGenerator';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** SCALE_SERVER names another server bundle, e.g. a copy of an older build to compare with. */
const serverBundle = process.env.SCALE_SERVER ?? path.join(repoRoot, 'server', 'out', 'server.js');
const timeoutMs = Number(process.env.SCALE_TIMEOUT_S ?? 300) * 1000;

const MB = 1_000_000;

/** A generated policy of about `bytes` characters (about 72 per line). */
function policyOf(bytes: number): string {
  return generatePolicy({ lines: Math.round(bytes / 72), seed: 11 });
}

const inputs: Record<string, () => string> = {
  'policy-1MB': () => policyOf(1 * MB),
  'policy-5MB': () => policyOf(5 * MB),
  'policy-10MB': () => policyOf(10 * MB),
  'policy-20MB': () => policyOf(20 * MB),
  'policy-50MB': () => policyOf(50 * MB),
  'keys-1e6': () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(`k${String(i).padStart(7, '0')}: v`);
    return lines.join('\n') + '\n';
  },
  'flow-10MB': () => `purposes: [${'aaaaaa, '.repeat((10 * MB) / 8)}a]\n`,
  // Just below the limit (2 MiB): what the server still reads.
  'policy-1.9MB': () => policyOf(1.9 * MB),
  'keys-1.9MB': () => {
    const lines: string[] = [];
    for (let i = 0; i < (1.9 * MB) / 12; i++) lines.push(`k${String(i).padStart(7, '0')}: v`);
    return lines.join('\n') + '\n';
  },
  'strays-1.8MB': () => {
    const lines = ['purposes:'];
    for (let i = 0; lines.length < 180000; i++) lines.push(`  z${i}:`, `wort${i}`);
    return lines.join('\n') + '\n';
  },
  'flow-1.9MB': () => `purposes: [${'aaaaaa, '.repeat((1.9 * MB) / 8)}a]\n`,
};

function statusKiB(pid: number | undefined, field: string): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

const mib = (kib: number | undefined) => (kib === undefined ? '?' : (kib / 1024).toFixed(0));

async function measure(name: string, text: string): Promise<string> {
  const client = LspClient.spawn(['--stdio'], process.execPath, [serverBundle]);
  try {
    await client.initialize({ locale: 'en' });
    const small = 'file:///scale/small.policy.yaml';
    client.notify('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'privacy-policy', version: 1, text: 'policy:\n  title: Klein\n' },
    });
    await client.diagnosticsFor(small, 1);
    const uri = `file:///scale/${name}.policy.yaml`;
    const started = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
    // A hover on the small document 200 ms after the large one was opened: how long does it wait?
    await new Promise((resolve) => setTimeout(resolve, 200));
    const hoverSent = performance.now();
    const hover = client
      .request('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 2 } }, timeoutMs)
      .then(
        () => `${((performance.now() - hoverSent) / 1000).toFixed(1)} s`,
        () => 'no answer',
      );
    let opened: string;
    let codes = '';
    try {
      const published = await client.diagnosticsFor(uri, 1, timeoutMs);
      opened = `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const counts = new Map<string, number>();
      for (const d of published.diagnostics) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
      codes = [...counts].map(([code, count]) => `${code}×${count}`).join(' ');
    } catch {
      opened = `> ${timeoutMs / 1000} s`;
    }
    const peak = statusKiB(client.pid, 'VmHWM');
    const hoverWait = await hover;
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const afterClose = statusKiB(client.pid, 'VmRSS');
    return `| ${name} | ${(text.length / MB).toFixed(1)} | ${opened} | ${mib(peak)} | ${mib(afterClose)} | ${hoverWait} | ${codes.slice(0, 120)} |`;
  } finally {
    client.kill();
  }
}

async function main(): Promise<void> {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(inputs);
  console.log(
    '| input | MB | didOpen → diagnostics | peak RSS (MiB) | RSS 3 s after close (MiB) | hover on a small document waited | diagnostics |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const name of names) {
    const make = inputs[name];
    if (!make) throw new Error(`unknown input ${name}; known: ${Object.keys(inputs).join(', ')}`);
    console.log(await measure(name, make()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
