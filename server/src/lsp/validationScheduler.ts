/**
 * Decides when a changed document is validated. An isolated keystroke is validated at once, so the
 * author sees the result after the time the check itself takes; keystrokes that come in a burst (held
 * keys, pasting, multi-cursor edits) are coalesced into one validation of the newest version.
 */
export class ValidationScheduler {
  private readonly pending = new Map<string, { cancel(): void }>();
  private readonly lastChange = new Map<string, number>();

  constructor(
    private readonly validate: (uri: string) => void,
    /** Changes closer together than this count as one burst. */
    private readonly burstMs = 25,
    private readonly now: () => number = () => performance.now(),
  ) {}

  documentChanged(uri: string): void {
    const time = this.now();
    const previous = this.lastChange.get(uri);
    this.lastChange.set(uri, time);
    const waiting = this.pending.get(uri);
    if (waiting) waiting.cancel();
    const inBurst = waiting !== undefined || (previous !== undefined && time - previous < this.burstMs);
    this.pending.set(uri, inBurst ? this.after(uri, this.burstMs) : this.soon(uri));
  }

  documentClosed(uri: string): void {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
    this.lastChange.delete(uri);
  }

  dispose(): void {
    for (const task of this.pending.values()) task.cancel();
    this.pending.clear();
  }

  private soon(uri: string): { cancel(): void } {
    const handle = setImmediate(() => this.run(uri));
    return { cancel: () => clearImmediate(handle) };
  }

  private after(uri: string, ms: number): { cancel(): void } {
    const handle = setTimeout(() => this.run(uri), ms);
    return { cancel: () => clearTimeout(handle) };
  }

  private run(uri: string): void {
    this.pending.delete(uri);
    this.validate(uri);
  }
}
