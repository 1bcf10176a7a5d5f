/**
 * The messages between the preview webview and the extension. Both directions are plain data; what comes
 * from the webview is checked against an allow-list of types and shapes before anything acts on it.
 */

/** Extension -> webview. */
export type HostMessage =
  | { readonly type: 'update'; readonly html: string; readonly version: number; readonly title: string }
  | { readonly type: 'scrollToLine'; readonly line: number };

/** Webview -> extension: the user scrolled the preview, or double-clicked a place to edit it. */
export type WebviewMessage =
  { readonly type: 'revealLine'; readonly line: number } | { readonly type: 'openLine'; readonly line: number };

const allowedTypes: ReadonlySet<string> = new Set<WebviewMessage['type']>(['revealLine', 'openLine']);

/** The message if it is one the preview may send, else undefined; `lineCount` bounds the line. */
export function parseWebviewMessage(raw: unknown, lineCount: number): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 2 || !keys.includes('type') || !keys.includes('line')) return undefined;
  const { type, line } = raw as { type: unknown; line: unknown };
  if (typeof type !== 'string' || !allowedTypes.has(type)) return undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 0 || line >= Math.max(lineCount, 1))
    return undefined;
  return { type: type as WebviewMessage['type'], line };
}
