import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { service } from '../support/serviceHarness';
import { applyEdit, basePolicies, editArbitrary, essence, typingArbitrary } from './edits';

/**
 * The server analyses in steps and stops an analysis when a newer version arrives (lsp/analysisRunner.ts). A
 * stopped analysis may have parsed chunks and moved bindings half-way: whatever it left, the next analysis
 * must still read each version as a fresh reading does.
 */
describe('analyses stopped half-way by a newer version', function () {
  for (const base of basePolicies()) {
    it(`${base.name}: every finished analysis equals a fresh one, wherever the ones before were stopped`, function () {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              edit: fc.oneof(editArbitrary, typingArbitrary),
              // How many steps this version's analysis makes before the next version stops it; null: all of them.
              steps: fc.option(fc.nat({ max: 40 }), { nil: null, freq: 3 }),
            }),
            { minLength: 1, maxLength: 20 },
          ),
          (versions) => {
            const incremental = service({ locale: 'de' });
            let reference = TextDocument.create(
              'file:///robustness/stopped.policy.yaml',
              'privacy-policy',
              1,
              base.text,
            );
            let document = PolicyDocument.create(reference.uri, 'privacy-policy', 1, base.text);
            incremental.analyze(document);
            for (const { edit, steps } of versions) {
              const applied = applyEdit(reference, edit);
              reference = applied.document;
              document = document.update([applied.change], reference.version);
              const running = incremental.analysisSteps(document);
              let finished = false;
              for (let i = 0; steps === null || i < steps; i++) {
                if (running.next().done) {
                  finished = true;
                  break;
                }
              }
              if (!finished) continue; // the next version's analysis stops this one
              const fresh = PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText());
              assert.strictEqual(
                essence(incremental.analyze(document)),
                essence(service({ locale: 'de' }).analyze(fresh)),
              );
            }
            const fresh = PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText());
            assert.strictEqual(
              essence(incremental.analyze(document)),
              essence(service({ locale: 'de' }).analyze(fresh)),
            );
            assert.deepStrictEqual(
              incremental.validate(document),
              service({ locale: 'de' }).validate(
                PolicyDocument.create(document.uri, 'privacy-policy', 1, document.getText()),
              ),
            );
          },
        ),
        { numRuns: 30, seed: 20261130 },
      );
    });
  }

  it('a stopped analysis ends with no value, and any other question about the document stops it', function () {
    const policy = basePolicies().find((candidate) => candidate.name === 'generated, 600 lines')!.text;
    const policyService = service();
    const first = PolicyDocument.create('file:///robustness/stop.policy.yaml', 'privacy-policy', 1, policy);
    const steps = policyService.analysisSteps(first);
    assert.strictEqual(steps.next().done, false);
    const second = first.update(
      [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '#\n' }],
      2,
    );
    const secondSteps = policyService.analysisSteps(second);
    assert.deepStrictEqual(steps.next(), { done: true, value: undefined });
    assert.strictEqual(secondSteps.next().done, false);
    // A synchronous question about the document stops the analysis in steps, and answers for the version asked.
    assert.ok(policyService.validate(second).length > 0);
    assert.deepStrictEqual(secondSteps.next(), { done: true, value: undefined });
    assert.ok(policyService.isAnalyzed(second));
  });
});
