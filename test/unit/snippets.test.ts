import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../support/paths';

interface SnippetFileEntry {
  readonly prefix: unknown;
  readonly description: string;
  readonly body: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nls: Record<'en' | 'de', Record<string, string>> = {
  en: JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')),
  de: JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.de.json'), 'utf8')),
};

/** A manifest value as VS Code reads it in a display language: `%key%` replaced from package.nls[.de].json. */
function localized(value: string, language: 'en' | 'de'): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : (nls[language][key] ?? nls.en[key]);
}

function snippetsFor(language: 'en' | 'de'): Array<[string, SnippetFileEntry]> {
  const contributions = manifest.contributes.snippets as Array<{ language: string; path: string }>;
  assert.strictEqual(contributions.length, 1);
  const file = path.join(repoRoot, localized(contributions[0].path, language));
  return Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** VS Code offers a snippet when the typed word's letters occur in order in the prefix (isPatternInWord). */
function offeredFor(typed: string, prefix: string): boolean {
  let at = 0;
  for (const char of typed.toLowerCase()) {
    at = prefix.toLowerCase().indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Keys of the clauses section: a snippet prefix equal to one would be offered among the keys. */
const clauseKeys = new Set(['use', 'with', 'title', 'text', 'clauses']);

describe('snippets', () => {
  const en = snippetsFor('en');
  const de = snippetsFor('de');

  it('come from one file per display language, named in package.nls.json and package.nls.de.json', () => {
    const declared = manifest.contributes.snippets[0].path;
    assert.match(declared, /^%[\w.]+%$/, 'the path is localised');
    assert.notStrictEqual(localized(declared, 'en'), localized(declared, 'de'));
    for (const language of ['en', 'de'] as const)
      assert.ok(fs.existsSync(path.join(repoRoot, localized(declared, language))), language);
    assert.ok(fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').includes('!snippets/**'), 'packaged');
  });

  it('are one entry each: a single prefix, since VS Code makes an entry of every prefix in a list', () => {
    for (const [name, snippet] of [...en, ...de])
      assert.strictEqual(typeof snippet.prefix, 'string', `${name}: prefix ${JSON.stringify(snippet.prefix)}`);
    assert.strictEqual(new Set(en.map(([, snippet]) => snippet.body.join('\n'))).size, en.length, 'no snippet twice');
  });

  it('are the same snippets in both languages, in the same order', () => {
    assert.deepStrictEqual(
      de.map(([, snippet]) => snippet.body),
      en.map(([, snippet]) => snippet.body),
    );
  });

  it('match the German and the English word in either language, the display language first', () => {
    for (let index = 0; index < en.length; index++) {
      const [enName, enSnippet] = en[index];
      const [deName, deSnippet] = de[index];
      const enWords = String(enSnippet.prefix).split(' · ');
      const deWords = String(deSnippet.prefix).split(' · ');
      assert.strictEqual(enWords.length, 2, `${enName}: "english · deutsch"`);
      assert.deepStrictEqual(deWords, [...enWords].reverse(), `${deName}: "deutsch · english"`);
      for (const word of enWords) {
        assert.match(word, /^[a-z][a-z-]*$/, 'typed as one word');
        assert.ok(!clauseKeys.has(word), `${word} is a key of the clauses section`);
        assert.ok(offeredFor(word, String(enSnippet.prefix)) && offeredFor(word, String(deSnippet.prefix)), word);
      }
    }
  });

  it('are described in the display language only', () => {
    for (let index = 0; index < en.length; index++) {
      const [enName, enSnippet] = en[index];
      const [deName, deSnippet] = de[index];
      assert.notStrictEqual(enName, deName);
      assert.notStrictEqual(enSnippet.description, deSnippet.description);
      for (const [name, description] of [
        [enName, enSnippet.description],
        [deName, deSnippet.description],
      ]) {
        assert.doesNotMatch(
          description,
          /\((a|the) [^)]*\)|\([A-ZÄÖÜ][a-zäöüß]+ [^)]*\)/,
          `${name}: no translation in parentheses`,
        );
      }
      assert.doesNotMatch(enSnippet.description + enName, /[äöüß]|Baustein|Abschnitt/, enName);
      assert.doesNotMatch(deSnippet.description, /\b(a|the|of|and)\b/, deName);
    }
  });
});

describe('the word pattern of language-configuration.json', () => {
  const configuration = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8'));
  /** As VS Code compiles it: a string without flags, an object with its flags; then global for scanning a line. */
  const wordPattern: RegExp =
    typeof configuration.wordPattern === 'string'
      ? new RegExp(configuration.wordPattern, 'g')
      : new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags ?? ''}g`);
  const words = (line: string) => line.match(wordPattern) ?? [];

  it('makes words of keys, ids and German text', () => {
    assert.deepStrictEqual(words('    retention: Drei Jahre'), ['retention', 'Drei', 'Jahre']);
    assert.deepStrictEqual(words('  server-logs:'), ['server-logs']);
    assert.deepStrictEqual(words('Zusätzlich Straße Łódź Café'), ['Zusätzlich', 'Straße', 'Łódź', 'Café']);
    assert.deepStrictEqual(words('{{controller.name}}, 2026'), ['controller.name', '2026']);
  });

  it('does not take the braces of \\p{L} for word characters (a pattern string is compiled without the u flag)', () => {
    assert.deepStrictEqual(words('{}'), []);
    assert.deepStrictEqual(words('{{controller.name}}'), ['controller.name']);
  });
});
