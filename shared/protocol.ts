/**
 * The messages the server and the VS Code client exchange beyond LSP. Both sides import this file (and
 * nothing else of each other), so a change of shape is a compile error on both.
 */

/** Sent after each validation, for the client's status item. */
export const validatedNotification = 'privacyPolicy/validated';

export interface ValidatedParams {
  readonly uri: string;
  readonly version: number;
  /** Time the check took, from reading the text to having the diagnostics. */
  readonly milliseconds: number;
  /** What VS Code's Problems panel lists for the document: its errors, warnings and infos. */
  readonly problems: number;
  readonly errors: number;
  readonly warnings: number;
  /** Hints: VS Code shows them in the editor only, not in the Problems panel. */
  readonly hints: number;
}

/** Asks the server for the rendered policy it has open (preview, export). */
export const renderRequest = 'privacyPolicy/render';

/** The languages a page can be published in. */
export type PageLanguage = 'de' | 'en';

/** The page around the body: for the preview webview, or the standalone page to publish. */
export type PageOptions =
  | {
      readonly mode: 'preview';
      /** `webview.cspSource`: where the webview may load the script and stylesheet from. */
      readonly cspSource: string;
      /** Webview URIs of media/out/preview.js and media/preview.css. */
      readonly scriptUri: string;
      readonly styleUri: string;
    }
  | { readonly mode: 'standalone' };

export interface RenderParams {
  readonly uri: string;
  /** Asks for the whole page too; without it the answer holds the body only (the preview updates in place). */
  readonly page?: PageOptions;
  /**
   * For a standalone page: write it marked as a draft if the policy is not publishable. Without it, a policy
   * with errors or gaps gets no standalone page (the answer says why, the client asks the author).
   */
  readonly draft?: boolean;
  /** The page's language; the policy's first when not given or not one it is published in. */
  readonly language?: PageLanguage;
}

/** The policy as rendered for the version the server had; null when the document is not open. */
export interface RenderResult {
  readonly uri: string;
  readonly version: number;
  readonly title: string;
  /** The body: what the preview replaces in place. */
  readonly html: string;
  /** The whole page, when `page` was asked for (and, for a standalone page, it may be written). */
  readonly page?: string;
  /** Places the page would leave blank (marked in the preview). */
  readonly gaps: number;
  /** Error diagnostics of the policy, as the Problems panel shows them. */
  readonly errors: number;
  /** No errors and no gaps: the standalone page is final, not a draft. */
  readonly publishable: boolean;
  /** The language the page was rendered in. */
  readonly language: PageLanguage;
  /** The languages the policy is published in, its first language first. */
  readonly languages: readonly PageLanguage[];
}

/**
 * Checks the text of a policy file that is not open in an editor (the workspace-wide check): the client
 * reads the file and the server answers with the diagnostics it would publish if the file were open.
 */
export const checkTextRequest = 'privacyPolicy/checkText';

export interface CheckTextParams {
  readonly uri: string;
  readonly text: string;
}

export interface CheckTextResult {
  readonly diagnostics: import('vscode-languageserver-types').Diagnostic[];
}

/**
 * The changes of an open policy since its previous version ("Show Changes Since …"): the change notice as a
 * Markdown document whose entries are linked to their places in the source, with the notice to publish.
 */
export const changesRequest = 'privacyPolicy/changes';

export interface ChangesParams {
  readonly uri: string;
  /** A git revision (`HEAD`, a tag, `origin/main`) or a policy file; by default the setting `privacyPolicy.compareWith`. */
  readonly base?: string;
}

/** Where an entry of the Markdown view points: its line in the view, and its place in the source. */
export interface ChangeLink {
  readonly line: number;
  readonly target: import('vscode-languageserver-types').Range;
}

export interface ChangesResult {
  readonly uri: string;
  readonly version: number;
  /** What was compared with, as given. */
  readonly base: string;
  /** The view: a heading, the notice with each entry linked to its place; or why there is nothing to compare. */
  readonly markdown: string;
  readonly links: readonly ChangeLink[];
  /** The notice alone, as Markdown to edit and publish; absent when nothing could be compared. */
  readonly notice?: string;
  readonly needsNotice: boolean;
}
