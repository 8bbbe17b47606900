import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containment, intersectionSize, jaccard, shingleSet } from '../../src/dedup/index.js';

describe('shingleSet', () => {
  it('is sorted, without repeats, one shingle per window of distinct text', () => {
    const s = shingleSet(['a', 'b', 'c', 'a', 'b', 'c', 'd'], 3, 1);
    expect([...s]).toEqual([...s].sort((x, y) => x - y));
    expect(s.length).toBe(4); // abc, bca, cab, bcd
  });

  it('gives a short text one shingle and no text none', () => {
    expect(shingleSet(['a', 'b'], 3, 1).length).toBe(1);
    expect(shingleSet([], 3, 1).length).toBe(0);
  });

  it('depends on order within a shingle and on the seed', () => {
    expect(shingleSet(['a', 'b', 'c'], 3, 1)[0]).not.toBe(shingleSet(['c', 'b', 'a'], 3, 1)[0]);
    expect(shingleSet(['a', 'b', 'c'], 3, 1)[0]).not.toBe(shingleSet(['a', 'b', 'c'], 3, 2)[0]);
  });
});

describe('set measures against Set-based references', () => {
  const sortedSet = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }).map((a) => Uint32Array.from(a).sort());
  it('intersection, Jaccard and containment agree with a naive computation', () => {
    fc.assert(
      fc.property(sortedSet, sortedSet, (a, b) => {
        const inter = [...a].filter((x) => b.includes(x)).length;
        expect(intersectionSize(a, b)).toBe(inter);
        const union = new Set([...a, ...b]).size;
        expect(jaccard(a, b)).toBeCloseTo(union === 0 ? 1 : inter / union, 12);
        const smaller = Math.min(a.length, b.length);
        expect(containment(a, b)).toBeCloseTo(smaller === 0 ? 0 : inter / smaller, 12);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
