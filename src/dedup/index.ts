/** Duplicate detection: exact (content hash), near-copies (MinHash + LSH) and syndicated wire copies. */
export { createDeduper, type Deduper, type DedupInput } from './deduper.js';
export { DEDUP_DEFAULTS, type DedupOptions } from './options.js';
export { fingerprint, type Fingerprint } from './fingerprint.js';
export { shingleSet, jaccard, containment, intersectionSize } from './shingles.js';
export { minhashSignature, estimateJaccard, type MinHashParams } from './minhash.js';
export { createLshIndex, candidateProbability, curveThreshold, type LshIndex, type LshParams } from './lsh.js';
export { hashString, seededRandom } from '../core/index.js';
