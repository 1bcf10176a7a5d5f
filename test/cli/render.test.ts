import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { createLanguageService } from '../../server/src/service/languageService';
import { POLICY_ROOT_ID, renderPolicyBody, renderPolicyHtml } from '../../server/src/service/render';
import { examplesDir } from '../support/paths';
import { completePolicy } from '../support/serviceHarness';
import { runCli, workspace } from './cliHarness';

const showcase = path.join(examplesDir, 'beispiel-gmbh.policy.yaml');
const seed = path.join(examplesDir, 'help-desk-migration.policy.yaml');

/** What the preview's renderer makes of a file, in this process: the page to publish and the preview's page. */
function rendered(file: string) {
  const service = createLanguageService();
  const analysis = service.analyze(
    PolicyDocument.create(pathToFileURL(file).href, 'privacy-policy', 1, fs.readFileSync(file, 'utf8')),
  );
  return {
    standalone: renderPolicyHtml(analysis, { mode: 'standalone' }),
    preview: renderPolicyHtml(analysis, {
      mode: 'preview',
      cspSource: 'https://webview.invalid',
      scriptUri: 'https://webview.invalid/preview.js',
      styleUri: 'https://webview.invalid/preview.css',
    }),
    body: renderPolicyBody(analysis, service.library).html,
  };
}

describe('privacy-policy render', function () {
  it('writes exactly the page the preview\'s "Export HTML" makes, with the preview\'s body', async () => {
    const result = await runCli(['render', showcase]);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(result.stderr, '');
    const expected = rendered(showcase);
    // Byte for byte the standalone page (renderPolicyHtml, mode standalone: what Export HTML writes) ...
    assert.strictEqual(result.stdout, expected.standalone);
    // ... whose body is the one the preview shows: the same root element with the same content in both pages.
    const root = `<div id="${POLICY_ROOT_ID}">${expected.body}</div>`;
    assert.ok(expected.body.length > 1000, 'the showcase renders to a real body');
    assert.ok(result.stdout.includes(root), 'the CLI page holds the preview body');
    assert.ok(expected.preview.includes(root), 'the preview page holds the same body');
    // The page to publish runs no script and loads nothing from anywhere (links to the company's site stay links).
    assert.doesNotMatch(result.stdout, /<script|\bsrc=|<link/);
    assert.match(result.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  });

  it('writes to --output, and exits 1 (page written) when the policy still has errors', async () => {
    const ws = workspace({ 'ok.policy.yaml': completePolicy });
    try {
      const clean = await runCli(['render', 'ok.policy.yaml', '-o', 'ok.html'], { cwd: ws.dir });
      assert.strictEqual(clean.code, 0, clean.stderr);
      assert.strictEqual(clean.stdout, '');
      assert.strictEqual(fs.readFileSync(ws.file('ok.html'), 'utf8'), rendered(ws.file('ok.policy.yaml')).standalone);

      fs.copyFileSync(seed, ws.file('seed.policy.yaml'));
      const seedErrors = createLanguageService()
        .validate(
          PolicyDocument.create(
            pathToFileURL(ws.file('seed.policy.yaml')).href,
            'privacy-policy',
            1,
            fs.readFileSync(seed, 'utf8'),
          ),
        )
        .filter((d) => d.severity === 1).length;
      const withErrors = await runCli(['render', 'seed.policy.yaml', '--output', 'seed.html'], { cwd: ws.dir });
      assert.strictEqual(withErrors.code, 1);
      assert.strictEqual(
        fs.readFileSync(ws.file('seed.html'), 'utf8'),
        rendered(ws.file('seed.policy.yaml')).standalone,
      );
      assert.strictEqual(
        withErrors.stderr,
        `privacy-policy: seed.policy.yaml has ${seedErrors} errors: the page was written, but run "privacy-policy lint" before publishing it.\n`,
      );

      // The repository's configuration counts: with every error rule of the seed turned off, it is publishable.
      const rules = Object.fromEntries(
        createLanguageService()
          .validate(
            PolicyDocument.create(
              pathToFileURL(ws.file('seed.policy.yaml')).href,
              'privacy-policy',
              1,
              fs.readFileSync(seed, 'utf8'),
            ),
          )
          .filter((d) => d.severity === 1)
          .map((d) => [String(d.code), 'warning']),
      );
      fs.writeFileSync(ws.file('.privacy-policy.json'), JSON.stringify({ rules }));
      const configured = await runCli(['render', 'seed.policy.yaml', '-o', 'seed.html'], { cwd: ws.dir });
      assert.strictEqual(configured.code, 0, configured.stderr);
    } finally {
      ws.remove();
    }
  });

  it('exits 2 with a clear message for a missing file, a file that is not a policy, or an output it cannot write', async () => {
    const ws = workspace({ 'ok.policy.yaml': completePolicy, 'notes.md': '# notes\n' });
    try {
      const missing = await runCli(['render', 'gone.policy.yaml'], { cwd: ws.dir });
      assert.deepStrictEqual(
        [missing.code, missing.stdout, missing.stderr],
        [2, '', 'privacy-policy: gone.policy.yaml: no such file or directory.\n'],
      );
      const other = await runCli(['render', 'notes.md', '--locale', 'de'], { cwd: ws.dir });
      assert.deepStrictEqual(
        [other.code, other.stdout, other.stderr],
        [
          2,
          '',
          'privacy-policy: notes.md ist keine Datenschutzerklärung: Deren Dateinamen enden auf .policy.yaml oder .policy.yml.\n',
        ],
      );
      const unwritable = await runCli(['render', 'ok.policy.yaml', '-o', path.join('no', 'dir', 'x.html')], {
        cwd: ws.dir,
      });
      assert.strictEqual(unwritable.code, 2);
      assert.match(unwritable.stderr, /^privacy-policy: Cannot write no\/dir\/x\.html: /);
    } finally {
      ws.remove();
    }
  });
});
