import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import { renderPolicy, renderPolicyBody, renderPreviewPage } from '../../server/src/service/render';
import { examplesDir } from '../support/paths';
import { documentOf, service, validPolicy } from '../support/serviceHarness';
import { launchBrowser } from '../../scripts/vscode/vscodeWeb';
import { evaluate, PageServer, vscodeApiStub, waitFor } from './browserHarness';

/** Each payload would set window.__pwned if it ever ran. */
const hostilePolicy = validPolicy
  .replace('  title: Datenschutzerklärung', '  title: "<script>window.__pwned = \'title\'</script>"')
  .replace(
    'data: [Name, E-Mail-Adresse]',
    'data: ["<img src=x onerror=\\"window.__pwned = \'img\'\\">", "<svg onload=\\"window.__pwned = \'svg\'\\"></svg>"]',
  )
  .replace(
    '  email: datenschutz@beispiel.de',
    '  email: datenschutz@beispiel.de\n  website: "javascript:window.__pwned = \'website\'"',
  )
  .concat(
    'clauses:\n' +
      '  - title: "<style onload=\\"window.__pwned = \'style\'\\"></style>Hinweis"\n' +
      '    text: |-\n' +
      '      <a href="javascript:window.__pwned = \'link\'">Bitte klicken</a> <iframe src="javascript:window.__pwned = \'frame\'"></iframe>\n' +
      '\n' +
      "      <script>window.__pwned = 'script'</script> {{controller.name}}\n",
  );

const library = createClauseLibrary(builtinClauses);
const showcase = fs.readFileSync(path.join(examplesDir, 'beispiel-gmbh.policy.yaml'), 'utf8');
const analyze = (text: string) => service().analyze(documentOf(text));

