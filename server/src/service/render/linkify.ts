import type { Inline } from './page';

/**
 * E-mail addresses and https addresses in text as links; everything else stays text. Only `mailto:` and
 * `https:` are ever made (not `http:`, `javascript:` or anything else), and the address must parse. Quotation
 * marks of any language end an address.
 */
const addressPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|https:\/\/[^\s<>"'()[\]“”‘’„‚«»‹›]+/gu;

export function linkify(text: string): Inline[] {
  const inlines: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(addressPattern)) {
    // A sentence may end right after an address: its closing punctuation is not part of it.
    const address = match[0].replace(/[.,;:!?]+$/, '');
    const href = hrefOf(address);
    if (!href) continue;
    if (match.index > last) inlines.push(text.slice(last, match.index));
    inlines.push({ kind: 'link', href, text: address });
    last = match.index + address.length;
  }
  if (last < text.length) inlines.push(text.slice(last));
  return inlines;
}

function hrefOf(address: string): string | undefined {
  if (!address.startsWith('https://')) return `mailto:${address}`;
  try {
    const url = new URL(address);
    // A host has a dot: "https://" quoted in a sentence ("look for ‘https://’") is no address.
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}
