/**
 * Work done in steps: each `next()` does a bounded piece of it (a few chunks parsed or bound, one rule) and
 * yields, so that a caller that must stay responsive (the language server) can pause between steps to read new
 * messages, and stop for good by calling `return()`. Callers that need the result at once run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many loop rounds (chunks parsed, chunks bound) between two steps: a yield costs little, but not nothing. */
export const ROUNDS_PER_STEP = 32;
