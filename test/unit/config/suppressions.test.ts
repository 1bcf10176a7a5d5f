import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { documentOf, rangesOf, completePolicy, service, validate } from '../../support/serviceHarness';
import { rangeOfText, withSections } from '../../support/policyText';

const noRetention = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');

describe('suppression comments', () => {
  it('disable-next-line hides the named rule on the next line only', () => {
    const text = noRetention.replace(
      '  kontakt:\n',
      '  # privacy-policy-disable-next-line retention-period\n  kontakt:\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'retention-period'), []);
    const twoCategories = text.replace(
      'categories:\n',
      'categories:\n  zweite:\n    title: Zweite\n    purposes: [vertrag]\n    recipients: none\n',
    );
    assert.deepStrictEqual(rangesOf(validate(twoCategories), 'retention-period'), [
      rangeOfText(twoCategories, 'zweite'),
    ]);
  });

  it('names several rules, skips blank and comment lines, and takes a reason after --', () => {
    const text = noRetention.replace(
      '  kontakt:\n',
      '  # privacy-policy-disable-next-line vague-wording, retention-period -- wird nachgetragen\n\n  # Kontakt\n  kontakt:\n',
    );
    assert.deepStrictEqual(rangesOf(validate(text), 'retention-period'), []);
    assert.deepStrictEqual(rangesOf(validate(text), 'unused-suppression'), [rangeOfText(text, 'vague-wording')]);
  });

  it('covers findings inside a multi-line text from the line where the text starts', () => {
    const text = withSections(completePolicy, {
      clauses:
        'clauses:\n  # privacy-policy-disable-next-line outdated-law\n  - text: |-\n      Erste Zeile.\n      Nach dem TTDSG.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(text), 'outdated-law'), []);
    assert.deepStrictEqual(rangesOf(validate(text), 'unused-suppression'), []);
  });

  it('disable hides a rule in the whole file', () => {
    const text = `# privacy-policy-disable retention-period, stale-policy\n${noRetention}`;
    assert.deepStrictEqual(rangesOf(validate(text), 'retention-period'), []);
    assert.deepStrictEqual(rangesOf(validate(text), 'unused-suppression'), [rangeOfText(text, 'stale-policy')]);
  });

  it('reports a comment that names no rule or an unknown one, and stays text inside a block scalar', () => {
    const text = `# privacy-policy-disable-next-line\n# privacy-policy-disable retention-perod\n${noRetention}`;
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'invalid-suppression'), [
      rangeOfText(text, '# privacy-policy-disable-next-line'),
      rangeOfText(text, 'retention-perod'),
    ]);
    assert.match(
      String(diagnostics.find((d) => d.code === 'invalid-suppression' && /perod/.test(String(d.message)))!.message),
      /did you mean "retention-period"/,
    );
    assert.strictEqual(rangesOf(diagnostics, 'retention-period').length, 1);
    const inText = withSections(completePolicy, {
      clauses: 'clauses:\n  - text: |-\n      # privacy-policy-disable vague-wording\n      Wir können alles.\n',
    });
    assert.deepStrictEqual(rangesOf(validate(inText), 'vague-wording'), [rangeOfText(inText, 'können')]);
    assert.deepStrictEqual(rangesOf(validate(inText), 'invalid-suppression'), []);
  });
});

describe('suppression comments in the editor', () => {
  it("completes rule ids not yet named, and explains a rule id on hover, in the author's language", () => {
    const text = `# privacy-policy-disable-next-line stale-policy, ret\n${completePolicy}`;
    const svc = service({ locale: 'de' });
    const document = documentOf(text);
    const labels = svc.complete(document, { line: 0, character: text.indexOf('\n') }).items.map((item) => item.label);
    assert.ok(labels.includes('retention-period') && labels.includes('retention-vague'), labels.join());
    assert.ok(!labels.includes('stale-policy'), 'already named');
    const hover = svc.hover(document, { line: 0, character: text.indexOf('stale-policy') + 2 })!;
    assert.match((hover.contents as MarkupContent).value, /^\*\*Erklärung veraltet\*\* \(`stale-policy`\)/);
    assert.deepStrictEqual(hover.range, {
      start: { line: 0, character: text.indexOf('stale-policy') },
      end: { line: 0, character: text.indexOf('stale-policy') + 'stale-policy'.length },
    });
  });
});
