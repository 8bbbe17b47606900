/**
 * Parameters of the deduper. With the defaults (150 bins = 50 bands × 3 rows), a pair with Jaccard
 * similarity s becomes an LSH candidate with probability 1 − (1 − s³)⁵⁰: 0.05 at s = 0.1, 0.33 at
 * 0.2, 0.85 at 0.3, 0.96 at 0.4, 0.9987 at 0.5, 0.99998 at 0.6. See docs/design/dedup-cluster.md.
 */
export interface DedupOptions {
  /** Key words per shingle. Default 3, range 1–8. Shorter shingles make unrelated texts look alike; longer ones make every edit cost more shingles. */
  readonly shingleWidth: number;
  /** LSH bands; the signature length is `bands × rows`. Default 50, range 1–256. */
  readonly bands: number;
  /** Signature values per band. Default 3, range 1–16. */
  readonly rows: number;
  /** Seed of every hash; changing it changes signatures (not links, beyond estimation noise). Default 0x6b68756c. */
  readonly seed: number;
  /** Estimated Jaccard similarity at or above which a candidate is a `near` copy. Default 0.7, range (0, 1]. */
  readonly nearThreshold: number;
  /** Estimated containment of the smaller text in the larger at or above which a candidate is `syndicated`. Default 0.6, range (0, 1]. */
  readonly syndicationThreshold: number;
  /** Syndication also needs at least this estimated Jaccard similarity: below it the containment estimate is too noisy. Default 0.2, range [0, 1]. */
  readonly syndicationMinJaccard: number;
  /** Texts with fewer distinct shingles are only matched exactly. Default 8, range ≥ 1. */
  readonly minShingles: number;
  /** Per query, at most this many members of one LSH bucket are compared. Default 64, range ≥ 1. */
  readonly maxBucketVisits: number;
  /** A document is compared with at least the last window/2 and at most the last `window` arrivals; memory is about 1.1 KB per document in the window. Default 1,000,000, range ≥ 2 (Infinity: everything). */
  readonly window: number;
}

export const DEDUP_DEFAULTS: DedupOptions = {
  shingleWidth: 3,
  bands: 50,
  rows: 3,
  seed: 0x6b68756c,
  nearThreshold: 0.7,
  syndicationThreshold: 0.6,
  syndicationMinJaccard: 0.2,
  minShingles: 8,
  maxBucketVisits: 64,
  window: 1_000_000,
};
