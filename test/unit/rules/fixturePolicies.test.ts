import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../support/paths';
import { validate } from '../../support/serviceHarness';

/**
 * Realistic policies written for the legal checks (an online shop, a medical practice, a SaaS with US
 * sub-processors, a sports club, a fitness app, an applicant portal, a B2B lessor, a newsletter blog ...). A line
 * `# expect: rule-a, rule-b` says the next line with content carries exactly these findings; a policy without
 * such lines is clean and must have no finding at all, not even a hint.
 */
const dir = path.join(repoRoot, 'test', 'fixtures', 'policies');

function expectations(text: string): string[] {
  const lines = text.split('\n');
  const expected: string[] = [];
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const mark = /^\s*#\s*expect:\s*(.+)$/.exec(line);
    if (mark) {
      pending.push(...mark[1].split(',').map((rule) => rule.trim()));
      return;
    }
    if (!line.trim() || /^\s*#/.test(line)) return;
    for (const rule of pending) expected.push(`${rule}@${index + 1}`);
    pending = [];
  });
  return expected.sort();
}

describe('realistic policies: every seeded defect found, nothing else', () => {
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.policy.yaml'));

  it('has policies of every kind the checks were measured on', () => {
    assert.ok(files.length >= 9, files.join(', '));
  });

  for (const file of files) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const found = validate(text)
        .map((d) => `${d.code}@${d.range.start.line + 1}`)
        .sort();
      assert.deepStrictEqual(found, expectations(text));
    });
  }

  it('the clean ones are clean and the others carry defects of several kinds', () => {
    const kinds = new Set<string>();
    let clean = 0;
    for (const file of files) {
      const expected = expectations(fs.readFileSync(path.join(dir, file), 'utf8'));
      if (!expected.length) clean++;
      for (const entry of expected) kinds.add(entry.split('@')[0]);
    }
    assert.ok(clean >= 2, 'at least two clean policies');
    assert.ok(kinds.size >= 15, `defects of ${kinds.size} kinds: ${[...kinds].join(', ')}`);
  });
});
