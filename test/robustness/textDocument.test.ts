import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { policyTextDocuments } from '../../server/src/lsp/policyTextDocument';
import { generatePolicy } from '../../scripts/bench/policyGenerator';
import { applyEdit, editArbitrary, typingArbitrary } from './edits';

const crlf = generatePolicy({ lines: 400, seed: 9 }).replace(/\n/g, '\r\n');
const bases = [generatePolicy({ lines: 400, seed: 8 }), crlf, 'a\rb\r\nc\n\rd', ''];

describe('the server document in pieces behaves as TextDocument', function () {
  for (const [index, base] of bases.entries()) {
    it(`text ${index + 1}: same text, lines, positions and offsets after any edits`, function () {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(editArbitrary, typingArbitrary), { minLength: 1, maxLength: 30 }),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 400 }), fc.integer({ min: -1, max: 120 })), { minLength: 5, maxLength: 5 }),
          (edits, probes) => {
            let reference = TextDocument.create('file:///a', 'privacy-policy', 1, base);
            const pieces = policyTextDocuments.create('file:///a', 'privacy-policy', 1, base);
            for (const edit of edits) {
              const applied = applyEdit(reference, edit);
              reference = applied.document;
              policyTextDocuments.update(pieces, [applied.change], reference.version);
              assert.strictEqual(pieces.version, reference.version);
              assert.strictEqual(pieces.lineCount, reference.lineCount);
              for (const [offset, line, character] of probes) {
                const at = offset % (reference.getText().length + 2);
                assert.deepStrictEqual(pieces.positionAt(at), reference.positionAt(at));
                const position = { line, character };
                assert.strictEqual(pieces.offsetAt(position), reference.offsetAt(position));
                assert.deepStrictEqual(pieces.getLineRange(line), reference.getLineRange(line));
                assert.strictEqual(pieces.getEOLCharacters(line), reference.getEOLCharacters(line));
                const range = { start: reference.positionAt(at), end: position };
                assert.strictEqual(pieces.getText(range), reference.getText(range));
              }
            }
            assert.strictEqual(pieces.getText(), reference.getText());
          },
        ),
        { numRuns: 60, seed: 11 },
      );
    });
  }

  it('gives a slice of one piece exactly when the range lies within one piece, with the same characters', function () {
    fc.assert(
      fc.property(fc.array(fc.oneof(editArbitrary, typingArbitrary), { maxLength: 10 }), fc.nat(), fc.integer({ min: -5, max: 20000 }), (edits, at, length) => {
        let reference = TextDocument.create('file:///a', 'privacy-policy', 1, bases[0]);
        const document = policyTextDocuments.create('file:///a', 'privacy-policy', 1, bases[0]);
        for (const edit of edits) {
          const applied = applyEdit(reference, edit);
          reference = applied.document;
          policyTextDocuments.update(document, [applied.change], reference.version);
        }
        const source = document.source;
        const start = at % (source.length + 1);
        const end = start + length;
        const slice = source.sliceOfPiece(start, end);
        const index = source.pieceAt(start);
        const within = length > 0 && end <= source.length && end <= source.pieceStart(index) + source.pieces[index].length;
        assert.strictEqual(slice !== undefined, within);
        if (slice !== undefined) assert.strictEqual(slice, reference.getText().slice(start, end));
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
