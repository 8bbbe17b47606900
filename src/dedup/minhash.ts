import { fmix32 } from '../core/index.js';

/**
 * MinHash by one-permutation hashing with optimal densification (Shrivastava, ICML 2017): each
 * shingle is hashed once into one of `numHashes` bins and each bin keeps its minimum value; an empty
 * bin borrows the value of the first non-empty bin on its own seeded probe sequence. For any two
 * sets, bin i of both signatures agrees with probability equal to their Jaccard similarity, as with
 * `numHashes` independent permutations, at the cost of one hash per shingle instead of `numHashes`.
 */
export interface MinHashParams {
  /** Signature length k. The estimate's standard deviation is about √(J(1−J)/k). */
  readonly numHashes: number;
  readonly seed: number;
}

/** The signature of the empty set: every bin empty. Never equal to a real signature's bins by chance. */
const EMPTY_BIN = 0xffffffff;

export function minhashSignature(shingles: Uint32Array, params: MinHashParams): Uint32Array {
  const k = params.numHashes;
  const sig = new Uint32Array(k).fill(EMPTY_BIN);
  if (shingles.length === 0) return sig;
  const filled = new Uint8Array(k);
  const binSeed = fmix32(params.seed ^ 0x3c6ef372);
  const valueSeed = fmix32(params.seed ^ 0xa54ff53a);
  for (let n = 0; n < shingles.length; n++) {
    const x = shingles[n]!;
    const bin = fmix32(x ^ binSeed) % k;
    const value = fmix32(x + valueSeed) >>> 1; // below EMPTY_BIN
    if (value < sig[bin]!) {
      sig[bin] = value;
      filled[bin] = 1;
    }
  }
  const probeSeed = fmix32(params.seed ^ 0x510e527f);
  for (let i = 0; i < k; i++) {
    if (filled[i] === 1) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ probeSeed) % k;
      if (filled[j] === 1) {
        sig[i] = sig[j]!;
        break;
      }
    }
  }
  return sig;
}

/** Fraction of bins where two signatures agree: the MinHash estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  return agreement(a, 0, b, 0, a.length) / a.length;
}

/** Number of equal positions among `length` values of `a` from `aFrom` and of `b` from `bFrom`. */
export function agreement(a: Uint32Array, aFrom: number, b: Uint32Array, bFrom: number, length: number): number {
  let same = 0;
  for (let i = 0; i < length; i++) if (a[aFrom + i] === b[bFrom + i]) same++;
  return same;
}
