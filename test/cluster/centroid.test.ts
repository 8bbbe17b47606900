import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToCentroid, cosine, emptyCentroid, rankedTerms } from '../../src/cluster/centroid.js';

/** The previous centroid, a `Map` from term id to sum: the typed-array one must give bit-identical sums, order and cosines. */
function mapCentroid(): { sums: Map<number, number>; squares: number; add(terms: readonly number[], weights: readonly number[], cap: number): void } {
  const c = {
    sums: new Map<number, number>(),
    squares: 0,
    add(terms: readonly number[], weights: readonly number[], cap: number) {
      for (let i = 0; i < terms.length; i++) {
        const old = c.sums.get(terms[i]!) ?? 0;
        const sum = old + weights[i]!;
        c.squares += sum * sum - old * old;
        c.sums.set(terms[i]!, sum);
      }
      if (c.sums.size <= 2 * cap) return;
      const ranked = [...c.sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap);
      c.sums.clear();
      c.squares = 0;
      for (const [t, s] of ranked) {
        c.sums.set(t, s);
        c.squares += s * s;
      }
    },
  };
  return c;
}

const VOCABULARY = 60;
/** A vector of distinct term ids with weights, some of them equal (ties in pruning). */
const vector = fc
  .uniqueArray(fc.integer({ min: 0, max: VOCABULARY - 1 }), { minLength: 1, maxLength: 25 })
  .chain((terms) => fc.tuple(fc.constant(terms), fc.array(fc.oneof(fc.constantFrom(0.5, 1, 2), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: terms.length, maxLength: terms.length })));

describe('centroid', () => {
  it('matches the map-based centroid exactly: same terms in the same order, same sums, squares and cosines', () => {
    fc.assert(
      fc.property(fc.array(vector, { minLength: 1, maxLength: 30 }), fc.integer({ min: 3, max: 12 }), (vectors, cap) => {
        const slots = new Int32Array(VOCABULARY).fill(-1);
        const c = emptyCentroid();
        const reference = mapCentroid();
        for (const [terms, weights] of vectors) {
          addToCentroid(c, { terms, weights }, cap, slots);
          reference.add(terms, weights, cap);
          expect([...c.ids.subarray(0, c.size)]).toEqual([...reference.sums.keys()]);
          expect([...c.sums.subarray(0, c.size)]).toEqual([...reference.sums.values()]);
          expect(c.squares).toBe(reference.squares);
          expect(slots.every((s) => s === -1)).toBe(true);
        }
        const spread = new Float64Array(VOCABULARY);
        const [terms, weights] = vectors[0]!;
        let sq = 0;
        terms.forEach((t, i) => {
          spread[t] = weights[i]!;
          sq += weights[i]! ** 2;
        });
        let dot = 0;
        for (const [t, s] of reference.sums) if (spread[t] !== 0) dot += spread[t]! * s;
        const expected = reference.squares <= 0 ? 0 : Math.min(1, dot / (Math.sqrt(sq) * Math.sqrt(reference.squares)));
        expect(cosine(spread, Math.sqrt(sq), c)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('ranks terms heaviest first, ties by lower id', () => {
    const c = emptyCentroid();
    addToCentroid(c, { terms: [5, 2, 9, 1], weights: [1, 3, 1, 0.5] }, 10, new Int32Array(10).fill(-1));
    expect(rankedTerms(c)).toEqual({ terms: [2, 5, 9, 1], weights: [3, 1, 1, 0.5] });
  });
});
