import * as assert from 'assert';
import { documentOf, service, validPolicy, withCursor } from '../support/serviceHarness';

/**
 * More items or findings in one chunk than a spread's arguments or a recursion's stack take: once "Maximum
 * call stack size exceeded", an `internal-error` and nothing else. No time is asserted here: docs/performance.md
 * has the figures, and the robustness suite sends these through the server with a hang detector.
 */
describe('inputs of many items in one place', function () {
  this.timeout(60000);
  const codesOf = (text: string) => {
    const counts = new Map<string, number>();
    for (const diagnostic of service().validate(documentOf(text)))
      counts.set(String(diagnostic.code), (counts.get(String(diagnostic.code)) ?? 0) + 1);
    return counts;
  };

  it('130,000 closing brackets on one line: each a syntax error, the first 999 shown', () => {
    const codes = codesOf(`policy: ${'] '.repeat(130000)}\n`);
    assert.strictEqual(codes.get('internal-error'), undefined);
    assert.ok((codes.get('yaml-syntax') ?? 0) > 900, JSON.stringify([...codes]));
    assert.strictEqual(codes.get('too-many-problems'), 1);
  });

  it('130,000 references in one flow list: each an unknown reference', () => {
    const text = validPolicy.replace(
      '    purposes: [vertrag]\n',
      `    purposes: [${Array(130000).fill('a').join(', ')}]\n`,
    );
    const codes = codesOf(text);
    assert.strictEqual(codes.get('internal-error'), undefined);
    assert.ok((codes.get('unknown-reference') ?? 0) > 900, JSON.stringify([...codes]));
  });

  it('completion offers 130,000 defined ids', () => {
    const ids = Array.from({ length: 130000 }, (_, i) => `  z${i}: {}\n`).join('');
    const { text, offset } = withCursor(
      validPolicy.replace('purposes:\n', `purposes:\n${ids}`).replace('    purposes: [vertrag]', '    purposes: [|]'),
    );
    const document = documentOf(text);
    const completion = service().complete(document, document.positionAt(offset));
    assert.strictEqual(completion.items.length, 130001);
  });
});
