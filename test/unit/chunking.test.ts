import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { splitIntoChunks } from '../../server/src/service/syntax/chunker';
import { parseChunk } from '../../server/src/service/syntax/chunkParser';
import { ChunkCache, parseDocument, type ParsedDocument } from '../../server/src/service/syntax/documentParser';
import { buildModel } from '../../server/src/service/model/modelBuilder';
import { isEntrySection } from '../../server/src/service/schema/policySchema';
import { examplesDir } from '../support/paths';
import { validPolicy } from '../support/serviceHarness';

/** The model of a text read as one YAML document, without chunking: the reference the chunked reading must match. */
function wholeModel(text: string) {
  const whole: ParsedDocument = { text, chunks: [{ base: 0, chunk: parseChunk(text), role: 'top' }] };
  return buildModel(whole);
}

function chunkedModel(text: string, cache?: ChunkCache) {
  return buildModel(parseDocument(text, isEntrySection, cache));
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
    const described = spans.map((s) => `${s.role}:${s.section ?? ''}:${validPolicy.slice(s.start, s.end).split('\n')[0]}`);
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
    assert.strictEqual(spans.map((s) => validPolicy.slice(s.start, s.end)).join(''), validPolicy, 'chunks cover the text exactly');
  });

  it('reads files with document markers, directives or lone CR as one chunk', () => {
    for (const text of [`%YAML 1.2\n---\n${validPolicy}`, `${validPolicy}---\nx: 1\n`, validPolicy.replace(/\n/g, '\r')]) {
      assert.strictEqual(splitIntoChunks(text, isEntrySection).length, 1);
    }
  });

  for (const [name, text] of [
    ['the valid policy', validPolicy],
    ['the seed example', seed],
    ['a compact list under its key', `${validPolicy}clauses:\n- use: ssl-tls\n- title: Eigenes\n  text: Hallo.\n`],
    ['entries with comments between them', validPolicy.replace('  hoster:', '  # Dienstleister\n\n  hoster:')],
    ['a flow list spread over lines', validPolicy.replace('data: [Name, E-Mail-Adresse]', 'data: [Name,\n      E-Mail-Adresse]')],
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
    const first = parseDocument(seed, isEntrySection, cache);
    const edited = seed.replace('title: Kontoerstellung', 'title: Kontoerstellung und Anmeldung');
    const second = parseDocument(edited, isEntrySection, cache);
    const reused = second.chunks.filter((c) => first.chunks.some((f) => f.chunk === c.chunk)).length;
    assert.strictEqual(second.chunks.length, first.chunks.length);
    assert.strictEqual(reused, second.chunks.length - 1, 'only the edited entry is parsed again');
    assert.deepStrictEqual(essence(chunkedModel(edited, cache)), essence(chunkedModel(edited)));
  });
});
