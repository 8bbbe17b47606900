import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containing, firstEndingAfter, firstFrom } from '../../src/analyze/search.js';

/** Sorted, disjoint spans built from gap and length pairs. */
const spans = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 5 })), { maxLength: 30 }).map((parts) => {
  let at = 0;
  return parts.map(([gap, length]) => {
    const start = at + gap;
    at = start + length;
    return { start, end: at };
  });
});

describe('binary searches over sorted spans', () => {
  it('agree with a linear scan', () => {
    fc.assert(
      fc.property(spans, fc.integer({ min: -2, max: 200 }), (items, offset) => {
        const linearFrom = items.findIndex((s) => s.start >= offset);
        const linearAfter = items.findIndex((s) => s.end > offset);
        expect(firstFrom(items, offset)).toBe(linearFrom < 0 ? items.length : linearFrom);
        expect(firstEndingAfter(items, offset)).toBe(linearAfter < 0 ? items.length : linearAfter);
        expect(containing(items, offset)).toBe(items.find((s) => s.start <= offset && offset < s.end));
      }),
    );
  });
});
