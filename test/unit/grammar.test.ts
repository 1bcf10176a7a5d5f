import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { repoRoot } from '../support/paths';

/** Tokenizes with the same TextMate engine and regex library VS Code uses. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.privacy-policy') return null;
      const file = path.join(repoRoot, 'syntaxes', 'privacy-policy.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.privacy-policy');
  if (!grammar) throw new Error('grammar did not load');
  return grammar;
}

/** The scopes of each token of each line, as `text => scope` for the tokens that have a scope of ours. */
function scopesOf(grammar: textmate.IGrammar, text: string): string[] {
  const result: string[] = [];
  let state = textmate.INITIAL;
  for (const line of text.split('\n')) {
    const tokens = grammar.tokenizeLine(line, state);
    for (const token of tokens.tokens) {
      const scope = token.scopes[token.scopes.length - 1];
      if (scope === 'source.privacy-policy') continue;
      const piece = line.slice(token.startIndex, token.endIndex).trim();
      if (piece) result.push(`${piece} => ${scope.replace(/\.privacy-policy$/, '')}`);
    }
    state = tokens.ruleStack;
  }
  return result;
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('highlights sections, keys, legal bases, dates and comments', () => {
    const scopes = scopesOf(
      grammar,
      'policy: # Metadaten\n  published: 2024-01-01\npurposes:\n  vertrag:\n    legalBasis: [art6-1-b]\n',
    );
    for (const expected of [
      'policy => keyword.control',
      'Metadaten => comment.line.number-sign',
      '# => punctuation.definition.comment',
      'published => entity.name.tag',
      '2024-01-01 => constant.other.date',
      'vertrag => entity.name.tag',
      'art6-1-b => support.constant.legal-basis',
    ]) {
      assert.ok(scopes.includes(expected), `${expected}\nin\n${scopes.join('\n')}`);
    }
  });

  it('reads the lines of a block scalar as prose, not as keys', () => {
    const scopes = scopesOf(
      grammar,
      'clauses:\n  - title: Hinweis\n    text: |\n      Zweck: die Bereitstellung.\n      Dauer: drei Jahre.\n  - use: ssl-tls\n',
    );
    assert.ok(scopes.includes('Zweck: die Bereitstellung. => string.unquoted.block'), scopes.join('\n'));
    assert.ok(!scopes.some((s) => s.startsWith('Zweck => ')), 'a colon in prose does not make a key');
    assert.ok(scopes.includes('use => entity.name.tag'), 'highlighting resumes after the block');
  });

  it('marks values YAML would retype, and unsupported anchors', () => {
    const scopes = scopesOf(grammar, '    postalCode: 01067\n    title: &anker Text\n');
    assert.ok(scopes.includes('01067 => constant.numeric'), scopes.join('\n'));
    assert.ok(scopes.includes('&anker => invalid.illegal.unsupported'), scopes.join('\n'));
  });
});
