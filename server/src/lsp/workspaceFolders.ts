import { fileURLToPath } from 'url';
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';
import { WorkspaceRoots } from '../files/workspaceRoots';

/**
 * The editor's workspace folders as paths on disk: from `initialize` (`workspaceFolders`, else `rootUri`, else
 * `rootPath`), then as `workspace/didChangeWorkspaceFolders` reports. Only `file:` folders count; values of the
 * wrong type are ignored. The server reads a configuration file only inside these folders.
 */
export class WorkspaceFolders {
  readonly roots = new WorkspaceRoots();

  initialize(params: InitializeParams): void {
    const raw = params as { workspaceFolders?: unknown; rootUri?: unknown; rootPath?: unknown };
    if (Array.isArray(raw.workspaceFolders)) this.roots.set(pathsOf(raw.workspaceFolders));
    else if (typeof raw.rootUri === 'string') this.roots.set(pathsOf([{ uri: raw.rootUri }]));
    else if (typeof raw.rootPath === 'string' && raw.rootPath !== '') this.roots.set([raw.rootPath]);
  }

  changed(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(pathsOf(Array.isArray(event?.removed) ? event.removed : []));
    const kept = this.roots.all.filter((folder) => !removed.has(folder));
    this.roots.set([...kept, ...pathsOf(Array.isArray(event?.added) ? event.added : [])]);
  }
}

function pathsOf(folders: readonly unknown[]): string[] {
  const paths = new WorkspaceRoots(
    folders.flatMap((folder) => {
      const uri = (folder as { uri?: unknown } | null)?.uri;
      if (typeof uri !== 'string' || !uri.startsWith('file:')) return [];
      try {
        return [fileURLToPath(uri)];
      } catch {
        return [];
      }
    }),
  );
  return [...paths.all];
}
