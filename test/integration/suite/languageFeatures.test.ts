import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, currentDiagnostics, definitionOf, openInEditor, rangeOf } from '../support/extension';
import { seedExample } from '../support/fixtures';

/** The features an author uses, through VS Code's own provider commands, on the seed example. */
suite('Language features', () => {
  let document: vscode.TextDocument;
  /** The first reference to the purpose `anfragen-und-transaktionen`, in the first category's `purposes: [...]`. */
  let referenceRange: vscode.Range;
  let reference: vscode.Position;

  suiteSetup(async () => {
    document = (await openInEditor(seedExample())).document;
    await currentDiagnostics(document);
    referenceRange = rangeOf(document, 'anfragen-und-transaktionen', 1);
    assert.strictEqual(
      document.lineAt(referenceRange.start.line).text.trim(),
      'purposes: [dienste, anfragen-und-transaktionen]',
    );
    reference = referenceRange.start.translate(0, 3);
  });
  suiteTeardown(closeAllEditors);

  const labelOf = (item: vscode.CompletionItem): string =>
    typeof item.label === 'string' ? item.label : item.label.label;

  test('completion offers the purposes not yet listed', async () => {
    const position = rangeOf(document, 'purposes: [dienste, anfragen').start.translate(0, 'purposes: ['.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('verbesserung') && labels.includes('rechtliche-verpflichtungen'), labels.join(', '));
    assert.ok(!labels.includes('anfragen-und-transaktionen'), 'an id already in the list is not offered again');
    const item = list.items.find((candidate) => labelOf(candidate) === 'verbesserung')!;
    assert.strictEqual(item.kind, vscode.CompletionItemKind.Reference);
    assert.strictEqual(item.detail, 'Verbesserung der Dienstleistungen');
  });

  test('completion offers the keys of a category', async () => {
    // Where the first category's `purposes:` key starts: any key of a category may stand there.
    const position = new vscode.Position(referenceRange.start.line, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('retention'), `a category's keys are offered: ${labels.join(', ')}`);
    assert.ok(!labels.includes('title'), 'a key the category already has is not offered again');
  });

  test('hover on a reference shows the purpose it points to', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      reference,
    );
    const text = hovers
      .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
      .join('\n');
    assert.match(text, /Bearbeitung von Anfragen und Transaktionen/);
    assert.deepStrictEqual(hovers[0].range, referenceRange);
  });

  test('definition of a reference is the id where the purpose is defined', async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      document.uri,
      reference,
    );
    assert.strictEqual(locations.length, 1);
    const location = locations[0];
    const [uri, range] =
      'targetUri' in location
        ? [location.targetUri, location.targetSelectionRange ?? location.targetRange]
        : [location.uri, location.range];
    assert.strictEqual(uri.toString(), document.uri.toString());
    assert.deepStrictEqual(range, definitionOf(document, 'anfragen-und-transaktionen'));
  });

  test('references are the definition and every use', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      reference,
    );
    const lines = document.getText().split('\n');
    const expectedLines = lines.flatMap((line, index) => (/\banfragen-und-transaktionen\b/.test(line) ? [index] : []));
    assert.deepStrictEqual(
      locations.map((location) => location.range.start.line).sort((a, b) => a - b),
      expectedLines,
    );
    assert.ok(locations.every((location) => location.uri.toString() === document.uri.toString()));
  });

  test('rename changes the id at its definition and every use, and refuses an id that is taken', async () => {
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename',
      document.uri,
      reference,
    );
    assert.strictEqual(prepared.placeholder, 'anfragen-und-transaktionen');

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      reference,
      'anfragen',
    );
    const edits = edit.get(document.uri);
    const uses = document.getText().split(/\banfragen-und-transaktionen\b/).length - 1;
    assert.strictEqual(edits.length, uses);
    for (const textEdit of edits) {
      assert.strictEqual(textEdit.newText, 'anfragen');
      assert.strictEqual(document.getText(textEdit.range), 'anfragen-und-transaktionen');
    }

    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, reference, 'dienste'),
      ),
      /dienste/,
    );
  });

  test('the outline lists the sections with their entries', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.deepStrictEqual(
      symbols.map((symbol) => symbol.name),
      ['policy', 'controller', 'purposes', 'recipients', 'categories', 'transfers', 'rights', 'clauses'],
    );
    const categories = symbols.find((symbol) => symbol.name === 'categories')!;
    const definedCategories = document
      .getText()
      .slice(document.getText().indexOf('\ncategories:'), document.getText().indexOf('\ntransfers:'))
      .match(/^ {2}[\w-]+:/gm)!;
    assert.deepStrictEqual(
      categories.children.map((child) => child.name),
      definedCategories.map((line) => line.trim().slice(0, -1)),
    );
    const first = categories.children[0];
    assert.strictEqual(first.detail, 'Informationen, die Sie bereitstellen');
    assert.strictEqual(first.kind, vscode.SymbolKind.Class);
    assert.deepStrictEqual(first.selectionRange, definitionOf(document, 'bereitgestellte-informationen'));
  });
});
