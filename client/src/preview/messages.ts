/**
 * The messages between the preview webview and the extension. Both directions are plain data; what comes
 * from the webview is checked against an allow-list of types and shapes before anything acts on it.
 */
import type { PageLanguage } from '../../../shared/protocol';

/** Extension -> webview. */
export type HostMessage =
  | { readonly type: 'update'; readonly html: string; readonly version: number; readonly title: string }
  | { readonly type: 'scrollToLine'; readonly line: number };

/**
 * Webview -> extension: the user scrolled the preview, double-clicked a place to edit it, or chose the
 * language of the page.
 */
export type WebviewMessage =
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'openLine'; readonly line: number }
  | { readonly type: 'language'; readonly language: PageLanguage };

const lineTypes: ReadonlySet<string> = new Set(['revealLine', 'openLine']);
const languages: ReadonlySet<string> = new Set<PageLanguage>(['de', 'en']);

/** The message if it is one the preview may send, else undefined; `lineCount` bounds the line. */
export function parseWebviewMessage(raw: unknown, lineCount: number): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 2 || !keys.includes('type')) return undefined;
  const { type, line, language } = raw as { type: unknown; line: unknown; language: unknown };
  if (type === 'language')
    return typeof language === 'string' && languages.has(language)
      ? { type, language: language as PageLanguage }
      : undefined;
  if (typeof type !== 'string' || !lineTypes.has(type) || !keys.includes('line')) return undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0 || line >= Math.max(lineCount, 1))
    return undefined;
  return { type: type as 'revealLine' | 'openLine', line };
}
