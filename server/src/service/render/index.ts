/**
 * Renders a policy to HTML as the German reader will see it. This is the one entry point the preview, the
 * "Export HTML" command and the command-line `render` use:
 *
 *     renderPolicyHtml(service.analyze(document), { mode: 'standalone' })
 *
 * returns a complete, publishable page (no script, strict CSP); `{ mode: 'preview', cspSource, scriptUri,
 * styleUri }` returns the page for a VS Code webview. Both contain exactly the same body
 * (`renderPolicyBody(...).html`); only the document around it differs. Output is German whatever the locale.
 */
import { builtinClauses } from '../clauses/builtinClauses';
import { createClauseLibrary, type ClauseLibrary } from '../clauses/clauseLibrary';
import { renderDocument, type DocumentOptions } from './document';
import { renderPolicyBody, type RenderInput } from './policyBody';

export type RenderPolicyOptions = DocumentOptions & {
  /** The clause library the policy's `use:` ids refer to; the built-in library by default. */
  readonly library?: ClauseLibrary;
};

let builtinLibrary: ClauseLibrary | undefined;

export function renderPolicyHtml(analysis: RenderInput, options: RenderPolicyOptions): string {
  const library = options.library ?? (builtinLibrary ??= createClauseLibrary(builtinClauses));
  return renderDocument(renderPolicyBody(analysis, library), options);
}

export { renderPolicyBody, type RenderedBody, type RenderedGap, type RenderInput } from './policyBody';
export { renderDocument, contentSecurityPolicy, POLICY_ROOT_ID, type DocumentOptions } from './document';
export { escapeHtml, safeHref } from './html';
