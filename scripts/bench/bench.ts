/**
 * `npm run bench`: generates realistic German policies of about 1,000, 5,000 and 20,000 lines and prints,
 * side by side, what an author feels while typing in them:
 * - keystroke-to-diagnostics latency of our server over stdio (didChange -> settled publishDiagnostics);
 * - the same for yaml-language-server validating the same files against our JSON Schema, as configured by
 *   default (its 200 ms validation delay is part of what the author waits for), and its validation alone,
 *   in-process, without the delay;
 * - one plain `yaml` parse of the same text: the floor for any YAML-based tool that re-reads the file;
 * - server memory (RSS), preview render time and CLI throughput.
 *
 * Environment: BENCH_KEYSTROKES (default 40 per size and server), BENCH_SIZES (default 1000,5000,20000).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { LspClient } from '../../test/support/lspClient';
import { createLanguageService } from '../../server/src/service/languageService';
import { renderPolicy } from '../../server/src/service/render';
import { getLanguageService } from 'yaml-language-server';
import { generatePolicy } from './policyGenerator';
import { statistics } from './keystrokes';
import { measureLatency, type LatencyResult, type ServerUnderTest } from './lspLatency';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const serverBundle = path.join(repoRoot, 'server', 'out', 'server.js');
const cliBundle = path.join(repoRoot, 'server', 'out', 'cli.js');
const schemaFile = path.join(repoRoot, 'schemas', 'privacy-policy.schema.json');
const yamlLanguageServer = require.resolve('yaml-language-server/bin/yaml-language-server');

const keystrokes = Number(process.env.BENCH_KEYSTROKES ?? 40);
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-bench-'));

const ours: ServerUnderTest = {
  name: 'privacy-policy-language-server',
  languageId: 'privacy-policy',
  versioned: true,
  spawn: () => LspClient.spawn(['--stdio'], process.execPath, [serverBundle]),
  async prepare(client) {
    await client.initialize({ locale: 'de' });
  },
};

const schemaUri = `file://${schemaFile}`;

const yamlLs: ServerUnderTest = {
  name: 'yaml-language-server',
  languageId: 'yaml',
  versioned: false,
  spawn: () => LspClient.spawn(['--stdio'], process.execPath, [yamlLanguageServer]),
  async prepare(client) {
    // What a user would write in settings.json: our schema for *.policy.yaml, no schema store (offline).
    client.settings = {
      yaml: {
        validate: true,
        hover: false,
        completion: false,
        format: { enable: false },
        schemaStore: { enable: false },
        schemas: { [schemaUri]: ['*.policy.yaml'] },
      },
    };
    await client.initialize(
      {},
      { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    );
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await assertSchemaApplied(client);
  },
};

/** Proves that yaml-language-server really validates against the schema before it is measured. */
async function assertSchemaApplied(client: LspClient): Promise<void> {
  const uri = `file://${workDir}/schema-check.policy.yaml`;
  const deadline = Date.now() + 30000;
  for (let version = 1; Date.now() < deadline; version++) {
    const since = client.notifications.length;
    const text = `policy:\n  title: Probe ${version}\n  unbekannt: 1\n`;
    if (version === 1)
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    else client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const published = await client.waitForNotification<{ uri: string; diagnostics: Array<{ message: string }> }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri,
      30000,
      since,
    );
    if (published.diagnostics.some((d) => /unbekannt/.test(d.message))) {
      client.notify('textDocument/didClose', { textDocument: { uri } });
      return;
    }
  }
  throw new Error('yaml-language-server did not apply the JSON Schema');
}

/** yaml-language-server's own validation, in-process, with no delay: what it would cost with the delay at 0. */
async function yamlLsValidationAlone(text: string, samples: number): Promise<number> {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => fs.readFileSync(new URL(uri), 'utf8'),
    workspaceContext: {
      resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString(),
    },
  });
  service.configure({
    validate: true,
    yamlVersion: '1.2',
    schemas: [{ uri: schemaUri, fileMatch: ['*.policy.yaml'] }],
  });
  const times: number[] = [];
  for (let i = 0; i < WARMUP + samples; i++) {
    const document = TextDocument.create(
      `file://${workDir}/alone.policy.yaml`,
      'yaml',
      i + 1,
      i % 2 ? text.replace('title: ', 'title: n') : text,
    );
    const started = performance.now();
    await service.doValidation(document, false);
    // The first runs load the schema and warm the JIT, as the server's first validations do.
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return statistics(times).median;
}

function yamlParseFloor(text: string, samples: number): number {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + samples; i++) {
    const started = performance.now();
    parseDocument(text);
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  return statistics(times).median;
}

