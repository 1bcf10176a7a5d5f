import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { PolicyDocument } from '../service/text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { message, type Locale, type Message } from '../service/l10n/messages';
import { displayPath } from './policyFiles';
import { createPolicyService } from './policyService';
import { LANGUAGE_ID } from '../../../shared/product';
import type { FileReport } from './report';
import type { PreviousVersion } from '../service/languageService';
import { isInside, readRegularFile } from '../files/regularFile';
import { repositoryRoot } from '../files/workspaceRoots';

export interface LinterOptions {
  readonly locale: Locale;
  /** Problems name files relative to this directory, as the reports do. */
  readonly cwd: string;
  /** `--base`: the previous version of each file (by absolute path), for the checks across versions. */
  readonly previous?: Readonly<Record<string, PreviousVersion>>;
}

/** Checks files one after another with one language service; each worker thread has one of these. */
export function createLinter(options: LinterOptions): (file: string) => FileReport {
  const previous = options.previous;
  const { service, ruleConfigFor } = createPolicyService(
    options.locale,
    options.cwd,
    previous &&
      ((uri) => {
        const file = fileURLToPath(uri);
        return Object.hasOwn(previous, file) ? previous[file] : undefined;
      }),
  );
  const root = repositoryRoot(options.cwd);
  return (file) => {
    const read = readPolicyText(file, displayPath(file, options.cwd), root);
    if ('problem' in read) return { file, diagnostics: [], problem: read.problem };
    const uri = pathToFileURL(file).href;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = service.validate(PolicyDocument.create(uri, LANGUAGE_ID, 1, read.text));
    } catch (error) {
      // The service isolates rules; anything escaping it is a bug that must not hide the other files.
      return {
        file,
        diagnostics: [],
        problem: message('cli.internalError', {
          path: displayPath(file, options.cwd),
          detail: error instanceof Error ? error.message : String(error),
        }),
      };
    } finally {
      service.forget(uri);
    }
    return { file, diagnostics, ruleConfig: ruleConfigFor(uri) };
  };
}

/**
 * More than any policy needs (the largest realistic one measured is 1.4 MB), and a bound on what one file can
 * make the command line hold in memory. Between the service's LARGE_DOCUMENT_BYTES and this, a file is read and
 * gets the `too-large` finding the editor shows; above it, it is not read at all.
 */
export const MAX_POLICY_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The file's text as an editor would show it (UTF-8, without a byte order mark), or why it has none. Only a
 * regular file is read (never a FIFO or device), at most MAX_POLICY_FILE_BYTES, and a file inside the workspace
 * `root` only if a symbolic link does not lead out of it.
 */
export function readPolicyText(
  file: string,
  shownAs: string = file,
  root?: string,
): { text: string } | { problem: Message } {
  const read = readRegularFile(file, {
    maxBytes: MAX_POLICY_FILE_BYTES,
    root: root !== undefined && isInside(root, path.resolve(file)) ? root : undefined,
  });
  if ('missing' in read) return { problem: message('cli.input.notFound', { path: shownAs }) };
  if ('refused' in read) {
    const refusal = read.refused;
    switch (refusal.reason) {
      case 'notRegular':
        return { problem: message('cli.input.notRegular', { path: shownAs }) };
      case 'outside':
        return { problem: message('cli.input.outside', { path: shownAs, root: root ?? '' }) };
      case 'tooLarge':
        return { problem: message('cli.input.tooLarge', { path: shownAs, max: refusal.maxBytes / (1024 * 1024) }) };
      case 'unreadable':
        return { problem: message('cli.input.unreadable', { path: shownAs, detail: refusal.code }) };
    }
  }
  const bytes = read.bytes;
  // A NUL byte never occurs in YAML text; it marks a binary file (an image, a zip) named like a policy.
  if (bytes.includes(0)) return { problem: message('cli.input.notText', { path: shownAs }) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: message('cli.input.notText', { path: shownAs }) };
  }
}
