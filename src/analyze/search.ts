/** Index of the first item whose `start` is ≥ `offset`, by binary search (items sorted by start). */
export function firstFrom(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
