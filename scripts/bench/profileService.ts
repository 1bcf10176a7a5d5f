/**
 * Types into a generated policy through the language service in-process, with no transport, and prints
 * where the time of one keystroke goes. Run it under the
 * profiler to see inside:
 *
 *   npm run build && node --cpu-prof --cpu-prof-dir=.cache/prof out/scripts/bench/profileService.js 20000
 *
 * Arguments: lines (20000), keystrokes (200), where they are typed (`line-end`, or `line-start`, which breaks
 * a section's structure with every other keystroke).
 */
import { createLanguageService } from '../../server/src/service/languageService';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { generatePolicy } from './policyGenerator';
import { keystrokeSites, summarize, type SitePosition } from './keystrokes';

const lines = Number(process.argv[2] ?? 20000);
const samples = Number(process.argv[3] ?? 200);
const position: SitePosition = process.argv[4] === 'line-start' ? 'line-start' : 'line-end';
const text = generatePolicy({ lines, seed: 7 });
const service = createLanguageService({ locale: 'de' });
let document = PolicyDocument.create('file:///bench/profile.policy.yaml', 'privacy-policy', 1, text);

let started = performance.now();
const first = service.validate(document);
console.log(
  `${lines} lines (${text.length} chars): first validation ${(performance.now() - started).toFixed(1)} ms, ${first.length} diagnostics`,
);

const times: number[] = [];
const sites = keystrokeSites(text, samples, position);
for (let i = 0; i < sites.length; i++) {
  const change = sites[i].change(i);
  started = performance.now();
  document = document.update([change], document.version + 1);
  service.validate(document);
  times.push(performance.now() - started);
}
console.log(`keystroke at the ${position} (update + validate): ${summarize(times)}`);
