import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import { generatePolicy } from '../../scripts/bench/policyGenerator';
import { applyEdit, editArbitrary, typingArbitrary } from './edits';

const crlf = generatePolicy({ lines: 400, seed: 9 }).replace(/\n/g, '\r\n');
const bases = [generatePolicy({ lines: 400, seed: 8 }), crlf, 'a\rb\r\nc\n\rd', ''];

describe('PolicyDocument behaves as TextDocument', function () {
  for (const [index, base] of bases.entries()) {
    it(`text ${index + 1}: same text, lines, positions and offsets after any edits`, function () {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(editArbitrary, typingArbitrary), { minLength: 1, maxLength: 30 }),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: -1, max: 400 }), fc.integer({ min: -1, max: 120 })), {
            minLength: 5,
            maxLength: 5,
          }),
          (edits, probes) => {
            let reference = TextDocument.create('file:///a', 'privacy-policy', 1, base);
            let pieces = PolicyDocument.create('file:///a', 'privacy-policy', 1, base);
            for (const edit of edits) {
              const applied = applyEdit(reference, edit);
              reference = applied.document;
              pieces = pieces.update([applied.change], reference.version);
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

  it('names the edit from each of the last versions, and none from older ones or other documents', function () {
    let document = PolicyDocument.create('file:///a', 'privacy-policy', 1, 'abc\ndef\n');
    const first = document.textId;
    document = document.update(
      [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: 'XY' }],
      2,
    );
    const second = document.textId;
    document = document.update(
      [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '!' }],
      3,
    );
    assert.strictEqual(document.getText(), 'aXYc\n!def\n');
    // From the first version: 'b' (1-2) became 'XYc\n!' up to before 'def'.
    assert.deepStrictEqual(document.editSince(first), { start: 1, oldEnd: 4, newEnd: 6 });
    assert.deepStrictEqual(document.editSince(second), { start: 5, oldEnd: 5, newEnd: 6 });
    assert.deepStrictEqual(document.editSince(document.textId), { start: 0, oldEnd: 0, newEnd: 0 });
    assert.strictEqual(
      document.editSince(PolicyDocument.create('file:///b', 'privacy-policy', 1, 'x').textId),
      undefined,
    );
    let later = document;
    for (let i = 0; i < 20; i++) later = later.update([{ text: `v${i}` }], 4 + i);
    assert.strictEqual(later.editSince(first), undefined, 'forgotten after 16 versions');
  });

  it('refuses malformed changes whole, keeping its text and taking the new version', function () {
    const document = PolicyDocument.create('file:///a', 'privacy-policy', 1, 'abc\n');
    const refused = document.update(
      [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'x' },
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          text: null as unknown as string,
        },
      ],
      2,
    );
    assert.strictEqual(refused.getText(), 'abc\n');
    assert.strictEqual(refused.version, 2);
    assert.deepStrictEqual(refused.positionAt(3), { line: 0, character: 3 });
  });

  it('gives a slice of one piece exactly when the range lies within one piece, with the same characters', function () {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(editArbitrary, typingArbitrary), { maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: -5, max: 20000 }),
        (edits, at, length) => {
          let reference = TextDocument.create('file:///a', 'privacy-policy', 1, bases[0]);
          let document = PolicyDocument.create('file:///a', 'privacy-policy', 1, bases[0]);
          for (const edit of edits) {
            const applied = applyEdit(reference, edit);
            reference = applied.document;
            document = document.update([applied.change], reference.version);
          }
          const source = document.text;
          const start = at % (source.length + 1);
          const end = start + length;
          const slice = source.sliceOfPiece(start, end);
          const index = source.pieceAt(start);
          const within =
            length > 0 && end <= source.length && end <= source.pieceStart(index) + source.pieces[index].length;
          assert.strictEqual(slice !== undefined, within);
          if (slice !== undefined) assert.strictEqual(slice, reference.getText().slice(start, end));
        },
      ),
      { numRuns: 200, seed: 12 },
    );
  });
});
