/**
 * The last index in [0, count) whose key is at most `value`, or -1 when every key is greater. Keys must ascend
 * with the index. Every sorted lookup of the service (lines, pieces, chunks, references) goes through this.
 */
export function lastAtOrBefore(count: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (keyAt(mid) <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
