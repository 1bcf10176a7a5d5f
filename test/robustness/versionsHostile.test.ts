import * as assert from 'assert';
import fc from 'fast-check';
import { escapeInlineMarkdown, noticeMarkdown } from '../../server/src/service/versions/noticeText';
import { versions } from '../support/policyHistory';
import { completePolicy, documentOf, service } from '../support/serviceHarness';
import { hostileInputs } from './hostileCorpus';
import { LARGE_DOCUMENT_CHARS, TooLargeToCompare } from '../../server/src/service/languageService';

/** Compares two texts both ways, as the editor would with either as the previous version. */
function compareBothWays(a: string, b: string): void {
  for (const [before, after] of [
    [a, b],
    [b, a],
  ]) {
    const svc = service({ previousVersion: () => ({ text: before, label: 'HEAD' }) });
    const document = documentOf(after);
    const diagnostics = svc.validate(document);
    const lines = after.split(/\r\n|\r|\n/).length;
    for (const diagnostic of diagnostics) {
      assert.notStrictEqual(diagnostic.code, 'internal-error', String(diagnostic.message));
      assert.ok(diagnostic.range.end.line < lines + 1, 'inside the text');
    }
    // A version over the size limit is not compared (TooLargeToCompare), as it is not read.
    if (before.length > LARGE_DOCUMENT_CHARS || after.length > LARGE_DOCUMENT_CHARS) {
      assert.throws(
        () => svc.compare(document, { text: before, label: 'HEAD' }),
        (error: unknown) => error instanceof TooLargeToCompare,
      );
      continue;
    }
    const { notice } = svc.compare(document, { text: before, label: 'HEAD' }, { escape: escapeInlineMarkdown });
    const markdown = noticeMarkdown(notice);
    // Every entry stays one list item: author text cannot start a line, a heading or a block of its own.
    for (const line of markdown.split('\n').slice(2))
      assert.ok(line === '' || line.startsWith('- ') || !/^[#>]/.test(line), line);
  }
}

describe('versions on hostile input: comparing never fails, and the notice stays one line per entry', function () {
  this.timeout(120_000);

  for (const input of hostileInputs)
    it(`${input.name}, compared with a complete policy both ways`, () => compareBothWays(completePolicy, input.text));

  it('random edits of the history compared with the version before them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: versions.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 20 })), { maxLength: 8 }),
        (index, edits) => {
          let text: string = versions[index];
          for (const [at, length, insert] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(start + length);
          }
          compareBothWays(versions[index - 1], text);
        },
      ),
      { numRuns: 150 },
    );
  });
});
