/** Keystrokes an author makes while editing a policy, and the statistics of their timings. */

export interface Keystroke {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly text: string;
}

export interface KeystrokeSite {
  readonly line: number;
  readonly character: number;
  /** The i-th keystroke at this site: odd ones undo even ones, so the text returns to where it was. */
  change(i: number): Keystroke;
}

/**
 * Where on a line the letter is typed: at the end of a line of text, the common case, or at the start of
 * an indented line, which breaks the structure of the section until the letter is deleted again (the
 * server reads a changed chunk that reaches to the end of the section, then splits it again).
 */
export type SitePosition = 'line-end' | 'line-start';

/**
 * Places to type at, spread evenly from the top of the file to the bottom: lines that hold text (titles,
 * descriptions, clause paragraphs). Each site gets two keystrokes, a letter typed and deleted again, so the
 * document is the same after every pair and every run measures the same edits.
 */
export function keystrokeSites(text: string, keystrokes: number, position: SitePosition = 'line-end'): KeystrokeSite[] {
  const lines = text.split('\n');
  const candidates: number[] = [];
  lines.forEach((line, index) => {
    if (/^\s+(?:title|retention|legitimateInterest): \S/.test(line) || /^\s{6}[A-ZÄÖÜ][^:]*\.$/.test(line))
      candidates.push(index);
  });
  const pairs = Math.max(1, Math.floor(keystrokes / 2));
  const sites: KeystrokeSite[] = [];
  for (let p = 0; p < pairs; p++) {
    // Visit the file in an interleaved order (top, bottom, middle ...), as an author jumps around.
    const fraction = (((p * 0.618033988749895) % 1) + 1) % 1;
    const line = candidates[Math.min(candidates.length - 1, Math.floor(fraction * candidates.length))];
    const character = position === 'line-end' ? lines[line].length : 0;
    const at = { line, character };
    const typed: Keystroke = { range: { start: at, end: at }, text: 'n' };
    const deleted: Keystroke = { range: { start: at, end: { line, character: character + 1 } }, text: '' };
    sites.push({ line, character, change: () => typed }, { line, character, change: () => deleted });
  }
  return sites;
}

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
  readonly samples: number;
}

export function statistics(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return {
    median: at(0.5),
    p95: at(0.95),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    samples: sorted.length,
  };
}

export function summarize(times: readonly number[]): string {
  const s = statistics(times);
  return `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, mean ${s.mean.toFixed(1)} ms over ${s.samples}`;
}