describe('the rendered preview in Chromium', function () {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const violations: string[] = [];

  before(async () => {
    server = new PageServer();
    await server.start();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(html: string): Promise<Page> {
    server.serve(html);
    page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    requests.length = dialogs.length = violations.length = 0;
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(vscodeApiStub);
    await page.goto(`${server.origin}/`);
    await waitFor(page, 'document.readyState === "complete"', 'the page to load');
    return page;
  }

  afterEach(async () => {
    await page?.close();
  });

  const previewPage = (text: string) =>
    renderPreviewPage(renderPolicyBody(analyze(text)), {
      mode: 'preview',
      cspSource: server.origin,
      scriptUri: `${server.origin}/media/out/preview.js`,
      styleUri: `${server.origin}/media/preview.css`,
    });

  it('shows <script>, <img onerror>, <svg onload>, <style onload>, <iframe> and javascript: links as inert text', async () => {
    await open(previewPage(hostilePolicy));
    const text = await evaluate<string>(page, 'document.body.innerText');
    for (const shown of [
      "<script>window.__pwned = 'title'</script>",
      `<img src=x onerror="window.__pwned = 'img'">`,
      `<svg onload="window.__pwned = 'svg'"></svg>`,
      `<style onload="window.__pwned = 'style'"></style>Hinweis`,
      `<a href="javascript:window.__pwned = 'link'">Bitte klicken</a>`,
      "<script>window.__pwned = 'script'</script> Beispiel GmbH",
      "Website: javascript:window.__pwned = 'website'",
    ]) {
      assert.ok(text.includes(shown), `shown as text: ${shown}`);
    }
    assert.strictEqual(await evaluate(page, 'window.__pwned'), undefined);
    assert.deepStrictEqual(
      await evaluate(page, '[...document.querySelectorAll("img, svg, iframe, object, embed, form")].length'),
      0,
    );
    assert.deepStrictEqual(await evaluate(page, '[...document.scripts].map((script) => script.src)'), [
      `${server.origin}/media/out/preview.js`,
    ]);
    const hrefs = await evaluate<string[]>(
      page,
      '[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href"))',
    );
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) assert.match(href, /^(#|mailto:|https?:)/, href);
    assert.deepStrictEqual(dialogs, []);
  });

  it('applies its own stylesheet and script under the CSP, and requests nothing but its own files', async () => {
    await open(previewPage(hostilePolicy));
    assert.strictEqual(
      await evaluate(page, 'getComputedStyle(document.querySelector(".privacy-policy")).maxWidth'),
      '644px',
      'the nonce admits the inline stylesheet (46em), at the 14px font size preview.css sets',
    );
    assert.strictEqual(
      await evaluate(page, 'getComputedStyle(document.querySelector(".privacy-policy")).getPropertyValue("--pp-font")'),
      '',
      "preview.css maps the font to VS Code's, which is unset outside VS Code",
    );
    assert.deepStrictEqual(
      [...new Set(requests)].sort(),
      [`${server.origin}/`, `${server.origin}/media/out/preview.js`, `${server.origin}/media/preview.css`].sort(),
    );
    assert.deepStrictEqual(violations, []);
  });

  it('updates in place with hostile text still inert, keeping the reader at the same place', async () => {
    const lines = Array.from({ length: 60 }, (_, index) => `      Absatz ${index + 1}.\n`).join('\n');
    const long = `${validPolicy}clauses:\n  - title: Lang\n    text: |-\n${lines}`;
    await open(previewPage(long));
    await evaluate(page, 'window.scrollTo(0, 1500)');
    await waitFor(
      page,
      'window.__posted.some((m) => m.type === "revealLine")',
      'the preview to report its scroll position',
    );
    const before = await evaluate<number>(page, 'window.scrollY');
    const body = renderPolicyBody(
      analyze(long.replace('Absatz 60.', `Absatz 60. <img src=x onerror="window.__pwned = 'update'">`)),
      library,
    );
    await page.evaluate(
      `window.postMessage(${JSON.stringify({ type: 'update', html: body.html, version: 2, title: body.title })}, '*')`,
    );
    await waitFor(page, 'document.body.innerText.includes("onerror=")', 'the update to arrive');
    assert.strictEqual(await evaluate(page, 'window.__pwned'), undefined);
    assert.strictEqual(await evaluate(page, 'document.querySelectorAll("img").length'), 0);
    const after = await evaluate<number>(page, 'window.scrollY');
    assert.ok(Math.abs(after - before) < 40, `scroll position kept (${before} -> ${after})`);
  });

  it('keeps the reader in a section the outline moves after later source lines, when the page updates', async () => {
    // The recipients stand after the categories on the page, though they come first in the source.
    const lines = Array.from({ length: 60 }, (_, index) => `      Absatz ${index + 1}.\n`).join('\n');
    const long = `${validPolicy}clauses:\n  - title: Lang\n    text: |-\n${lines}`;
    await open(previewPage(long));
    const sectionTop = await evaluate<number>(
      page,
      'document.getElementById("empfaenger").getBoundingClientRect().top + window.scrollY',
    );
    const target = Math.round(sectionTop) + 60;
    await evaluate(page, `window.scrollTo(0, ${target})`);
    const before = await evaluate<number>(page, 'window.scrollY');
    assert.ok(Math.abs(before - target) < 1, `the page is long enough to scroll there (${before}, ${target})`);
    const body = renderPolicyBody(analyze(long.replace('Absatz 60.', 'Absatz 60, geändert.')), library);
    await page.evaluate(
      `window.postMessage(${JSON.stringify({ type: 'update', html: body.html, version: 2, title: body.title })}, '*')`,
    );
    await waitFor(page, 'document.body.innerText.includes("geändert")', 'the update to arrive');
    const after = await evaluate<number>(page, 'window.scrollY');
    assert.ok(Math.abs(after - before) < 2, `still ${before} px down, not ${after}`);
  });

  it('scrolls to a source line when told, and reports the line of a double-click', async () => {
    await open(previewPage(showcase));
    const categoryLine = showcase.split('\n').indexOf('  kundendaten:');
    await page.evaluate(`window.postMessage({ type: 'scrollToLine', line: ${categoryLine} }, '*')`);
    await waitFor(
      page,
      `Math.abs(document.querySelector('h3[data-line="${categoryLine}"]').getBoundingClientRect().top) < 2`,
      'the category heading to reach the top',
    );
    await page.dblclick(`h3[data-line="${categoryLine}"]`);
    await waitFor(
      page,
      `window.__posted.some((m) => m.type === 'openLine' && m.line === ${categoryLine})`,
      'an openLine message',
    );
    const bad = await evaluate<unknown[]>(
      page,
      'window.__posted.filter((m) => Object.keys(m).sort().join() !== "line,type")',
    );
    assert.deepStrictEqual(bad, [], 'every message has exactly the shape the extension accepts');
  });

  it('asks for the other language when its button above a bilingual policy is clicked, and for nothing else', async () => {
    const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');
    const analysis = analyze(bilingual);
    await open(
      renderPreviewPage(renderPolicyBody(analysis, library, 'preview', 'de', ['de', 'en']), {
        mode: 'preview',
        cspSource: server.origin,
        scriptUri: `${server.origin}/media/out/preview.js`,
        styleUri: `${server.origin}/media/preview.css`,
      }),
    );
    await page.click('.language-switch button[data-language="de"]');
    await page.click('.language-switch button[data-language="en"]');
    await waitFor(page, 'window.__posted.some((m) => m.type === "language")', 'the language message');
    assert.deepStrictEqual(
      await evaluate(page, 'window.__posted.filter((m) => m.type === "language")'),
      [{ type: 'language', language: 'en' }],
      'one message, for the language not shown (the pressed button asks for nothing)',
    );
    // The switch is styled by the preview's stylesheet: only the language not shown invites a click.
    const cursors = await evaluate<string[]>(
      page,
      'Array.from(document.querySelectorAll(".language-switch button")).map((b) => getComputedStyle(b).cursor)',
    );
    assert.deepStrictEqual(cursors, ['default', 'pointer']);
    assert.deepStrictEqual(violations, []);
  });

  it('fits the English page on a 360 px phone screen too, in English', async () => {
    const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    try {
      await phone.setContent(renderPolicy(analyze(bilingual), { format: 'page', mode: 'publish', language: 'en' }));
      assert.strictEqual(await evaluate(phone, 'document.documentElement.lang'), 'en');
      assert.strictEqual(
        await evaluate(phone, 'document.querySelector("h1").textContent'),
        'Privacy Policy of Nordlicht Software GmbH',
      );
      const width = await evaluate<number>(phone, 'document.documentElement.scrollWidth');
      assert.ok(width <= 360, `the page is ${width} px wide`);
      assert.strictEqual(
        await evaluate(phone, 'getComputedStyle(document.querySelector("td"), "::before").content'),
        '"Name: "',
      );
    } finally {
      await context.close();
    }
  });

  it('exports a standalone page that is just as inert and loads nothing', async () => {
    await open(renderPolicy(analyze(hostilePolicy), { format: 'page', mode: 'draft' }));
    assert.strictEqual(await evaluate(page, 'window.__pwned'), undefined);
    assert.strictEqual(await evaluate(page, 'document.scripts.length'), 0);
    assert.strictEqual(
      await evaluate(page, 'getComputedStyle(document.querySelector(".draft-note")).borderTopStyle'),
      'solid',
      'the hash admits the stylesheet',
    );
    assert.deepStrictEqual(requests, [`${server.origin}/`]);
    assert.deepStrictEqual(violations, []);
    assert.deepStrictEqual(dialogs, []);
  });

  it('fits a 360 px phone screen without sideways scrolling, tables stacked, long words broken', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    try {
      const text = showcase.replace(
        '    description: Versendet unseren Newsletter.',
        '    description: Versendet unseren Newsletter über https://www.rundbrief-versand.example/ein/sehr/langer/pfad/zu/den/auftragsverarbeitungsvertragsunterlagen und Datenschutzgrundverordnungsdurchführungsbestimmungen.',
      );
      await phone.setContent(renderPolicy(analyze(text), { format: 'page', mode: 'publish' }));
      const width = await evaluate<number>(phone, 'document.documentElement.scrollWidth');
      assert.ok(width <= 360, `the page is ${width} px wide`);
      assert.strictEqual(await evaluate(phone, 'getComputedStyle(document.querySelector("td")).display'), 'block');
      assert.strictEqual(
        await evaluate(phone, 'getComputedStyle(document.querySelector("td"), "::before").content'),
        '"Name: "',
      );
      const widest = await evaluate<number>(
        phone,
        'Math.max(...Array.from(document.querySelectorAll("article *")).map((element) => element.getBoundingClientRect().right))',
      );
      assert.ok(widest <= 360, `an element reaches ${widest} px`);
    } finally {
      await context.close();
    }
  });

  it('prints a clean document: no contents list, addresses written out after links', async () => {
    await open(renderPolicy(analyze(showcase), { format: 'page', mode: 'publish' }));
    await page.emulateMedia({ media: 'print' });
    try {
      assert.strictEqual(await evaluate(page, 'getComputedStyle(document.querySelector("nav.toc")).display'), 'none');
      assert.match(
        await evaluate<string>(
          page,
          'getComputedStyle(document.querySelector(\'a[href^="https:"]\'), "::after").content',
        ),
        /^" \(" attr\(href\) "\)"$|^" \(https:/,
      );
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
