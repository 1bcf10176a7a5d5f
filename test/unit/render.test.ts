import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseWebviewMessage } from '../../client/src/preview/messages';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import {
  contentSecurityPolicy,
  escapeHtml,
  outline,
  renderPolicyBody,
  renderPolicy,
  renderPreviewPage,
  safeHref,
} from '../../server/src/service/render';
import { linkify } from '../../server/src/service/render/linkify';
import { periodsIn } from '../../server/src/service/text/periods';
import { codesOf } from '../support/policyText';
import { fieldPaths, markerPolicy } from '../support/markerPolicy';
import { parse as parseYaml } from 'yaml';
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

describe('renderer: one outline', () => {
  const html = renderPolicy(analyze(example('beispiel-gmbh.policy.yaml')), { format: 'page', mode: 'publish' });
  const sectionTitles = [...html.matchAll(/<h2>\d+\. ([^<]*)<\/h2>/g)].map((match) => match[1]);

  it('has the title, the effective date (Stand) and a table of contents whose links all lead somewhere', () => {
    assert.match(html, /<h1 id="titel">Datenschutzerklärung der Elbwerk Beispiel GmbH<\/h1>/);
    assert.match(html, /Stand: 15\. Oktober 2026 · Veröffentlicht am 1\. Oktober 2026 · Version 3\.1/);
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    for (const target of targets) assert.ok(html.includes(`id="${target}"`), `#${target} exists`);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g))
      assert.ok(html.includes(`id="${target}"`), `#${target} exists`);
  });

  it('follows the order German policies use, overview first, about a dozen sections, each once', () => {
    assert.deepStrictEqual(sectionTitles, [
      'Datenschutz auf einen Blick',
      'Verantwortlicher',
      'Datenschutzbeauftragter',
      'Welche Daten wir wozu verarbeiten',
      'Empfänger',
      'Übermittlung in Drittländer',
      'Cookies und ähnliche Technologien',
      'Kinder und Jugendliche',
      'Ihre Rechte',
      'Beschwerderecht bei einer Aufsichtsbehörde',
      'Datensicherheit',
      'Änderungen dieser Erklärung',
    ]);
    assert.deepStrictEqual(outline[0], 'overview');
  });

  it('says each fact once: the controller, the DPO, the authority, the bases, the periods, the rights', () => {
    const count = (needle: string | RegExp) => html.split(needle).length - 1;
    assert.strictEqual(count('Königsbrücker Straße 12'), 1, "the controller's address");
    assert.strictEqual(count('Dr. Anna Schmidt'), 1, 'the DPO');
    assert.strictEqual(count('Postfach 11 01 32'), 1, 'the authority');
    assert.strictEqual(count('14 Tage; danach'), 1, 'a retention period');
    assert.strictEqual(count('>Widerspruchsrecht nach Art. 21 DSGVO<'), 1, 'the right to object');
    assert.strictEqual(count('<td data-label="Name">_pk_id</td>'), 1, 'a cookie');
    assert.strictEqual(
      count('Die Helpdesk Cloud Inc. ist nach dem EU-US Data Privacy Framework zertifiziert.'),
      1,
      'a transfer',
    );
  });

  it('says per processing activity what is collected, why and on which basis, who receives it and how long it is kept', () => {
    const category = /<section class="part" id="kategorie-kontaktanfragen">[\s\S]*?<\/dl>/.exec(html)![0];
    assert.match(category, /<dt>Daten<\/dt>\n<dd><p>Name, E-Mail-Adresse, Telefonnummer, Inhalt der Anfrage<\/p>/);
    assert.match(
      category,
      /<strong>Beantwortung von Anfragen<\/strong>: Vertragserfüllung oder vorvertragliche Maßnahmen \(Art\. 6 Abs\. 1 lit\. b DSGVO\); Berechtigtes Interesse/,
    );
    assert.match(category, /Unser berechtigtes Interesse: Anfragen von Interessenten und Kunden zügig/);
    assert.match(category, /<a href="#empfaenger-ticketsystem">Helpdesk Cloud Inc\., Boston<\/a>/);
    assert.match(
      category,
      /<dt>Übermittlung in Drittländer<\/dt>\n<dd><p><a href="#drittlaender">Vereinigte Staaten<\/a>/,
    );
    assert.match(category, /<dt>Speicherdauer<\/dt>\n<dd><p>Sechs Monate nach Abschluss der Anfrage/);
    assert.match(
      category,
      /Wenn Sie uns auf den hier genannten Wegen eine Anfrage senden/,
      'its clause stands with it',
    );
    const nobody = /<section class="part" id="kategorie-nutzungsdaten">[\s\S]*?<\/dl>/.exec(html)![0];
    assert.match(nobody, /Diese Daten geben wir an niemanden weiter\./);
  });

  it('states each recipient once with its role and seat, no brackets in brackets', () => {
    const recipient = /<section class="part" id="empfaenger-ticketsystem">[\s\S]*?<\/section>/.exec(html)![0];
    assert.match(
      recipient,
      /<p>IT- und Software-Dienstleister · Auftragsverarbeiter \(Art\. 28 DSGVO\) · Sitz: Vereinigte Staaten<\/p>/,
    );
    assert.match(recipient, /Stellt das Ticketsystem bereit/);
    assert.doesNotMatch(html, /\([^()]*\([^()]*\([^()]*\)/, 'no three levels of brackets');
  });

  it('sets the right to object apart, as Art. 21(4) GDPR asks', () => {
    assert.match(
      html,
      /<section class="part apart" id="recht-objection"><h3>Widerspruchsrecht nach Art\. 21 DSGVO<\/h3>/,
    );
  });

  it('makes e-mail addresses and https addresses in any text links, and nothing else', () => {
    assert.match(html, /an <a href="mailto:datenschutz@elbwerk\.example">datenschutz@elbwerk\.example<\/a>/);
    assert.match(html, /<a href="https:\/\/www\.datenschutz\.sachsen\.de\/" rel="noreferrer noopener">/);
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.match(href, /^(?:#|mailto:|https:)/);
    const linked = linkify(
      'Schreiben Sie an a.b@c.de, oder http://x.example, javascript:alert(1) und https://d.example/e.',
    );
    assert.deepStrictEqual(
      linked.filter((inline) => typeof inline !== 'string'),
      [
        { kind: 'link', href: 'mailto:a.b@c.de', text: 'a.b@c.de' },
        { kind: 'link', href: 'https://d.example/e', text: 'https://d.example/e' },
      ],
    );
    // "https://" quoted as a word is no address, in German or English quotation marks.
    for (const quoted of ['an „https://“ am Anfang', 'by ‘https://’ at the start', 'see «https://www.x.example»'])
      assert.deepStrictEqual(
        linkify(quoted).filter((inline) => typeof inline !== 'string'),
        quoted.includes('www') ? [{ kind: 'link', href: 'https://www.x.example/', text: 'https://www.x.example' }] : [],
        quoted,
      );
  });

  it('carries nothing of the editor when published: no data-line, no gap list, no draft note', () => {
    assert.doesNotMatch(html.replace(/<style>[\s\S]*?<\/style>/g, ''), /data-line|class="gaps"|draft-note|data-gap/);
    const preview = renderPolicyBody(analyze(example('beispiel-gmbh.policy.yaml'))).html;
    assert.match(preview, /data-line="\d+"/);
  });

  it('writes German whatever the language of the editor', () => {
    const text = example('beispiel-gmbh.policy.yaml');
    assert.strictEqual(
      renderPolicyBody(analyze(text, 'en'), library).html,
      renderPolicyBody(analyze(text, 'de'), library).html,
    );
  });

  it('marks source lines for scroll sync in the preview: a category heading carries the line of its id', () => {
    const lines = example('beispiel-gmbh.policy.yaml').split('\n');
    const idLine = lines.indexOf('  kundendaten:');
    assert.match(
      renderPolicyBody(analyze(example('beispiel-gmbh.policy.yaml'))).html,
      new RegExp(`<h3 data-line="${idLine}">Kundendaten</h3>`),
    );
  });
});

describe('renderer: everything the author wrote is on the page', () => {
  it('shows a distinct marker from every text field of the format, and every chosen value', () => {
    const { text, markers } = markerPolicy();
    const data = parseYaml(text);
    const present = (value: unknown, path: string[]): boolean => {
      if (!path.length) return value !== undefined && value !== null;
      const [head, ...rest] = path;
      if (head === '*') return Object.values(value as object).some((entry) => present(entry, rest));
      if (head.endsWith('[]'))
        return ((value as Record<string, unknown[]>)[head.slice(0, -2)] ?? []).some((entry) => present(entry, rest));
      return present((value as Record<string, unknown>)?.[head], rest);
    };
    // How readers were told of a version is the author's record (Art. 5(2) GDPR), not part of the page.
    const authorsRecords = new Set(['policy.notification']);
    for (const field of fieldPaths().filter((path) => !authorsRecords.has(path)))
      assert.ok(present(data, field.split('.')), `the marker policy fills ${field}`);
    assert.deepStrictEqual(
      codesOf(text).filter((code) => !['unused-definition', 'stale-policy'].includes(code)),
      [],
      'the marker policy is valid',
    );
    const page = renderPolicy(analyze(text), { format: 'page', mode: 'publish' });
    const missing = markers.filter((marker) => !page.includes(escapeHtml(marker)));
    assert.deepStrictEqual(missing, [], 'every marker is on the page');
    const markdown = renderPolicy(analyze(text), { format: 'markdown', mode: 'publish' });
    assert.deepStrictEqual(
      markers.filter((marker) => !markdown.includes(marker.replace(/[_*[\]<>|&~\\`]/g, (c) => `\\${c}`))),
      [],
      'and in the Markdown',
    );
  });
});

describe('renderer: the clause library states no fact the data does not give', () => {
  for (const clause of builtinClauses) {
    it(`${clause.id}`, () => {
      const literal = clause.text.replace(/\{\{[^}]*\}\}/g, ' ');
      assert.deepStrictEqual(periodsIn(literal), [], 'no period: periods come from the data');
      const allowed = new Set([
        ...(clause.conditions ?? []).flatMap((condition) => (condition.kind === 'basis' ? condition.bases : [])),
        ...(clause.citesAsLaw ?? []),
      ]);
      const named = [
        ...literal.matchAll(/Art\. 6 Abs\. 1 lit\. ([a-f])(?: oder ([a-f]))?|Art\. 9 Abs\. 2 lit\. ([a-j])/g),
      ].flatMap((match) =>
        match[3] ? [`art9-2-${match[3]}`] : [match[1], match[2]].filter(Boolean).map((letter) => `art6-1-${letter}`),
      );
      assert.deepStrictEqual(
        named.filter((basis) => !allowed.has(basis)),
        [],
        'every legal basis named is a condition or cited as law',
      );
      assert.doesNotMatch(
        literal,
        /\b(?:Kontaktformular|Double-Opt-In|USA|Vereinigte Staaten|Google|Sperrliste)\b/,
        'no claim about the site the data does not make',
      );
    });
  }
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
    assert.match(seed.html, /⚠ \d+ Angaben fehlen im Text/);
    // The preview says what it counts, beside the editor's problems; the draft to publish does not talk of the editor.
    assert.match(
      seed.html,
      /<p class="gaps-counted">Gezählt sind die Stellen, die die Seite leer ließe, nicht die Probleme/,
    );
    const draft = renderPolicyBody(analyze(example('help-desk-migration.policy.yaml')), library, 'draft');
    assert.doesNotMatch(draft.html, /gaps-counted|Fenster „Probleme“/);
  });

  it('names the category and purpose of a missing legal basis', () => {
    assert.ok(seed.gaps.some((gap) => gap.kind === 'legal-basis' && gap.where === 'Kontoerstellung'));
  });

  it('marks a library clause whose conditions the data does not meet, in its place and in the list', () => {
    const body = renderPolicyBody(
      analyze(`${validPolicy}clauses:\n  - use: newsletter\n    category: kontakt\n`),
      library,
    );
    const gap = body.gaps.find((candidate) => candidate.kind === 'condition');
    assert.ok(gap);
    assert.strictEqual(gap.label, 'Baustein „newsletter“ passt nicht zu den Daten dieser Erklärung');
    assert.match(
      body.html,
      /<section class="part" id="kategorie-kontakt"[\s\S]*<mark class="gap"[^>]*data-gap="condition"/,
    );
  });

  it('marks a missing effective date and the missing rights', () => {
    const body = renderPolicyBody(analyze(validPolicy.replace('  effective: 2024-02-01\n', '')), library);
    assert.match(body.html, /<mark class="gap"[^>]*>⚠ Stand: Stand \(Datum des Inkrafttretens\) fehlt<\/mark>/);
    assert.ok(body.gaps.some((gap) => gap.kind === 'rights'));
  });

  it('writes a draft with "Entwurf" on its face and its gaps listed, for review, never with data-line', () => {
    const draft = renderPolicy(analyze(example('help-desk-migration.policy.yaml')), { format: 'page', mode: 'draft' });
    assert.match(draft, /<title>Entwurf: /);
    assert.match(draft, /<p class="draft-note" role="note">Entwurf/);
    assert.match(draft, /class="gaps"/);
    assert.doesNotMatch(draft, /data-line/);
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
  const html = renderPreviewPage(renderPolicyBody(analyze(hostile)), previewOptions);

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
    const html = renderPreviewPage(renderPolicyBody(analysis), previewOptions);
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
      Array.from(
        { length: 5 },
        () => /'nonce-([^']+)'/.exec(cspOf(renderPreviewPage(renderPolicyBody(analysis), previewOptions)))![1],
      ),
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
    const html = renderPolicy(analyze(example('beispiel-gmbh.policy.yaml')), { format: 'page', mode: 'publish' });
    assert.match(
      cspOf(html),
      /^default-src 'none'; base-uri 'none'; form-action 'none'; style-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'$/,
    );
    const tags = startTags(html);
    assert.deepStrictEqual(
      tags.filter((tag) => tag.name === 'script' || tag.name === 'link' || /\ssrc=/.test(tag.attributes)),
      [],
    );
  });

  it('renders the same body for the preview and the export, the export without the scaffolding', () => {
    const text = example('beispiel-gmbh.policy.yaml');
    const body = renderPolicyBody(analyze(text), library).html;
    assert.strictEqual(rootOf(renderPreviewPage(renderPolicyBody(analyze(text)), previewOptions)), body);
    assert.strictEqual(
      rootOf(renderPolicy(analyze(text), { format: 'page', mode: 'publish' })),
      body.replace(/ data-line="\d+"/g, ''),
    );
  });
});

describe('preview messages from the webview', () => {
  it('accepts exactly the allowed types with a line inside the document', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealLine', line: 3 }, 10), { type: 'revealLine', line: 3 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'openLine', line: 0 }, 10), { type: 'openLine', line: 0 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'language', language: 'en' }, 10), {
      type: 'language',
      language: 'en',
    });
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
      { type: 'language', language: 'fr' },
      { type: 'language', language: 'en', line: 1 },
      { type: 'language', line: 1 },
      { type: 'openLine', language: 'en' },
    ]) {
      assert.strictEqual(parseWebviewMessage(raw, 10), undefined, JSON.stringify(raw));
    }
  });
});
