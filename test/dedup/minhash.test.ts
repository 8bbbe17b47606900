import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../src/dedup/hash.js';
import { estimateJaccard, minhashSignature } from '../../src/dedup/minhash.js';
import { jaccard } from '../../src/dedup/shingles.js';
import { randomSet, variant } from './sets.js';

const params = { numHashes: 120, seed: 7 };

describe('MinHash against exact Jaccard', () => {
  // With k = 120 bins the standard deviation is √(J(1−J)/120) ≤ 0.046; 0.2 is more than 4 of them.
  it('each estimate is within 0.2 of the exact similarity for sets of at least k shingles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, keep) => {
        const random = seededRandom(seed);
        const a = randomSet(random, 120 + Math.floor(random() * 500));
        const b = variant(random, a, keep, Math.floor(random() * 200));
        const estimate = estimateJaccard(minhashSignature(a, params), minhashSignature(b, params));
        expect(Math.abs(estimate - jaccard(a, b))).toBeLessThanOrEqual(0.2);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('is unbiased: over 400 pairs the mean error is within 0.01 and the mean absolute error below 0.045', () => {
    const random = seededRandom(99);
    let signed = 0;
    let absolute = 0;
    const n = 400;
    for (let i = 0; i < n; i++) {
      const a = randomSet(random, 50 + Math.floor(random() * 600));
      const b = variant(random, a, random(), Math.floor(random() * 300));
      const err = estimateJaccard(minhashSignature(a, params), minhashSignature(b, params)) - jaccard(a, b);
      signed += err;
      absolute += Math.abs(err);
    }
    expect(Math.abs(signed / n)).toBeLessThan(0.01);
    expect(absolute / n).toBeLessThan(0.045);
  });

  it('gives identical sets identical signatures and is deterministic for a seed', () => {
    const a = randomSet(seededRandom(1), 300);
    expect(minhashSignature(a, params)).toEqual(minhashSignature(Uint32Array.from(a), params));
    expect(estimateJaccard(minhashSignature(a, params), minhashSignature(a, { ...params, seed: 8 }))).toBeLessThan(0.2);
  });

  it('fills every bin even for a one-element set', () => {
    const sig = minhashSignature(Uint32Array.of(12345), params);
    expect(new Set(sig).size).toBe(1);
    expect(sig[0]).not.toBe(0xffffffff);
  });
});
