import { hashString } from '../core/index.js';
import { hashRun } from './hash.js';

/**
 * The set of hashed word shingles of a token sequence: every run of `width` consecutive tokens,
 * hashed, sorted ascending, duplicates removed. A text shorter than `width` tokens gives one
 * shingle of all its tokens; no tokens give the empty set.
 */
export function shingleSet(tokens: readonly string[], width: number, seed: number): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const tokenHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) tokenHashes[i] = hashString(tokens[i]!, seed);
  const span = Math.min(width, tokens.length);
  const out = new Uint32Array(tokens.length - span + 1);
  for (let i = 0; i < out.length; i++) out[i] = hashRun(tokenHashes, i, span, seed);
  return sortedUnique(out);
}

function sortedUnique(values: Uint32Array): Uint32Array {
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[n - 1]) values[n++] = values[i]!;
  }
  return values.subarray(0, n);
}

/** |A ∩ B| of two sorted sets. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted sets (1 for two empty sets). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  return union === 0 ? 1 : inter / union;
}

/** Exact containment of the smaller set in the larger: |A ∩ B| / min(|A|, |B|). */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : intersectionSize(a, b) / smaller;
}
