import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ruleCatalog } from '../../server/src/service/rules/ruleCatalog';
import { examplesDir, repoRoot } from '../support/paths';
import { completePolicy } from '../support/serviceHarness';
import { runCli, serviceDiagnostics, workspace } from './cliHarness';

/** Vendored (see schemas/README.md): validation never depends on the network. */
const schemaFile = path.join(__dirname, '..', '..', '..', 'test', 'cli', 'schemas', 'sarif-2.1.0-rtm.5.json');

function sarifValidator() {
  // The schema's language pattern is not valid in Unicode mode ("[a-zA-Z]{2}]?"): read patterns as the schema's authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile<any>(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
}

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation but - and _ dropped, spaces as -. */
function markdownAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6} +(.+?) *$/gm)) {
    anchors.add(
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .trim()
        .replace(/\s/g, '-'),
    );
  }
  return anchors;
}

describe('privacy-policy lint --format sarif', function () {
  const validate = sarifValidator();

  it('the schema check itself rejects a broken log (so a pass means something)', () => {
    assert.strictEqual(
      validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }),
      false,
      'driver.name is required',
    );
    assert.strictEqual(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
      }),
      false,
    );
    assert.strictEqual(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, artifacts: [{ location: { uri: 'a b.yaml' } }] }],
      }),
      false,
      'uri-reference format',
    );
  });

  it('writes a SARIF 2.1.0 log that validates against the schema, with every problem at its place', async () => {
    const ws = workspace({
      'policies/ä b.policy.yaml': completePolicy.replace(
        'purposes:\n',
        'purposes:\n  vertrag:\n    title: Doppelt\n    legalBasis: [art6-1-b]\n',
      ),
      'policies/clean.policy.yaml': completePolicy,
    });
    fs.copyFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), ws.file('seed.policy.yaml'));
    try {
      const result = await runCli(['lint', '--format', 'sarif', '.'], { cwd: ws.dir });
      assert.strictEqual(result.code, 1, result.stderr);
      const log = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.strictEqual(log.version, '2.1.0');
      const [run] = log.runs;
      assert.strictEqual(run.tool.driver.name, 'privacy-policy');
      assert.strictEqual(run.columnKind, 'utf16CodeUnits');
      assert.strictEqual(run.invocations[0].executionSuccessful, true);

      // Artifacts resolve, through %SRCROOT%, to the files that were checked.
      const root = run.originalUriBaseIds['%SRCROOT%'].uri;
      const artifactFiles = run.artifacts.map((a: any) => fileURLToPath(new URL(a.location.uri, root)));
      assert.deepStrictEqual(artifactFiles, [
        ws.file('policies/clean.policy.yaml'),
        ws.file('policies/ä b.policy.yaml'),
        ws.file('seed.policy.yaml'),
      ]);
      assert.strictEqual(run.artifacts[1].location.uri, 'policies/%C3%A4%20b.policy.yaml');

      // Each result is one diagnostic of the service, with the same rule, level, text and region.
      const expected = artifactFiles.flatMap((file: string, index: number) =>
        serviceDiagnostics(file).map((d) => ({
          ruleId: d.code,
          level: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'note',
          text: d.message,
          artifact: index,
          region: {
            startLine: d.range.start.line + 1,
            startColumn: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          },
        })),
      );
      assert.ok(expected.length > 1);
      assert.deepStrictEqual(
        run.results.map((r: any) => ({
          ruleId: r.ruleId,
          level: r.level,
          text: r.message.text,
          artifact: r.locations[0].physicalLocation.artifactLocation.index,
          region: r.locations[0].physicalLocation.region,
        })),
        expected,
      );
      for (const result of run.results) assert.strictEqual(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const duplicate = run.results.find((r: any) => r.ruleId === 'duplicate-id');
      assert.match(duplicate.relatedLocations[0].message.text, /First definition of "vertrag"/);
    } finally {
      ws.remove();
    }
  });

  it('records what could not be checked as a tool notification, and stays valid', async () => {
    const ws = workspace({ 'a.policy.yaml': completePolicy });
    try {
      const result = await runCli(
        ['lint', '--format', 'sarif', 'a.policy.yaml', 'missing.policy.yaml', '--locale', 'de'],
        { cwd: ws.dir },
      );
      assert.strictEqual(result.code, 2);
      const log = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const invocation = log.runs[0].invocations[0];
      assert.strictEqual(invocation.executionSuccessful, false);
      assert.deepStrictEqual(
        invocation.toolExecutionNotifications.map((n: any) => [n.level, n.message.text]),
        [['error', 'missing.policy.yaml: Datei oder Verzeichnis gibt es nicht.']],
      );
      assert.strictEqual(log.runs[0].results.length, 0);
    } finally {
      ws.remove();
    }
  });

  it("points each rule at its entry in docs/rules.md and the tool at the project's page", async () => {
    const ws = workspace({});
    fs.copyFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), ws.file('seed.policy.yaml'));
    try {
      const result = await runCli(['lint', '--format', 'sarif', '.'], { cwd: ws.dir });
      const log = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const { driver } = log.runs[0].tool;
      // The repository's web page, from package.json, as code scanning shows it beside the tool's name.
      const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const repositoryPage = String(packageJson.repository.url)
        .replace(/^git\+/, '')
        .replace(/\.git$/, '');
      assert.strictEqual(driver.informationUri, repositoryPage);
      assert.match(driver.informationUri, /^https:\/\//);

      // Every rule of the catalog has a help link: absolute, to docs/rules.md in the repository, and its anchor
      // is one that the Markdown renderer makes for a heading there (GitHub's slugs).
      const anchors = markdownAnchors(fs.readFileSync(path.join(repoRoot, 'docs', 'rules.md'), 'utf8'));
      const ruleIds = new Set(ruleCatalog.map((meta) => meta.id));
      const documented = driver.rules.filter((rule: any) => ruleIds.has(rule.id));
      assert.strictEqual(documented.length, ruleCatalog.length);
      for (const rule of documented) {
        const url = new URL(rule.helpUri);
        assert.ok(rule.helpUri.startsWith(`${repositoryPage}/`), rule.helpUri);
        assert.match(url.pathname, /\/docs\/rules\.md$/);
        assert.strictEqual(url.hash, `#${rule.id}`);
        assert.ok(anchors.has(rule.id), `docs/rules.md has a heading whose anchor is ${rule.id}`);
      }
      // The results' rules are among them, so a reader of any result can follow the link.
      assert.ok(log.runs[0].results.length > 0);
      for (const r of log.runs[0].results) assert.ok(driver.rules[r.ruleIndex].helpUri, r.ruleId);
    } finally {
      ws.remove();
    }
  });

  it('names a file outside the working directory by its absolute file URI', async () => {
    const ws = workspace({ 'outside.policy.yaml': completePolicy.replace('  name: Beispiel GmbH\n', '') });
    const elsewhere = workspace({});
    try {
      const result = await runCli(['lint', '--format', 'sarif', ws.file('outside.policy.yaml')], {
        cwd: elsewhere.dir,
      });
      const log = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.deepStrictEqual(log.runs[0].artifacts[0].location, {
        uri: pathToFileURL(ws.file('outside.policy.yaml')).href,
      });
      assert.strictEqual(log.runs[0].results[0].ruleId, 'required-field');
    } finally {
      ws.remove();
      elsewhere.remove();
    }
  });
});
