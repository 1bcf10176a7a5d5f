import * as fs from 'fs';
import * as path from 'path';
import { isInside } from './regularFile';

/**
 * The folders whose files may be read: the editor's workspace folders, or the command line's repository. A
 * configuration is looked for from a file's folder up to the outermost of these that holds it, never above.
 */
export class WorkspaceRoots {
  private folders: readonly string[];

  constructor(folders: readonly string[] = []) {
    this.folders = folders.map((folder) => path.resolve(folder));
  }

  set(folders: readonly string[]): void {
    this.folders = folders.map((folder) => path.resolve(folder));
  }

  get all(): readonly string[] {
    return this.folders;
  }

  /** The outermost folder that holds `dir`, or undefined when none does. */
  rootFor(dir: string): string | undefined {
    let found: string | undefined;
    for (const folder of this.folders)
      if (isInside(folder, dir) && (found === undefined || isInside(folder, found))) found = folder;
    return found;
  }
}

/**
 * The command line's workspace: the nearest folder at or above `cwd` that holds `.git` (a folder, or a file in a
 * worktree), else `cwd` itself. Only the existence of `.git` is looked at, never what it holds.
 */
export function repositoryRoot(cwd: string): string {
  const start = path.resolve(cwd);
  for (let dir = start; ;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
