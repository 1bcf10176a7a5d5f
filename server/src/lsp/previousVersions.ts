import { fileURLToPath } from 'url';
import { loadPreviousVersion, type PreviousLookup } from '../files/previousVersions';
import type { PreviousVersion } from '../service/languageService';

/**
 * The previous version of each open policy, as the setting `privacyPolicy.compareWith` names it, read from git
 * or a file without blocking: the language service asks synchronously (`get`), and a version that arrives or
 * changes has the document checked again (`changed`). It is read when a document opens or is saved and when
 * the setting changes, so a commit or a new tag is seen at the next save.
 */
export class PreviousVersions {
  private readonly known = new Map<string, PreviousLookup>();
  private readonly loading = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly compareWith: () => string,
    /** The workspace folders: a file to compare with must lie in one (settings may come from an untrusted workspace). */
    private readonly roots: () => readonly string[] | undefined,
    private readonly changed: (uri: string) => void,
  ) {}

  get(uri: string): PreviousVersion | undefined {
    const lookup = this.known.get(uri);
    return lookup?.kind === 'found' ? lookup.version : undefined;
  }

  /** Reads the previous version again; resolves when it is known. */
  async refresh(uri: string): Promise<void> {
    const ticket = ++this.generation;
    this.loading.set(uri, ticket);
    const lookup = await lookUp(uri, this.compareWith(), this.roots());
    // A later refresh (another save, a changed setting) wins over this one.
    if (this.loading.get(uri) !== ticket) return;
    this.loading.delete(uri);
    const before = this.get(uri);
    this.known.set(uri, lookup);
    const after = this.get(uri);
    if (before?.text !== after?.text || before?.label !== after?.label) this.changed(uri);
  }

  forget(uri: string): void {
    this.known.delete(uri);
    this.loading.delete(uri);
  }
}

/** The previous version of a document for a `compareWith` value: only documents on disk have one. */
export async function lookUp(
  uri: string,
  compareWith: string,
  roots: readonly string[] | undefined,
): Promise<PreviousLookup> {
  if (!uri.startsWith('file:') || compareWith.trim() === '' || compareWith.trim() === 'none') return { kind: 'none' };
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return { kind: 'none' };
  }
  return loadPreviousVersion(file, compareWith, { roots });
}
