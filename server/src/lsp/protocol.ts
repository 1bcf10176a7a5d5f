/**
 * The messages the server and the VS Code client exchange beyond LSP. Both sides import this file, so a
 * change of shape is a compile error on both.
 */

/** Sent after each validation, for the client's status item. */
export const validatedNotification = 'privacyPolicy/validated';

export interface ValidatedParams {
  readonly uri: string;
  readonly version: number;
  /** Time the check took, from reading the text to having the diagnostics. */
  readonly milliseconds: number;
  readonly problems: number;
}

/** Asks the server for the rendered body of a policy it has open (preview, export). */
export const renderRequest = 'privacyPolicy/render';

export interface RenderParams {
  readonly uri: string;
}

/** The body as `renderPolicyBody` makes it, for the version the server had; null when the document is not open. */
export interface RenderResult {
  readonly uri: string;
  readonly version: number;
  readonly title: string;
  readonly html: string;
  readonly gaps: number;
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
