import { hashRun } from './hash.js';
import { createIntTable } from './int-table.js';

/**
 * Banded LSH over MinHash signatures: the signature is cut into `bands` bands of `rows` values; two
 * documents become candidates when any band is identical. A pair with Jaccard similarity s is a
 * candidate with probability 1 − (1 − s^rows)^bands (`candidateProbability`).
 */
export interface LshParams {
  readonly bands: number;
  readonly rows: number;
  readonly seed: number;
  /** At most this many members of one bucket are visited per query (newest first), bounding the cost of very common bands. */
  readonly maxBucketVisits: number;
}

export interface LshIndex {
  /** Indexes `doc` (any non-negative integer) under the bands of `signature`. */
  add(doc: number, signature: Uint32Array): void;
  /** Calls `visit` for every indexed document sharing a band with `signature`, possibly more than once. */
  forEachCandidate(signature: Uint32Array, visit: (doc: number) => void): void;
  /** Indexed documents and bucket entries, for memory accounting. */
  readonly stats: { readonly documents: number; readonly buckets: number };
}

export function candidateProbability(similarity: number, bands: number, rows: number): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

/** The similarity where the S-curve is steepest, about (1/bands)^(1/rows). */
export function curveThreshold(bands: number, rows: number): number {
  return (1 / bands) ** (1 / rows);
}

export function createLshIndex(params: LshParams): LshIndex {
  const { bands, rows, seed, maxBucketVisits } = params;
  const heads = createIntTable(4096);
  let postingDoc = new Int32Array(4096);
  let postingNext = new Int32Array(4096);
  let postings = 0;
  let documents = 0;

  const bandKey = (signature: Uint32Array, band: number): number => hashRun(signature, band * rows, rows, seed + band);

  return {
    add(doc, signature) {
      if (postings + bands > postingDoc.length) {
        const size = Math.max(postingDoc.length * 2, postings + bands);
        const d = new Int32Array(size);
        d.set(postingDoc);
        postingDoc = d;
        const n = new Int32Array(size);
        n.set(postingNext);
        postingNext = n;
      }
      for (let band = 0; band < bands; band++) {
        const key = bandKey(signature, band);
        const p = postings++;
        postingDoc[p] = doc;
        postingNext[p] = heads.get(key);
        heads.set(key, p);
      }
      documents++;
    },
    forEachCandidate(signature, visit) {
      for (let band = 0; band < bands; band++) {
        let p = heads.get(bandKey(signature, band));
        for (let seen = 0; p !== -1 && seen < maxBucketVisits; seen++) {
          visit(postingDoc[p]!);
          p = postingNext[p]!;
        }
      }
    },
    get stats() {
      return { documents, buckets: heads.size };
    },
  };
}
