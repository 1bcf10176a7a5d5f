/**
 * The page around a rendered policy body: for the VS Code preview (strict CSP with the webview's source and a
 * fresh nonce, the preview script and theme stylesheet) or as a standalone file to publish (no script, the
 * stylesheet allowed by its hash). The body is the same in both. Pure apart from `crypto`; the VS Code client
 * imports this file too.
 */
import { createHash, randomBytes } from 'crypto';
import { el, fragment, verbatim } from './html';
import { policyStyles, standalonePageStyles } from './styles';

export type DocumentOptions =
  | {
      readonly mode: 'preview';
      /** `webview.cspSource`: where the webview may load the script and stylesheet from. */
      readonly cspSource: string;
      /** Webview URIs of media/out/preview.js and media/preview.css. */
      readonly scriptUri: string;
      readonly styleUri: string;
    }
  /** A page to publish: no script, the stylesheets allowed by their hashes. */
  | { readonly mode: 'standalone' };

/** The id of the element whose content the preview replaces in place on each update (media/src/preview.ts). */
export const POLICY_ROOT_ID = 'policy-root';

/** A fresh nonce for each page, from the operating system's random source. */
export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The webview's source list goes into the CSP verbatim (VS Code gives e.g. `'self' https://*.vscode-cdn.net`):
 * refuse anything but host sources and `'self'`, so nothing can add a directive or a keyword such as
 * `'unsafe-inline'`.
 */
function checkedSource(source: string): string {
  const tokens = source.split(' ');
  if (!tokens.every((token) => token === "'self'" || /^[A-Za-z0-9+.*:/_-]+$/.test(token)))
    throw new Error(`unexpected CSP source: ${JSON.stringify(source)}`);
  return source;
}

export function contentSecurityPolicy(options: DocumentOptions, nonce: string): string {
  const common = "default-src 'none'; base-uri 'none'; form-action 'none'";
  if (options.mode === 'preview')
    return `${common}; style-src ${checkedSource(options.cspSource)} 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  return `${common}; style-src ${hash(policyStyles)} ${hash(standalonePageStyles)}`;
}

/** A whole HTML page around a body rendered by `renderPolicyBody`. */
export function renderDocument(
  body: { readonly html: string; readonly title: string; readonly language?: string; readonly draft?: boolean },
  options: DocumentOptions,
): string {
  const nonce = createNonce();
  const preview = options.mode === 'preview';
  const head = el(
    'head',
    {},
    el('meta', { charset: 'utf-8' }),
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options, nonce) }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'referrer', content: 'no-referrer' }),
    el('title', {}, body.title),
    el('style', { nonce: preview ? nonce : undefined }, verbatim(policyStyles)),
    preview ? undefined : el('style', {}, verbatim(standalonePageStyles)),
    // A draft is not for search engines, wherever someone puts it.
    body.draft ? el('meta', { name: 'robots', content: 'noindex' }) : undefined,
    options.mode === 'preview' ? el('link', { rel: 'stylesheet', href: options.styleUri }) : undefined,
  );
  const page = el(
    'html',
    { lang: body.language ?? 'de' },
    head,
    el(
      'body',
      { class: preview ? 'preview' : 'standalone' },
      el('div', { id: POLICY_ROOT_ID }, verbatim(body.html)),
      options.mode === 'preview' ? el('script', { nonce, src: options.scriptUri }) : undefined,
    ),
  );
  return fragment(verbatim('<!DOCTYPE html>\n'), page).html;
}

/**
 * The body with its own stylesheet, to embed in a page the site already has (a CMS): every rule is scoped under
 * the article's class, so neither the site's styles nor ours reach the other's elements.
 */
export function renderFragment(body: { readonly html: string }): string {
  return fragment(el('style', {}, verbatim(policyStyles)), verbatim(body.html)).html;
}
