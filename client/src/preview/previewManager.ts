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

  /**
   * "Export HTML": the page to publish. A policy with errors or gaps is not exported as final: the author is
   * asked whether to export a page marked as a draft ("Entwurf") instead. `options.draft` answers for callers
   * that cannot be asked (tests, other extensions).
   */
  const exportHtml = async (
    argument: unknown,
    target?: unknown,
    options?: { draft?: boolean },
  ): Promise<vscode.Uri | undefined> => {
    const resource = targetOf(argument);
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a privacy policy (*.policy.yaml) to export it.'));
      return undefined;
    }
    // The server renders what it has open; opening the document makes sure it has it.
    await vscode.workspace.openTextDocument(resource);
    const render = (draft: boolean) =>
      client.sendRequest<RenderResult | null>(renderRequest, {
        uri: resource.toString(),
        page: { mode: 'standalone' },
        draft,
      } satisfies RenderParams);
    let result = await render(options?.draft === true);
    if (!result) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The policy could not be rendered: the language server does not have it open.'),
      );
      return undefined;
    }
    if (result.page === undefined) {
      const asDraft = vscode.l10n.t('Export as Draft');
      const answer =
        options?.draft === false
          ? undefined
          : await vscode.window.showWarningMessage(
              vscode.l10n.t(
                'The policy has {0} errors and {1} gaps, so it cannot be exported as the page to publish.',
                result.errors,
                result.gaps,
              ),
              { modal: true, detail: vscode.l10n.t('A draft says "Entwurf" on its face and lists its gaps.') },
              asDraft,
            );
      if (answer !== asDraft) return undefined;
      result = await render(true);
      if (!result?.page) return undefined;
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
    if (!(target instanceof vscode.Uri)) {
      void vscode.window.showInformationMessage(
        result.publishable
          ? vscode.l10n.t('Exported the policy to {0}.', path.basename(destination.path))
          : vscode.l10n.t(
              'Exported the policy as a draft to {0}: it still has {1} errors and {2} gaps.',
              path.basename(destination.path),
              result.errors,
              result.gaps,
            ),
      );
    }
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
