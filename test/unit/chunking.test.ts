import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { splitIntoChunks } from '../../server/src/service/syntax/chunker';
import { parseChunk } from '../../server/src/service/syntax/chunkParser';
import { ChunkCache, parseDocument, type ParsedDocument } from '../../server/src/service/syntax/documentParser';
import { BindCache, buildModel } from '../../server/src/service/model/modelBuilder';
import { isEntrySection } from '../../server/src/service/schema/policySchema';
import { examplesDir } from '../support/paths';
import { generatePolicy } from '../../scripts/bench/policyGenerator';
import { validPolicy } from '../support/serviceHarness';
import { PieceText } from '../../server/src/service/text/pieceText';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';

/**
 * Versions of one document as an editor makes them: each text after the first arrives as the one ranged change
 * that turns the text before into it, so the parser can take its incremental path.
 */
function editor() {
  let document: PolicyDocument | undefined;
  return (text: string): PolicyDocument => {
    if (!document) return (document = PolicyDocument.create('file:///chunking.policy.yaml', 'privacy-policy', 1, text));
    const before = document.getText();
    let start = 0;
    while (start < before.length && start < text.length && before[start] === text[start]) start++;
    let suffix = 0;
    while (
      suffix < before.length - start &&
      suffix < text.length - start &&
      before[before.length - 1 - suffix] === text[text.length - 1 - suffix]
    )
      suffix++;
    const range = { start: document.positionAt(start), end: document.positionAt(before.length - suffix) };
    document = document.update([{ range, text: text.slice(start, text.length - suffix) }], document.version + 1);
    assert.strictEqual(document.getText(), text);
    return document;
  };
}

/** The model of a text read as one YAML document, without chunking: the reference the chunked reading must match. */
function wholeModel(text: string) {
  const whole: ParsedDocument = {
    source: PieceText.of(text),
    chunks: [{ base: 0, chunk: parseChunk(text), role: 'top' }],
  };
  return buildModel(whole);
}

/** Read through a cache, as the next version of the document the cache read last (see editor()). */
function chunkedModel(text: string, cache?: ChunkCache, versions = editor()) {
  return buildModel(parseDocument(versions(text), isEntrySection, cache));
}

/** What a model says, in a form two readings can be compared by. */
function essence(model: ReturnType<typeof buildModel>) {
  return {
    findings: model.findings.map((f) => `${f.rule}@${f.span.start}-${f.span.end}:${JSON.stringify(f.message)}`).sort(),
    categories: model.categories.map((c) => [c.id, c.idSpan, c.span, JSON.stringify(c.value?.fields)]),
    purposes: model.purposes.map((p) => [p.id, p.idSpan, JSON.stringify(p.value?.fields)]),
    recipients: model.recipients.map((r) => [r.id, r.idSpan, JSON.stringify(r.value?.fields)]),
    references: model.references.map((r) => `${r.target}:${r.id}@${r.span.start}`),
    clauses: JSON.stringify(model.root.fields.clauses?.items),
    sections: model.sections.map((s) => [s.name, s.keySpan, s.span]),
  };
}

const seed = fs.readFileSync(path.join(examplesDir, 'help-desk-migration.policy.yaml'), 'utf8');

