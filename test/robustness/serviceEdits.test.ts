import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { service } from '../support/serviceHarness';
import {
  applyEdit,
  assertRangesInside,
  basePolicies,
  editArbitrary,
  essence,
  HANG_MS,
  typingArbitrary,
  type Edit,
} from './edits';

const kinds: Array<[string, fc.Arbitrary<Edit>]> = [
  ['hostile edits', editArbitrary],
  ['typing', typingArbitrary],
];

describe('random edit sequences through the language service', function () {
  for (const base of basePolicies()) {
    for (const [kind, arbitrary] of kinds) {
      it(`${base.name}, ${kind}: no exception or hang, ranges inside, same result as a fresh validation`, function () {
        fc.assert(
          fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 25 }), (edits) => {
            // The edits as the editor sends them: each one a new version that knows the edit (PolicyDocument).
            const incremental = service({ locale: 'de' });
            let reference = TextDocument.create(
              'file:///robustness/edited.policy.yaml',
              'privacy-policy',
              1,
              base.text,
            );
            let document = PolicyDocument.create(reference.uri, 'privacy-policy', 1, base.text);
            incremental.validate(document);
            for (const edit of edits) {
              const applied = applyEdit(reference, edit);
              reference = applied.document;
              document = document.update([applied.change], reference.version);
              assert.strictEqual(document.getText(), reference.getText());
              const started = performance.now();
              const diagnostics = incremental.validate(document);
              assert.ok(performance.now() - started < HANG_MS, 'validation hung');
              assertRangesInside(diagnostics, reference);
              // Checked after every step: a later edit that splits the file afresh would hide an earlier mistake.
              const again = PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText());
              assert.strictEqual(
                essence(incremental.analyze(document)),
                essence(service({ locale: 'de' }).analyze(again)),
              );
            }
            const fresh = service({ locale: 'de' });
            const again = PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText());
            assert.deepStrictEqual(incremental.validate(document), fresh.validate(again));
          }),
          { numRuns: 25, seed: 20261125 },
        );
      });
    }
  }

  it('typing a whole entry letter by letter into a large policy ends where a fresh validation starts', function () {
    const base = basePolicies().find((policy) => policy.name === 'generated, 600 lines')!.text;
    const incremental = service();
    let document = PolicyDocument.create('file:///robustness/typed.policy.yaml', 'privacy-policy', 1, base);
    incremental.validate(document);
    const at = base.indexOf('\nrecipients:') + 1;
    const typed = '  neuer-zweck:\n    title: "Neu"\n    legalBasis: [art6-1-a]\n';
    for (let i = 0; i < typed.length; i++) {
      const position = document.positionAt(at + i);
      document = document.update([{ range: { start: position, end: position }, text: typed[i] }], document.version + 1);
      assertRangesInside(incremental.validate(document), document);
    }
    assert.strictEqual(document.getText(), base.slice(0, at) + typed + base.slice(at));
    const fresh = PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText());
    assert.strictEqual(essence(incremental.analyze(document)), essence(service().analyze(fresh)));
  });
});
