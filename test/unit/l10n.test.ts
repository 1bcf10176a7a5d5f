import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { allMessages, resolveLocale } from '../../server/src/service/l10n/messages';
import { ruleCatalog } from '../../server/src/service/rules/ruleCatalog';
import { documentOf, service, completePolicy } from '../support/serviceHarness';
import { repoRoot } from '../support/paths';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What a person sees of each kind, for one locale as VS Code sends it. */
function seen(displayLanguage: string) {
  const svc = service({ locale: resolveLocale(displayLanguage) });
  const text = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
  const document = documentOf(text);
  const diagnostic = svc.validate(document).find((d) => d.code === 'retention-period')!;
  const lines = text.split('\n');
  const titleLine = lines.findIndex((line) => line.startsWith('  title:'));
  const hover = svc.hover(document, { line: titleLine, character: 3 })!;
  const keyLine = lines.findIndex((line) => line.startsWith('    recipients:'));
  const completion = svc.complete(
    documentOf(text.replace('    recipients: [hoster]\n', '    recipients: [hoster]\n    \n')),
    { line: keyLine + 1, character: 4 },
  );
  const retention = completion.items.find((item: CompletionItem) => item.label === 'retention')!;
  const action = svc.codeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] })[0];
  return {
    diagnostic: String(diagnostic.message),
    hover: (hover.contents as MarkupContent).value,
    completion: String(retention.detail),
    action: action.title,
  };
}

describe('localisation', () => {
  it('every message has a non-empty English and German text with the same placeholders', () => {
    for (const { key, en, de } of allMessages()) {
      assert.ok(en.trim() && de.trim(), key);
      assert.deepStrictEqual(placeholders(de), placeholders(en), key);
    }
  });

  it('every rule has its title and description in both languages', () => {
    for (const meta of ruleCatalog)
      assert.ok(meta.title.de && meta.title.en && meta.description.de && meta.description.en, meta.id);
  });

  it('diagnostics, hovers, completion details and quick fix titles follow a German display language', () => {
    for (const language of ['de', 'de-AT', 'de-CH']) {
      const shown = seen(language);
      assert.match(shown.diagnostic, /nennt keine Speicherdauer/, language);
      assert.match(shown.hover, /Überschrift der Datenschutzerklärung/, language);
      assert.match(shown.completion, /Speicherdauer/, language);
      assert.strictEqual(shown.action, '„retention“ ergänzen', language);
    }
  });

  it('and come out English for English and for languages the product does not speak', () => {
    for (const language of ['en', 'en-GB', 'fr']) {
      const shown = seen(language);
      assert.match(shown.diagnostic, /states no retention period/, language);
      assert.match(shown.hover, /Heading of the privacy policy/, language);
      assert.match(shown.completion, /Retention period/, language);
      assert.strictEqual(shown.action, 'Add "retention"', language);
    }
  });

  it("the extension's contributed titles and runtime strings exist in German", () => {
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8'));
    const nlsDe = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.de.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(nlsDe).sort(), Object.keys(nls).sort());
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/"%([^%"]+)%"/g))
      assert.ok(nls[key] && nlsDe[key], `package.json uses %${key}%`);
    const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.de.json'), 'utf8'));
    const clientDir = path.join(repoRoot, 'client', 'src');
    for (const file of fs.readdirSync(clientDir).filter((name) => name.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(clientDir, file), 'utf8');
      for (const [, literal] of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g))
        assert.ok(bundle[literal], `${file}: "${literal}" has no German translation`);
    }
  });
});