describe('chunked reading', () => {
  it('splits sections at top-level keys and entry sections at their entries', () => {
    const spans = splitIntoChunks(validPolicy, isEntrySection);
    const described = spans.map(
      (s) => `${s.role}:${s.section ?? ''}:${validPolicy.slice(s.start, s.end).split('\n')[0]}`,
    );
    assert.deepStrictEqual(described, [
      'top::policy:',
      'top::controller:',
      'header:purposes:purposes:',
      'body:purposes:  vertrag:',
      'header:recipients:recipients:',
      'body:recipients:  hoster:',
      'header:categories:categories:',
      'body:categories:  kontakt:',
    ]);
    assert.strictEqual(
      spans.map((s) => validPolicy.slice(s.start, s.end)).join(''),
      validPolicy,
      'chunks cover the text exactly',
    );
  });

  it('reads files with document markers, directives or lone CR as one chunk', () => {
    for (const text of [
      `%YAML 1.2\n---\n${validPolicy}`,
      `${validPolicy}---\nx: 1\n`,
      validPolicy.replace(/\n/g, '\r'),
    ]) {
      assert.strictEqual(splitIntoChunks(text, isEntrySection).length, 1);
    }
  });

  for (const [name, text] of [
    ['the valid policy', validPolicy],
    ['the seed example', seed],
    ['a compact list under its key', `${validPolicy}clauses:\n- use: ssl-tls\n- title: Eigenes\n  text: Hallo.\n`],
    ['entries with comments between them', validPolicy.replace('  hoster:', '  # Dienstleister\n\n  hoster:')],
    [
      'a flow list spread over lines',
      validPolicy.replace('data: [Name, E-Mail-Adresse]', 'data: [Name,\n      E-Mail-Adresse]'),
    ],
  ] as const) {
    it(`gives the same model as reading ${name} whole`, () => {
      assert.deepStrictEqual(essence(chunkedModel(text)), essence(wholeModel(text)));
    });
  }

  it('lets an unclosed quote swallow what follows, as a whole reading does', () => {
    const text = validPolicy.replace('    title: Hosting-Dienstleister', '    title: "Hosting-Dienstleister');
    const findings = chunkedModel(text).findings.filter((f) => f.rule === 'yaml-syntax');
    assert.ok(findings.length > 0);
  });

  it('reuses the chunks an edit did not touch', () => {
    const cache = new ChunkCache();
    const versions = editor();
    const first = parseDocument(versions(seed), isEntrySection, cache);
    const edited = seed.replace('title: Kontoerstellung', 'title: Kontoerstellung und Anmeldung');
    const second = parseDocument(versions(edited), isEntrySection, cache);
    const reused = second.chunks.filter((c) => first.chunks.some((f) => f.chunk === c.chunk)).length;
    assert.strictEqual(second.chunks.length, first.chunks.length);
    assert.strictEqual(reused, second.chunks.length - 1, 'only the edited entry is parsed again');
    assert.deepStrictEqual(essence(chunkedModel(edited, cache, versions)), essence(chunkedModel(edited)));
  });

  it("lets a chunk's syntax tree go once bound, and reads it again to bind the same text elsewhere", () => {
    const cache = new ChunkCache();
    const versions = editor();
    const bindings = new BindCache();
    const entry = '  hoster:\n    title: Hosting-Dienstleister\n    role: processor\n';
    const once = validPolicy.replace('  hoster:', '  cdn:\n    title: CDN\n    role: processor\n  hoster:');
    const first = parseDocument(versions(once), isEntrySection, cache);
    buildModel(first, bindings);
    const hoster = first.chunks.find((c) => c.chunk.text.startsWith('  hoster:'))!.chunk;
    assert.ok(hoster.text.startsWith(entry));
    assert.strictEqual((hoster as unknown as { held: unknown }).held, undefined, 'the tree is let go after binding');
    // The same entry twice: the second place finds the parsed chunk by its text and binds it from a tree read again.
    const twice = once.replace('  cdn:', `${hoster.text}  cdn:`);
    const second = parseDocument(versions(twice), isEntrySection, cache);
    assert.strictEqual(second.chunks.filter((c) => c.chunk === hoster).length, 2);
    assert.deepStrictEqual(essence(buildModel(second, bindings)), essence(wholeModel(twice)));
    assert.ok(buildModel(second, bindings).findings.some((f) => f.rule === 'duplicate-id'));
  });

  it('binds a text that stands in many places as a fresh reading does, before and after edits among them', () => {
    const entry = '  zweck:\n    title: Zweck\n';
    const many = validPolicy.replace('  vertrag:', `${entry.repeat(300)}  vertrag:`);
    const chunks = new ChunkCache();
    const versions = editor();
    const bindings = new BindCache();
    const edits = [
      many,
      many.replace(entry.repeat(150), `${entry.repeat(150)}  anders:\n    title: Anders\n`),
      many.replace(entry.repeat(2), entry),
      `${many}recipients2: x\n`.replace(entry, entry.replace('zweck', 'zweck1')),
      many,
    ];
    for (const text of edits) {
      const model = buildModel(parseDocument(versions(text), isEntrySection, chunks), bindings);
      assert.deepStrictEqual(essence(model), essence(wholeModel(text)));
    }
  });

  it('does not keep the bindings of chunks an edit replaced beyond a bound, however large they were', () => {
    // A letter at the start of an indented line breaks the section: it is read as one large chunk, then
    // split again when the letter is deleted. Every such chunk is bound once and never used again.
    const policy = generatePolicy({ lines: 3000, seed: 3 });
    const chunks = new ChunkCache();
    const versions = editor();
    const bindings = new BindCache();
    const lines = policy.split('\n');
    const indented = lines.map((line, index) => (/^ {4}\S/.test(line) ? index : -1)).filter((index) => index >= 0);
    let largestUnused = 0;
    for (const line of indented.slice(0, 40)) {
      const broken = lines.map((text, index) => (index === line ? `x${text}` : text)).join('\n');
      for (const text of [broken, policy]) {
        buildModel(parseDocument(versions(text), isEntrySection, chunks), bindings);
        largestUnused = Math.max(largestUnused, bindings.unusedChars);
      }
    }
    assert.ok(largestUnused > 0, 'the edits left bindings unused');
    // Swept once they pass an eighth of the text and 64 Ki characters besides.
    assert.ok(
      largestUnused <= (policy.length + 1) / 8 + 65536,
      `unused bindings held ${largestUnused} of ${policy.length} characters`,
    );
    assert.deepStrictEqual(
      essence(buildModel(parseDocument(versions(policy), isEntrySection, chunks), bindings)),
      essence(chunkedModel(policy)),
    );
  });

  it('keeps a line at column 0 that cannot be a key in the chunk it stands in, and splits at one that can', () => {
    const stray = validPolicy.replace('    title: Erfüllung des Vertrags', 'x   title Erfüllung des Vertrags');
    const described = (text: string) =>
      splitIntoChunks(text, isEntrySection).map((s) => `${s.role}:${text.slice(s.start, s.end).split('\n')[0]}`);
    assert.deepStrictEqual(described(stray), described(validPolicy), 'no new chunk for a line that is no key');
    const key = validPolicy.replace('    title: Erfüllung des Vertrags', 'x   title: Erfüllung des Vertrags');
    assert.ok(described(key).includes('top:x   title: Erfüllung des Vertrags'), 'a key at column 0 starts a chunk');
  });

  it('splits the entries after a key typed at the start of a field into stray chunks, found again by their text and each reported as YAML does', () => {
    const policy = generatePolicy({ lines: 600, seed: 5 });
    const lines = policy.split('\n');
    const field = lines.findIndex((line, index) => index > 200 && /^ {4}title: /.test(line));
    lines[field] = `n${lines[field]}`;
    const broken = lines.join('\n');
    const cache = new ChunkCache();
    const versions = editor();
    const before = parseDocument(versions(policy), isEntrySection, cache);
    const after = parseDocument(versions(broken), isEntrySection, cache);
    const keyAt = broken.indexOf(lines[field]);
    const strays = after.chunks.filter((c) => c.role === 'stray');
    assert.ok(strays.length > 5, 'the entries after the key are stray chunks');
    assert.ok(strays[0].base > keyAt && strays.every((c) => c.base > keyAt));
    const entriesAfter = strays.filter((c) => /^ {2}\S/.test(c.chunk.text));
    assert.ok(
      entriesAfter.length > 0 && entriesAfter.every((c) => before.chunks.some((b) => b.chunk === c.chunk)),
      'whole entries are found again, not read again',
    );
    const model = chunkedModel(broken);
    const syntaxErrors = model.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.span.start);
    for (const c of strays)
      assert.ok(
        syntaxErrors.includes(c.base + c.chunk.text.search(/\S/)),
        `an error where the stray chunk at ${c.base} starts`,
      );
    assert.ok(
      model.findings.some((f) => f.rule === 'unknown-key' && f.span.start === keyAt),
      'the typed key is unknown',
    );
    // Deleting the letter again gives back the document as it was.
    assert.deepStrictEqual(essence(chunkedModel(policy, cache, versions)), essence(chunkedModel(policy)));
  });

  it('finds no stray lines under a key whose block is indented alike, or whose value runs over lines', () => {
    for (const tail of [
      'notes:\n  a: 1\n  b: 2\n',
      'notes: eins\n  zwei drei\n',
      "notes: 'eins\n  zwei: drei'\n",
      'notes: |\n    eins\n  zwei: drei\n',
      'notes:\n- a: 1\n- b: 2\n',
    ]) {
      const text = `${validPolicy}${tail}`;
      assert.ok(!splitIntoChunks(text, isEntrySection).some((s) => s.role === 'stray'), tail);
    }
    const text = `${validPolicy}notes:\n    a: 1\n  b: 2\n    c: 3\n  d: 4\n`;
    const strays = splitIntoChunks(text, isEntrySection)
      .filter((s) => s.role === 'stray')
      .map((s) => text.slice(s.start, s.end));
    assert.deepStrictEqual(strays, ['  b: 2\n    c: 3\n', '  d: 4\n']);
  });

  it('reads a letter typed at the start of an indented line again with its entry alone, and the entries after it keep their meaning', () => {
    const policy = generatePolicy({ lines: 600, seed: 5 });
    const paragraph = policy.split('\n').findIndex((line, index) => index > 200 && /^ {6}[A-ZÄÖÜ][^:]*\.$/.test(line));
    const lines = policy.split('\n');
    lines[paragraph] = `n${lines[paragraph]}`;
    const broken = lines.join('\n');
    const cache = new ChunkCache();
    const versions = editor();
    const before = parseDocument(versions(policy), isEntrySection, cache);
    const after = parseDocument(versions(broken), isEntrySection, cache);
    assert.strictEqual(after.chunks.length, before.chunks.length);
    assert.strictEqual(
      after.chunks.filter((c) => !before.chunks.some((b) => b.chunk === c.chunk)).length,
      1,
      'one chunk read again',
    );
    const model = chunkedModel(broken);
    const strayAt = broken.indexOf(`n${lines[paragraph].slice(1)}`);
    const entry = after.chunks.find((c) => c.base <= strayAt && strayAt < c.base + c.chunk.text.length)!;
    const syntaxErrors = model.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.span.start);
    assert.strictEqual(syntaxErrors[0], strayAt, 'the first syntax error is where the letter was typed');
    assert.ok(
      syntaxErrors.every((at) => at >= entry.base && at < entry.base + entry.chunk.text.length),
      'every syntax error is in that entry',
    );
    assert.strictEqual(model.categories.length, chunkedModel(policy).categories.length);
    assert.deepStrictEqual(essence(chunkedModel(broken, cache, versions)), essence(model));
  });
});
