/**
 * A file as it was in a git revision (`HEAD`, a branch, a tag, `origin/main`, a commit, `HEAD~2`), read with
 * isomorphic-git: no process is started (the language server must not start any) and nothing is written. The
 * file system isomorphic-git gets can only read, so neither the repository nor the working tree can change,
 * whatever the library would like to do; a linked worktree (`.git` is a file) is read through its common
 * directory, which isomorphic-git does not know of.
 */
import { promises as fsp, type Stats } from 'fs';
import * as path from 'path';
import type { PromiseFsClient } from 'isomorphic-git';
import { message, type Message } from '../service/l10n/messages';

export type RevisionText =
  | { readonly text: string }
  /** The repository has the revision, but the file did not exist in it. */
  | { readonly missing: true }
  | { readonly problem: Message };

interface Repository {
  /** The folder whose `.git` it is: paths in commits are relative to it. */
  readonly root: string;
  /** What isomorphic-git reads as the git directory. */
  readonly gitdir: string;
  /** For a linked worktree: its own git directory, which holds its HEAD. */
  readonly worktreeGitdir?: string;
}

/**
 * isomorphic-git and what it brings (a quarter of the server's code) loaded when a previous version is first read,
 * not when the server starts: most authors never compare versions, and a loaded module stays in memory.
 */
const loadGit = async () => (await import('isomorphic-git')).default;

/** The text of `file` in `revision` of the repository it lies in. */
export async function readFileAtRevision(file: string, revision: string): Promise<RevisionText> {
  const git = await loadGit();
  const absolute = await realOrResolved(file);
  let repository: Repository | undefined;
  try {
    repository = await findRepository(path.dirname(absolute));
  } catch (error) {
    return { problem: message('git.unreadable', { path: file, detail: (error as Error).message }) };
  }
  if (!repository) return { problem: message('git.notRepository', { path: file, revision }) };
  const fs = readOnlyFs(repository);
  const cache = {};
  let oid: string | undefined;
  try {
    oid = await resolveRevision(fs, repository.gitdir, revision, cache);
  } catch (error) {
    return { problem: message('git.unreadable', { path: file, detail: (error as Error).message }) };
  }
  if (!oid) return { problem: message('git.unknownRevision', { revision }) };
  const filepath = path.relative(repository.root, absolute).split(path.sep).join('/');
  let blob: Uint8Array;
  try {
    ({ blob } = await git.readBlob({ fs, gitdir: repository.gitdir, oid, filepath, cache }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'NotFoundError' || code === 'ObjectTypeError') return { missing: true };
    return { problem: message('git.unreadable', { path: file, detail: (error as Error).message }) };
  }
  // As for files on disk: a NUL byte or bytes that are not UTF-8 mean this is no policy text.
  if (blob.includes(0)) return { problem: message('git.notText', { path: file, revision }) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(blob);
    return { text: text.startsWith('\ufeff') ? text.slice(1) : text };
  } catch {
    return { problem: message('git.notText', { path: file, revision }) };
  }
}

/** The commit a revision names, or undefined when the repository has no such revision. */
async function resolveRevision(fs: ReadOnlyFs, gitdir: string, revision: string, cache: object) {
  const git = await loadGit();
  // `name~2`, `name^`, `name^2`: git's ancestry suffixes, which isomorphic-git leaves to its callers.
  const match = /^(.+?)((?:[~^]\d*)*)$/.exec(revision.trim());
  if (!match || !isRefName(match[1])) return undefined;
  const [, name, suffixes] = match;
  let oid: string | undefined;
  try {
    oid = await git.resolveRef({ fs, gitdir, ref: name });
  } catch {
    if (/^[0-9a-f]{4,40}$/i.test(name)) {
      try {
        oid = await git.expandOid({ fs, gitdir, oid: name.toLowerCase(), cache });
      } catch {
        return undefined;
      }
    }
  }
  if (!oid) return undefined;
  for (const [, operator, digits] of suffixes.matchAll(/([~^])(\d*)/g)) {
    const count = digits === '' ? 1 : Number(digits);
    if (operator === '^' && count === 0) continue;
    const steps = operator === '~' ? count : 1;
    const parentIndex = operator === '^' ? count - 1 : 0;
    for (let step = 0; step < steps; step++) {
      const { commit } = await git.readCommit({ fs, gitdir, oid, cache });
      const parent = commit.parent[step === steps - 1 ? parentIndex : 0];
      if (!parent) return undefined;
      oid = parent;
    }
  }
  return oid;
}

/**
 * Whether a name can be a ref or a commit id, by git's own rules (git-check-ref-format): isomorphic-git joins a
 * ref's name onto the git directory, so a name from a setting such as `../../etc/hostname` must never reach it.
 */
export function isRefName(name: string): boolean {
  return (
    /^[A-Za-z0-9][A-Za-z0-9._/+@-]*$/.test(name) &&
    !name.includes('..') &&
    !name.includes('/.') &&
    !name.includes('//') &&
    !name.includes('@{') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock')
  );
}

/** The nearest folder at or above `start` with a `.git` directory, or a `.git` file naming one. */
async function findRepository(start: string): Promise<Repository | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotgit = path.join(dir, '.git');
    const stats = await statOrUndefined(dotgit);
    if (stats?.isDirectory()) return { root: dir, gitdir: dotgit };
    if (stats?.isFile()) {
      const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(await fsp.readFile(dotgit, 'utf8'))?.[1];
      if (pointer) {
        const gitdir = path.resolve(dir, pointer);
        const common = await fsp.readFile(path.join(gitdir, 'commondir'), 'utf8').catch(() => undefined);
        if (common === undefined) return { root: dir, gitdir };
        return { root: dir, gitdir: path.resolve(gitdir, common.trim()), worktreeGitdir: gitdir };
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fsp.stat(file);
  } catch {
    return undefined;
  }
}

async function realOrResolved(file: string): Promise<string> {
  try {
    return await fsp.realpath(file);
  } catch {
    // The file may be gone from the working tree and still be in the revision.
    const dir = await fsp.realpath(path.dirname(file)).catch(() => path.dirname(path.resolve(file)));
    return path.join(dir, path.basename(file));
  }
}

type ReadOnlyFs = PromiseFsClient;

/**
 * The file system isomorphic-git reads through: the read calls of Node's, and every write refused. For a linked
 * worktree, HEAD is the worktree's own; everything else comes from the common git directory.
 */
function readOnlyFs(repository: Repository): ReadOnlyFs {
  const redirect = (file: string): string => {
    const worktree = repository.worktreeGitdir;
    if (!worktree || typeof file !== 'string') return file;
    return path.resolve(file) === path.join(repository.gitdir, 'HEAD') ? path.join(worktree, 'HEAD') : file;
  };
  const refuse = async (): Promise<never> => {
    throw Object.assign(new Error('privacy-policy reads git repositories and never writes to them'), { code: 'EROFS' });
  };
  return {
    promises: {
      readFile: (file: string, options?: unknown) => fsp.readFile(redirect(file), options as never),
      readdir: (dir: string) => fsp.readdir(dir),
      stat: (file: string) => fsp.stat(redirect(file)),
      lstat: (file: string) => fsp.lstat(redirect(file)),
      readlink: (file: string) => fsp.readlink(file),
      writeFile: refuse,
      mkdir: refuse,
      rmdir: refuse,
      unlink: refuse,
      symlink: refuse,
      chmod: refuse,
    },
  };
}
