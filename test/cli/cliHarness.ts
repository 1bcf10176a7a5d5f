import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { PolicyDocument } from '../../server/src/service/text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';
import type { Locale } from '../../server/src/service/l10n/messages';
import { repoRoot } from '../support/paths';

export const cliBundle = path.join(repoRoot, 'server', 'out', 'cli.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a plain non-interactive shell: no colour variables, no German locale, unless a test sets them. */
export function quietEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'LC_ALL', 'LC_MESSAGES', 'TERM']) delete env[name];
  return { ...env, ...extra };
}

/** Runs the built CLI as a user's shell would: a separate process, arguments as typed, no shell expansion. */
export function runCli(
  args: readonly string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    command?: string;
    commandArgs?: readonly string[];
    /** Runs the CLI as this user (a root test that needs a folder it cannot read). */
    user?: { uid: number; gid: number };
  } = {},
): Promise<CliResult> {
  const command = options.command ?? process.execPath;
  const commandArgs = options.commandArgs ?? [cliBundle];
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...commandArgs, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? quietEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...options.user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh directory with the given files (relative path -> content); removed by the returned function. */
export function workspace(files: Record<string, string | Buffer>): {
  dir: string;
  file(relative: string): string;
  remove(): void;
} {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-policy-cli-')));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(dir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return {
    dir,
    file: (relative) => path.join(dir, relative),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** What the language service itself reports for a file: the oracle the CLI's reports are compared with. */
export function serviceDiagnostics(file: string, locale: Locale = 'en'): Diagnostic[] {
  const text = fs.readFileSync(file, 'utf8');
  return createLanguageService({ locale }).validate(
    PolicyDocument.create(pathToFileURL(file).href, 'privacy-policy', 1, text),
  );
}

/** `line:column rule` per diagnostic, 1-based, as the reports print them. */
export function placesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
}

// eslint-disable-next-line no-control-regex -- an ANSI escape starts with ESC
export const ansiEscape = /\u001b\[\d+m/;
