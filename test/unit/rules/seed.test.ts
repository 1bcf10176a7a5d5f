import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { examplesDir } from '../../support/paths';
import { validate } from '../../support/serviceHarness';

const seed = fs.readFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), 'utf8');
const lines = seed.split('\n');
/** The 1-based line of the n-th line that contains `needle`. */
const lineOf = (needle: string, occurrence = 0) =>
  lines.map((line, index) => (line.includes(needle) ? index + 1 : 0)).filter(Boolean)[occurrence];

describe('the seed policy (Help Desk Migration)', () => {
  const shown = new Set(validate(seed).map((d) => `${d.code}@${d.range.start.line + 1}`));
  const expect = (rule: string, needle: string, occurrence = 0) =>
    assert.ok(
      shown.has(`${rule}@${lineOf(needle, occurrence)}`),
      `${rule} at "${needle}" (line ${lineOf(needle, occurrence)}); shown: ${[...shown].join(' ')}`,
    );

  it('shows the gaps the published text has: no legal bases, no retention, no safeguard for Ukraine', () => {
    for (const purpose of ['  dienste:', '  verbesserung:', '  rechtliche-verpflichtungen:'])
      expect('purpose-legal-basis', purpose);
    for (const category of [
      '  bereitgestellte-informationen:',
      '  zahlungsabwicklung:',
      '  weitere-informationsquellen:',
    ])
      expect('retention-period', category);
    expect('third-country-safeguard', 'country: UA', 1); // the affiliates in Ukraine
    expect('third-country-safeguard', 'country: UA', 2); // the stated transfer to Ukraine
  });

  it('and what else a reviewer would find', () => {
    expect('eu-representative', 'country: UA');
    expect('supervisory-authority', 'policy:');
    expect('stale-policy', 'effective: 2024-01-01');
    expect('complaint-right', 'rights: [access');
    expect('rights-basis', 'rights: [access');
    expect('data-source', 'origin: third-party');
    expect('text-spacing', 'Fragen,plain');
  });
});
