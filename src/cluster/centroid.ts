import type { TermVector } from './vector.js';

/**
 * The sum of its documents' tf-idf vectors (each with the IDF of its arrival time) and the sum of
 * squares of those sums, kept exact as documents are added. Holds at most `cap` terms: past
 * 2 × cap it keeps the cap heaviest (amortized). Term ids and sums live in parallel typed arrays,
 * in the order the terms first entered: scoring reads them directly, and adding a document
 * allocates nothing (no boxed numbers, no map entries, no packed copy to rebuild), which keeps
 * the garbage collector's work per document from growing with the number of open stories.
 */
export interface Centroid {
  ids: Int32Array;
  sums: Float64Array;
  /** Terms held: the first `size` entries of `ids` and `sums`. */
  size: number;
  squares: number;
}

export const emptyCentroid = (): Centroid => ({ ids: new Int32Array(32), sums: new Float64Array(32), size: 0, squares: 0 });

/**
 * Adds a vector (distinct term ids) to a centroid. `slots` is scratch owned by the caller: -1 at
 * every term id (so at least as long as the vocabulary), and left so.
 */
export function addToCentroid(c: Centroid, v: Pick<TermVector, 'terms' | 'weights'>, cap: number, slots: Int32Array): void {
  if (c.size + v.terms.length > c.ids.length) grow(c, c.size + v.terms.length);
  for (let j = 0; j < c.size; j++) slots[c.ids[j]!] = j;
  for (let i = 0; i < v.terms.length; i++) {
    const term = v.terms[i]!;
    let slot = slots[term]!;
    const old = slot === -1 ? 0 : c.sums[slot]!;
    const sum = old + v.weights[i]!;
    c.squares += sum * sum - old * old;
    if (slot === -1) {
      slot = c.size++;
      c.ids[slot] = term;
    }
    c.sums[slot] = sum;
  }
  for (let j = 0; j < c.size; j++) slots[c.ids[j]!] = -1;
  if (c.size > 2 * cap) prune(c, cap);
}

function grow(c: Centroid, needed: number): void {
  const capacity = Math.max(needed, c.ids.length * 2);
  const ids = new Int32Array(capacity);
  ids.set(c.ids.subarray(0, c.size));
  const sums = new Float64Array(capacity);
  sums.set(c.sums.subarray(0, c.size));
  c.ids = ids;
  c.sums = sums;
}

/** Keeps the `cap` heaviest terms (ties: lower id), heaviest first, with their sum of squares recomputed. */
function prune(c: Centroid, cap: number): void {
  const order = Array.from({ length: c.size }, (_, i) => i).sort((a, b) => c.sums[b]! - c.sums[a]! || c.ids[a]! - c.ids[b]!);
  const keep = order.slice(0, cap);
  const ids = keep.map((i) => c.ids[i]!);
  const sums = keep.map((i) => c.sums[i]!);
  c.squares = 0;
  for (let i = 0; i < keep.length; i++) {
    c.ids[i] = ids[i]!;
    c.sums[i] = sums[i]!;
    c.squares += sums[i]! * sums[i]!;
  }
  c.size = keep.length;
}

/** The centroid's terms heaviest first (ties: lower id), as a vector to add to another centroid. */
export function rankedTerms(c: Centroid): { terms: number[]; weights: number[] } {
  const order = Array.from({ length: c.size }, (_, i) => i).sort((a, b) => c.sums[b]! - c.sums[a]! || c.ids[a]! - c.ids[b]!);
  return { terms: order.map((i) => c.ids[i]!), weights: order.map((i) => c.sums[i]!) };
}

/**
 * Cosine between a document and a centroid. `weights` holds the document's weight at each term id
 * (zero elsewhere): the caller spreads the document once and scores every candidate against it.
 */
export function cosine(weights: Float64Array, norm: number, c: Centroid): number {
  if (norm === 0 || c.squares <= 0) return 0;
  let dot = 0;
  for (let i = 0; i < c.size; i++) {
    const w = weights[c.ids[i]!];
    if (w !== undefined && w !== 0) dot += w * c.sums[i]!;
  }
  return Math.min(1, dot / (norm * Math.sqrt(c.squares)));
}
