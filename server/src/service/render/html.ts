/**
 * HTML built only through this module, so text cannot reach the page unescaped: `el` escapes every string
 * child and attribute value, and an `Html` value can only be made here. Tag and attribute names are the
 * renderer's own literals, never author text.
 */

const brand: unique symbol = Symbol('html');

export interface Html {
  readonly [brand]: true;
  readonly html: string;
}

function trusted(html: string): Html {
  return { [brand]: true, html };
}

export type Child = Html | string | number | false | null | undefined | readonly Child[];
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]);
}

function isHtml(child: Child): child is Html {
  return typeof child === 'object' && child !== null && brand in child;
}

export function fragment(...children: Child[]): Html {
  let html = '';
  const add = (child: Child): void => {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) for (const inner of child as readonly Child[]) add(inner);
    else if (isHtml(child)) html += child.html;
    else html += escapeHtml(String(child));
  };
  for (const child of children) add(child);
  return trusted(html);
}

const voidElements = new Set(['br', 'meta', 'link', 'hr']);
const blockElements = new Set([
  'div',
  'article',
  'section',
  'header',
  'nav',
  'aside',
  'p',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'table',
  'thead',
  'tbody',
  'tr',
  'head',
  'body',
  'html',
  'meta',
  'link',
  'style',
  'script',
  'title',
]);

/** An element; `true` attributes are written bare, `false` and `undefined` ones left out. */
export function el(tag: string, attributes: Attributes, ...children: Child[]): Html {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  open += '>';
  const close = voidElements.has(tag) ? '' : `</${tag}>`;
  return trusted(open + fragment(...children).html + close + (blockElements.has(tag) ? '\n' : ''));
}

/** Text the renderer writes itself, such as a stylesheet or the doctype, that must not be escaped. */
export function verbatim(html: string): Html {
  return trusted(html);
}

const emailPattern = /^[^\s@<>"'()[\]\\,;:]+@[^\s@<>"'()[\]\\,;:]+\.[^\s@<>"'()[\]\\,;:]+$/;

/**
 * The link target for an address from the policy, or undefined when it must stay text: only http(s) URLs
 * and plain e-mail addresses become links, so `javascript:`, `data:` or `command:` can never be clicked.
 */
export function safeHref(address: string): string | undefined {
  const trimmed = address.trim();
  if (emailPattern.test(trimmed)) return `mailto:${trimmed}`;
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An address as a link where that is safe, else as text. */
export function linkOrText(address: string): Html {
  const href = safeHref(address);
  return href ? el('a', { href, rel: 'noreferrer noopener' }, address) : fragment(address);
}
