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
import { largeDocumentHover, largeDocumentSymbols } from './features/largeDocument';
import { message, type Locale } from './l10n/messages';
import type { Finding, SeveritySetting } from './model/finding';
import type { PolicyModel } from './model/model';
import type { PolicySnapshot } from './versions/snapshot';
import { BindCache, buildModel, buildModelSteps } from './model/modelBuilder';
import { internalErrorRule, runRulesSteps } from './rules/ruleCatalog';
import { isEntrySection } from './schema/policySchema';
import { ChunkCache, parseDocumentSteps, type ParsedDocument } from './syntax/documentParser';
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
import { runSteps, type Steps } from './text/steps';

/**
 * Documents with more text than this are not read (`too-large`): 2 MiB, beyond any policy (the longest realistic
 * one has about 100 KiB, the benchmark's largest 1.4 MB). Reading costs grow with the number of chunks and
 * findings, not only the length: just below the limit, the worst text measured takes 6 s and 430 MiB; above it,
 * a million keys took 24 s and 2 GiB (docs/performance.md, "Limits").
 */
export const LARGE_DOCUMENT_CHARS = 2 * 1024 * 1024;

/** `compare` of a version too large to be read (either of the two): there is nothing to compare. */
export class TooLargeToCompare extends Error {
  constructor() {
    super(`A version has more than ${LARGE_DOCUMENT_CHARS / (1024 * 1024)} MiB of text: it is not compared.`);
  }
}

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
  /** More text than LARGE_DOCUMENT_CHARS: not read; the model is empty and the one finding is `too-large`. */
  readonly tooLarge: boolean;
}

