import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { PRODUCT_VERSION, SERVER_NAME } from '../../../shared/product';
import { mergeSeverities, RULE_CONFIG_FILE } from '../service/config/ruleConfig';
import { FIX_ALL_KIND } from '../service/features/codeActions';
import { createLanguageService } from '../service/languageService';
import { AnalysisRunner } from './analysisRunner';
import { ConfigFiles } from './configFiles';
import { policyDocuments } from './documents';
import { registerRequests, type Lifecycle } from './requests';
import { Settings } from './settings';
import { Validation } from './validation';
import { registerChangesRequest } from './changes';
import { PreviousVersions } from './previousVersions';
import { WorkspaceFolders } from './workspaceFolders';

/** Wires the language service to an LSP connection: documents, settings, configuration files, checks, requests. */
export function startLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(policyDocuments);
  // A file named in the settings to compare with must lie in a workspace folder; with none (a single file
  // opened), no folder limits it.
  const workspaceRoots = () => (folders.roots.all.length ? folders.roots.all : undefined);
  // The previous version of each document, for the checks across versions; one that arrives is checked again.
  const previousVersions = new PreviousVersions(
    () => settings.compareWith,
    workspaceRoots,
    (uri) => {
      service.forget(uri);
      validation.changed(uri);
    },
  );
  const service = createLanguageService({ previousVersion: (uri) => previousVersions.get(uri) });
  const lifecycle: Lifecycle = { shuttingDown: false };
  let compareWith = 'none';
  const settings = new Settings(connection, () => {
    service.configure({ locale: settings.locale });
    configFiles.publishProblems();
    validation.all();
    if (settings.compareWith !== compareWith) {
      compareWith = settings.compareWith;
      for (const document of documents.all()) void previousVersions.refresh(document.uri);
    }
  });
  const folders = new WorkspaceFolders();
  const configFiles = new ConfigFiles(connection, () => settings.locale, folders.roots);
  const runner = new AnalysisRunner(service, (uri) => documents.get(uri));
  const validation = new Validation(connection, documents, service, runner, configFiles, () => settings.locale);
  // The repository's file for each document, overridden by the editor's settings.
  service.configure({ severitiesFor: (uri) => mergeSeverities(configFiles.rulesFor(uri), settings.rules) });
  let canWatchFiles = false;
  let canTrackFolders = false;

  connection.onInitialize((params): InitializeResult => {
    settings.initialize(params);
    compareWith = settings.compareWith;
    folders.initialize(params);
    service.configure({
      locale: settings.locale,
      snippets: params.capabilities?.textDocument?.completion?.completionItem?.snippetSupport === true,
      snippetEdits: params.capabilities?.workspace?.workspaceEdit?.snippetEditSupport === true,
    });
    canWatchFiles = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canTrackFolders = params.capabilities?.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        hoverProvider: true,
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: PRODUCT_VERSION },
    };
  });
  connection.onInitialized(() => {
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${RULE_CONFIG_FILE}` }] })
        .catch(() => undefined);
    }
    if (canTrackFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders.changed(event);
        configFiles.reload(documents.all().map((document) => document.uri));
        validation.all();
      });
    }
    settings.initialized();
  });
  connection.onDidChangeConfiguration((change) => settings.didChangeConfiguration(change?.settings));
  connection.onDidChangeWatchedFiles((params) => {
    if (
      configFiles.filesChanged(
        params,
        documents.all().map((document) => document.uri),
      )
    )
      validation.all();
  });
  // Fired on open as well as on every change.
  documents.onDidChangeContent((event) => validation.changed(event.document.uri));
  documents.onDidClose((event) => {
    previousVersions.forget(event.document.uri);
    validation.closed(event.document.uri);
  });
  // A commit or a new tag is seen when the document is opened or saved again.
  documents.onDidOpen((event) => void previousVersions.refresh(event.document.uri));
  documents.onDidSave((event) => void previousVersions.refresh(event.document.uri));
  registerRequests(connection, documents, service, runner, lifecycle);
  registerChangesRequest(connection, {
    documents,
    service,
    lifecycle,
    locale: () => settings.locale,
    compareWith: () => settings.compareWith,
    roots: workspaceRoots,
  });
  connection.onShutdown(() => {
    lifecycle.shuttingDown = true;
    validation.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
