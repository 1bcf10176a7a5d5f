import * as assert from 'assert';
import { renderPolicy } from '../../server/src/service/render';
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

describe('pages and checks of lists longer than a call takes', function () {
  this.timeout(120000);
  // Each text stays under the 2 MiB a document may have (LARGE_DOCUMENT_CHARS).

  it('checks and renders 130,000 data items and a cookie lifetime of 130,000 numbers', () => {
    const text =
      validPolicy.replace('    data: [Name, E-Mail-Adresse]\n', `    data: [${Array(130000).fill('D').join(', ')}]\n`) +
      `cookies:\n  - name: c\n    provider: p\n    purposes: [vertrag]\n    basis: essential\n    duration: ${Array(130000).fill('1 J').join(' ')}\n`;
    const svc = service();
    const analysis = svc.analyze(documentOf(text));
    assert.ok(!analysis.tooLarge);
    assert.ok(!svc.validate(documentOf(text)).some((d) => d.code === 'internal-error'));
    assert.ok(renderPolicy(analysis, { format: 'markdown', mode: 'draft' }).includes('D, D, D'));
  });

  it('renders 140,000 sections the author wrote, each on the page', () => {
    const text = `${validPolicy}clauses:\n${'  - text: X\n'.repeat(140000)}`;
    const analysis = service().analyze(documentOf(text));
    assert.ok(!analysis.tooLarge);
    const markdown = renderPolicy(analysis, { format: 'markdown', mode: 'draft' });
    assert.strictEqual(markdown.match(/^## \d+\. Abschnitt \d+$/gm)?.length, 140000);
  });
});
