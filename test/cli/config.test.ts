import * as assert from 'assert';
import * as path from 'path';
import { completePolicy } from '../support/serviceHarness';
import { runCli, workspace } from './cliHarness';

/** One warning (implicit-type, on the phone number) and one error (duplicate-id, on the second "vertrag"). */
const policy = completePolicy
  .replace('  email: datenschutz@beispiel.de\n', '  email: datenschutz@beispiel.de\n  phone: 351123\n')
  .replace('purposes:\n', 'purposes:\n  vertrag:\n    title: Doppelt\n    legalBasis: [art6-1-b]\n');
const lines = policy.split('\n');
const PHONE = lines.indexOf('  phone: 351123') + 1;
const DUPLICATE = lines.lastIndexOf('  vertrag:') + 1;

async function problems(
  cwd: string,
  args: string[] = [],
): Promise<{ code: number | null; found: string[]; report: any }> {
  const result = await runCli(['lint', '--format', 'json', ...args], { cwd });
  const report = JSON.parse(result.stdout);
  const found = report.files.flatMap((file: any) =>
    file.problems.map((p: any) => `${file.path}:${p.line} ${p.severity} ${p.rule}`),
  );
  return { code: result.code, found, report };
}

describe("privacy-policy lint honours the repository's configuration and suppression comments", function () {
  it("checks with the rules' own severities when there is no configuration", async () => {
    const ws = workspace({ 'p.policy.yaml': policy });
    try {
      const { code, found } = await problems(ws.dir);
      assert.deepStrictEqual(found.sort(), [
        `p.policy.yaml:${PHONE} warning implicit-type`,
        `p.policy.yaml:${DUPLICATE} error duplicate-id`,
      ]);
      assert.strictEqual(code, 1);
    } finally {
      ws.remove();
    }
  });

  it('applies the nearest .privacy-policy.json above each file, in every thread', async () => {
    const ws = workspace({
      '.privacy-policy.json': JSON.stringify({ rules: { 'duplicate-id': 'off', 'implicit-type': 'error' } }),
      'a/p.policy.yaml': policy,
      // The nearer file replaces the outer one for everything below it.
      'b/.privacy-policy.json': JSON.stringify({ rules: { 'implicit-type': 'off' } }),
      'b/p.policy.yaml': policy,
    });
    try {
      for (const jobs of ['1', '2']) {
        const { code, found } = await problems(ws.dir, ['--jobs', jobs]);
        assert.deepStrictEqual(
          found,
          [
            `${path.join('a', 'p.policy.yaml')}:${PHONE} error implicit-type`,
            `${path.join('b', 'p.policy.yaml')}:${DUPLICATE} error duplicate-id`,
          ],
          `--jobs ${jobs}`,
        );
        assert.strictEqual(code, 1);
      }
    } finally {
      ws.remove();
    }
  });

  it('exits 0 once the configuration turns every error off', async () => {
    const ws = workspace({
      '.privacy-policy.json': '{ "rules": { "duplicate-id": "warning" } }\n',
      'p.policy.yaml': policy,
    });
    try {
      const { code, found } = await problems(ws.dir);
      assert.deepStrictEqual(found.sort(), [
        `p.policy.yaml:${PHONE} warning implicit-type`,
        `p.policy.yaml:${DUPLICATE} warning duplicate-id`,
      ]);
      assert.strictEqual(code, 0);
      const strict = await runCli(['lint', '--max-warnings', '1'], { cwd: ws.dir });
      assert.strictEqual(strict.code, 1);
    } finally {
      ws.remove();
    }
  });

  it('reports what is wrong in the configuration at its place, and still applies the valid entries', async () => {
    const config = '{\n  "rules": {\n    "duplicate-id": "off",\n    "duplicat-key": "off"\n  }\n}\n';
    const ws = workspace({ '.privacy-policy.json': config, 'p.policy.yaml': policy });
    try {
      const { code, found, report } = await problems(ws.dir);
      assert.deepStrictEqual(found, [
        '.privacy-policy.json:4 warning rule-config',
        `p.policy.yaml:${PHONE} warning implicit-type`,
      ]);
      assert.strictEqual(report.files[0].kind, 'config');
      assert.match(report.files[0].problems[0].message, /duplicat-key/);
      assert.strictEqual(report.files[0].problems[0].column, 5);
      assert.strictEqual(report.summary.checkedFiles, 1, 'the configuration is not counted as a policy');
      assert.strictEqual(code, 0);

      const pretty = await runCli(['lint'], { cwd: ws.dir });
      assert.match(pretty.stdout, /^\.privacy-policy\.json\n {2}4:5 {2}warning {2}.*duplicat-key.* {2}rule-config$/m);
    } finally {
      ws.remove();
    }
  });

  it('honours suppression comments for the next line and for the whole file', async () => {
    const suppressed = policy
      .replace(
        '  phone: 351123\n',
        '  # privacy-policy-disable-next-line implicit-type -- the number is a direct dial\n  phone: 351123\n',
      )
      .concat('# privacy-policy-disable duplicate-id\n');
    const ws = workspace({ 'p.policy.yaml': suppressed });
    try {
      const { code, found } = await problems(ws.dir);
      assert.deepStrictEqual(found, []);
      assert.strictEqual(code, 0);
    } finally {
      ws.remove();
    }
  });

  it('reports a suppression comment that names an unknown rule', async () => {
    const ws = workspace({ 'p.policy.yaml': completePolicy.concat('# privacy-policy-disable no-such-rule\n') });
    try {
      const { found, report } = await problems(ws.dir);
      assert.strictEqual(found.length, 1, found.join('\n'));
      assert.match(found[0], /^p\.policy\.yaml:\d+ \w+ invalid-suppression$/);
      assert.match(report.files[0].problems[0].message, /no-such-rule/);
    } finally {
      ws.remove();
    }
  });
});
