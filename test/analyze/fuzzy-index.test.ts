import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FuzzyIndex } from '../../src/analyze/entities.js';
import { sameName } from '../../src/analyze/similarity.js';

/** The definition the index replaces: the first pattern sharing an end with `c` and within the tolerance. */
function linear(patterns: ReadonlyMap<string, string>, c: string): string | null {
  const list = [...patterns].filter(([p]) => p.length >= 6);
  const hit = list.find(([p]) => (p.startsWith(c.slice(0, 2)) || p.endsWith(c.slice(-2))) && sameName(p, c));
  return hit?.[1] ?? null;
}

describe('FuzzyIndex', () => {
  it('finds the same known name as a scan of every pattern', () => {
    const word = fc.array(fc.constantFrom(...'ابتدرسكلمنويه'), { minLength: 3, maxLength: 11 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom('أ', 'ب', 'ج', 'د')), { maxLength: 40 }), fc.array(word, { minLength: 1, maxLength: 20 }), (entries, probes) => {
        const patterns = new Map(entries);
        const index = new FuzzyIndex(patterns);
        for (const c of [...probes, ...entries.map(([p]) => `${p}ه`)]) expect(index.find(c)).toBe(linear(patterns, c));
      }),
      { numRuns: 200 },
    );
  });
});
