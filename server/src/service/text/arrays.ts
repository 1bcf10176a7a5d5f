/**
 * Array helpers for lists whose length the input decides: a spread (`push(...items)`, `Math.max(...items)`)
 * passes each item as an argument, and past about 100,000 of them V8 throws "Maximum call stack size exceeded".
 */

/** Appends every item, however many. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** The largest number of a list of any length; -Infinity for none, as Math.max() gives. */
export function maxOf(numbers: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < numbers.length; i++) if (numbers[i] > max) max = numbers[i];
  return max;
}
