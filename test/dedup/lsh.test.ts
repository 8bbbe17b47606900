import { describe, expect, it } from 'vitest';
import { candidateProbability, createLshIndex, curveThreshold } from '../../src/dedup/lsh.js';
import { minhashSignature } from '../../src/dedup/minhash.js';
import { DEDUP_DEFAULTS } from '../../src/dedup/options.js';
import { jaccard } from '../../src/dedup/shingles.js';
import { families } from './sets.js';

const { bands, rows } = DEDUP_DEFAULTS;
const threshold = 0.5;

describe('LSH banding against an all-pairs scan', () => {
  it('the default S-curve gives at least 99% recall at the stated threshold', () => {
    expect(candidateProbability(threshold, bands, rows)).toBeGreaterThan(0.998);
    expect(candidateProbability(0.1, bands, rows)).toBeLessThan(0.05);
    expect(curveThreshold(bands, rows)).toBeCloseTo(0.271, 2);
  });

  it('finds at least 99% of the pairs with Jaccard ≥ 0.5 that brute force finds', () => {
    const sets = families(2026, 40, 12);
    const signatures = sets.map((s) => minhashSignature(s, { numHashes: bands * rows, seed: 3 }));
    const lsh = createLshIndex({ bands, rows, seed: 3, maxBucketVisits: 1000 });
    let truePairs = 0;
    let found = 0;
    let candidates = 0;
    signatures.forEach((sig, i) => {
      const hits = new Set<number>();
      lsh.forEachCandidate(sig, (d) => hits.add(d));
      candidates += hits.size;
      for (let j = 0; j < i; j++) {
        if (jaccard(sets[i]!, sets[j]!) >= threshold) {
          truePairs++;
          if (hits.has(j)) found++;
        }
      }
      lsh.add(i, sig);
    });
    expect(truePairs).toBeGreaterThan(500);
    expect(found / truePairs).toBeGreaterThanOrEqual(0.99);
    // Families are disjoint, so candidates outside a family are hash accidents: few.
    expect(candidates).toBeLessThan(40 * 66 + 50);
  });
});
