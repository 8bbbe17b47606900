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

/** Index of the first item whose `end` is > `offset`, by binary search (items sorted and disjoint). */
export function firstEndingAfter(items: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { end: number }).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item that contains `offset` (items sorted and disjoint, such as sentences), if any. */
export function containing<T extends { readonly start: number; readonly end: number }>(items: readonly T[], offset: number): T | undefined {
  const item = items[firstEndingAfter(items, offset)];
  return item !== undefined && item.start <= offset ? item : undefined;
}
