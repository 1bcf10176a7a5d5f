import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseWebviewMessage } from '../../client/src/preview/messages';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import {
  contentSecurityPolicy,
  escapeHtml,
  renderPolicyBody,
  renderPolicyHtml,
  safeHref,
} from '../../server/src/service/render';
import { examplesDir } from '../support/paths';
import { documentOf, service, validPolicy } from '../support/serviceHarness';

const library = createClauseLibrary(builtinClauses);
const analyze = (text: string, locale: 'de' | 'en' = 'en') => service({ locale }).analyze(documentOf(text));
const example = (name: string) => fs.readFileSync(path.join(examplesDir, name), 'utf8');
const previewOptions = {
  mode: 'preview',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/out/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
} as const;

/** The content of the element with the given id (the renderer writes no nested element with the same tag and id). */
function rootOf(html: string): string {
  const match = /<div id="policy-root">([\s\S]*)<\/div>\n?(?:<script|<\/body>)/.exec(html);
  assert.ok(match, 'the page has the policy root');
  return match[1];
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'the page has a CSP meta element');
  return match[1].replace(/&#39;/g, "'");
}

/** Every start tag the page contains, as written. */
const startTags = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((match) => ({
    name: match[1].toLowerCase(),
    attributes: match[2],
  }));

describe('renderer: structure', () => {
  const html = renderPolicyHtml(analyze(example('beispiel-gmbh.policy.yaml')), { mode: 'standalone' });

  it('has the title, the effective date (Stand) and a table of contents whose links all lead somewhere', () => {
    assert.match(html, /<h1 id="titel" data-line="5">Datenschutzerklärung der Elbwerk Beispiel GmbH<\/h1>/);
    assert.match(html, /Stand: 15\. Oktober 2026 · Veröffentlicht am 1\. Oktober 2026 · Version 3\.1/);
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    assert.ok(targets.length > 20);
    for (const target of targets) assert.ok(html.includes(`id="${target}"`), `#${target} exists`);
  });

  it('says per data category what is collected, why and on which legal basis, who receives it and how long it is kept', () => {
    const category = /<section class="category" id="kategorie-kontaktanfragen"[\s\S]*?<\/section>/.exec(html)![0];
    assert.match(category, /<dt>Daten<\/dt>\n<dd[^>]*>Name, E-Mail-Adresse, Telefonnummer, Inhalt der Anfrage<\/dd>/);
    assert.match(
      category,
      /Beantwortung von Anfragen: Vertragserfüllung oder vorvertragliche Maßnahmen \(Art\. 6 Abs\. 1 lit\. b DSGVO\); Berechtigtes Interesse/,
    );
    assert.match(
      category,
      /Helpdesk Cloud Inc\., Boston \(Auftragsverarbeiter \(Art\. 28 DSGVO\), Vereinigte Staaten\)/,
    );
    assert.match(category, /<dt>Speicherdauer<\/dt>\n<dd[^>]*>Sechs Monate nach Abschluss der Anfrage/);
    const nobody = /<section class="category" id="kategorie-nutzungsdaten"[\s\S]*?<\/section>/.exec(html)![0];
    assert.match(nobody, /Wir geben diese Daten an niemanden weiter\./);
  });

  it('states the controller, the rights, the cookies and where data from elsewhere comes from', () => {
    assert.match(
      html,
      /Elbwerk Beispiel GmbH<br>Königsbrücker Straße 12, 01099 Dresden, Deutschland<br>E-Mail: <a href="mailto:datenschutz@elbwerk\.example"/,
    );
    assert.match(html, /<li data-line="\d+">Widerspruchsrecht \(Art\. 21 DSGVO\)<\/li>/);
    assert.match(html, /<td>_pk_id<\/td>[\s\S]*?<td>Einwilligung \(§ 25 Abs\. 1 TDDDG\)<\/td>/);
    assert.match(
      html,
      /<dt>Herkunft der Daten<\/dt>\n<dd[^>]*>Messen, Visitenkarten und öffentliche Firmenverzeichnisse<\/dd>/,
    );
  });

  it('renders the clauses in their order, the right to object set apart', () => {
    const headings = [
      ...html.matchAll(/<section id="abschnitt-\d+" class="([^"]*)"[^>]*><h2[^>]*>\d+\. ([^<]*)<\/h2>/g),
    ].map((match) => match[2]);
    assert.deepStrictEqual(headings.slice(0, 4), [
      'Datenschutz auf einen Blick',
      'Hinweis zur verantwortlichen Stelle',
      'Datenschutzbeauftragter',
      'Rechtsgrundlagen der Verarbeitung',
    ]);
    assert.strictEqual(headings[headings.length - 1], 'Aktualität und Änderungen dieser Erklärung');
    assert.match(
      html,
      /<section id="abschnitt-\d+" class="clause set-apart"[^>]*><h2[^>]*>\d+\. Widerspruchsrecht nach Art\. 21 DSGVO/,
    );
  });

  it("fills the clauses' placeholders with the policy's data", () => {
    assert.match(
      html,
      /Sächsische Datenschutz- und Transparenzbeauftragte<br>Devrientstraße 5, 01067 Dresden, Deutschland/,
    );
    assert.match(html, /Unsere Website läuft auf Servern von Sachsen Hosting AG, Leipzig\./);
    assert.match(
      html,
      /schreiben Sie uns an datenschutz@elbwerk\.example oder rufen Sie uns an unter \+49 351 000000\./,
    );
    assert.doesNotMatch(html, /\{\{/);
    assert.doesNotMatch(html, /class="gap"/, 'the showcase has no gaps');
  });

  it('leaves out its own complaint and transfer sections where a clause says them in full', () => {
    const plain = renderPolicyBody(analyze(validPolicy), library).html;
    assert.match(plain, /<section id="beschwerderecht"/);
    const covered = renderPolicyBody(analyze(`${validPolicy}clauses:\n  - use: beschwerderecht\n`), library).html;
    assert.doesNotMatch(covered, /<section id="beschwerderecht"/);
    assert.match(covered, /<h2 data-line="\d+">\d+\. Beschwerderecht bei der zuständigen Aufsichtsbehörde<\/h2>/);
  });

  it('marks source lines for scroll sync: a category heading carries the line of its id', () => {
    const lines = example('beispiel-gmbh.policy.yaml').split('\n');
    const idLine = lines.indexOf('  kundendaten:');
    assert.match(html, new RegExp(`<h3 data-line="${idLine}">Kundendaten</h3>`));
  });

  it('writes German whatever the language of the editor', () => {
    const text = example('beispiel-gmbh.policy.yaml');
    assert.strictEqual(
      renderPolicyBody(analyze(text, 'en'), library).html,
      renderPolicyBody(analyze(text, 'de'), library).html,
    );
  });
});

describe('renderer: gaps', () => {
  const seed = renderPolicyBody(analyze(example('help-desk-migration.policy.yaml')), library);

  it('marks each gap where the reader would see it (class and words) and lists it with a link', () => {
    const kinds = new Set(seed.gaps.map((gap) => gap.kind));
    for (const kind of ['purpose', 'recipient', 'legal-basis', 'retention', 'safeguard', 'authority'])
      assert.ok(kinds.has(kind as never), `a ${kind} gap`);
    for (const gap of seed.gaps) {
      assert.ok(
        seed.html.includes(`<mark class="gap" id="${gap.id}" data-gap="${gap.kind}"`),
        `${gap.id} is marked in place`,
      );
      assert.ok(seed.html.includes(`<a href="#${gap.id}">${escapeHtml(gap.label)}</a>`), `${gap.id} is listed`);
    }
    assert.match(seed.html, /⚠ Lücken vor der Veröffentlichung: \d+/);
  });

  it('names the category and purpose of a missing legal basis', () => {
    assert.ok(
      seed.gaps.some(
        (gap) => gap.kind === 'legal-basis' && gap.where === 'Kontoerstellung › Verbesserung der Dienstleistungen',
      ),
    );
  });

  it('marks a placeholder the policy cannot fill, in a clause and in the list', () => {
    const body = renderPolicyBody(analyze(`${validPolicy}clauses:\n  - use: beschwerderecht\n`), library);
    const gap = body.gaps.find((candidate) => candidate.kind === 'placeholder');
    assert.ok(gap);
    assert.strictEqual(gap.label, 'Name der Aufsichtsbehörde fehlt ({{authority.name}})');
    assert.match(
      body.html,
      /<mark class="gap" id="luecke-\d+" data-gap="placeholder" data-line="29">⚠ Name der Aufsichtsbehörde fehlt \(\{\{authority\.name\}\}\)<\/mark>/,
    );
  });

  it('marks a missing effective date and the missing rights', () => {
    const body = renderPolicyBody(analyze(validPolicy.replace('  effective: 2024-02-01\n', '')), library);
    assert.match(body.html, /Stand: <mark class="gap"[^>]*>⚠ Stand \(Datum des Inkrafttretens\) fehlt<\/mark>/);
    assert.ok(body.gaps.some((gap) => gap.kind === 'rights'));
  });
});

describe('renderer: hostile text stays text', () => {
  const hostile = validPolicy
    .replace('  title: Datenschutzerklärung', '  title: "</title><script>alert(1)</script>"')
    .replace('data: [Name, E-Mail-Adresse]', 'data: ["<img src=x onerror=alert(2)>", "<style onload=alert(3)>"]')
    .replace('  email: datenschutz@beispiel.de', '  email: datenschutz@beispiel.de\n  website: "javascript:alert(4)"')
    .replace('  kontakt:\n', '  "x\\" onmouseover=\\"alert(5)":\n')
    .concat(
      'clauses:\n  - title: "<svg onload=alert(6)>"\n    text: "<a href=\\"javascript:alert(7)\\">klick</a> & \'quoted\' {{with.x}}"\n    with:\n      x: "<iframe src=javascript:alert(8)>"\n',
    );
  const html = renderPolicyHtml(analyze(hostile), previewOptions);

  it('escapes every piece of author text', () => {
    assert.match(html, /&lt;\/title&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=alert\(2\)&gt;, &lt;style onload=alert\(3\)&gt;/);
    assert.match(html, /&lt;svg onload=alert\(6\)&gt;/);
    assert.match(
      html,
      /&lt;a href=&quot;javascript:alert\(7\)&quot;&gt;klick&lt;\/a&gt; &amp; &#39;quoted&#39; &lt;iframe src=javascript:alert\(8\)&gt;/,
    );
    assert.match(html, /id="kategorie-x&quot; onmouseover=&quot;alert\(5\)"/);
  });

  it('contains only the elements and attributes the renderer writes', () => {
    const tags = startTags(html);
    const attributeNames = (attributes: string) =>
      [...attributes.matchAll(/\s([^\s="]+)(?:="[^"]*")?/g)].map((match) => match[1].toLowerCase());
    assert.deepStrictEqual(
      tags.filter((tag) => attributeNames(tag.attributes).some((name) => name.startsWith('on'))),
      [],
    );
    const allowed = new Set([
      'id',
      'class',
      'data-line',
      'data-gap',
      'href',
      'rel',
      'lang',
      'aria-label',
      'role',
      'charset',
      'http-equiv',
      'content',
      'name',
      'nonce',
      'src',
    ]);
    assert.deepStrictEqual(
      tags.flatMap((tag) => attributeNames(tag.attributes)).filter((name) => !allowed.has(name)),
      [],
    );
    assert.deepStrictEqual(
      tags
        .filter((tag) => ['img', 'svg', 'iframe', 'object', 'embed', 'form', 'style', 'script'].includes(tag.name))
        .map((tag) => tag.name),
      ['style', 'script'],
    );
    assert.deepStrictEqual(
      tags.filter((tag) => /href="\s*javascript:/i.test(tag.attributes)),
      [],
    );
  });

  it('never turns an address into a javascript:, data: or command: link', () => {
    for (const address of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'command:workbench.action.terminal.new',
      'vbscript:x',
      'https://',
      'mailto:a@b.de?body=<x>',
    ]) {
      assert.strictEqual(safeHref(address), undefined, address);
    }
    assert.strictEqual(safeHref('https://www.datenschutz.sachsen.de'), 'https://www.datenschutz.sachsen.de/');
    assert.strictEqual(safeHref('datenschutz@elbwerk.example'), 'mailto:datenschutz@elbwerk.example');
    assert.match(html, /Website: javascript:alert\(4\)<\/p>/);
  });

  it('escapes the five characters that matter in text and attributes', () => {
    assert.strictEqual(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('renderer: page security', () => {
  const analysis = analyze(validPolicy);

  it('gives the preview a strict CSP: nothing by default, style and script only by nonce or from the webview', () => {
    const html = renderPolicyHtml(analysis, previewOptions);
    const csp = cspOf(html);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    assert.ok(csp.startsWith("default-src 'none';"));
    assert.match(
      csp,
      new RegExp(
        `style-src https://file\\+\\.vscode-resource\\.vscode-cdn\\.net 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`,
      ),
    );
    assert.match(csp, /script-src 'nonce-[^']+'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|img-src/);
    assert.ok(html.includes(`<style nonce="${nonce}">`));
    assert.ok(html.includes(`<script nonce="${nonce}" src="${previewOptions.scriptUri}"></script>`));
  });

  it('uses a fresh nonce for every render', () => {
    const nonces = new Set(
      Array.from({ length: 5 }, () => /'nonce-([^']+)'/.exec(cspOf(renderPolicyHtml(analysis, previewOptions)))![1]),
    );
    assert.strictEqual(nonces.size, 5);
    for (const nonce of nonces) assert.ok(Buffer.from(nonce, 'base64').length >= 16);
  });

  it("takes VS Code's source list, and refuses one that would add a directive or a keyword", () => {
    assert.match(
      contentSecurityPolicy({ ...previewOptions, cspSource: "'self' https://*.vscode-cdn.net" }, 'n'),
      /style-src 'self' https:\/\/\*\.vscode-cdn\.net 'nonce-n'/,
    );
    assert.throws(() =>
      contentSecurityPolicy({ ...previewOptions, cspSource: "https://x; script-src 'unsafe-inline'" }, 'n'),
    );
    assert.throws(() => contentSecurityPolicy({ ...previewOptions, cspSource: "'unsafe-inline'" }, 'n'));
  });

  it('exports a standalone page with no script and its stylesheet allowed by hash, and loads nothing remote', () => {
    const html = renderPolicyHtml(analyze(example('beispiel-gmbh.policy.yaml')), { mode: 'standalone' });
    assert.match(
      cspOf(html),
      /^default-src 'none'; base-uri 'none'; form-action 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'$/,
    );
    const tags = startTags(html);
    assert.deepStrictEqual(
      tags.filter((tag) => tag.name === 'script' || tag.name === 'link' || /\ssrc=/.test(tag.attributes)),
      [],
    );
  });

  it('renders the same body for the preview and the export', () => {
    const text = example('help-desk-migration.policy.yaml');
    const body = renderPolicyBody(analyze(text), library).html;
    assert.strictEqual(rootOf(renderPolicyHtml(analyze(text), previewOptions)), body);
    assert.strictEqual(rootOf(renderPolicyHtml(analyze(text), { mode: 'standalone' })), body);
  });
});

describe('preview messages from the webview', () => {
  it('accepts exactly the allowed types with a line inside the document', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealLine', line: 3 }, 10), { type: 'revealLine', line: 3 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openLine', line: 0 }, 10), { type: 'openLine', line: 0 });
  });

  it('refuses anything else', () => {
    for (const raw of [
      null,
      'openLine',
      [],
      { type: 'openLine' },
      { type: 'openLine', line: '3' },
      { type: 'openLine', line: 3.5 },
      { type: 'openLine', line: -1 },
      { type: 'openLine', line: 10 },
      { type: 'command', line: 1 },
      { type: 'openLine', line: 1, command: 'workbench.action.terminal.new' },
      { type: '__proto__', line: 1 },
      { type: 'openLine', line: Number.NaN },
    ]) {
      assert.strictEqual(parseWebviewMessage(raw, 10), undefined, JSON.stringify(raw));
    }
  });
});
