/**
 * Inputs written to break a YAML tool: deep nesting of every kind, alias bombs, huge maps and scalars,
 * floods of errors, binary data, invisible characters, odd line endings, and keys that would pollute
 * JavaScript objects. Each names the rule whose diagnostic tells the author what is wrong.
 */

export interface HostileInput {
  readonly name: string;
  readonly text: string;
  /** Diagnostic codes of which at least one must be reported. */
  readonly expect: readonly string[];
}

const policyHead = `policy:
  title: Datenschutzerklärung
  published: 2024-01-01
  effective: 2024-02-01
controller:
  name: Beispiel GmbH
  address:
    street: Musterstraße 1
    postalCode: "01067"
    city: Dresden
`;

/** A deterministic byte soup, every value from 0 to 255. */
function binary(length: number): string {
  let state = 12345;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    text += String.fromCharCode(state >>> 24);
  }
  return text;
}

const DEEP = 20000;

export const hostileInputs: readonly HostileInput[] = [
  // Nesting of every kind, far beyond the limit.
  { name: 'deep flow sequence, unclosed', text: `policy: ${'['.repeat(DEEP)}`, expect: ['too-complex'] },
  {
    name: 'deep flow sequence, closed',
    text: `policy: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`,
    expect: ['too-complex'],
  },
  { name: 'deep flow map', text: `policy: ${'{a: '.repeat(DEEP)}${'}'.repeat(DEEP)}\n`, expect: ['too-complex'] },
  {
    name: 'deep block maps by indentation',
    text: `controller:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`,
    expect: ['too-complex'],
  },
  { name: 'deep block sequence on one line', text: `rights:\n  ${'- '.repeat(DEEP)}x\n`, expect: ['too-complex'] },
  { name: 'deep explicit keys', text: `${'? '.repeat(DEEP)}x\n`, expect: ['too-complex'] },
  { name: 'deep mixed nesting', text: `clauses:\n  - ${'- [{a: '.repeat(DEEP / 4)}x\n`, expect: ['too-complex'] },
  {
    name: 'deep nesting inside an entry',
    text: `${policyHead}categories:\n  kontakt:\n    title: ${'['.repeat(DEEP)}\n  zweite:\n    title: Zweite\n`,
    expect: ['too-complex'],
  },
  // Aliases and anchors.
  {
    name: 'alias bomb',
    text:
      'a: &a ["x","x","x","x","x","x","x","x","x"]\n' +
      Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ).join('\n') +
      '\n',
    expect: ['yaml-unsupported'],
  },
  { name: 'undefined alias', text: `${policyHead}rights: *nirgends\n`, expect: ['yaml-unsupported', 'yaml-syntax'] },
  { name: 'circular alias', text: `${policyHead}rights: &r [*r]\n`, expect: ['yaml-unsupported', 'yaml-syntax'] },
  {
    name: 'thousands of anchors and aliases',
    text: `${policyHead}clauses:\n${Array.from({ length: 3000 }, (_, i) => `  - &a${i} {title: t${i}, text: *a${Math.max(0, i - 1)}}`).join('\n')}\n`,
    expect: ['yaml-unsupported'],
  },
  // Size.
  {
    name: 'huge map with duplicate keys',
    text: `${policyHead}  ${Array.from({ length: 30000 }, () => 'email: a@b.de').join('\n  ')}\n`,
    expect: ['duplicate-key'],
  },
  {
    name: 'huge section of duplicate ids',
    text: `${policyHead}purposes:\n${Array.from({ length: 20000 }, () => '  zweck:\n    title: Zweck').join('\n')}\n`,
    expect: ['duplicate-id'],
  },
  {
    name: 'huge top-level map of unknown keys',
    text: Array.from({ length: 30000 }, (_, i) => `key${i}: ${i}`).join('\n'),
    expect: ['unknown-key'],
  },
  { name: 'huge scalar', text: `policy:\n  title: ${'Datenschutz '.repeat(150000)}\n`, expect: ['required-field'] },
  { name: 'huge key', text: `${'k'.repeat(1000000)}: x\n`, expect: ['unknown-key', 'yaml-syntax'] },
  { name: 'a hundred thousand empty lines', text: `${'\n'.repeat(100000)}policy:\n`, expect: ['required-field'] },
  // Floods of errors.
  { name: 'thousands of errors on one line', text: `policy: ${'] '.repeat(20000)}\n`, expect: ['yaml-syntax'] },
  {
    name: 'thousands of bad escapes on one line',
    text: `policy:\n  title: "${'\\q'.repeat(20000)}"\n`,
    expect: ['yaml-syntax'],
  },
  { name: 'thousands of flow commas', text: `rights: [${','.repeat(20000)}]\n`, expect: ['yaml-syntax'] },
  { name: 'thousands of colons', text: `policy: ${': '.repeat(20000)}\n`, expect: ['too-complex', 'yaml-syntax'] },
  {
    name: 'unclosed quote swallowing every entry',
    text: `${policyHead}purposes:\n  a:\n    title: "offen\n${Array.from({ length: 5000 }, (_, i) => `  p${i}:\n    title: T`).join('\n')}\n`,
    expect: ['yaml-syntax'],
  },
  // Characters.
  { name: 'binary data', text: binary(65536), expect: ['yaml-syntax', 'required-field', 'yaml-unsupported'] },
  {
    name: 'NUL and invisible characters',
    text: `${policyHead}purposes:\n  a\u0000b:\n    title: x\u200b\u200e\u202e\u2066y\u0000\n`,
    expect: ['yaml-syntax', 'invisible-character'],
  },
  {
    name: 'lone surrogates',
    text: `${policyHead}purposes:\n  a:\n    title: \ud800 \udfff\n`,
    expect: ['yaml-syntax'],
  },
  // A byte order mark may open the file: the text after it is read as usual.
  { name: 'byte order mark', text: `\ufeff${policyHead}rights: [zugang]\n`, expect: ['invalid-value'] },
  {
    name: 'byte order mark in the middle',
    text: `${policyHead}\ufeffpurposes:\n  a:\n    title: x\n`,
    expect: ['invisible-character'],
  },
  {
    name: 'CRLF line endings',
    text: `${policyHead}rights: [zugang]\n`.replace(/\n/g, '\r\n'),
    expect: ['invalid-value'],
  },
  {
    name: 'lone CR line endings',
    text: `${policyHead}rights: [zugang]\n`.replace(/\n/g, '\r'),
    expect: ['line-endings'],
  },
  {
    name: 'mixed line endings',
    text: `${policyHead}rights: [zugang]\n`.replace(/\n/g, (_, i: number) =>
      i % 3 === 0 ? '\r' : i % 3 === 1 ? '\r\n' : '\n',
    ),
    expect: ['line-endings'],
  },
  {
    name: 'Unicode line separators',
    text: `${policyHead}purposes:\u2028  a:\u2029    title: x\u0085\n`,
    expect: ['yaml-syntax', 'value-type', 'unknown-key'],
  },
  { name: 'tab indentation', text: `${policyHead}purposes:\n\ta:\n\t\ttitle: x\n`, expect: ['yaml-syntax'] },
  // YAML features the format does not use.
  { name: 'multiple documents', text: `${policyHead}---\n${policyHead}...\n---\nx: 1\n`, expect: ['yaml-unsupported'] },
  {
    name: 'directives',
    text: `%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n${policyHead}`,
    expect: ['yaml-unsupported', 'yaml-syntax'],
  },
  {
    name: 'custom tags',
    text: `${policyHead}  email: !!js/function "function () { return 1 }"\n  phone: !custom x\n  website: !<tag:example.com,2000:x> y\n`,
    expect: ['yaml-unsupported'],
  },
  // Keys that would pollute JavaScript objects if used as property names.
  {
    name: 'prototype-polluting top-level keys',
    text: `${policyHead}__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nhasOwnProperty: x\n`,
    expect: ['unknown-key'],
  },
  {
    name: 'prototype-polluting ids and fields',
    text:
      `${policyHead}purposes:\n  __proto__:\n    title: Proto\n    __proto__: x\n  constructor:\n    title: Konstruktor\n  toString:\n    title: Text\n` +
      `categories:\n  hasOwnProperty:\n    title: Daten\n    purposes: [__proto__, constructor, valueOf]\n    recipients: [__proto__]\n` +
      `clauses:\n  - use: __proto__\n    with: {__proto__: x, constructor: y}\n`,
    expect: ['unknown-reference', 'unknown-key', 'unknown-clause'],
  },
  // Scale: more items and findings in one chunk than a spread or recursion survives, and more text than is read.
  { name: '130,000 closing brackets on one line', text: `policy: ${'] '.repeat(130000)}\n`, expect: ['yaml-syntax'] },
  {
    name: '130,000 references in one flow list',
    text: `${policyHead}categories:\n  k:\n    title: K\n    purposes: [${Array(130000).fill('a').join(', ')}]\n`,
    expect: ['unknown-reference'],
  },
  {
    name: 'a flow list of a million characters on one line',
    text: `${policyHead}categories:\n  k:\n    title: K\n    data: [${'Datum, '.repeat(150000)}x]\n`,
    expect: ['required-field', 'category-purpose'],
  },
  {
    name: '100,000 top-level keys',
    text: Array.from({ length: 100000 }, (_, i) => `k${i}: v`).join('\n') + '\n',
    expect: ['unknown-key'],
  },
  {
    name: 'more text than is read (2.5 MB)',
    text: `${policyHead}purposes:\n${'  z:\n    title: Zweck\n'.repeat(110000)}`,
    expect: ['too-large'],
  },
  // Nothing at all.
  { name: 'empty file', text: '', expect: ['required-field'] },
  { name: 'only comments and blanks', text: '# nur ein Kommentar\n\n   \n', expect: ['required-field'] },
  { name: 'a scalar instead of a map', text: 'Datenschutz\n', expect: ['value-type'] },
];
