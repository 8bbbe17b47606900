/**
 * An open-addressing hash map from 32-bit keys to non-negative 32-bit values, in one typed array of key–value pairs:
 * about 11 bytes per entry at the maximum load of 3/4, against some 30 for a `Map`, and no
 * per-entry garbage. Used for LSH buckets and exact-hash lookups over hundreds of thousands of keys.
 */
export interface IntTable {
  /** The value stored under `key`, or -1. */
  get(key: number): number;
  set(key: number, value: number): void;
  readonly size: number;
}

export function createIntTable(initialCapacity = 1024): IntTable {
  let capacity = 1;
  while (capacity < initialCapacity) capacity *= 2;
  // Key and value side by side (slot i at 2i and 2i + 1): a probe touches one cache line, not two,
  // which matters once the table outgrows the caches (5 million LSH postings at 100,000 documents).
  let entries = emptyEntries(capacity);
  let size = 0;

  const slotOf = (e: Int32Array, key: number): number => {
    const mask = (e.length >> 1) - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (e[2 * slot + 1] !== -1 && e[2 * slot] !== key) slot = (slot + 1) & mask;
    return slot;
  };

  const grow = (): void => {
    const old = entries;
    entries = emptyEntries(old.length);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === -1) continue;
      const slot = slotOf(entries, old[i]!);
      entries[2 * slot] = old[i]!;
      entries[2 * slot + 1] = old[i + 1]!;
    }
  };

  return {
    get(key) {
      return entries[2 * slotOf(entries, key | 0) + 1]!;
    },
    set(key, value) {
      let slot = slotOf(entries, key | 0);
      if (entries[2 * slot + 1] === -1) {
        if ((size + 1) * 4 > (entries.length >> 1) * 3) {
          grow();
          slot = slotOf(entries, key | 0);
        }
        size++;
      }
      entries[2 * slot] = key | 0;
      entries[2 * slot + 1] = value;
    },
    get size() {
      return size;
    },
  };
}

/** Room for `capacity` slots, every one empty (value -1). */
function emptyEntries(capacity: number): Int32Array {
  const e = new Int32Array(2 * capacity);
  for (let i = 1; i < e.length; i += 2) e[i] = -1;
  return e;
}
