/**
 * Seeded 32-bit hashing. Everything in dedup is derived from these functions and a seed, so the same
 * input gives the same signatures, buckets and links on every run and every machine.
 */

/** MurmurHash3's finalizer: a bijection on 32-bit integers that spreads every input bit. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalized with `fmix32`. */
export function hashString(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h ^ s.length);
}

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
