import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../../shared/product';
import { validatedNotification, type ValidatedParams } from '../../shared/protocol';
import { LanguageStatus } from './languageStatus';
import { registerPreview, type PreviewApi } from './preview/previewManager';
import { registerWorkspaceCheck } from './workspaceCheck';
import { registerPolicyTasks } from './policyTasks';
import { registerChanges, type ChangesApi } from './changes';

export { LANGUAGE_ID };

/** What the extension hands to other extensions and to its integration tests. */
export interface PrivacyPolicyApi {
  readonly client: LanguageClient;
  /** Resolves once the server answered `initialize`. */
  ready(): Promise<void>;
  /** The last validation report per document URI. */
  lastValidation(uri: string): ValidatedParams | undefined;
  /** The policy preview: what it rendered last. */
  readonly preview: PreviewApi;
  /** "Show Changes Since …": the server's last answer for each view. */
  readonly changes: ChangesApi;
  /** What the language status item shows. */
  status(): { readonly text: string; readonly detail?: string };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PrivacyPolicyApi> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: 'vscode-remote' },
    ],
    // The language setting comes along at once, so the first diagnostics are already in the chosen language;
    // later changes reach the server through `synchronize` (it asks with workspace/configuration).
    initializationOptions: {
      locale: vscode.env.language,
      language: vscode.workspace.getConfiguration('privacyPolicy').get<string>('language'),
    },
    synchronize: { configurationSection: 'privacyPolicy' },
    outputChannelName: vscode.l10n.t('Privacy Policy Language Server'),
  };
  const languageClient = new LanguageClient(
    'privacyPolicy',
    vscode.l10n.t('Privacy Policy Language Server'),
    serverOptions,
    clientOptions,
  );
  client = languageClient;

  const status = new LanguageStatus(LANGUAGE_ID);
  context.subscriptions.push(status);
  const validations = new Map<string, ValidatedParams>();
  context.subscriptions.push(
    languageClient.onDidChangeState((event) =>
      status.serverState(
        event.newState === State.Running ? 'running' : event.newState === State.Starting ? 'starting' : 'stopped',
      ),
    ),
    vscode.commands.registerCommand('privacyPolicy.restartServer', async () => {
      status.serverState('starting');
      await languageClient.restart();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => validations.delete(document.uri.toString())),
  );
  context.subscriptions.push(registerWorkspaceCheck(languageClient), registerPolicyTasks(context.extensionUri));

  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  status.serverState('starting');
  await languageClient.start();
  languageClient.onNotification(validatedNotification, (params: ValidatedParams) => {
    validations.set(params.uri, params);
    status.validated(params);
  });
  readyResolve();
  const preview = registerPreview(context, languageClient, LANGUAGE_ID);
  const changes = registerChanges(languageClient, LANGUAGE_ID);
  context.subscriptions.push(changes);

  return {
    client: languageClient,
    ready: () => ready,
    lastValidation: (uri) => validations.get(uri),
    preview,
    changes,
    status: () => status.shown(),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
