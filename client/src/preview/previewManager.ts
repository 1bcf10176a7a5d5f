import * as path from 'path';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderParams, type RenderResult } from '../../../shared/protocol';
import { PolicyPreview, type PreviewRender } from './policyPreview';

export const PREVIEW_VIEW_TYPE = 'privacyPolicy.preview';

/** What the preview offers the extension's API: integration tests watch renders through it. */
export interface PreviewApi {
  /** The last render of the open preview, if one is open. */
  lastRender(): PreviewRender | undefined;
  /** The policy the open preview shows. */
  previewedUri(): string | undefined;
  readonly onDidRender: vscode.Event<PreviewRender>;
}

/**
 * Registers "Open Preview", "Open Preview to the Side" and "Export HTML". There is one preview; it follows
 * the active policy editor, as VS Code's Markdown preview does.
 */
export function registerPreview(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  languageId: string,
): PreviewApi {
  const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media');
  const rendered = new vscode.EventEmitter<PreviewRender>();
  let preview: PolicyPreview | undefined;

  const isPolicy = (document: vscode.TextDocument | undefined): document is vscode.TextDocument =>
    document?.languageId === languageId;

  /** The policy a command acts on: its argument (explorer, editor title), else the active editor. */
  const targetOf = (argument: unknown): vscode.Uri | undefined => {
    if (argument instanceof vscode.Uri) return argument;
    const active = vscode.window.activeTextEditor?.document;
    if (isPolicy(active)) return active.uri;
    return preview?.uri;
  };

  const open = (argument: unknown, toSide: boolean): void => {
    const resource = targetOf(argument);
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a privacy policy (*.policy.yaml) to preview it.'));
      return;
    }
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (preview) {
      preview.show(resource);
      preview.panel.reveal(column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview'),
      { viewColumn: column, preserveFocus: toSide },
      { enableScripts: true, enableCommandUris: false, enableForms: false, localResourceRoots: [mediaRoot] },
    );
    const created = new PolicyPreview(panel, resource, client, mediaRoot);
    preview = created;
    const forward = created.onDidRender((render) => rendered.fire(render));
    panel.onDidDispose(() => {
      forward.dispose();
      created.dispose();
      if (preview === created) preview = undefined;
    });
  };

  const exportHtml = async (argument: unknown, target?: unknown): Promise<vscode.Uri | undefined> => {
    const resource = targetOf(argument);
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a privacy policy (*.policy.yaml) to export it.'));
      return undefined;
    }
    // The server renders what it has open; opening the document makes sure it has it.
    await vscode.workspace.openTextDocument(resource);
    const result = await client.sendRequest<RenderResult | null>(renderRequest, {
      uri: resource.toString(),
      page: { mode: 'standalone' },
    } satisfies RenderParams);
    if (!result) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The policy could not be rendered: the language server does not have it open.'),
      );
      return undefined;
    }
    const suggested = resource.with({ path: resource.path.replace(/(\.policy)?\.ya?ml$/i, '') + '.html' });
    const destination =
      target instanceof vscode.Uri
        ? target
        : await vscode.window.showSaveDialog({
            defaultUri: suggested,
            filters: { HTML: ['html'] },
            saveLabel: vscode.l10n.t('Export'),
          });
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, Buffer.from(result.page ?? '', 'utf8'));
    if (!(target instanceof vscode.Uri))
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Exported the policy to {0}.', path.basename(destination.path)),
      );
    return destination;
  };

  context.subscriptions.push(
    rendered,
    vscode.commands.registerCommand('privacyPolicy.showPreview', (argument?: unknown) => open(argument, false)),
    vscode.commands.registerCommand('privacyPolicy.showPreviewToSide', (argument?: unknown) => open(argument, true)),
    vscode.commands.registerCommand('privacyPolicy.exportHtml', exportHtml),
    // A restarted server has reopened the documents: show what it now has.
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) preview?.render();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (preview && isPolicy(editor?.document)) preview.show(editor.document.uri);
    }),
    { dispose: () => preview?.panel.dispose() },
  );

  return {
    lastRender: () => preview?.lastRender,
    previewedUri: () => preview?.uri.toString(),
    onDidRender: rendered.event,
  };
}
