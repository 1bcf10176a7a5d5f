import * as path from 'path';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type PageLanguage, type RenderParams, type RenderResult } from '../../../shared/protocol';
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

  /** "Switch Preview Language": the language to show, from the argument, else asked among the policy's. */
  const switchLanguage = async (language?: unknown): Promise<void> => {
    const shown = preview?.lastRender;
    if (!preview || !shown) return;
    const chosen =
      typeof language === 'string' && (shown.languages as readonly string[]).includes(language)
        ? (language as PageLanguage)
        : await pickLanguage(shown.languages, shown.language);
    if (chosen) preview.switchLanguage(chosen);
  };

  /**
   * "Export HTML": the page to publish, in the language the preview shows (for a policy published in several
   * languages and no preview of it, the author picks one). A policy with errors or gaps is not exported as
   * final: the author is asked whether to export a page marked as a draft instead. `options.draft` and
   * `options.language` answer for callers that cannot be asked (tests, other extensions).
   */
  const exportHtml = async (
    argument: unknown,
    target?: unknown,
    options?: { draft?: boolean; language?: PageLanguage },
  ): Promise<vscode.Uri | undefined> => {
    const resource = targetOf(argument);
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a privacy policy (*.policy.yaml) to export it.'));
      return undefined;
    }
    // The server renders what it has open; opening the document makes sure it has it.
    await vscode.workspace.openTextDocument(resource);
    let language =
      options?.language ?? (preview?.uri.toString() === resource.toString() ? preview.shownLanguage : undefined);
    const render = (draft: boolean) =>
      client.sendRequest<RenderResult | null>(renderRequest, {
        uri: resource.toString(),
        page: { mode: 'standalone' },
        draft,
        language,
      } satisfies RenderParams);
    let result = await render(options?.draft === true);
    if (result && language === undefined && result.languages.length > 1) {
      language = await pickLanguage(result.languages, undefined);
      if (!language) return undefined;
      result = await render(options?.draft === true);
    }
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
                'The policy cannot be exported as the page to publish yet. Errors: {0}. Gaps on the page: {1}.',
                result.errors,
                result.gaps,
              ),
              { modal: true, detail: vscode.l10n.t('A draft is marked as a draft on its face and lists its gaps.') },
              asDraft,
            );
      if (answer !== asDraft) return undefined;
      result = await render(true);
      if (!result?.page) return undefined;
    }
    // The first language's page is the policy's page; another language's page says which it is.
    const suffix = result.language === result.languages[0] ? '' : `.${result.language}`;
    const suggested = resource.with({ path: resource.path.replace(/(\.policy)?\.ya?ml$/i, '') + `${suffix}.html` });
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
              'Exported the policy as a draft to {0}. Errors: {1}. Gaps on the page: {2}.',
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
    vscode.commands.registerCommand('privacyPolicy.switchPreviewLanguage', switchLanguage),
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

const languageNames: Readonly<Record<PageLanguage, string>> = { de: 'Deutsch', en: 'English' };

/** Asks which of the policy's languages to use; each language by its own name. */
async function pickLanguage(
  languages: readonly PageLanguage[],
  current: PageLanguage | undefined,
): Promise<PageLanguage | undefined> {
  const picked = await vscode.window.showQuickPick(
    languages.map((language) => ({
      label: languageNames[language],
      description: language === current ? vscode.l10n.t('shown now') : undefined,
      language,
    })),
    { placeHolder: vscode.l10n.t('Language of the page') },
  );
  return picked?.language;
}
