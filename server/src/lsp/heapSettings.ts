/**
 * How the server's JavaScript heap may grow. V8 doubles its young generation whenever much of it survives, which
 * opening a large policy does (the chunks and the model outlive several young collections); it then keeps 32 MiB
 * for it for good, though a keystroke in a 20,000-line policy allocates about 2.5 MiB. Keeping the young
 * generation at its initial 1 MiB per half costs a keystroke about a millisecond there and saves 20-25 MiB of
 * resident memory (measured with `npm run bench`).
 */
import { setFlagsFromString } from 'v8';

export function keepYoungGenerationSmall(): void {
  // Must run before the heap has grown; a V8 that no longer knows the flag says so on stderr and changes nothing.
  setFlagsFromString('--semi-space-growth-factor=1');
}
