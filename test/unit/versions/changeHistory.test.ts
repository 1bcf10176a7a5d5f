import * as assert from 'assert';
import { renderPolicyBody } from '../../../server/src/service/render';
import { completePolicy, documentOf, service } from '../../support/serviceHarness';

function body(text: string): string {
  const svc = service();
  return renderPolicyBody(svc.analyze(documentOf(text)), svc.library).html;
}

describe('versions: the change history on the page', () => {
  it('is not there when the policy keeps none', () => {
    assert.doesNotMatch(body(completePolicy), /id="fassung-|<h3>Fassung/);
  });

  it('renders each earlier version with its date, its list of changes and its paragraphs, at the end', () => {
    const html = body(
      `${completePolicy}changeHistory:\n  - version: "2.0"\n    date: 2026-05-18\n    notice: |\n      ## Änderungen gegenüber Version 1.1 vom 16. März 2026\n      - Neu: Das Cookie „\\_pk\\_id“.\n      - Entfallen: Ein Empfänger.\n\n      Fragen beantworten wir gern.\n  - date: 2026-03-16\n    notice: Erste Fassung.\n`,
    );
    // Under "Änderungen dieser Erklärung", after what the section says of changes: one part per version.
    const changes = html.slice(html.indexOf('<section id="aenderungen">'));
    assert.match(changes, /^<section id="aenderungen"><h2>\d+\. Änderungen dieser Erklärung<\/h2>/);
    const section = changes.slice(
      changes.indexOf('<section class="part"'),
      changes.lastIndexOf('</section>\n</article>'),
    );
    assert.strictEqual(
      section.replace(/ data-line="\d+"/g, ''),
      [
        '<section class="part" id="fassung-1"><h3>Fassung 2.0 vom 18. Mai 2026</h3>',
        '<p><strong>Änderungen gegenüber Version 1.1 vom 16. März 2026</strong></p>',
        '<ul><li>Neu: Das Cookie „_pk_id“.</li>',
        '<li>Entfallen: Ein Empfänger.</li>',
        '</ul>',
        '<p>Fragen beantworten wir gern.</p>',
        '</section>',
        '<section class="part" id="fassung-2"><h3>Fassung vom 16. März 2026</h3>',
        '<p>Erste Fassung.</p>',
        '</section>',
        '',
      ].join('\n'),
    );
  });

  it('keeps hostile text inert: markup in a notice is text', () => {
    const html = body(
      `${completePolicy}changeHistory:\n  - version: "<b>1</b>"\n    date: 2026-03-16\n    notice: |\n      - <script>alert(1)</script> [Link](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>\n`,
    );
    assert.doesNotMatch(html, /<script|<img|<b>1/);
    assert.match(
      html,
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; \[Link\]\(javascript:alert\(1\)\) &lt;img src=x onerror=alert\(1\)&gt;/,
    );
  });
});
