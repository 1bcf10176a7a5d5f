import * as os from 'os';
import { Worker, type MessagePort } from 'worker_threads';
import type { Locale } from '../service/l10n/messages';
import type { PreviousVersion } from '../service/languageService';
import { createLinter } from './lintFile';
import type { FileReport } from './report';

export interface LintFilesOptions {
  readonly locale: Locale;
  readonly cwd: string;
  /** Threads to check with; by default one per core once there are enough files to pay for starting them. */
  readonly jobs?: number;
  /** The script that runs `runLintWorker` when started as a worker: the CLI bundle itself. */
  readonly workerScript: string;
  /** `--base`: the previous version of each file (by absolute path), for the checks across versions. */
  readonly previous?: Readonly<Record<string, PreviousVersion>>;
}

/**
 * Up to this many files one thread is faster: a worker thread loads the bundle and warms up the parser and
 * the checks again, which costs as much as checking a few dozen policies, and the gain needs a free core.
 * Measured on 2 cores (docs/performance.md): two threads lost below 100 files and won about a quarter at 1,600.
 */
export const PARALLEL_THRESHOLD = 200;

/** Files handed to a worker at a time: small enough to balance uneven files, large enough to save messages. */
const BATCH = 4;

export const WORKER_MARKER = 'privacy-policy-lint-worker';

interface WorkerSetup {
  readonly marker: typeof WORKER_MARKER;
  readonly locale: Locale;
  readonly cwd: string;
  readonly previous?: Readonly<Record<string, PreviousVersion>>;
}

interface ToWorker {
  readonly files: ReadonlyArray<readonly [number, string]>;
}
interface FromWorker {
  readonly results: ReadonlyArray<readonly [number, FileReport]>;
}

export function defaultJobs(fileCount: number): number {
  if (fileCount <= PARALLEL_THRESHOLD) return 1;
  // Two threads from the threshold on, one more per further PARALLEL_THRESHOLD files, never more than cores.
  return Math.min(os.availableParallelism(), Math.max(2, Math.ceil(fileCount / PARALLEL_THRESHOLD)));
}

/** Checks the files and returns their reports in the same order. */
export async function lintFiles(files: readonly string[], options: LintFilesOptions): Promise<FileReport[]> {
  const jobs = Math.min(options.jobs ?? defaultJobs(files.length), files.length);
  if (jobs <= 1) {
    const lint = createLinter(options);
    return files.map(lint);
  }
  return lintInWorkers(files, jobs, options);
}

function lintInWorkers(files: readonly string[], jobs: number, options: LintFilesOptions): Promise<FileReport[]> {
  const reports: Array<FileReport | undefined> = new Array(files.length);
  let next = 0;
  const takeBatch = (): Array<[number, string]> => {
    const batch: Array<[number, string]> = [];
    while (batch.length < BATCH && next < files.length) batch.push([next, files[next++]]);
    return batch;
  };
  const setup: WorkerSetup = {
    marker: WORKER_MARKER,
    locale: options.locale,
    cwd: options.cwd,
    previous: options.previous,
  };

  return new Promise((resolve) => {
    const workers: Worker[] = [];
    let active = jobs;
    const retire = () => {
      if (--active > 0) return;
      for (const worker of workers) void worker.terminate();
      // A worker that died leaves its last batch unchecked: check those files here rather than lose them.
      resolve(reports.map((report, index) => report ?? lint(files[index])));
    };
    // This thread is one of the jobs: it checks a batch between handling the workers' messages.
    const lint = createLinter(options);
    const lintHere = () => {
      const batch = takeBatch();
      if (!batch.length) return retire();
      for (const [index, file] of batch) reports[index] = lint(file);
      setImmediate(lintHere);
    };
    for (let i = 1; i < jobs; i++) {
      const worker = new Worker(options.workerScript, { workerData: setup });
      workers.push(worker);
      let retired = false;
      const retireOnce = () => {
        if (retired) return;
        retired = true;
        retire();
      };
      // Two batches in flight, so a worker never waits for this thread to finish its own batch.
      let inFlight = 0;
      const feed = () => {
        const batch = takeBatch();
        if (batch.length) {
          inFlight++;
          worker.postMessage({ files: batch } satisfies ToWorker);
        } else if (inFlight === 0) {
          retireOnce();
        }
      };
      worker.on('message', (message: FromWorker) => {
        inFlight--;
        for (const [index, report] of message.results) reports[index] = report;
        feed();
      });
      worker.on('error', retireOnce);
      worker.on('exit', retireOnce);
      feed();
      feed();
    }
    setImmediate(lintHere);
  });
}

/** The worker side: check each batch it is sent and send the reports back. Returns false outside a lint worker. */
export function runLintWorker(workerData: unknown, port: MessagePort | null): boolean {
  const setup = workerData as Partial<WorkerSetup> | null;
  if (!port || setup?.marker !== WORKER_MARKER) return false;
  const lint = createLinter({ locale: setup.locale!, cwd: setup.cwd!, previous: setup.previous });
  port.on('message', (message: ToWorker) => {
    const results = message.files.map(([index, file]) => [index, lint(file)] as const);
    port.postMessage({ results } satisfies FromWorker);
  });
  return true;
}
