import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type PageLanguage, type RenderParams, type RenderResult } from '../../../shared/protocol';
import { parseWebviewMessage, type HostMessage } from './messages';

/** Set while the preview shows a policy published in several languages: the language switch is offered. */
export const MULTILINGUAL_CONTEXT = 'privacyPolicy.previewMultilingual';

/** Later renders wait for a pause in typing this long; the first one does not wait. */
const DEBOUNCE_MS = 300;

/** What the preview showed last, for the extension's API (integration tests read it). */
export interface PreviewRender {
  readonly uri: string;
  readonly version: number;
  /** The policy body as the webview received it. */
  readonly html: string;
  /** Whether the whole page was (re)loaded, or the body was updated in place. */
  readonly fullPage: boolean;
  readonly gaps: number;
  /** The language the page is shown in, and the languages the policy is published in. */
  readonly language: PageLanguage;
  readonly languages: readonly PageLanguage[];
}

/**
 * One preview panel. It shows one policy at a time and follows the editor: it renders at once when it opens
 * or switches policy, then after each pause in typing, drops answers for versions older than the one on
 * screen, and updates the page in place so the reader keeps their place.
 */
export class PolicyPreview implements vscode.Disposable {
  private resource: vscode.Uri;
  private shownVersion = -1;
  private pageLoaded = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latestRequest = 0;
  private disposed = false;
  private editorScrollFromPreview: number | undefined;
  /** The language the author chose; the policy's first language until then. */
  private language: PageLanguage | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<PreviewRender>();
  readonly onDidRender = this.rendered.event;
  lastRender: PreviewRender | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    resource: vscode.Uri,
    private readonly client: LanguageClient,
    private readonly mediaRoot: vscode.Uri,
  ) {
    this.resource = resource;
    this.disposables.push(
      this.rendered,
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      // A hidden webview forgets its page; show the current state again when it comes back.
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.pageLoaded = false;
        else if (!this.pageLoaded) this.render();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === this.resource.toString() && event.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.onEditorScrolled(event)),
    );
    this.updateTitle();
    this.render();
  }

  get uri(): vscode.Uri {
    return this.resource;
  }

  /** Shows the page in another of the policy's languages, at once, keeping the reader's place. */
  switchLanguage(language: PageLanguage): void {
    if (language === this.language && this.lastRender?.language === language) return;
    this.language = language;
    this.render();
  }

  /** The language the preview shows, for "Export HTML": what the author sees is what is exported. */
  get shownLanguage(): PageLanguage | undefined {
    return this.lastRender?.uri === this.resource.toString() ? this.lastRender.language : undefined;
  }

  /** Shows another policy: at once, as a fresh page. */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.resource.toString()) return;
    this.resource = resource;
    this.shownVersion = -1;
    this.pageLoaded = false;
    this.updateTitle();
    this.render();
  }

  /** Renders after a pause in typing; every change restarts the wait. */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, DEBOUNCE_MS);
  }

  /** Asks the server for the body of the current version and shows it, unless something newer is on screen. */
  render(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const request = ++this.latestRequest;
    const uri = this.resource.toString();
    // A hidden webview keeps only its page, not the updates posted to it: while hidden, ask for whole pages.
    const media = (file: string) =>
      this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, file)).toString();
    const page =
      !this.pageLoaded || !this.panel.visible
        ? {
            mode: 'preview' as const,
            cspSource: this.panel.webview.cspSource,
            scriptUri: media('out/preview.js'),
            styleUri: media('preview.css'),
          }
        : undefined;
    this.client
      .sendRequest<RenderResult | null>(renderRequest, { uri, page, language: this.language } satisfies RenderParams)
      .then((result) => this.apply(request, uri, result))
      .catch((error: unknown) => {
        // While the server restarts, requests fail; the preview renders again once it runs.
        if (!this.disposed && this.client.isRunning())
          void vscode.window.showErrorMessage(
            vscode.l10n.t(
              'The preview could not be rendered: {0}',
              error instanceof Error ? error.message : String(error),
            ),
          );
      });
  }

  private apply(request: number, uri: string, result: RenderResult | null): void {
    if (this.disposed || uri !== this.resource.toString()) return;
    // Never an older version over a newer one: a later request, or a newer version on screen, wins.
    if (!result || request < this.latestRequest || result.version < this.shownVersion) return;
    // The whole page when one was asked for (first render, hidden webview); else the body is updated in place.
    const fullPage = result.page !== undefined;
    if (result.page !== undefined) {
      this.panel.webview.html = result.page;
      this.pageLoaded = true;
    } else if (!this.pageLoaded || !this.panel.visible) {
      // The page was lost (hidden) after this render was asked for: ask again, for a whole page.
      this.pageLoaded = false;
      this.render();
      return;
    } else {
      this.post({ type: 'update', html: result.html, version: result.version, title: result.title });
    }
    this.shownVersion = result.version;
    this.lastRender = {
      uri,
      version: result.version,
      html: result.html,
      fullPage,
      gaps: result.gaps,
      language: result.language,
      languages: result.languages,
    };
    void vscode.commands.executeCommand('setContext', MULTILINGUAL_CONTEXT, result.languages.length > 1);
    this.rendered.fire(this.lastRender);
    // The server answered for the version it had; if the editor has moved on, catch up.
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
    if (document && document.version > result.version && !this.timer) this.schedule();
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const editor = this.sourceEditor();
    const document =
      editor?.document ??
      vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === this.resource.toString());
    const message = parseWebviewMessage(raw, document?.lineCount ?? 0);
    if (!message) return;
    if (message.type === 'language') {
      this.switchLanguage(message.language);
      return;
    }
    const position = new vscode.Position(message.line, 0);
    if (message.type === 'revealLine') {
      if (!editor) return;
      this.editorScrollFromPreview = message.line;
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
      return;
    }
    void vscode.window.showTextDocument(this.resource, {
      viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
  }

  private onEditorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (
      event.textEditor.document.uri.toString() !== this.resource.toString() ||
      !event.visibleRanges.length ||
      !this.pageLoaded
    )
      return;
    const line = event.visibleRanges[0].start.line;
    // The preview scrolled the editor: do not scroll the preview back.
    if (this.editorScrollFromPreview !== undefined) {
      const fromPreview = this.editorScrollFromPreview;
      this.editorScrollFromPreview = undefined;
      if (Math.abs(fromPreview - line) <= 1) return;
    }
    this.post({ type: 'scrollToLine', line });
  }

  private sourceEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find(
      (editor) => editor.document.uri.toString() === this.resource.toString(),
    );
  }

  private updateTitle(): void {
    const name = this.resource.path.split('/').pop() ?? this.resource.path;
    this.panel.title = vscode.l10n.t('Preview {0}', name);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    void vscode.commands.executeCommand('setContext', MULTILINGUAL_CONTEXT, false);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
