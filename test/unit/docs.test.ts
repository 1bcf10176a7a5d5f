import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { repoRoot } from '../support/paths';

/** The Markdown files a reader reaches from the README. */
const markdownFiles = [
  'README.md',
  'CONTRIBUTING.md',
  ...fs
    .readdirSync(path.join(repoRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

/** The text outside fenced code blocks, where `[a](b)` is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** Anchors of a file's headings, as GitHub makes them. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

describe('the documentation', () => {
  for (const file of markdownFiles) {
    it(`${file}: every relative link and image resolves, anchors included`, () => {
      const broken: string[] = [];
      for (const [, target] of prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [linkPath, anchor] = target.split('#');
        const resolved = linkPath
          ? path.join(path.dirname(path.join(repoRoot, file)), linkPath)
          : path.join(repoRoot, file);
        if (!fs.existsSync(resolved)) {
          broken.push(target);
          continue;
        }
        if (
          anchor !== undefined &&
          resolved.endsWith('.md') &&
          !anchorsOf(fs.readFileSync(resolved, 'utf8')).has(anchor)
        )
          broken.push(target);
      }
      assert.deepStrictEqual(broken, []);
    });
  }

  it('the README stays a front page: at most 200 lines, linking every file in docs/', () => {
    const readme = read('README.md');
    assert.ok(readme.split('\n').length <= 200, `README.md has ${readme.split('\n').length} lines`);
    const unlinked = markdownFiles.filter((file) => file.startsWith('docs/') && !readme.includes(`](${file})`));
    assert.deepStrictEqual(unlinked, []);
  });

  it('the clause table of docs/clauses.md is the library: ids, titles and what each needs, in order', () => {
    const clauses = read('docs/clauses.md');
    const table = clauses.slice(clauses.indexOf('\n## The clauses\n'));
    const documented = [...table.matchAll(/^\| `([a-z0-9-]+)` \| (.+?) \| (.+?) \| .+? \| .+? \|$/gm)].map(
      ([, id, title, needs]) => ({ id, title, needs }),
    );
    const library = builtinClauses.map((clause) => ({
      id: clause.id,
      title: clause.title,
      needs: clause.inputs.length ? clause.inputs.map((input) => `\`${input}\``).join(', ') : '—',
    }));
    assert.deepStrictEqual(documented, library);
  });
});
