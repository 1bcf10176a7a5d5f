/**
 * Serves rendered policy pages to Chromium (launched by scripts/vscode/vscodeWeb.ts): a page with its real CSP,
 * the real preview script and stylesheet, and a stand-in for VS Code's `acquireVsCodeApi` that records what
 * the script posts. Nothing leaves 127.0.0.1.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/paths';

/** A local server for one page and the extension's media folder. */
export class PageServer {
  private page = '';
  private readonly server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(this.page);
      return;
    }
    const file = path.join(repoRoot, decodeURIComponent(url));
    if (!file.startsWith(path.join(repoRoot, 'media') + path.sep) || !fs.existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
    response.end(fs.readFileSync(file));
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this.origin;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  serve(html: string): void {
    this.page = html;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Records what the preview script posts, as VS Code's webview host would receive it. */
export const vscodeApiStub = `
  window.__posted = [];
  window.__state = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => window.__state,
    setState: (state) => { window.__state = state; },
  });
`;

/** Evaluates an expression in the page; written as text because the tests compile without the DOM library. */
export function evaluate<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/**
 * Polls an expression in the page until it is true or the deadline passes. Each poll is a plain evaluation:
 * Playwright's waitForFunction would compile the text inside the page, which the page's CSP rightly forbids.
 */
export async function waitFor(
  page: Pick<Page, 'evaluate'>,
  expression: string,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
