/**
 * Interned sparse features. Key terms and key-term bigrams get small integer ids for the duration of
 * one `summarize` call, so similarity is a merge of two sorted id arrays and coverage is an array
 * lookup instead of string hashing.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  id(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
    }
    return id;
  }
}

/** Distinct ids in ascending order with their counts. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
  readonly norm: number;
}

export function sparseVector(ids: readonly number[]): SparseVector {
  const sorted = [...ids].sort((a, b) => a - b);
  const out: number[] = [];
  const counts: number[] = [];
  for (const id of sorted) {
    if (out.length > 0 && out[out.length - 1] === id) counts[counts.length - 1]! += 1;
    else {
      out.push(id);
      counts.push(1);
    }
  }
  let sq = 0;
  for (const c of counts) sq += c * c;
  return { ids: Int32Array.from(out), counts: Float64Array.from(counts), norm: Math.sqrt(sq) };
}

export function cosineOf(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.counts[i++]! * b.counts[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** Share of the smaller sorted id set found in the other. */
export function overlapOf(a: Int32Array, b: Int32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / small;
}
