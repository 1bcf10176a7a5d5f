import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { examplesDir } from '../../support/paths';
import type { PreviewRender } from '../../../client/src/preview/policyPreview';
import { activeApi, closeAllEditors, currentDiagnostics, openInEditor, rangeOf, waitFor } from '../support/extension';
import { completePolicy, workspaceFolder, writePolicy } from '../support/fixtures';

/** Replaces the one occurrence of `find` in the document through a WorkspaceEdit, as another tool would. */
async function replace(document: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  assert.ok(document.getText().indexOf(find) === document.getText().lastIndexOf(find), `"${find}" occurs once`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, find), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), `replaced "${find}"`);
}

/** The render of a document's current version, once the preview shows it. */
async function renderOf(document: vscode.TextDocument, what: string): Promise<PreviewRender> {
  const api = await activeApi();
  return waitFor(what, () => {
    const render = api.preview.lastRender();
    return render?.uri === document.uri.toString() && render.version === document.version && render;
  });
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('privacyPolicy.preview'),
    );
}

suite('Preview', () => {
  suiteTeardown(closeAllEditors);

  test('"Open Preview to the Side" renders the policy at once beside the editor, titled with its name', async () => {
    const uri = await writePolicy('preview-open.policy.yaml', completePolicy);
    const editor = await openInEditor(uri);
    await activeApi();
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    const render = await renderOf(editor.document, 'the first render');
    assert.strictEqual(render.fullPage, true, 'the first render loads the page');
    assert.match(render.html, /<h1 id="titel"[^>]*>Datenschutzerklärung<\/h1>/);
    assert.match(render.html, /<h3 data-line="\d+">Kontaktdaten<\/h3>/);
    const tab = await waitFor('the preview tab', () => previewTabs()[0]);
    assert.match(tab.label, /^(Preview|Vorschau) preview-open\.policy\.yaml$/);
    assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
  });

  test('editing the source through a WorkspaceEdit changes the preview in place, gaps included', async () => {
    const uri = await writePolicy('preview-edit.policy.yaml', completePolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await renderOf(editor.document, 'the first render');

    await replace(editor.document, 'title: Kontaktdaten', 'title: Kundendaten <b>neu</b>');
    const edited = await renderOf(editor.document, 'the preview to show the new title');
    assert.match(
      edited.html,
      /<h3 data-line="\d+">Kundendaten &lt;b&gt;neu&lt;\/b&gt;<\/h3>/,
      'the new title, as escaped text',
    );
    assert.strictEqual(edited.fullPage, false, 'updated in place');

    await replace(editor.document, '    retention: Drei Jahre nach Vertragsende.\n', '');
    const gap = await renderOf(editor.document, 'the preview to mark the missing retention');
    assert.match(gap.html, /<mark class="gap"[^>]*data-gap="retention"[^>]*>⚠ Speicherdauer fehlt<\/mark>/);
  });

  test('a burst of edits ends with the newest version, and no older version is shown after a newer one', async () => {
    const api = await activeApi();
    const uri = await writePolicy('preview-burst.policy.yaml', completePolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await renderOf(editor.document, 'the first render');
    const shown: number[] = [];
    const listener = api.preview.onDidRender((render) => render.uri === uri.toString() && shown.push(render.version));
    try {
      for (let index = 1; index <= 8; index++)
        await replace(
          editor.document,
          index === 1 ? 'Drei Jahre' : `Drei Jahre (${index - 1})`,
          `Drei Jahre (${index})`,
        );
      const last = await renderOf(editor.document, 'the preview to catch up with the burst');
      assert.match(last.html, /Drei Jahre \(8\) nach Vertragsende\./);
      assert.deepStrictEqual(
        shown,
        [...shown].sort((a, b) => a - b),
        'versions shown in order',
      );
    } finally {
      listener.dispose();
    }
  });

  test('follows the active policy editor', async () => {
    const api = await activeApi();
    const first = await writePolicy('preview-first.policy.yaml', completePolicy);
    const second = await writePolicy(
      'preview-second.policy.yaml',
      completePolicy.replace('Beispiel GmbH', 'Zweite GmbH'),
    );
    await openInEditor(first);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await waitFor('the preview of the first policy', () => api.preview.lastRender()?.uri === first.toString());
    const document = await vscode.workspace.openTextDocument(second);
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const render = await waitFor('the preview to follow the second policy', () => {
      const last = api.preview.lastRender();
      return last?.uri === second.toString() && last;
    });
    assert.match(render.html, /Zweite GmbH/);
    assert.strictEqual(previewTabs().length, 1, 'one preview, reused');
  });

  test('"Export HTML" writes the page to publish: the preview\'s body without its scaffolding', async () => {
    const api = await activeApi();
    const uri = await writePolicy('preview-export.policy.yaml', completePolicy);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    const render = await renderOf(editor.document, 'the preview');
    assert.match(render.html, /data-line="\d+"/, 'the preview keeps its scroll-sync marks');
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'preview-export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      uri,
      target,
    );
    assert.strictEqual(written?.toString(), target.toString());
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(
      page.includes(`<div id="policy-root">${render.html.replace(/ data-line="\d+"/g, '')}</div>`),
      'the body without data-line',
    );
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.doesNotMatch(page, /<script|data-line|Entwurf/);
    assert.strictEqual(api.preview.previewedUri(), uri.toString());
  });

  test('"Export HTML" of a policy with errors writes nothing as final, and a draft only when asked', async () => {
    const broken = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
    const uri = await writePolicy('preview-export-draft.policy.yaml', broken);
    await openInEditor(uri);
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'preview-export-draft.html');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      uri,
      target,
      { draft: false },
    );
    assert.strictEqual(refused, undefined, 'not exported as final');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'nothing written');
    const draft = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      uri,
      target,
      { draft: true },
    );
    assert.strictEqual(draft?.toString(), target.toString());
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(page, /<title>Entwurf: /);
    assert.match(page, /Entwurf – nicht zur Veröffentlichung/);
    assert.match(page, /Speicherdauer fehlt/);
  });

  const bilingual = fs.readFileSync(path.join(examplesDir, 'nordlicht-software.policy.yaml'), 'utf8');

  test('a bilingual policy previews in its first language with a switch, and the command switches to English', async () => {
    const uri = await writePolicy('preview-bilingual.policy.yaml', bilingual);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    const german = await renderOf(editor.document, 'the German preview');
    assert.strictEqual(german.language, 'de');
    assert.deepStrictEqual(german.languages, ['de', 'en']);
    assert.match(german.html, /<nav class="language-switch" aria-label="Sprache der Seite">/);
    assert.match(
      german.html,
      /<button type="button" lang="en" data-language="en" aria-pressed="false">English<\/button>/,
    );
    assert.match(german.html, /<h1 id="titel"[^>]*>Datenschutzerklärung der Nordlicht Software GmbH<\/h1>/);

    const api = await activeApi();
    await vscode.commands.executeCommand('privacyPolicy.switchPreviewLanguage', 'en');
    const english = await waitFor('the English preview', () => {
      const render = api.preview.lastRender();
      return render?.uri === uri.toString() && render.language === 'en' && render;
    });
    assert.strictEqual(english.fullPage, false, 'switched in place');
    assert.match(english.html, /<article class="privacy-policy" lang="en">/);
    assert.match(english.html, /<h1 id="title"[^>]*>Privacy Policy of Nordlicht Software GmbH<\/h1>/);
    assert.match(
      english.html,
      /<button type="button" lang="en" data-language="en" aria-pressed="true">English<\/button>/,
    );
    assert.doesNotMatch(english.html, /Verantwortlicher|DSGVO/);

    // Typing keeps the chosen language.
    await replace(editor.document, 'en: Support requests', 'en: Support tickets');
    const edited = await renderOf(editor.document, 'the English preview after an edit');
    assert.strictEqual(edited.language, 'en');
    assert.match(edited.html, /Support tickets/);

    // A policy written in German only shows no switch and stays German.
    const other = await writePolicy('preview-german-only.policy.yaml', completePolicy);
    await openInEditor(other);
    const germanOnly = await waitFor('the German-only preview', () => {
      const render = api.preview.lastRender();
      return render?.uri === other.toString() && render;
    });
    assert.strictEqual(germanOnly.language, 'de');
    assert.doesNotMatch(germanOnly.html, /language-switch/);
  });

  test('"Export HTML" writes the language the preview shows, or the language asked for', async () => {
    const uri = await writePolicy('preview-export-bilingual.policy.yaml', bilingual);
    const editor = await openInEditor(uri);
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide');
    await renderOf(editor.document, 'the preview');
    const api = await activeApi();
    await vscode.commands.executeCommand('privacyPolicy.switchPreviewLanguage', 'en');
    await waitFor('the English preview', () => api.preview.lastRender()?.language === 'en');

    const english = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'export-bilingual.en.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      uri,
      english,
    );
    assert.strictEqual(written?.toString(), english.toString());
    const englishPage = new TextDecoder().decode(await vscode.workspace.fs.readFile(english));
    assert.match(englishPage, /<html lang="en">/);
    assert.match(englishPage, /<title>Privacy Policy of Nordlicht Software GmbH<\/title>/);
    assert.doesNotMatch(englishPage, /language-switch|<button|data-line/, "the switch is the preview's only");

    const german = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'export-bilingual.de.html');
    await vscode.commands.executeCommand('privacyPolicy.exportHtml', uri, german, { language: 'de' });
    const germanPage = new TextDecoder().decode(await vscode.workspace.fs.readFile(german));
    assert.match(germanPage, /<html lang="de">/);
    assert.match(germanPage, /<title>Datenschutzerklärung der Nordlicht Software GmbH<\/title>/);

    // Not yet translated: the English page is a draft until it is.
    await replace(editor.document, '      en: Two years after the request is closed.\n', '');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      uri,
      vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'export-untranslated.html'),
      { draft: false, language: 'en' },
    );
    assert.strictEqual(refused, undefined, 'the English page is not final while a text is untranslated');
  });

  test('"Export HTML" of a policy with errors asks first, naming its errors and gaps, and exports a draft when told', async () => {
    const broken = completePolicy.replace('    retention: Drei Jahre nach Vertragsende.\n', '');
    const uri = await writePolicy('preview-export-ask.policy.yaml', broken);
    const { document } = await openInEditor(uri);
    const errors = (await currentDiagnostics(document)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.strictEqual(errors.length, 1);
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'generated', 'preview-export-ask.html');
    // The modal dialog cannot be clicked from here: the test stands in for the author and reads what is asked.
    const asked: Array<{ message: string; modal?: boolean; detail?: string; items: string[] }> = [];
    const window = vscode.window as { showWarningMessage: unknown };
    const original = window.showWarningMessage;
    window.showWarningMessage = (message: string, options: vscode.MessageOptions, ...items: string[]) => {
      asked.push({ message, modal: options.modal, detail: options.detail, items });
      return Promise.resolve(items[0]);
    };
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
        'privacyPolicy.exportHtml',
        uri,
        target,
      );
      assert.deepStrictEqual(asked, [
        {
          // The errors the Problems panel lists for it.
          message: `The policy cannot be exported as the page to publish yet. Errors: ${errors.length}. Gaps on the page: 1.`,
          modal: true,
          detail: 'A draft is marked as a draft on its face and lists its gaps.',
          items: ['Export as Draft'],
        },
      ]);
      assert.strictEqual(written?.toString(), target.toString());
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), /<title>Entwurf: /);
    } finally {
      window.showWarningMessage = original;
    }
  });
});
