import { fileURLToPath } from 'url';
import type { InitializeParams } from 'vscode-languageserver/node';

/**
 * The folders of the workspace on disk, from `initialize`: a file named in the settings to compare with must
 * lie in one of them. Undefined when the client names none (a single file opened): then no folder limits it.
 */
export function workspaceRoots(params: InitializeParams): readonly string[] | undefined {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots = uris.flatMap((uri) => {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) return [];
    try {
      return [fileURLToPath(uri)];
    } catch {
      return [];
    }
  });
  return roots.length ? roots : undefined;
}
