import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinBar } from '../../src/cluster/bar.js';
import { CLUSTER_DEFAULTS } from '../../src/cluster/index.js';

const o = CLUSTER_DEFAULTS;
const sizeBar = (n: number): number => o.threshold + (o.singletonThreshold - o.threshold) / n;

describe('joinBar', () => {
  it('is the size bar for a story nobody joined yet, and when cohesion is off', () => {
    expect(joinBar(1, 0, 0, o)).toBeCloseTo(o.singletonThreshold, 12);
    expect(joinBar(4, 1.2, 3, { ...o, cohesion: 0 })).toBeCloseTo(sizeBar(4), 12);
  });

  it('lowers the bar of a diffuse story to a share of its mean join score, never below the floor', () => {
    // Members joined at 0.36 on average: a newcomer at half of that is as close as the story is tight.
    expect(joinBar(5, 4 * 0.36, 4, o)).toBeCloseTo(0.18, 12);
    // Very diffuse: the floor holds.
    expect(joinBar(5, 4 * 0.2, 4, o)).toBeCloseTo(o.cohesionFloor, 12);
    // Tight story: the size bar is lower than half its join scores, so it stays.
    expect(joinBar(5, 4 * 0.8, 4, o)).toBeCloseTo(sizeBar(5), 12);
  });

  it('never exceeds the size bar and never falls below min(size bar, floor)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 499 }), fc.double({ min: 0, max: 1, noNaN: true }), (size, joins0, mean) => {
        const joins = Math.min(joins0, size - 1);
        const b = joinBar(size, mean * joins, joins, o);
        expect(b).toBeLessThanOrEqual(sizeBar(size) + 1e-12);
        expect(b).toBeGreaterThanOrEqual(Math.min(sizeBar(size), o.cohesionFloor) - 1e-12);
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
