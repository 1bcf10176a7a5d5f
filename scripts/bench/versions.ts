/**
 * `node out/scripts/bench/versions.js [sizes] [keystrokes]` (after `npm run build`): what comparing with the
 * previous version costs, in-process, on generated policies of about 1,000, 5,000 and 20,000 lines:
 * - a keystroke's validation without a previous version, and with one (`privacyPolicy.compareWith` set:
 *   the checks across versions diff the whole policy on every version);
 * - one `compare` (reading the previous version, diff, notice and checks), as "Show Changes Since …" and
 *   `privacy-policy diff` run it.
 * The previous version differs from the current one in a retention period and a renamed purpose. Medians and
 * 95th percentiles; no test asserts a time.
 */
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { createLanguageService, type PreviousVersion } from '../../server/src/service/languageService';
import { generatePolicy } from './policyGenerator';
import { keystrokeSites, summarize } from './keystrokes';

const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);
const keystrokes = Number(process.argv[3] ?? 40);

function keystrokeTimes(text: string, previous: PreviousVersion | undefined): number[] {
  const service = createLanguageService({ locale: 'de', previousVersion: previous && (() => previous) });
  let document = PolicyDocument.create('file:///bench.policy.yaml', 'privacy-policy', 1, text);
  service.validate(document);
  const times: number[] = [];
  for (const site of keystrokeSites(text, keystrokes)) {
    for (const change of [site.change(0), site.change(1)]) {
      document = document.update([change], document.version + 1);
      const started = performance.now();
      service.validate(document);
      times.push(performance.now() - started);
    }
  }
  return times;
}

console.log(
  '| lines | keystroke, no previous version | keystroke, compared with the previous version | compare, previous version read anew |',
);
console.log('|---:|---|---|---|');
for (const lines of sizes) {
  const text = generatePolicy({ lines, seed: 7 });
  const retention = /retention: (.*)\n/.exec(text)![1];
  const purpose = /^purposes:\n {2}([\w.-]+):/m.exec(text)![1];
  const previous: PreviousVersion = {
    text: text.replace(`retention: ${retention}`, 'retention: 7 Tage').split(purpose).join(`${purpose}-alt`),
    label: 'HEAD',
  };
  const plain = keystrokeTimes(text, undefined);
  const compared = keystrokeTimes(text, previous);
  const service = createLanguageService({ locale: 'de' });
  const document = PolicyDocument.create('file:///bench.policy.yaml', 'privacy-policy', 1, text);
  const compareTimes: number[] = [];
  for (let run = 0; run < 12; run++) {
    const started = performance.now();
    service.compare(document, { ...previous, text: previous.text + (run ? ' '.repeat(run) : '') });
    compareTimes.push(performance.now() - started);
  }
  console.log(
    `| ${text.split('\n').length} | ${summarize(plain)} | ${summarize(compared)} | ${summarize(compareTimes.slice(2))} |`,
  );
}
