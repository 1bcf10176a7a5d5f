import type { CancellationToken } from 'vscode-languageserver/node';
import type { PolicyLanguageService } from '../service/languageService';
import type { PolicyDocument } from '../service/text/policyDocument';
import type { Steps } from '../service/text/steps';

/**
 * Work between two looks at the connection. A keystroke's check at 20,000 lines takes about 20 ms, so it
 * runs in one or two slices; a large document's first reading yields a hundred times a second, so that new
 * edits, `$/cancelRequest` and requests about other documents are read while it runs.
 */
export const SLICE_MS = 10;

/** The analysis was stopped: a newer version arrived, or the document was closed. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
  }
}

/** The request was cancelled by the client (`$/cancelRequest`) while it waited. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Flight {
  readonly textId: number;
  readonly done: Promise<void>;
}

/**
 * Analyses documents in slices of SLICE_MS, with `setImmediate` between them. An analysis stops when the
 * document's current version is no longer the one it reads (`current` names it), or when anything else asks the
 * service about that document (see PolicyLanguageService.analysisSteps). Validation and every request wait here
 * for the analysis they need; several waiting for the same version share it.
 */
export class AnalysisRunner {
  private readonly flights = new Map<string, Flight>();

  constructor(
    private readonly service: PolicyLanguageService,
    /** The version the editor holds of a document, if it holds it open. */
    private readonly current: (uri: string) => PolicyDocument | undefined,
  ) {}

  /**
   * Resolves once `document` is analysed. Rejects with Superseded when that version's analysis was stopped, with
   * Cancelled when `token` is cancelled first (the analysis goes on for whoever else waits), or with the error
   * the analysis threw.
   */
  analyzed(document: PolicyDocument, token?: CancellationToken): Promise<void> {
    if (token?.isCancellationRequested) return Promise.reject(new Cancelled());
    if (this.service.isAnalyzed(document)) return Promise.resolve();
    let flight = this.flights.get(document.uri);
    if (!flight || flight.textId !== document.textId) flight = this.start(document);
    if (!token) return flight.done;
    const done = flight.done;
    return new Promise<void>((resolve, reject) => {
      const listener = token.onCancellationRequested(() => reject(new Cancelled()));
      done.then(resolve, reject).finally(() => listener.dispose());
    });
  }

  private start(document: PolicyDocument): Flight {
    const uri = document.uri;
    // Starting it would stop the analysis of the newer version the editor holds.
    if (this.isStale(document)) return { textId: document.textId, done: Promise.reject(new Superseded()) };
    const steps = this.service.analysisSteps(document);
    const done = new Promise<void>((resolve, reject) => {
      const slice = () => {
        if (this.isStale(document)) {
          steps.return(undefined as never);
          return reject(new Superseded());
        }
        try {
          if (this.runSlice(steps)) return resolve();
        } catch (error) {
          return reject(error);
        }
        setImmediate(slice);
      };
      slice();
    });
    const flight = { textId: document.textId, done };
    this.flights.set(uri, flight);
    const forget = () => {
      if (this.flights.get(uri) === flight) this.flights.delete(uri);
    };
    done.then(forget, forget);
    return flight;
  }

  /** Whether the editor holds a newer version of the document than this one (not when it is not open). */
  private isStale(document: PolicyDocument): boolean {
    const open = this.current(document.uri);
    return open !== undefined && open.textId !== document.textId;
  }

  /** Runs steps for up to SLICE_MS; true when they are done. Throws Superseded when they were stopped. */
  private runSlice(steps: Steps<unknown>): boolean {
    const started = performance.now();
    for (;;) {
      const step = steps.next();
      // Steps stopped from outside end with no value.
      if (step.done) {
        if (step.value === undefined) throw new Superseded();
        return true;
      }
      if (performance.now() - started >= SLICE_MS) return false;
    }
  }
}
