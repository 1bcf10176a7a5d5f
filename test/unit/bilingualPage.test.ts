import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { createClauseLibrary } from '../../server/src/service/clauses/clauseLibrary';
import { buildPage, escapeHtml, renderPolicy, renderPolicyBody } from '../../server/src/service/render';
import type { Block, PageSection } from '../../server/src/service/render/page';
import { bilingualMarkerPolicy } from '../support/markerPolicy';
import { examplesDir, fixturesDir } from '../support/paths';
import { codesOf } from '../support/policyText';
import { documentOf, service } from '../support/serviceHarness';

const library = createClauseLibrary(builtinClauses);

const analyze = (text: string) => service({ locale: 'en' }).analyze(documentOf(text));

describe('bilingual page: a German-only policy renders exactly as before', () => {
  // The snapshots were written by the renderer before policies could be bilingual, from the examples as they
  // were then (test/fixtures/pages keeps both, so that later edits of the examples do not move them).
  // The help desk policy (imported from a generator) still has gaps: it is rendered as a draft.
  for (const [name, mode] of [
    ['beispiel-gmbh', 'publish'],
    ['help-desk-migration', 'draft'],
  ] as const) {
    const analysis = analyze(fs.readFileSync(path.join(fixturesDir, 'pages', `${name}.policy.yaml`), 'utf8'));
    const outputs = {
      html: () => renderPolicy(analysis, { format: 'page', mode }),
      md: () => renderPolicy(analysis, { format: 'markdown', mode }),
      'preview.html': () => renderPolicyBody(analysis).html,
    };
    for (const [extension, render] of Object.entries(outputs)) {
      it(`${name}: ${extension} is byte for byte the same`, () => {
        const expected = fs.readFileSync(path.join(fixturesDir, 'pages', `${name}.de.${extension}`), 'utf8');
        assert.strictEqual(render(), expected);
      });
    }
  }
});

describe('bilingual page: the English page from the same source', () => {
  const { text, markers, germanOnly } = bilingualMarkerPolicy();
  const analysis = analyze(text);
  const english = renderPolicy(analysis, { format: 'page', mode: 'publish', language: 'en' });
  const german = renderPolicy(analysis, { format: 'page', mode: 'publish' });

  it('the bilingual marker policy is valid and renders in German by default', () => {
    assert.deepStrictEqual(
      codesOf(text).filter((code) => !['unused-definition', 'stale-policy'].includes(code)),
      [],
    );
    assert.match(german, /<html lang="de">/);
    assert.ok(!german.includes('EN-'), 'no English text on the German page');
  });

  it('shows every English text and every chosen value in English, and none of the German texts', () => {
    assert.match(english, /<html lang="en">/);
    assert.deepStrictEqual(
      markers.filter((marker) => !english.includes(escapeHtml(marker))),
      [],
    );
    assert.deepStrictEqual(
      germanOnly.filter((marker) => english.includes(marker)),
      [],
    );
    assert.deepStrictEqual(buildPage(analysis, library, 'en').gaps, []);
  });

  it('writes the generated sections in English: headings, dates, legal bases, rights', () => {
    for (const expected of [
      '<h2>1. Privacy at a glance</h2>',
      'Effective date: 15 October 2026 · Published on 1 October 2026',
      'Legitimate interests (Art. 6(1)(f) GDPR)',
      'Right to object (Art. 21 GDPR)',
      'Right to lodge a complaint with a supervisory authority',
      'Countries (registered office and processing): United States, Germany',
    ])
      assert.ok(english.includes(expected), expected);
    assert.ok(!/DSGVO|Abs\.|Stand:/.test(english.replace(/<style[\s\S]*?<\/style>/g, '')), 'no German citation');
  });

  it('introduces cookies that all need consent without speaking of "everything else"', () => {
    // The marker policy's one cookie needs consent; no sentence about strictly necessary ones precedes.
    assert.ok(german.includes('Sie setzen wir nur ein, wenn Sie vorher eingewilligt haben (§ 25 Abs. 1 TDDDG)'));
    assert.ok(!german.includes('Alles andere'));
    assert.ok(english.includes('We do so only with your prior consent (Section 25(1) TDDDG)'));
  });

  it('has the same outline in both languages: the same sections and parts in the same order', () => {
    const skeleton = (language: 'de' | 'en') => shapeOf(buildPage(analysis, library, language).sections);
    assert.deepStrictEqual(skeleton('en'), skeleton('de'));
    for (const name of ['nordlicht-software.policy.yaml']) {
      const example = analyze(fs.readFileSync(path.join(examplesDir, name), 'utf8'));
      assert.deepStrictEqual(
        shapeOf(buildPage(example, library, 'en').sections),
        shapeOf(buildPage(example, library, 'de').sections),
        name,
      );
    }
  });

  it('lists each text not yet translated as a gap, where it stands, and refuses nothing in German', () => {
    const partly = text.replace(
      '{ de: "MK-category-retention", en: "EN-category-retention" }',
      'MK-category-retention',
    );
    const page = buildPage(analyze(partly), library, 'en');
    assert.deepStrictEqual(
      page.gaps.map((gap) => [gap.kind, gap.label, gap.where, gap.line]),
      [
        [
          'translation',
          'Not yet translated: "MK-category-retention"',
          'EN-category-title',
          lineOf(partly, 'MK-category-retention'),
        ],
      ],
    );
    assert.ok(
      renderPolicy(analyze(partly), { format: 'page', mode: 'publish', language: 'en' }).includes(
        'MK-category-retention',
      ),
    );
    assert.deepStrictEqual(buildPage(analyze(partly), library, 'de').gaps, []);
  });
});

/** The page's structure without its words: section and part nesting and block kinds. */
function shapeOf(sections: readonly PageSection[]): unknown {
  const blocks = (list: readonly Block[]): unknown =>
    list.map((block) => (block.kind === 'part' ? { part: blocks(block.blocks) } : block.kind));
  return sections.map((section) => blocks(section.blocks));
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}
