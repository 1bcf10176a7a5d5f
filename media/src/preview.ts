/**
 * The script of the policy preview webview: replaces the policy in place on updates (keeping the reader's
 * place), keeps the preview and the editor scrolled together through the `data-line` attributes, and asks
 * the extension to open the source line on double-click, and passes on the choice of the page's language.
 * It loads nothing and runs nothing it is sent.
 */
import type { HostMessage, WebviewMessage } from '../../client/src/preview/messages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: { line: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
// POLICY_ROOT_ID of server/src/service/render/document.ts (importing it would bundle Node's crypto here).
const root = document.getElementById('policy-root');

interface LineMark {
  readonly line: number;
  readonly top: number;
}

/** The first element of each source line, top to bottom, with its position in the page. */
function lineMarks(): LineMark[] {
  const marks: LineMark[] = [];
  const seen = new Set<number>();
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))) {
    const line = Number(element.dataset.line);
    if (!Number.isInteger(line) || seen.has(line) || element.getClientRects().length === 0) continue;
    seen.add(line);
    marks.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
  }
  return marks.sort((a, b) => a.top - b.top || a.line - b.line);
}

/** The marks around a line (or a page position): the last at or before it and the first after it. */
function around<K extends keyof LineMark>(
  marks: readonly LineMark[],
  key: K,
  value: number,
): [LineMark | undefined, LineMark | undefined] {
  let before: LineMark | undefined;
  let after: LineMark | undefined;
  for (const mark of marks) {
    if (mark[key] <= value && (!before || mark[key] >= before[key])) before = mark;
    if (mark[key] > value && (!after || mark[key] < after[key])) after = mark;
  }
  return [before, after];
}

/** The source line at the top of the view, interpolated between marked elements. */
function lineAtTop(): number | undefined {
  const marks = lineMarks();
  const [before, after] = around(marks, 'top', window.scrollY + 1);
  if (!before) return marks[0]?.line;
  if (!after || after.line <= before.line) return before.line;
  const fraction = (window.scrollY - before.top) / Math.max(1, after.top - before.top);
  return Math.max(before.line, Math.floor(before.line + fraction * (after.line - before.line)));
}

let ignoreScrollEvent = false;

function scrollToLine(line: number): void {
  const marks = lineMarks();
  const [before, after] = around(marks, 'line', line);
  if (!before && !after) return;
  let top = (before ?? after)!.top;
  if (before && after && after.line > before.line)
    top = before.top + ((line - before.line) / (after.line - before.line)) * (after.top - before.top);
  top = Math.max(0, Math.round(top));
  if (Math.abs(window.scrollY - top) < 1) return;
  ignoreScrollEvent = true;
  window.scrollTo(0, top);
}

function isHostMessage(data: unknown): data is HostMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'update')
    return typeof message.html === 'string' && typeof message.title === 'string' && typeof message.version === 'number';
  if (message.type === 'scrollToLine') return typeof message.line === 'number' && Number.isFinite(message.line);
  return false;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isHostMessage(event.data) || !root) return;
  const message = event.data;
  if (message.type === 'scrollToLine') {
    scrollToLine(message.line);
    return;
  }
  const anchor = anchorAtTop();
  const line = lineAtTop();
  // Parsed into an inert document first: nothing in it runs; the page's CSP forbids inline script anyway.
  const parsed = new DOMParser().parseFromString(message.html, 'text/html');
  root.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.adoptNode(node)));
  document.title = message.title;
  if (!(anchor && restoreAnchor(anchor)) && line !== undefined) scrollToLine(line);
});

/**
 * The marked block at the top of the view and how far into it the view starts. An update puts the reader back
 * at the same block and distance: the page's outline is not in source order (recipients stand after the
 * categories that name them), so a source line interpolated between neighbours could land a section away.
 */
function anchorAtTop(): { line: number; offset: number } | undefined {
  const [before] = around(lineMarks(), 'top', window.scrollY + 1);
  return before && { line: before.line, offset: window.scrollY - before.top };
}

function restoreAnchor(anchor: { line: number; offset: number }): boolean {
  const mark = lineMarks().find((candidate) => candidate.line === anchor.line);
  if (!mark) return false;
  const top = Math.max(0, Math.round(mark.top + anchor.offset));
  if (Math.abs(window.scrollY - top) >= 1) {
    ignoreScrollEvent = true;
    window.scrollTo(0, top);
  }
  return true;
}

let scrollFrame = 0;
window.addEventListener(
  'scroll',
  () => {
    if (ignoreScrollEvent) {
      ignoreScrollEvent = false;
      return;
    }
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      const line = lineAtTop();
      if (line === undefined) return;
      vscode.setState({ line });
      vscode.postMessage({ type: 'revealLine', line });
    });
  },
  { passive: true },
);

// The language switch above a policy published in several languages: the extension renders the other page.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-language]') : null;
  if (!(button instanceof HTMLElement) || button.getAttribute('aria-pressed') === 'true') return;
  const language = button.dataset.language;
  if (language === 'de' || language === 'en') vscode.postMessage({ type: 'language', language });
});

document.addEventListener('dblclick', (event) => {
  let node = event.target instanceof Node ? event.target : null;
  while (node && !(node instanceof HTMLElement && node.dataset.line !== undefined)) node = node.parentNode;
  if (!(node instanceof HTMLElement)) return;
  const line = Number(node.dataset.line);
  if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'openLine', line });
});

const saved = vscode.getState() as { line?: unknown } | undefined;
if (saved && typeof saved.line === 'number') scrollToLine(saved.line);
