import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { changesRequest, type ChangesParams, type ChangesResult } from '../../shared/protocol';

/** The scheme of the read-only Markdown view of a policy's changes. */
export const CHANGES_SCHEME = 'privacy-policy-changes';

/** What the command and the view offer the extension's API: integration tests read the last answer. */
export interface ChangesApi {
  /** The server's last answer for a view, by the view's URI. */
  lastChanges(view: vscode.Uri): ChangesResult | undefined;
}

interface ViewQuery {
  readonly source: string;
  readonly base?: string;
}

/** The view's URI: named after the policy, with the policy and the base in its query. */
function viewUri(source: vscode.Uri, base: string | undefined): vscode.Uri {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  const query: ViewQuery = { source: source.toString(), base };
  return vscode.Uri.from({ scheme: CHANGES_SCHEME, path: `/${name}.changes.md`, query: JSON.stringify(query) });
}

function queryOf(view: vscode.Uri): ViewQuery | undefined {
  try {
    const query = JSON.parse(view.query) as Partial<ViewQuery>;
    return typeof query.source === 'string' ? { source: query.source, base: query.base } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Privacy Policy: Show Changes Since …": asks what to compare with (the setting, HEAD, the commit before, or
 * any revision or policy file), then opens the change notice beside the source as a read-only Markdown
 * document. Each entry links to its place in the source; the view follows edits of the source.
 */
export function registerChanges(client: LanguageClient, languageId: string): vscode.Disposable & ChangesApi {
  const answers = new Map<string, ChangesResult>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const pending = new Map<string, NodeJS.Timeout>();

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(view) {
      const query = queryOf(view);
      if (!query) return '';
      // The server compares what it has open: opening the source makes sure it has it.
      await vscode.workspace.openTextDocument(vscode.Uri.parse(query.source));
      const result = await client.sendRequest<ChangesResult | null>(changesRequest, {
        uri: query.source,
        base: query.base,
      } satisfies ChangesParams);
      if (!result)
        return vscode.l10n.t('The changes could not be computed: the language server does not have the policy open.');
      answers.set(view.toString(), result);
      return result.markdown;
    },
  };

  const links: vscode.DocumentLinkProvider = {
    provideDocumentLinks(document) {
      const result = answers.get(document.uri.toString());
      const query = queryOf(document.uri);
      if (!result || !query) return [];
      const source = vscode.Uri.parse(query.source);
      return result.links
        .filter((link) => link.line < document.lineCount)
        .map((link) => {
          const { start } = link.target;
          const target = source.with({ fragment: `L${start.line + 1},${start.character + 1}` });
          const item = new vscode.DocumentLink(document.lineAt(link.line).range, target);
          item.tooltip = vscode.l10n.t('Go to the change in the policy');
          return item;
        });
    },
  };

  const pickBase = async (): Promise<string | undefined> => {
    const setting = vscode.workspace.getConfiguration('privacyPolicy').get<string>('compareWith', 'none');
    type Item = vscode.QuickPickItem & { base?: string };
    const items: Item[] = [
      ...(setting && setting !== 'none'
        ? [{ label: setting, description: vscode.l10n.t('from the setting privacyPolicy.compareWith'), base: setting }]
        : []),
      { label: 'HEAD', description: vscode.l10n.t('the last commit'), base: 'HEAD' },
      { label: 'HEAD~1', description: vscode.l10n.t('the commit before it'), base: 'HEAD~1' },
      { label: vscode.l10n.t('Another revision or policy file…') },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Show changes since …'),
      placeHolder: vscode.l10n.t('A git revision (a tag such as v2.0, origin/main) or a policy file'),
    });
    if (!picked) return undefined;
    if (picked.base) return picked.base;
    return vscode.window.showInputBox({
      title: vscode.l10n.t('Show changes since …'),
      prompt: vscode.l10n.t('A git revision (a tag such as v2.0, origin/main) or a policy file'),
      placeHolder: 'v2.0',
    });
  };

  /** Opens the view; returns its URI. `base` skips the question (tests, keybindings with arguments). */
  const show = async (argument?: unknown, base?: unknown): Promise<vscode.Uri | undefined> => {
    const active = vscode.window.activeTextEditor?.document;
    const source =
      argument instanceof vscode.Uri ? argument : active?.languageId === languageId ? active.uri : undefined;
    if (!source) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a privacy policy (*.policy.yaml) to see its changes.'),
      );
      return undefined;
    }
    const chosen = typeof base === 'string' && base.trim() ? base.trim() : await pickBase();
    if (!chosen) return undefined;
    const view = viewUri(source, chosen);
    const open = vscode.workspace.textDocuments.some((document) => document.uri.toString() === view.toString());
    const document = await vscode.workspace.openTextDocument(view);
    // A view already open is asked again: a commit or a new tag may have changed what it compares with.
    if (open) changed.fire(view);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      preview: false,
    });
    return view;
  };

  // The view follows the source: after a pause in typing, and at once when it is saved (a commit may follow).
  const refresh = (source: vscode.Uri, delay: number) => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme !== CHANGES_SCHEME || queryOf(document.uri)?.source !== source.toString()) continue;
      const key = document.uri.toString();
      clearTimeout(pending.get(key));
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          changed.fire(document.uri);
        }, delay),
      );
    }
  };

  const disposables = [
    changed,
    vscode.workspace.registerTextDocumentContentProvider(CHANGES_SCHEME, provider),
    vscode.languages.registerDocumentLinkProvider({ scheme: CHANGES_SCHEME }, links),
    vscode.commands.registerCommand('privacyPolicy.showChanges', show),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId === languageId && event.contentChanges.length) refresh(event.document.uri, 300);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId === languageId) refresh(document.uri, 0);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === CHANGES_SCHEME) answers.delete(document.uri.toString());
    }),
  ];
  return {
    lastChanges: (view) => answers.get(view.toString()),
    dispose: () => {
      for (const timer of pending.values()) clearTimeout(timer);
      for (const disposable of disposables) disposable.dispose();
    },
  };
}
