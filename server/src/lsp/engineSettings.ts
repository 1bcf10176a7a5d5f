/**
 * How the server's JavaScript engine spends memory. A language server runs beside the editor for hours, so it
 * trades a little speed on the largest policies for a smaller footprint; measured with `npm run bench` at
 * 20,000 lines (resident memory right after 40 keystrokes, and after 40 more at the starts of lines):
 * - The young generation stays at its initial size. V8 doubles it whenever much of it survives, which opening
 *   a large policy does, and then keeps 32 MiB for good, though a keystroke allocates about 2.5 MiB. Saves
 *   20-25 MiB; costs a keystroke about a millisecond.
 * - The old generation may grow by a fifth over what survived the last full collection, not by V8's default of
 *   up to four times: re-reading the rest of a broken section made it grow to 148 MiB; 93 MiB with this.
 * - No optimizing compiler (TurboFan). Its own code is 4 MiB of the Node binary, and its working memory, freed
 *   after each function, stays with the allocator of the thread it compiled on: 11 MiB together. Without it a
 *   keystroke in 20,000 lines takes 25-30 ms instead of 17-22 (median), at 1,000 and 5,000 lines no longer;
 *   reading a large chunk whole takes about twice as long (see the stray chunks in chunker.ts).
 */
import { setFlagsFromString } from 'v8';

/** Must run before the heap has grown; a V8 that no longer knows a flag says so on stderr and changes nothing. */
export function tuneEngineForMemory(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
  setFlagsFromString('--no-turbofan');
}
