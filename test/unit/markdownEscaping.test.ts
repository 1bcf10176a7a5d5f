import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { documentOf, service, validPolicy } from '../support/serviceHarness';

/** Ids and titles an attacker would write to break out of a code span or plain text into live Markdown. */
const hostile = [
  'x` ![p](https://attacker.example/t.png) `y',
  '``x`` [a](https://attacker.example) ``',
  '<img src=https://attacker.example/i.png>',
  '[klick](javascript:alert(1))',
  '<https://attacker.example/auto>',
  '*fett* _schräg_ # kein Titel',
];

/** CommonMark with raw HTML allowed: whatever would become an image, a link or markup shows up as a token. */
const markdown = new MarkdownIt({ html: true });

/** The kinds of token that load, navigate or run: none may come from author text. */
function liveTokens(value: string): string[] {
  const found: string[] = [];
  const walk = (tokens: ReturnType<MarkdownIt['parse']>) => {
    for (const token of tokens) {
      if (['image', 'link_open', 'html_inline', 'html_block'].includes(token.type))
        found.push(`${token.type}: ${token.content}`);
      if (token.children) walk(token.children);
    }
  };
  walk(markdown.parse(value, {}));
  return found;
}

/** The text a reader sees, code spans included. */
function readText(value: string): string {
  const parts: string[] = [];
  const walk = (tokens: ReturnType<MarkdownIt['parse']>) => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
      if (token.type === 'softbreak') parts.push(' ');
      if (token.children) walk(token.children);
    }
  };
  walk(markdown.parse(value, {}));
  return parts.join('');
}

const yamlString = (text: string) => JSON.stringify(text);

function hostilePolicy(id: string): string {
  return validPolicy
    .replace(
      '  vertrag:\n',
      `  ${yamlString(id)}:\n    title: ${yamlString(`Titel ${id}`)}\n    legalBasis: [art6-1-b]\n  vertrag:\n`,
    )
    .replace('    purposes: [vertrag]\n', `    purposes: [vertrag, ${yamlString(id)}, ${yamlString(`${id}-fehlt`)}]\n`)
    .replace('recipients:\n  hoster:\n', `recipients:\n  hoster:\n`);
}

function markdownOf(result: Hover | null): string {
  assert.ok(result, 'an answer');
  return (result.contents as MarkupContent).value;
}

describe('author text in Markdown (hover, completion documentation)', () => {
  for (const id of hostile) {
    it(`stays text in every feature: ${id}`, () => {
      const text = hostilePolicy(id);
      const policyService = service();
      const document = documentOf(text);
      const at = (needle: string, delta = 1) => document.positionAt(text.indexOf(needle) + delta);
      const quotedId = yamlString(id);
      const shown: Array<[string, string]> = [];
      // On the definition, on a reference to it, on a reference to nothing, on the category that uses it.
      shown.push(['hover on the definition', markdownOf(policyService.hover(document, at(`${quotedId}:`)))]);
      shown.push(['hover on the reference', markdownOf(policyService.hover(document, at(`, ${quotedId},`, 3)))]);
      shown.push([
        'hover on an unknown reference',
        markdownOf(policyService.hover(document, at(yamlString(`${id}-fehlt`)))),
      ]);
      shown.push(['hover on the category', markdownOf(policyService.hover(document, at('  kontakt:', 3)))]);
      // Completion of ids inside the brackets: each id's documentation.
      const completion = policyService.complete(document, at('purposes: [vertrag', 'purposes: ['.length));
      const item = completion.items.find((candidate) => candidate.label === id);
      assert.ok(item, `completion offers ${id}: ${completion.items.map((i) => i.label).join(', ')}`);
      shown.push(['completion documentation', (item.documentation as MarkupContent).value]);
      for (const [where, value] of shown) {
        assert.deepStrictEqual(liveTokens(value), [], `${where}:\n${value}`);
        assert.ok(readText(value).includes(id), `${where} shows the id as written:\n${value}\n→ ${readText(value)}`);
      }
      // The unknown reference says which ids exist, not that there are none.
      assert.doesNotMatch(readText(shown[2][1]), /defines nothing/);
      assert.match(readText(shown[2][1]), /Defined there: /);
    });
  }
});
