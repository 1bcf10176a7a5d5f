import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { generatePolicy } from '../../scripts/bench/policyGenerator';
import type { PolicyAnalysis } from '../../server/src/service/languageService';
import { validPolicy } from '../support/serviceHarness';
import { examplesDir } from '../support/paths';

/** One edit, with its place as a fraction of the text so that it fits whatever text it is applied to. */
export interface Edit {
  readonly at: number;
  /** Edit where a line starts: indentation and keys decide how the file is split into chunks. */
  readonly atLineStart?: boolean;
  readonly deleteLength: number;
  readonly insert: string;
  /**
   * A range sent as it is, whatever the document holds: lines past the end, characters past a line's end,
   * negative numbers (client bugs, but they happen). The document must clamp it as TextDocument does.
   */
  readonly raw?: { readonly start: Position; readonly end: Position };
}

/** What authors type, and what breaks structure: line breaks, indentation, quotes, brackets, keys, odd characters. */
const fragments = [
  'a',
  'e',
  'ß',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n    ',
  '\r\n',
  '\r',
  '\t',
  ':',
  ': ',
  '- ',
  '-',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!x ',
  '|',
  '>-',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '? ',
  '\u0000',
  '\ufeff',
  '\u200b',
  '\ud83d\ude00',
  '\ud800',
  'title: Neu',
  '\n  neu:\n    title: Neu\n',
  '\ncategories:\n',
  '\npurposes:\n  x:\n    title: X\n',
  '  - ',
  'purposes: [a, b]',
  'recipients: none',
  '__proto__: 1\n',
  'constructor:\n',
  '\n  - use: ssl-tls\n',
  'legalBasis: [art6-1-b]',
  '"01067"',
  '2024-02-30',
];

/** Anywhere in the text, evenly (doubles from fast-check crowd around zero, and it favours extremes). */
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);

const anywhere: fc.Arbitrary<Edit> = fc.record({
  at: position,
  deleteLength: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 200 })),
  insert: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 }), fc.constant('')),
});

const atLineStart: fc.Arbitrary<Edit> = fc.record({
  at: position,
  atLineStart: fc.constant(true),
  deleteLength: fc.oneof(fc.constant(0), fc.nat({ max: 4 })),
  insert: fc.constantFrom(' ', ' ', '', '  ', '- ', 'x', '#', '\n', 'neu:', '  neu:\n'),
});

const rawPosition = fc.record({
  line: fc.integer({ min: -2, max: 2000 }),
  character: fc.integer({ min: -2, max: 300 }),
});

const outOfRange: fc.Arbitrary<Edit> = fc.record({
  at: fc.constant(0),
  deleteLength: fc.constant(0),
  insert: fc.constantFrom('', 'x', '\n', 'neu: 1\n', '\r'),
  raw: fc.record({ start: rawPosition, end: rawPosition }),
});

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: anywhere, weight: 4 },
  { arbitrary: atLineStart, weight: 4 },
  { arbitrary: outOfRange, weight: 1 },
);

/** Plain typing that keeps the file's structure mostly intact, so the incremental paths are taken. */
export const typingArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    at: position,
    deleteLength: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 2 })),
    insert: fc.constantFrom(
      '',
      'a',
      'x',
      'ö',
      ' ',
      ':',
      '-',
      '"',
      '[',
      ']',
      ',',
      '#',
      '\n',
      '\n    ',
      '\n  neu:',
      'b: c',
    ),
  }),
  fc.record({
    at: position,
    atLineStart: fc.constant(true),
    deleteLength: fc.oneof(fc.constant(0), fc.nat({ max: 3 })),
    insert: fc.constantFrom('', ' ', '  ', '- ', 'x', '#', '\n', '  neu:\n', '  - x\n'),
  }),
);

/** Applies an edit as an editor would send it: a range in lines and characters, and the new text. */
export function applyEdit(
  document: TextDocument,
  edit: Edit,
): { document: TextDocument; change: { range: { start: Position; end: Position }; text: string } } {
  if (edit.raw) {
    const change = { range: edit.raw, text: edit.insert };
    const copy = TextDocument.create(document.uri, document.languageId, document.version + 1, document.getText());
    return { document: TextDocument.update(copy, [change], document.version + 1), change };
  }
  const length = document.getText().length;
  const start = edit.atLineStart
    ? document.offsetAt({ line: Math.floor(edit.at * document.lineCount), character: 0 })
    : Math.min(length, Math.floor(edit.at * (length + 1)));
  const end = Math.min(length, start + edit.deleteLength);
  const change = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: edit.insert };
  const next = TextDocument.create(document.uri, document.languageId, document.version + 1, document.getText());
  return { document: TextDocument.update(next, [change], document.version + 1), change };
}

/** Real policies to edit: the example, the small valid policy of the unit tests, and generated ones. */
export function basePolicies(): Array<{ name: string; text: string }> {
  const examples = fs
    .readdirSync(examplesDir)
    .filter((file) => file.endsWith('.policy.yaml'))
    .map((file) => ({ name: file, text: fs.readFileSync(path.join(examplesDir, file), 'utf8') }));
  return [
    ...examples,
    { name: 'valid policy', text: validPolicy },
    { name: 'generated, 300 lines', text: generatePolicy({ lines: 300, seed: 3 }) },
    { name: 'generated, 600 lines', text: generatePolicy({ lines: 600, seed: 4 }) },
  ];
}

/** Every position of every diagnostic lies inside the document. */
export function assertRangesInside(diagnostics: readonly Diagnostic[], document: TextDocument): void {
  const inside = (position: Position) => {
    const back = document.positionAt(document.offsetAt(position));
    assert.deepStrictEqual(
      back,
      { line: position.line, character: position.character },
      `position ${JSON.stringify(position)} is outside the document`,
    );
  };
  for (const diagnostic of diagnostics) {
    inside(diagnostic.range.start);
    inside(diagnostic.range.end);
    for (const related of diagnostic.relatedInformation ?? []) {
      inside(related.location.range.start);
      inside(related.location.range.end);
    }
  }
}

/** A hang detector, not a speed test: a step that takes this long is stuck. */
export const HANG_MS = 15000;

/** A seeded shuffle, so that a failing order can be repeated. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** What must not depend on how a text was reached: the chunks, the model with its offsets, the findings. */
export function essence(analysis: PolicyAnalysis): string {
  const { model, parsed } = analysis;
  return JSON.stringify({
    chunks: parsed.chunks.map((placed) => [placed.base, placed.role, placed.section, placed.chunk.text]),
    root: model.root,
    sections: model.sections,
    references: model.references,
    findings: analysis.findings,
  });
}
