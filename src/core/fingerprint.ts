/**
 * What the deduper keeps of a text: its MinHash signature and how many distinct shingles it had.
 * Computed once at ingest and stored, so replaying duplicate detection need not read the text.
 */
export interface DedupFingerprint {
  readonly shingles: number;
  readonly signature: Uint32Array;
}
