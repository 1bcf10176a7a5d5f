import * as assert from 'assert';
import { rangesOf, validate, validPolicy, completePolicy } from '../support/serviceHarness';

describe('YAML reading', () => {
  it('reports every syntax error, each at its own place', () => {
    const text = validPolicy
      .replace('  title: Datenschutzerklärung\n', '  title: "Datenschutzerklärung\n')
      .replace('    city: Dresden\n', '    city: Dresden: Altstadt\n');
    const diagnostics = validate(text);
    const syntax = diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.ok(syntax.length >= 2, JSON.stringify(syntax.map((d) => d.message)));
    const lines = new Set(syntax.map((d) => d.range.start.line + 1));
    assert.ok(lines.has(2) || lines.has(3), `the unclosed quote near line 2: ${[...lines]}`);
    assert.ok(lines.has(10), `the colon in the plain value on line 10: ${[...lines]}`);
    assert.ok(syntax.every((d) => d.severity === 1 && d.source === 'privacy-policy'));
  });

  it('reads a valid policy without a single finding', () => {
    assert.deepStrictEqual(validate(completePolicy), []);
  });

  it('explains syntax errors in German for German authors', () => {
    const [diagnostic] = validate('policy:\n\ttitle: x\n', { locale: 'de' }).filter((d) => d.code === 'yaml-syntax');
    assert.match(String(diagnostic.message), /^YAML-Syntaxfehler: Tabulatoren sind als Einrückung nicht erlaubt/);
  });

  it('rejects aliases and anchors, which would hide the words the reader sees', () => {
    const text = validPolicy
      .replace('    title: Erfüllung des Vertrags', '    title: &t Erfüllung des Vertrags')
      .replace('    title: Hosting-Dienstleister', '    title: *t');
    const diagnostics = validate(text);
    assert.deepStrictEqual(rangesOf(diagnostics, 'yaml-unsupported'), ['15:12-15:14', '19:12-19:14']);
    assert.match(
      String(diagnostics.find((d) => d.code === 'yaml-unsupported' && d.range.start.line === 18)!.message),
      /Aliases \(\*t\)/,
    );
  });

  it('rejects custom tags and a second document', () => {
    const diagnostics = validate(
      `${validPolicy}---\npolicy: {}\n`.replace('    city: Dresden', '    city: !stadt Dresden'),
    );
    const messages = diagnostics.filter((d) => d.code === 'yaml-unsupported').map((d) => String(d.message));
    assert.ok(
      messages.some((m) => /tag !stadt/.test(m)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => /one YAML document/.test(m)),
      messages.join('\n'),
    );
  });

  for (const [kind, text] of [
    ['flow sequences', `policy: ${'['.repeat(5000)}`],
    ['flow maps', `policy: ${'{a: '.repeat(5000)}`],
    ['compact sequences', `${'- '.repeat(5000)}x`],
    ['explicit keys', `${'? '.repeat(5000)}x`],
    ['indented maps', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
  ] as const) {
    it(`refuses nesting deeper than the limit in ${kind} with a diagnostic, not a crash`, () => {
      const diagnostics = validate(text);
      assert.ok(
        diagnostics.some((d) => d.code === 'too-complex'),
        JSON.stringify(diagnostics.map((d) => d.code).slice(0, 5)),
      );
    });
  }

  it('flags lone CR line breaks, which YAML does not read as line breaks', () => {
    const diagnostics = validate(validPolicy.replace(/\n/g, '\r'));
    assert.deepStrictEqual(rangesOf(diagnostics, 'line-endings'), ['1:8-2:1']);
  });

  it('reads CRLF files with exact ranges', () => {
    const diagnostics = validate(
      validPolicy
        .replace('retention: Drei Jahre nach Vertragsende.', 'retention: Drei Jahre\n    colour: blue')
        .replace(/\n/g, '\r\n'),
    );
    assert.deepStrictEqual(rangesOf(diagnostics, 'unknown-key'), ['29:5-29:11']);
  });
});