export interface PolicyLanguageService {
  analyze(document: PolicyDocument): PolicyAnalysis;
  /**
   * The analysis of a version in steps (text/steps.ts), for a caller that must stay responsive; `analyze` runs
   * them at once. One analysis runs per document: starting another, or calling any method for the document, stops
   * the one in steps (its `next()` then ends with no value).
   */
  analysisSteps(document: PolicyDocument): Steps<PolicyAnalysis>;
  /** Whether the version is analysed, so that the methods below answer without reading it. */
  isAnalyzed(document: PolicyDocument): boolean;
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
  /**
   * The diff, the change notice and the checks across versions against a previous version. Throws
   * TooLargeToCompare when either version is over LARGE_DOCUMENT_CHARS.
   */
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
  chunks: ChunkCache;
  bindings: BindCache;
  analysis?: PolicyAnalysis & { readonly textId: number };
  /** The analysis being made in steps, if one is. */
  running?: Steps<PolicyAnalysis>;
  /** A version whose analysis threw: asked again, it throws again at once instead of being read again. */
  failed?: { readonly textId: number; readonly error: unknown };
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

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      state = { chunks: new ChunkCache(), bindings: new BindCache() };
      states.set(uri, state);
    }
    return state;
  }

  /** Stops the analysis in steps, if any: its caches stay usable, the analysis before it is dropped (see below). */
  function stop(state: DocumentState): void {
    const running = state.running;
    state.running = undefined;
    running?.return(undefined as never);
  }

  function analysisSteps(document: PolicyDocument): Steps<PolicyAnalysis> {
    const state = stateOf(document.uri);
    const previous = state.analysis;
    if (previous && previous.textId === document.textId) return done(previous);
    if (state.failed?.textId === document.textId) return failing(state.failed.error);
    // A version older than the one analysed last is read on its own, so that the newer analysis stays intact.
    if (previous && document.version < previous.version)
      return analyzeWith(document, { chunks: new ChunkCache(), bindings: new BindCache() });
    stop(state);
    const run: { steps?: Steps<PolicyAnalysis> } = {};
    run.steps = tracked(document, state, run);
    state.running = run.steps;
    return run.steps;
  }

  function* tracked(
    document: PolicyDocument,
    state: DocumentState,
    run: { steps?: Steps<PolicyAnalysis> },
  ): Steps<PolicyAnalysis> {
    let finished = false;
    try {
      const analysis = yield* analyzeWith(document, state);
      state.analysis = analysis;
      finished = true;
      return analysis;
    } catch (error) {
      state.failed = { textId: document.textId, error };
      throw error;
    } finally {
      if (state.running === run.steps) state.running = undefined;
      // Stopped half-way, it may have moved bindings the analysis before shares: that one no longer holds.
      if (!finished) state.analysis = undefined;
    }
  }

  function analyze(document: PolicyDocument): PolicyAnalysis {
    return runSteps(analysisSteps(document));
  }

  function* analyzeWith(
    document: PolicyDocument,
    state: DocumentState,
  ): Steps<PolicyAnalysis & { readonly textId: number }> {
    if (document.text.length > LARGE_DOCUMENT_CHARS) return tooLarge(document, state);
    const parsed = yield* parseDocumentSteps(document, isEntrySection, state.chunks);
    const source = parsed.source;
    const model = yield* buildModelSteps(parsed, state.bindings);
    // Joined from the pieces only when a feature reads it (a keystroke's validation does not), then kept with
    // the analysis, which lives until the next version is analysed.
    let joined: string | undefined;
    const text = () => (joined ??= source.toString());
    let lineStarts: number[] | undefined;
    const lines = () => (lineStarts ??= lineStartsOf(text()));
    const ruleFindings = yield* runRulesSteps({
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
      tooLarge: false,
    };
  }

  /** A document too large to read: one finding, an empty model, and the caches of its smaller versions let go. */
  function tooLarge(document: PolicyDocument, state: DocumentState): PolicyAnalysis & { readonly textId: number } {
    state.chunks = new ChunkCache();
    state.bindings = new BindCache();
    const source = document.text;
    const parsed: ParsedDocument = { source, chunks: [] };
    const newline = source.indexOf('\n');
    const firstLineEnd = newline < 0 ? source.length : newline;
    return {
      uri: document.uri,
      version: document.version,
      textId: document.textId,
      get text() {
        return source.toString();
      },
      parsed,
      model: { ...buildModel(parsed), findings: [] },
      findings: [
        {
          rule: 'too-large',
          span: { start: 0, end: Math.min(firstLineEnd, 200) },
          message: message('tooLarge', { limit: LARGE_DOCUMENT_CHARS / (1024 * 1024) }),
        },
      ],
      get lineStarts() {
        return lineStartsOf(source.toString());
      },
      tooLarge: true,
    };
  }

  /** The checks across versions, when the previous version is known; a failure is one finding, as for rules. */
  function compareWithPrevious(uri: string, model: PolicyModel): readonly Finding[] {
    const previous = options.previousVersion?.(uri);
    // A previous version too large to be read is not compared with: reading it would cost what the limit spares.
    if (!previous || previous.text.length > LARGE_DOCUMENT_CHARS) return [];
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
    analysisSteps,
    isAnalyzed(document) {
      return states.get(document.uri)?.analysis?.textId === document.textId;
    },
    validate(document) {
      return toDiagnostics(analyze(document).findings, document, {
        locale: options.locale,
        severities: severitiesOf(document.uri),
      });
    },
    complete(document, position) {
      if (analyze(document).tooLarge) return { isIncomplete: false, items: [] };
      return completeAt(
        { ...featureInput(document), snippets: options.snippets, today: options.now() },
        document.offsetAt(position),
      );
    },
    hover(document, position) {
      if (analyze(document).tooLarge) return largeDocumentHover(document, document.offsetAt(position), options.locale);
      return hoverAt(featureInput(document), document.offsetAt(position));
    },
    documentSymbols(document) {
      const analysis = analyze(document);
      return analysis.tooLarge ? largeDocumentSymbols(document) : documentSymbols(document, analysis.model);
    },
    definition(document, position) {
      return definitionAt(document, analyze(document).model, document.offsetAt(position));
    },
    references(document, position, includeDeclaration) {
      return referencesAt(document, analyze(document).model, document.offsetAt(position), includeDeclaration);
    },
    prepareRename(document, position) {
      const analysis = analyze(document);
      if (analysis.tooLarge) return null;
      return prepareRenameAt(document, analysis.text, analysis.model, document.offsetAt(position));
    },
    rename(document, position, newName) {
      const analysis = analyze(document);
      if (analysis.tooLarge) return null;
      return renameAt(document, analysis.text, analysis.model, document.offsetAt(position), newName, options.locale);
    },
    codeActions(document, range, context) {
      const analysis = analyze(document);
      if (analysis.tooLarge) return [];
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
      if (analyze(document).tooLarge || previous.text.length > LARGE_DOCUMENT_CHARS) throw new TooLargeToCompare();
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
      for (const state of states.values()) {
        stop(state);
        state.analysis = undefined;
        state.failed = undefined;
      }
    },
    forget(uri) {
      const state = states.get(uri);
      if (state) stop(state);
      states.delete(uri);
      previousSnapshots.delete(uri);
    },
    get library() {
      return options.library;
    },
  };
}

// eslint-disable-next-line require-yield -- steps that are done before they start
function* done<T>(value: T): Steps<T> {
  return value;
}

// eslint-disable-next-line require-yield -- steps that fail as the first attempt failed
function* failing<T>(error: unknown): Steps<T> {
  throw error;
}
