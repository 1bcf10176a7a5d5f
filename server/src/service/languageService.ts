import type {
  CodeAction,
  CodeActionContext,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { builtinClauses } from './clauses/builtinClauses';
import { createClauseLibrary, type ClauseLibrary } from './clauses/clauseLibrary';
import { applySuppressions, DISABLE_FILE } from './config/suppressions';
import { codeActionsFor } from './features/codeActions';
import { completeAt } from './features/completion';
import { toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { lineStartsOf } from './text/lines';
import { definitionAt, prepareRenameAt, referencesAt, renameAt } from './features/navigation';
import { documentSymbols } from './features/symbols';
import { message, type Locale } from './l10n/messages';
import type { Finding, SeveritySetting } from './model/finding';
import type { PolicyModel } from './model/model';
import type { PolicySnapshot } from './versions/snapshot';
import { BindCache, buildModel } from './model/modelBuilder';
import { internalErrorRule, runRules } from './rules/ruleCatalog';
import { isEntrySection } from './schema/policySchema';
import { ChunkCache, parseDocument, type ParsedDocument } from './syntax/documentParser';
import type { PolicyDocument } from './text/policyDocument';
import {
  compareWithSnapshot,
  modelOfText,
  snapshotOf,
  type CompareOptions,
  type PreviousVersion,
  type VersionComparison,
} from './versions/comparison';

export type { PreviousVersion, VersionComparison };

export interface LanguageServiceOptions {
  locale?: Locale;
  library?: ClauseLibrary;
  /** Per rule id: `off`, or the severity to report it with. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /**
   * Per document: the severities that apply to it (the repository's `.privacy-policy.json` merged with the
   * editor's settings, see config/ruleConfig.ts). When set, it is used instead of `severities`.
   */
  severitiesFor?: (uri: string) => Readonly<Record<string, SeveritySetting>>;
  /** Whether the editor understands snippet syntax in completions. */
  snippets?: boolean;
  /** Whether the editor applies snippet edits in code actions (LSP 3.18 `snippetEditSupport`). */
  snippetEdits?: boolean;
  /** Today's date; tests fix it. */
  now?: () => Date;
  /**
   * The previous version of a document (a file or a git revision, read by the caller), if one is known: the
   * checks across versions (version-not-updated, change-needs-notice, version-backwards) compare with it.
   */
  previousVersion?: (uri: string) => PreviousVersion | undefined;
}

/**
 * Everything known about one version of a document. Use it at once, in the call that asked for it: the values
 * of unchanged parts are shared with later versions, and analysing the next version moves their spans
 * (modelBuilder.ts). The service never hands out an analysis of a version older than one it has analysed.
 */
export interface PolicyAnalysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly parsed: ParsedDocument;
  readonly model: PolicyModel;
  /** Structure findings and rule findings together. */
  readonly findings: readonly Finding[];
  readonly lineStarts: readonly number[];
}

export interface PolicyLanguageService {
  analyze(document: PolicyDocument): PolicyAnalysis;
  validate(document: PolicyDocument): Diagnostic[];
  complete(document: PolicyDocument, position: Position): CompletionList;
  hover(document: PolicyDocument, position: Position): Hover | null;
  documentSymbols(document: PolicyDocument): DocumentSymbol[];
  definition(document: PolicyDocument, position: Position): Location[];
  references(document: PolicyDocument, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(document: PolicyDocument, position: Position): { range: Range; placeholder: string } | null;
  /** Throws RenameError with a message for the author when the new name cannot be used. */
  rename(document: PolicyDocument, position: Position, newName: string): WorkspaceEdit | null;
  /** Quick fixes for the diagnostics in `context`, and `source.fixAll.privacy-policy`; edits name the document version. */
  codeActions(document: PolicyDocument, range: Range, context: CodeActionContext): CodeAction[];
  /** The diff, the change notice and the checks across versions against a previous version. */
  compare(
    document: PolicyDocument,
    previous: PreviousVersion,
    options?: Pick<CompareOptions, 'escape' | 'language'>,
  ): VersionComparison;
  configure(options: LanguageServiceOptions): void;
  /** Drops what is remembered about a document that was closed. */
  forget(uri: string): void;
  readonly library: ClauseLibrary;
}

interface DocumentState {
  readonly chunks: ChunkCache;
  readonly bindings: BindCache;
  analysis?: PolicyAnalysis & { readonly textId: number };
}

/** The policy language, independent of any editor or transport: the LSP server, the CLI and the preview use it. */
export function createLanguageService(initial: LanguageServiceOptions = {}): PolicyLanguageService {
  const options = {
    locale: initial.locale ?? 'en',
    library: initial.library ?? createClauseLibrary(builtinClauses),
    severities: initial.severities ?? {},
    severitiesFor: initial.severitiesFor,
    snippets: initial.snippets ?? true,
    snippetEdits: initial.snippetEdits ?? false,
    now: initial.now ?? (() => new Date()),
    previousVersion: initial.previousVersion,
  };
  const states = new Map<string, DocumentState>();
  /** What is known of each document's previous version (its snapshot for the diff), while its text stays the same. */
  const previousSnapshots = new Map<string, { readonly text: string; readonly snapshot: PolicySnapshot }>();
  const previousSnapshot = (uri: string, text: string): PolicySnapshot => {
    const known = previousSnapshots.get(uri);
    if (known?.text === text) return known.snapshot;
    const snapshot = snapshotOf(modelOfText(text), options.library);
    previousSnapshots.set(uri, { text, snapshot });
    return snapshot;
  };

  function analyze(document: PolicyDocument): PolicyAnalysis {
    let state = states.get(document.uri);
    if (!state) {
      state = { chunks: new ChunkCache(), bindings: new BindCache() };
      states.set(document.uri, state);
    }
    const previous = state.analysis;
    if (previous && previous.textId === document.textId) return previous;
    // A version older than the one analysed last is read on its own, so that the newer analysis stays intact.
    if (previous && document.version < previous.version)
      return analyzeWith(document, { chunks: new ChunkCache(), bindings: new BindCache() });
    const analysis = analyzeWith(document, state);
    state.analysis = analysis;
    return analysis;
  }

  function analyzeWith(document: PolicyDocument, state: DocumentState): PolicyAnalysis & { readonly textId: number } {
    const parsed = parseDocument(document, isEntrySection, state.chunks);
    const source = parsed.source;
    const model = buildModel(parsed, state.bindings);
    // Joined from the pieces only when a feature reads it (a keystroke's validation does not), then kept with
    // the analysis, which lives until the next version is analysed.
    let joined: string | undefined;
    const text = () => (joined ??= source.toString());
    let lineStarts: number[] | undefined;
    const lines = () => (lineStarts ??= lineStartsOf(text()));
    const ruleFindings = runRules({
      model,
      get text() {
        return text();
      },
      slice: (start, end) => source.slice(start, end),
      library: options.library,
      today: options.now(),
    });
    const versionFindings = compareWithPrevious(document.uri, model);
    const findings = model.findings.concat(ruleFindings, versionFindings);
    return {
      uri: document.uri,
      version: document.version,
      textId: document.textId,
      get text() {
        return text();
      },
      parsed,
      model,
      // Line starts only where suppression comments need them: not worth a pass over the text on every keystroke.
      findings: source.includes(DISABLE_FILE)
        ? applySuppressions(findings, source.toString(), lines(), parsed)
        : findings,
      get lineStarts() {
        return lines();
      },
    };
  }

  /** The checks across versions, when the previous version is known; a failure is one finding, as for rules. */
  function compareWithPrevious(uri: string, model: PolicyModel): readonly Finding[] {
    const previous = options.previousVersion?.(uri);
    if (!previous) return [];
    try {
      return compareWithSnapshot(previousSnapshot(uri, previous.text), model, previous.label, {
        library: options.library,
      }).findings;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return [
        {
          rule: internalErrorRule.id,
          span: { start: 0, end: 0 },
          message: message('internalError', { rule: 'versions', detail }),
        },
      ];
    }
  }

  const severitiesOf = (uri: string) => (options.severitiesFor ? options.severitiesFor(uri) : options.severities);

  const featureInput = (document: PolicyDocument) => {
    const analysis = analyze(document);
    return {
      document,
      text: analysis.text,
      lineStarts: analysis.lineStarts,
      model: analysis.model,
      library: options.library,
      locale: options.locale,
    };
  };

  return {
    analyze,
    validate(document) {
      return toDiagnostics(analyze(document).findings, document, {
        locale: options.locale,
        severities: severitiesOf(document.uri),
      });
    },
    complete(document, position) {
      return completeAt(
        { ...featureInput(document), snippets: options.snippets, today: options.now() },
        document.offsetAt(position),
      );
    },
    hover(document, position) {
      return hoverAt(featureInput(document), document.offsetAt(position));
    },
    documentSymbols(document) {
      return documentSymbols(document, analyze(document).model);
    },
    definition(document, position) {
      return definitionAt(document, analyze(document).model, document.offsetAt(position));
    },
    references(document, position, includeDeclaration) {
      return referencesAt(document, analyze(document).model, document.offsetAt(position), includeDeclaration);
    },
    prepareRename(document, position) {
      const analysis = analyze(document);
      return prepareRenameAt(document, analysis.text, analysis.model, document.offsetAt(position));
    },
    rename(document, position, newName) {
      const analysis = analyze(document);
      return renameAt(document, analysis.text, analysis.model, document.offsetAt(position), newName, options.locale);
    },
    codeActions(document, range, context) {
      const analysis = analyze(document);
      return codeActionsFor(
        {
          ...analysis,
          document,
          severities: severitiesOf(document.uri),
          locale: options.locale,
          snippetEdits: options.snippetEdits,
          today: options.now(),
        },
        range,
        context,
      );
    },
    compare(document, previous, compareOptions = {}) {
      const model = analyze(document).model;
      return compareWithSnapshot(previousSnapshot(document.uri, previous.text), model, previous.label, {
        library: options.library,
        ...compareOptions,
      });
    },
    configure(update) {
      if (update.locale) options.locale = update.locale;
      if (update.library) options.library = update.library;
      // Snapshots name library clauses by their titles: a new library makes them again.
      if (update.library) previousSnapshots.clear();
      if (update.severities) options.severities = update.severities;
      if (update.severitiesFor) options.severitiesFor = update.severitiesFor;
      if (update.snippets !== undefined) options.snippets = update.snippets;
      if (update.snippetEdits !== undefined) options.snippetEdits = update.snippetEdits;
      if (update.now) options.now = update.now;
      if (update.previousVersion) options.previousVersion = update.previousVersion;
      // Rule findings depend on the library and the date: analyse again on next use.
      for (const state of states.values()) state.analysis = undefined;
    },
    forget(uri) {
      states.delete(uri);
      previousSnapshots.delete(uri);
    },
    get library() {
      return options.library;
    },
  };
}
