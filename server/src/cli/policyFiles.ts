import * as nodeFs from 'fs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { message, type Message } from '../service/l10n/messages';

/** The file names the editor gives the policy language (package.json `languages`). */
export function isPolicyFileName(file: string): boolean {
  return /\.policy\.ya?ml$/i.test(file);
}

const policyPattern = '**/*.policy.{yaml,yml}';
const skipped = ['**/node_modules/**', '**/.git/**'];

export interface ResolvedInputs {
  /** Absolute paths, each once, in the order the arguments named them. */
  readonly files: readonly string[];
  /** Arguments that named nothing to check: each makes the run fail with exit code 2. */
  readonly problems: readonly Message[];
}

/**
 * Turns the command line's files, directories and globs into the policy files to check. A literal path
 * wins over a glob reading of the same text, so a file named "a[1].policy.yaml" can still be named.
 */
export async function resolveInputs(inputs: readonly string[], cwd: string): Promise<ResolvedInputs> {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: Message[] = [];
  // A file reached twice (named twice, or again through a symbolic link) is checked once.
  const add = async (file: string) => {
    const real = await fs.realpath(file).catch(() => file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(file);
  };
  for (const input of inputs.length ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(message('cli.input.unreadable', { path: input, detail: (error as Error).message }));
        continue;
      }
    }
    if (stat?.isDirectory()) {
      const { found, unreadable } = await findPolicies(policyPattern, absolute, false);
      for (const folder of unreadable)
        problems.push(
          message('cli.input.unreadableDirectory', { path: displayPath(folder.path, cwd), detail: folder.code }),
        );
      if (found.length === 0 && unreadable.length === 0)
        problems.push(message('cli.input.noneInDirectory', { path: input }));
      for (const file of found) await add(file);
    } else if (stat) {
      if (!isPolicyFileName(absolute)) problems.push(message('cli.input.notPolicy', { path: input }));
      // A FIFO or a device named like a policy: reading it could block or never end.
      else if (!stat.isFile()) problems.push(message('cli.input.notRegular', { path: input }));
      else await add(absolute);
    } else if (isDynamicPattern(toPattern(input))) {
      const { found, unreadable } = await findPolicies(toPattern(input), cwd);
      for (const folder of unreadable)
        problems.push(
          message('cli.input.unreadableDirectory', { path: displayPath(folder.path, cwd), detail: folder.code }),
        );
      const policies = found.filter(isPolicyFileName);
      if (policies.length === 0 && unreadable.length === 0)
        problems.push(message('cli.input.noMatch', { pattern: input }));
      for (const file of policies) await add(file);
    } else {
      problems.push(message('cli.input.notFound', { path: input }));
    }
  }
  return { files, problems };
}

/**
 * Symbolic links are not followed while searching: they would find the same file twice, or leave the tree.
 * Folders that cannot be listed are returned too: the glob library skips them silently, and a check that
 * skipped files must not pass.
 */
async function findPolicies(
  pattern: string,
  cwd: string,
  caseSensitiveMatch = true,
): Promise<{ found: string[]; unreadable: Array<{ path: string; code: string }> }> {
  const unreadable: Array<{ path: string; code: string }> = [];
  const readdir = ((
    dir: string,
    options: unknown,
    callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void,
  ) =>
    nodeFs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
      // A folder that is not there (the fixed start of a glob) is no folder that was skipped.
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR')
        unreadable.push({ path: path.resolve(cwd, dir), code: error.code ?? 'EIO' });
      callback(error, entries);
    })) as unknown as typeof nodeFs.readdir;
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    ignore: skipped,
    expandDirectories: false,
    caseSensitiveMatch,
    followSymbolicLinks: false,
    fs: { readdir },
  });
  return { found: found.map((file) => path.normalize(file)).sort(), unreadable };
}

/** Glob patterns use forward slashes; on Windows people type backslashes. */
function toPattern(input: string): string {
  return path.sep === '\\' ? input.replace(/\\/g, '/') : input;
}

/** How a file is named in reports: relative to the working directory when it lies inside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
