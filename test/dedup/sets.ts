import { seededRandom } from '../../src/dedup/hash.js';

/** A sorted set of distinct random 32-bit values. */
export function randomSet(random: () => number, size: number): Uint32Array {
  const s = new Set<number>();
  while (s.size < size) s.add(Math.floor(random() * 2 ** 32));
  return Uint32Array.from(s).sort();
}

/** Keeps each value of `base` with probability `keep`, then adds `extra` fresh values. */
export function variant(random: () => number, base: Uint32Array, keep: number, extra: number): Uint32Array {
  const kept = base.filter(() => random() < keep);
  const added = randomSet(random, extra);
  return Uint32Array.from(new Set([...kept, ...added])).sort();
}

/** Families of overlapping sets: within a family, pair similarities spread over (0, 1). */
export function families(seed: number, count: number, perFamily: number): Uint32Array[] {
  const random = seededRandom(seed);
  const out: Uint32Array[] = [];
  for (let f = 0; f < count; f++) {
    const base = randomSet(random, 150 + Math.floor(random() * 350));
    for (let i = 0; i < perFamily; i++) out.push(variant(random, base, 0.5 + random() * 0.5, Math.floor(random() * 120)));
  }
  return out;
}
