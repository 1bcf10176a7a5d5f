import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import { PolicyDocument } from '../service/text/policyDocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { message, type Locale, type Message } from '../service/l10n/messages';
import { displayPath } from './policyFiles';
import { createPolicyService } from './policyService';
import { LANGUAGE_ID } from '../../../shared/product';
import type { FileReport } from './report';
import type { PreviousVersion } from '../service/languageService';

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
    previous &&
      ((uri) => {
        const file = fileURLToPath(uri);
        return Object.hasOwn(previous, file) ? previous[file] : undefined;
      }),
  );
  return (file) => {
    const read = readPolicyText(file, displayPath(file, options.cwd));
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

/** The file's text as an editor would show it (UTF-8, without a byte order mark), or why it has none. */
export function readPolicyText(file: string, shownAs: string = file): { text: string } | { problem: Message } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: message('cli.input.notFound', { path: shownAs }) };
    return { problem: message('cli.input.unreadable', { path: shownAs, detail: (error as Error).message }) };
  }
  // A NUL byte never occurs in YAML text; it marks a binary file (an image, a zip) named like a policy.
  if (bytes.includes(0)) return { problem: message('cli.input.notText', { path: shownAs }) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: message('cli.input.notText', { path: shownAs }) };
  }
}
