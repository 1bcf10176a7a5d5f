// Measures `privacy-policy lint` on many copies of the seed example with one thread and with several,
// to choose PARALLEL_THRESHOLD in server/src/cli/lintFiles.ts. Run after `npm run build`:
//   node scripts/bench-cli.mjs [fileCounts=12,24,48,200] [runs=5]
// Prints the median wall time per setting; nothing is asserted (the machine may be shared).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'server', 'out', 'cli.js');
const seed = fs.readFileSync(path.join(root, 'examples', 'help-desk-migration.policy.yaml'));
const counts = (process.argv[2] ?? '12,24,48,200').split(',').map(Number);
const runs = Number(process.argv[3] ?? 5);
const jobsToTry = [1, Math.max(2, Math.min(os.availableParallelism(), 4))];

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-bench-'));
try {
  console.log(
    `cores: ${os.availableParallelism()}, load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const count of counts) {
    const dir = path.join(tmp, String(count));
    fs.mkdirSync(dir);
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `p${i}.policy.yaml`), seed);
    const times = new Map(jobsToTry.map((jobs) => [jobs, []]));
    for (let run = 0; run < runs; run++) {
      // Alternate the settings so a burst of load elsewhere hits both alike.
      for (const jobs of jobsToTry) {
        const started = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [cli, 'lint', dir, '--jobs', String(jobs), '--format', 'json'], {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        });
        if (result.status !== 1) throw new Error(`unexpected exit ${result.status}: ${result.stderr}`);
        times.get(jobs).push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
    console.log(
      `${String(count).padStart(5)} files (${((count * seed.length) / 1024).toFixed(0)} KiB): ` +
        jobsToTry.map((jobs) => `jobs=${jobs} ${median(times.get(jobs)).toFixed(0)} ms`).join(', '),
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
