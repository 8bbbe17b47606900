import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bcubed } from '../../src/eval/cluster-metrics.js';
import { loadStorySet } from '../../src/eval/cluster-corpus.js';
import { arrivalOrder, evaluateClusters } from '../../src/eval/clusters.js';
import { run } from '../../src/cli/eval/clusters.js';
import { ingestReader, ingestSeedCleaner } from '../../src/eval/cluster-seeds.js';
import { storySplit } from '../../src/eval/cluster-split.js';
import { memoryIo } from '../support/memory-io.js';

describe('bcubed', () => {
  it('scores a perfect clustering 1 and is invariant to renaming clusters', () => {
    expect(bcubed(['a', 'a', 'b'], ['x', 'x', 'y'])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubed(['q', 'q', 'r'], ['x', 'x', 'y']).f1).toBe(1);
  });

  it('matches the textbook values for one cluster and for singletons', () => {
    // Gold {1,2,3}{4}: all in one cluster → P = (3·3/4 + 1/4)/4 = 10/16; R = 1.
    expect(bcubed(['c', 'c', 'c', 'c'], ['x', 'x', 'x', 'y'])).toMatchObject({ precision: 10 / 16, recall: 1 });
    // All singletons → P = 1; R = (3·1/3 + 1)/4 = 1/2.
    expect(bcubed(['a', 'b', 'c', 'd'], ['x', 'x', 'x', 'y'])).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('agrees with a naive pairwise definition', () => {
    const labels = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(labels, labels, (p0, g0) => {
        const n = Math.min(p0.length, g0.length);
        const p = p0.slice(0, n);
        const g = g0.slice(0, n);
        let precision = 0;
        let recall = 0;
        for (let i = 0; i < n; i++) {
          const both = p.filter((x, j) => x === p[i] && g[j] === g[i]).length;
          precision += both / p.filter((x) => x === p[i]).length;
          recall += both / g.filter((x) => x === g[i]).length;
        }
        const r = bcubed(p, g);
        expect(r.precision).toBeCloseTo(precision / n, 10);
        expect(r.recall).toBeCloseTo(recall / n, 10);
      }),
      { seed: 1, numRuns: 100 },
    );
  });
});

describe('arrivalOrder', () => {
  it('is a seeded permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(arrivalOrder(items, 1)).toEqual(arrivalOrder(items, 1));
    expect(arrivalOrder(items, 1)).not.toEqual(arrivalOrder(items, 2));
    expect([...arrivalOrder(items, 3)].sort((a, b) => a - b)).toEqual(items);
  });
});

const loaded = loadStorySet();
describe.skipIf('missing' in loaded)('eval clusters on ../shared/corpora', () => {
  it('loads 208 documents in 159 gold stories and clusters them with F1 above 0.93', () => {
    if ('missing' in loaded) return;
    expect(loaded.texts.length).toBe(208);
    const r = evaluateClusters(loaded.texts, 1);
    expect(r.goldStories).toBe(159);
    expect(r.mean.f1).toBeGreaterThan(0.93);
  });

  it('prints a table through the CLI', async () => {
    const io = memoryIo();
    expect(await run(['--orders', '1'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/\| mean \| \| 0\.\d{3} \| 0\.\d{3} \| 0\.\d{3} \|/);
    expect(await run(['--orders', 'x'], memoryIo())).toBe(2);
    expect(await run(['--split', 'train'], memoryIo())).toBe(2);
    const dev = memoryIo();
    expect(await run(['--orders', '1', '--split', 'dev'], dev)).toBe(0);
    expect(dev.out.join('')).toMatch(/dev part/);
  });

  it('reads every file as the digest does with --ingest: headlines apart from the body', () => {
    const viaIngest = loadStorySet(ingestSeedCleaner, ingestReader);
    if ('missing' in viaIngest) throw new Error(viaIngest.missing);
    const titled = viaIngest.texts.filter((t) => t.title);
    expect(titled.length).toBeGreaterThan(0);
    for (const t of titled.slice(0, 20)) expect(t.text.startsWith(t.title!)).toBe(false);
    expect(evaluateClusters(viaIngest.texts, 1).mean.f1).toBeGreaterThan(0.9);
  });
});

describe('storySplit', () => {
  const texts = [
    { name: 'tac/M0003', story: 'tac/M000', text: '' },
    { name: 'tac/M0041', story: 'tac/M004', text: '' },
    { name: 'easc/Topic7/a.txt', story: 'easc/Topic7/a.txt', text: '' },
    { name: 'easc/Topic12/b.txt', story: 'easc/Topic12/b.txt', text: '' },
    { name: 'seeds/x.txt', story: 'seeds', text: '' },
  ];
  it('cuts the set into a development and a held-out part that together make the whole', () => {
    const dev = storySplit(texts, 'dev').map((t) => t.name);
    const held = storySplit(texts, 'held-out').map((t) => t.name);
    expect(dev).toEqual(['tac/M0003', 'easc/Topic7/a.txt']);
    expect(held).toEqual(['tac/M0041', 'easc/Topic12/b.txt', 'seeds/x.txt']);
    expect(storySplit(texts, 'all')).toEqual(texts);
  });
});
