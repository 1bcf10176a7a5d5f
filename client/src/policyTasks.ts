import * as path from 'path';
import * as vscode from 'vscode';

export const TASK_TYPE = 'privacy-policy';

interface PolicyTaskDefinition extends vscode.TaskDefinition {
  readonly type: typeof TASK_TYPE;
  /** Files, directories or globs, relative to the workspace folder; the whole folder when empty. */
  readonly files?: readonly string[];
}

/**
 * A task per workspace folder that runs the command line shipped with the extension over the folder,
 * with the `$privacy-policy` problem matcher reading its compact output. It runs the bundled CLI with
 * the editor's own Node (ELECTRON_RUN_AS_NODE), so it needs no Node installation and no npx.
 */
export class PolicyTaskProvider implements vscode.TaskProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => this.task({ type: TASK_TYPE }, folder));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const definition = task.definition as PolicyTaskDefinition;
    if (definition.type !== TASK_TYPE) return undefined;
    const scope =
      task.scope !== undefined && typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    return scope ? this.task(definition, scope, task.name) : undefined;
  }

  private task(
    definition: PolicyTaskDefinition,
    folder: vscode.WorkspaceFolder,
    name = vscode.l10n.t('Check policy files'),
  ): vscode.Task {
    const cli = path.join(this.extensionUri.fsPath, 'server', 'out', 'cli.js');
    const files = Array.isArray(definition.files)
      ? definition.files.filter((file): file is string => typeof file === 'string')
      : [];
    const execution = new vscode.ProcessExecution(
      process.execPath,
      [
        cli,
        'lint',
        '--format',
        'compact',
        '--locale',
        vscode.env.language.startsWith('de') ? 'de' : 'en',
        '--',
        ...files,
      ],
      {
        cwd: folder.uri.fsPath,
        env: { ELECTRON_RUN_AS_NODE: '1' },
      },
    );
    const task = new vscode.Task(definition, folder, name, TASK_TYPE, execution, '$privacy-policy');
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  }
}

export function registerPolicyTasks(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, new PolicyTaskProvider(extensionUri));
}
