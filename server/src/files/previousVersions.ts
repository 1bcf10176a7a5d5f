/**
 * Where the previous version of a policy comes from (the setting `privacyPolicy.compareWith` and the command
 * line's `--base`): `none`, a git revision of the same file (`HEAD`, a tag, `origin/main`, `HEAD~1`), or another
 * policy file. The language server and the command line both read it through here.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { message, type Message } from '../service/l10n/messages';
import type { PreviousVersion } from '../service/languageService';
import { readFileAtRevision } from './gitRevisions';

export type PreviousLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly version: PreviousVersion }
  /** The revision exists, but the file did not exist in it: a new policy, with nothing to compare. */
  | { readonly kind: 'missing'; readonly label: string }
  | { readonly kind: 'problem'; readonly problem: Message };

export interface PreviousOptions {
  /**
   * Folders a file to compare with must lie in (the editor's workspace folders). Settings come from the
   * workspace, which may not be trusted: without this, a setting could have any file on the disk read.
   */
  readonly roots?: readonly string[];
}

const policyName = /\.policy\.ya?ml$/i;
const fileLike = /\.(?:ya?ml|json|txt|md)$/i;

/** Whether a `compareWith` value names a file rather than a revision. */
export function namesFile(compareWith: string): boolean {
  return fileLike.test(compareWith.trim());
}

export async function loadPreviousVersion(
  file: string,
  compareWith: string,
  options: PreviousOptions = {},
): Promise<PreviousLookup> {
  const base = compareWith.trim();
  if (base === '' || base === 'none') return { kind: 'none' };
  if (!namesFile(base)) {
    const read = await readFileAtRevision(file, base);
    if ('text' in read) return { kind: 'found', version: { text: read.text, label: base } };
    if ('missing' in read) return { kind: 'missing', label: base };
    return { kind: 'problem', problem: read.problem };
  }
  if (!policyName.test(base)) return { kind: 'problem', problem: message('previous.notPolicy', { path: base }) };
  const target = path.resolve(path.dirname(file), base);
  if (options.roots && !options.roots.some((root) => isInside(target, root)))
    return { kind: 'problem', problem: message('previous.outside', { path: base }) };
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      kind: 'problem',
      problem:
        code === 'ENOENT'
          ? message('cli.input.notFound', { path: base })
          : message('cli.input.unreadable', { path: base, detail: (error as Error).message }),
    };
  }
  if (bytes.includes(0)) return { kind: 'problem', problem: message('cli.input.notText', { path: base }) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: 'found', version: { text: text.startsWith('\ufeff') ? text.slice(1) : text, label: base } };
  } catch {
    return { kind: 'problem', problem: message('cli.input.notText', { path: base }) };
  }
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(path.resolve(root), file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