/** Preview render time; undefined with the reason when rendering fails. */
function previewRender(text: string): { ms?: number; note?: string } {
  try {
    const service = createLanguageService({ locale: 'de' });
    const analysis = service.analyze(
      PolicyDocument.create('file:///bench/preview.policy.yaml', 'privacy-policy', 1, text),
    );
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      renderPolicy(analysis, { format: 'page', mode: 'publish' });
      times.push(performance.now() - started);
    }
    return { ms: statistics(times).median };
  } catch (error) {
    return { note: `n/a (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Files per second of the CLI on a folder of typical policies, run as a user runs it
 * (`privacy-policy lint <folder>`), with one thread and with one thread per core.
 */
async function cliThroughput(): Promise<string> {
  if (!fs.existsSync(cliBundle)) return 'n/a (not built yet)';
  const folder = path.join(workDir, 'cli');
  fs.mkdirSync(folder);
  const count = 800;
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(
      path.join(folder, `policy-${i}.policy.yaml`),
      generatePolicy({ lines: 300 + (i % 5) * 100, seed: 100 + i }),
    );
  }
  const cores = Math.max(1, os.cpus().length);
  const run = (jobs: number) =>
    new Promise<string>((resolve) => {
      const started = performance.now();
      const child = spawn(
        process.execPath,
        [cliBundle, 'lint', folder, '--format', 'compact', '--jobs', String(jobs)],
        { stdio: 'ignore' },
      );
      child.on('exit', (code) => {
        const seconds = (performance.now() - started) / 1000;
        // The generated policies are complete, so any exit code but "found problems" (1) means the CLI failed.
        resolve(
          code === 0 || code === 1
            ? `${(count / seconds).toFixed(0)} files/s with ${jobs} thread${jobs > 1 ? 's' : ''}`
            : `n/a (exit ${code} with --jobs ${jobs})`,
        );
      });
    });
  const single = await run(1);
  const parallel = await run(cores);
  return `${parallel}, ${single} (${count} policies of 300-700 lines, one process, startup included)`;
}

/** Runs not counted: a warm server has its code compiled, a cold measurement would mostly time the JIT. */
const WARMUP = 2;

const ms = (value: number | undefined) =>
  value === undefined ? 'n/a' : value < 10 ? value.toFixed(1) : value.toFixed(0);

async function main(): Promise<void> {
  console.log(`privacy-policy benchmark - ${new Date().toISOString()}`);
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  );
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `${keystrokes} keystrokes per size and server (a letter typed and deleted again at the ends of lines of text spread over the file, ${60} ms apart), then ${keystrokes} more at the starts of such lines\n`,
  );

  const rows: string[][] = [];
  for (const size of sizes) {
    const text = generatePolicy({ lines: size, seed: 7 });
    const lines = text.split('\n').length - 1;
    const uri = `file://${workDir}/bench-${size}.policy.yaml`;
    process.stderr.write(`${lines} lines: our server ...`);
    const our: LatencyResult = await measureLatency(ours, text, keystrokes, uri);
    process.stderr.write(' yaml-language-server ...');
    const theirs: LatencyResult = await measureLatency(yamlLs, text, keystrokes, uri);
    process.stderr.write(' in-process ...\n');
    const alone = await yamlLsValidationAlone(text, 5);
    const floor = yamlParseFloor(text, 7);
    const preview = previewRender(text);
    rows.push([
      `${lines.toLocaleString('en')} (${(text.length / 1024).toFixed(0)} KiB)`,
      `${ms(our.keystroke.median)} / ${ms(our.keystroke.p95)}`,
      `${ms(theirs.keystroke.median)} / ${ms(theirs.keystroke.p95)}`,
      `${(theirs.keystroke.median / our.keystroke.median).toFixed(0)}x`,
      ms(alone),
      ms(floor),
      `${ms(our.open)} / ${ms(theirs.open)}`,
      `${ms(our.rssMiB)} / ${ms(theirs.rssMiB)}`,
      `${ms(our.lineStart.median)} / ${ms(our.lineStart.p95)} (${ms(theirs.lineStart.median)})`,
      `${ms(our.rssAfterLineStartMiB)} / ${ms(theirs.rssAfterLineStartMiB)}`,
      preview.ms !== undefined ? ms(preview.ms) : preview.note!,
    ]);
  }
  const header = [
    'lines',
    'ours: keystroke -> diagnostics, median / p95 (ms)',
    'yaml-language-server (default 200 ms delay), median / p95 (ms)',
    'ours faster by',
    'yaml-language-server validation alone, no delay (ms)',
    'one `yaml` parse, the floor (ms)',
    'open -> first diagnostics, ours / yaml-ls (ms)',
    'RSS after the keystrokes, ours / yaml-ls (MiB)',
    'then a letter typed and deleted at the start of indented lines, breaking the structure: ours median / p95 (yaml-ls median) (ms)',
    'RSS after those, ours / yaml-ls (MiB)',
    'preview render (ms)',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\nCLI throughput: ${await cliThroughput()}`);
  console.log(
    `load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  fs.rmSync(workDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
