import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinClauses } from '../../server/src/service/clauses/builtinClauses';
import { repoRoot } from '../support/paths';
import { documentOf, service } from '../support/serviceHarness';

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

  it("the README's counts of the seed's problems and hints are what the checks find", () => {
    const readme = read('README.md');
    const diagnostics = service().validate(
      documentOf(read('examples/help-desk-migration.policy.yaml'), 'file:///examples/help-desk-migration.policy.yaml'),
    );
    const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
    const [errors, warnings, infos, hints] = [1, 2, 3, 4].map(count);
    const problems = errors + warnings + infos; // what VS Code's Problems panel lists: no hints
    const flat = readme.replace(/\s+/g, ' ');
    assert.ok(
      flat.includes(
        `The checks report ${problems} problems in it (${errors} errors, ${warnings} warnings) and ${hints} hints.`,
      ),
      `the seed's paragraph says ${problems} problems (${errors} errors, ${warnings} warnings) and ${hints} hints`,
    );
    assert.ok(
      flat.includes(`${problems} problems in the Problems panel (Ctrl+Shift+M), ${hints} hints in the editor only`),
      'the quick start says the same',
    );
  });

  it("the README's npm test names every suite that scripts/run-tests.mjs runs, in its order", () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts);
    const suites = scripts.filter((name) => /^test:[^:]+$/.test(name)).map((name) => name.slice('test:'.length));
    const flat = read('README.md').replace(/\s+/g, ' ');
    const listed = /runs every suite even after one failed: (.+?), then a table/.exec(flat)?.[1];
    assert.ok(listed, 'the quick start lists the suites');
    assert.deepStrictEqual(
      listed
        .replace(/ \([^)]*\)/g, '')
        .split(/, | and /)
        .map((name) => name.toLowerCase()),
      suites,
    );
    assert.ok(flat.includes(`"${suites.length} of ${suites.length} suites passed"`));
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
