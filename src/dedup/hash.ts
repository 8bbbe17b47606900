/**
 * Seeded 32-bit hashing. Everything in dedup is derived from these functions (the string hash and
 * the finalizer live in core, shared with the clusterer) and a seed, so the same input gives the same
 * signatures, buckets and links on every run and every machine.
 */
import { fmix32 } from '../core/index.js';

/** Order-sensitive combination of `count` 32-bit values starting at `from`. */
export function hashRun(values: ArrayLike<number>, from: number, count: number, seed: number): number {
  let h = seed | 0;
  for (let i = from; i < from + count; i++) {
    h = Math.imul(h ^ (values[i] ?? 0), 0x9e3779b1);
    h = (h << 13) | (h >>> 19);
  }
  return fmix32(h ^ count);
}

export { seededRandom } from '../core/index.js';
