import * as assert from 'assert';
import { renderPolicy, renderPolicyBody, renderPreviewPage } from '../../server/src/service/render';
import { completePolicy, documentOf, service } from '../support/serviceHarness';
import { hostileInputs } from './hostileCorpus';

/** Author text that would run, load or navigate if it reached the page as markup. */
const attacks = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<style onload=alert(1)>body{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">klick</a>',
  '{{constructor.constructor("alert(1)")()}}',
];

/** Every place in the format where author text reaches the page. */
function withAttack(attack: string): string {
  const quoted = JSON.stringify(attack);
  return completePolicy
    .replace('  title: Datenschutzerklärung', `  title: ${quoted}`)
    .replace('  name: Beispiel GmbH', `  name: ${quoted}\n  website: ${quoted}`)
    .replace('    title: Erfüllung des Vertrags', `    title: ${quoted}\n    legitimateInterest: ${quoted}`)
    .replace('    title: Kontaktdaten', `    title: ${quoted}\n    description: ${quoted}`)
    .replace('    data: [Name, E-Mail-Adresse]', `    data: [${quoted}]`)
    .replace('    retention: Drei Jahre nach Vertragsende.', `    retention: ${quoted}`)
    .concat(
      `clauses:\n  - title: ${quoted}\n    text: ${quoted}\n  - use: verantwortliche-stelle\n    with: {hinweis: ${quoted}}\n`,
    );
}

const pages = (text: string) => {
  const analysis = service().analyze(documentOf(text));
  return {
    standalone: renderPolicy(analysis, { format: 'page', mode: 'publish' }),
    preview: renderPreviewPage(renderPolicyBody(analysis), {
      mode: 'preview',
      cspSource: 'vscode-webview://x',
      scriptUri: 'vscode-webview://x/preview.js',
      styleUri: 'vscode-webview://x/preview.css',
    }),
  };
};

/** What no page may contain, whatever the author wrote: markup that runs, loads or navigates. */
function assertInert(html: string, mode: 'standalone' | 'preview'): void {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  if (mode === 'standalone') assert.deepStrictEqual(scripts, [], 'the export has no script');
  else
    assert.ok(
      scripts.every((tag) => /\bnonce="[^"]+"/.test(tag) && /src="vscode-webview:\/\/x\/preview\.js"/.test(tag)),
      scripts.join('\n'),
    );
  // Escaped author text cannot open a tag, so every `<name ...>` in the page is the renderer's own markup.
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  for (const tag of tags) {
    assert.doesNotMatch(tag, /^<(?:img|svg|iframe|object|embed|form|base|link(?![^>]*rel="stylesheet"))\b/i, tag);
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `no event handler attribute: ${tag}`);
    assert.doesNotMatch(tag, /\s(?:href|src)\s*=\s*["']?\s*javascript:/i, `no javascript: link: ${tag}`);
  }
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src (?:'|&#39;)none(?:'|&#39;)/);
}

describe('the preview and the HTML export keep hostile text inert', () => {
  for (const attack of attacks) {
    it(`renders ${JSON.stringify(attack)} as text wherever an author can write it`, () => {
      const { standalone, preview } = pages(withAttack(attack));
      assertInert(standalone, 'standalone');
      assertInert(preview, 'preview');
      if (attack.includes('<')) assert.ok(standalone.includes('&lt;'), 'the markup is shown as text');
    });
  }

  it('renders every input of the hostile corpus without failing, and inert', function () {
    this.timeout(120000);
    for (const input of hostileInputs) {
      const { standalone, preview } = pages(input.text);
      assertInert(standalone, 'standalone');
      assertInert(preview, 'preview');
    }
  });
});
