/**
 * Renders a policy as the reader will see it. The one entry point for the preview, "Export HTML" and the
 * command line's `render`:
 *
 *     renderPolicy(service.analyze(document), { format: 'page', mode: 'publish' })
 *
 * - `format`: `page` (a standalone HTML file: no script, strict CSP), `fragment` (the article with its scoped
 *   stylesheet, to embed in a site's own page) or `markdown`;
 * - `mode`: `publish` (the final page, with no trace of the editor), `draft` (marked "Entwurf" on its face, its
 *   gaps listed) or `preview` (the VS Code preview: `data-line` for scroll sync, the gap list).
 * All of them contain the same sections in the same order (`buildPage`).
 */
import { builtinClauses } from '../clauses/builtinClauses';
import { createClauseLibrary, type ClauseLibrary } from '../clauses/clauseLibrary';
import { renderDocument, renderFragment, type DocumentOptions } from './document';
import type { Page, RenderedGap } from './page';
import { buildPage, type PageInput } from './pageBuilder';
import { pageHtml, type BodyMode } from './pageHtml';
import { languageSwitch } from './languageSwitch';
import { pageMarkdown } from './pageMarkdown';
import { pageTexts } from './pageTexts';
import type { PageLanguage } from '../clauses/policyLanguages';

export type OutputFormat = 'page' | 'fragment' | 'markdown';

export interface RenderOptions {
  readonly format: OutputFormat;
  readonly mode: BodyMode;
  /** The clause library the policy's `use:` ids refer to; the built-in library by default. */
  readonly library?: ClauseLibrary;
  /** The page's language; the policy's first language by default. */
  readonly language?: PageLanguage;
}

export interface RenderedBody {
  /** The `<article>` with everything the reader sees. */
  readonly html: string;
  /** The policy's title as plain text, for the page title. */
  readonly title: string;
  readonly gaps: readonly RenderedGap[];
  readonly language: PageLanguage;
}

let builtinLibrary: ClauseLibrary | undefined;
const defaultLibrary = () => (builtinLibrary ??= createClauseLibrary(builtinClauses));

/**
 * The body for the preview (and the page it is wrapped in): the article with `data-line` and the gap list. For
 * a policy published in several languages (`languages`), the preview's body starts with a switch between them.
 */
export function renderPolicyBody(
  input: PageInput,
  library: ClauseLibrary = defaultLibrary(),
  mode: BodyMode = 'preview',
  language?: PageLanguage,
  languages: readonly PageLanguage[] = [],
): RenderedBody {
  const page = buildPage(input, library, language);
  const body = bodyOf(page, mode);
  if (mode !== 'preview' || languages.length < 2) return body;
  return { ...body, html: languageSwitch(page.language, languages).html + body.html };
}

/** A policy in one of the output formats (see the top of this file). */
export function renderPolicy(input: PageInput, options: RenderOptions): string {
  const page = buildPage(input, options.library ?? defaultLibrary(), options.language);
  if (options.format === 'markdown') return pageMarkdown(page, options.mode === 'draft');
  const body = bodyOf(page, options.mode);
  if (options.format === 'fragment') return renderFragment(body);
  return renderDocument(body, { mode: 'standalone' });
}

/** The preview's whole page: the same body in the webview's document. */
export function renderPreviewPage(body: RenderedBody, options: Extract<DocumentOptions, { mode: 'preview' }>): string {
  return renderDocument(body, options);
}

function bodyOf(page: Page, mode: BodyMode): RenderedBody & { readonly draft: boolean } {
  const draft = mode === 'draft';
  return {
    html: pageHtml(page, mode).html,
    title: draft ? `${pageTexts[page.language].draft}: ${page.title}` : page.title,
    gaps: page.gaps,
    language: page.language,
    draft,
  };
}

export { buildPage, outline, type PageInput } from './pageBuilder';
export type { Page, RenderedGap } from './page';
export { pageLanguages, policyLanguages, isPageLanguage, type PageLanguage } from '../clauses/policyLanguages';
export type { BodyMode } from './pageHtml';
export { renderDocument, contentSecurityPolicy, POLICY_ROOT_ID, type DocumentOptions } from './document';
export { escapeHtml, safeHref } from './html';
