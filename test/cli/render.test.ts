import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { createLanguageService } from '../../server/src/service/languageService';
import {
  buildPage,
  renderPolicy,
  renderPolicyBody,
  type BodyMode,
  type OutputFormat,
} from '../../server/src/service/render';
import { examplesDir } from '../support/paths';
import { completePolicy } from '../support/serviceHarness';
import { runCli, workspace } from './cliHarness';

const showcase = path.join(examplesDir, 'beispiel-gmbh.policy.yaml');
const seed = path.join(examplesDir, 'help-desk-migration.policy.yaml');

function analysisOf(file: string) {
  const service = createLanguageService();
  const document = PolicyDocument.create(pathToFileURL(file).href, 'privacy-policy', 1, fs.readFileSync(file, 'utf8'));
  return { service, document, analysis: service.analyze(document) };
}

/** What the renderer makes of a file in this process, in a format and mode. */
function rendered(file: string, format: OutputFormat = 'page', mode: BodyMode = 'publish'): string {
  return renderPolicy(analysisOf(file).analysis, { format, mode });
}

describe('privacy-policy render', function () {
  it('writes exactly the page the editor\'s "Export HTML" makes, with nothing of the editor in it', async () => {
    const result = await runCli(['render', showcase]);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.stdout, rendered(showcase));
    // The body is the preview's body without the preview's scaffolding.
    const { analysis } = analysisOf(showcase);
    const previewBody = renderPolicyBody(analysis).html;
    const withoutLines = previewBody.replace(/ data-line="\d+"/g, '');
    assert.ok(result.stdout.includes(withoutLines), 'the page holds the preview body, without data-line');
    assert.doesNotMatch(result.stdout, /data-line|class="gaps"|Entwurf/);
    // The page to publish runs no script and loads nothing from anywhere (links to the company's site stay links).
    assert.doesNotMatch(result.stdout, /<script|\bsrc=|<link/);
    assert.match(result.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  });

  it('writes the embeddable fragment and Markdown with the same sections', async () => {
    const fragment = await runCli(['render', showcase, '--format', 'fragment']);
    assert.strictEqual(fragment.code, 0, fragment.stderr);
    assert.strictEqual(fragment.stdout, rendered(showcase, 'fragment'));
    assert.match(
      fragment.stdout,
      /^<style>[^<]*\.privacy-policy [^<]*<\/style>\n<article class="privacy-policy" lang="de">/,
    );
    assert.doesNotMatch(fragment.stdout, /<html[\s>]|<head[\s>]|<body[\s>]|<!DOCTYPE/);
    assert.doesNotMatch(
      fragment.stdout.replace(/<style>[\s\S]*?<\/style>/, ''),
      /(?:^|[\s}])(?:html|body|h1|h2|p|a)\s*\{/,
      'no rule outside the article',
    );

    const ws = workspace({ 'beispiel.policy.yaml': fs.readFileSync(showcase, 'utf8') });
    try {
      const markdown = await runCli(['render', 'beispiel.policy.yaml', '--format', 'markdown', '-o', 'policy.md'], {
        cwd: ws.dir,
      });
      assert.strictEqual(markdown.code, 0, markdown.stderr);
      const text = fs.readFileSync(ws.file('policy.md'), 'utf8');
      assert.strictEqual(text, rendered(ws.file('beispiel.policy.yaml'), 'markdown'));
      const page = buildPage(analysisOf(showcase).analysis, createLanguageService().library);
      const headings = [...text.matchAll(/^## \d+\. (.*)$/gm)].map((match) => match[1]);
      assert.deepStrictEqual(
        headings,
        page.sections.map((section) => section.title),
      );
      assert.match(text, /\[datenschutz@elbwerk\.example\]\(mailto:datenschutz@elbwerk\.example\)/);
    } finally {
      ws.remove();
    }
  });

  it('does not write a policy with errors as final; --draft writes it marked "Entwurf"', async () => {
    const ws = workspace({ 'ok.policy.yaml': completePolicy });
    try {
      const clean = await runCli(['render', 'ok.policy.yaml', '-o', 'ok.html'], { cwd: ws.dir });
      assert.strictEqual(clean.code, 0, clean.stderr);
      assert.strictEqual(clean.stdout, '');
      assert.strictEqual(fs.readFileSync(ws.file('ok.html'), 'utf8'), rendered(ws.file('ok.policy.yaml')));

      fs.copyFileSync(seed, ws.file('seed.policy.yaml'));
      const { service, document, analysis } = analysisOf(ws.file('seed.policy.yaml'));
      const errors = service.validate(document).filter((d) => d.severity === 1).length;
      const gaps = buildPage(analysis, service.library).gaps.length;
      assert.ok(errors > 0 && gaps > 0);
      const refused = await runCli(['render', 'seed.policy.yaml', '--output', 'seed.html'], { cwd: ws.dir });
      assert.strictEqual(refused.code, 1);
      assert.ok(!fs.existsSync(ws.file('seed.html')), 'nothing written');
      assert.strictEqual(
        refused.stderr,
        `privacy-policy: seed.policy.yaml has ${errors} errors and ${gaps} places the page would leave blank: it is not written as final. ` +
          'Fix them ("privacy-policy lint" lists them), or write a page marked as a draft with --draft.\n',
      );

      const draft = await runCli(['render', 'seed.policy.yaml', '--draft', '-o', 'seed.html'], { cwd: ws.dir });
      assert.strictEqual(draft.code, 0, draft.stderr);
      const page = fs.readFileSync(ws.file('seed.html'), 'utf8');
      assert.strictEqual(page, rendered(ws.file('seed.policy.yaml'), 'page', 'draft'));
      assert.match(page, /<title>Entwurf: /);
      assert.match(page, /<p class="draft-note" role="note">Entwurf – nicht zur Veröffentlichung/);
      assert.match(page, /<meta name="robots" content="noindex">/);
      assert.match(page, /class="gaps"/);
      assert.doesNotMatch(page, /data-line/);
      assert.match(draft.stderr, /was written as a draft/);
    } finally {
      ws.remove();
    }
  });

  it('--lang writes the page in each language the policy is published in, with the same sections', async () => {
    const bilingual = path.join(examplesDir, 'nordlicht-software.policy.yaml');
    const german = await runCli(['render', bilingual, '--format', 'markdown']);
    const english = await runCli(['render', bilingual, '--format', 'markdown', '--lang', 'en']);
    assert.strictEqual(german.code, 0, german.stderr);
    assert.strictEqual(english.code, 0, english.stderr);
    assert.strictEqual(
      english.stdout,
      renderPolicy(analysisOf(bilingual).analysis, { format: 'markdown', mode: 'publish', language: 'en' }),
    );
    assert.match(german.stdout, /^# Datenschutzerklärung der Nordlicht Software GmbH$/m);
    assert.match(english.stdout, /^# Privacy Policy of Nordlicht Software GmbH$/m);
    assert.match(english.stdout, /Effective date: 16 November 2026 · Published on 2 November 2026 · Version 2\.0/);
    const headings = (text: string) => [...text.matchAll(/^## (\d+)\. /gm)].map((match) => match[1]);
    assert.deepStrictEqual(headings(english.stdout), headings(german.stdout));
    const page = await runCli(['render', bilingual, '--lang', 'en']);
    assert.match(page.stdout, /<html lang="en">/);
  });

  it('--lang refuses a language the policy is not published in, unless a draft is asked for', async () => {
    const ws = workspace({ 'ok.policy.yaml': completePolicy });
    try {
      const refused = await runCli(['render', 'ok.policy.yaml', '--lang', 'en', '-o', 'ok.html'], { cwd: ws.dir });
      assert.deepStrictEqual(
        [refused.code, refused.stdout, refused.stderr, fs.existsSync(ws.file('ok.html'))],
        [
          1,
          '',
          'privacy-policy: ok.policy.yaml is not published in English (policy.languages: de): add the language there and translate the texts, or write a draft with --draft.\n',
          false,
        ],
      );
      const draft = await runCli(['render', 'ok.policy.yaml', '--lang', 'en', '--draft', '-o', 'ok.html'], {
        cwd: ws.dir,
      });
      assert.strictEqual(draft.code, 0, draft.stderr);
      const page = fs.readFileSync(ws.file('ok.html'), 'utf8');
      assert.match(page, /<title>Draft: /);
      assert.match(page, /Not yet translated: &quot;Erfüllung des Vertrags&quot;/);
      const bad = await runCli(['render', 'ok.policy.yaml', '--lang', 'fr'], { cwd: ws.dir });
      assert.deepStrictEqual(
        [bad.code, bad.stderr.split('\n')[0]],
        [2, 'privacy-policy: --lang cannot be "fr". Choose one of: de, en.'],
      );
    } finally {
      ws.remove();
    }
  });

  it('does not write a page as final while a text is not yet translated into its language', async () => {
    const source = fs
      .readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8')
      .replace('      en: Two years after the request is closed.\n', '');
    const ws = workspace({ 'nordlicht.policy.yaml': source });
    try {
      const german = await runCli(['render', 'nordlicht.policy.yaml', '-o', 'de.html'], { cwd: ws.dir });
      assert.strictEqual(german.code, 0, german.stderr);
      const english = await runCli(['render', 'nordlicht.policy.yaml', '--lang', 'en', '-o', 'en.html'], {
        cwd: ws.dir,
      });
      assert.strictEqual(english.code, 1);
      assert.match(english.stderr, /has 0 errors and 1 place the page would leave blank/);
      assert.ok(!fs.existsSync(ws.file('en.html')));
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
      const badFormat = await runCli(['render', 'ok.policy.yaml', '--format', 'pdf'], { cwd: ws.dir });
      assert.strictEqual(badFormat.code, 2);
    } finally {
      ws.remove();
    }
  });
});
