import { describe, expect, it } from 'vitest';
import { loadStorySet } from '../../src/eval/cluster-corpus.js';
import { generateDuplicateSet } from '../../src/eval/duplicates-set.js';
import { evaluateDuplicates } from '../../src/eval/duplicates.js';

const base = (name: string, story: string, n: number) => ({
  name,
  story,
  text: Array.from({ length: 6 }, (_, p) => `فقرة ${p} من الخبر ${name} رقم ${n} تتحدث عن موضوع ${story} وتفاصيل ${p * n} أخرى مختلفة تماما عن غيرها.`).join('\n'),
});

describe('generateDuplicateSet', () => {
  it('keeps every base, adds labelled copies, and is seeded', () => {
    const bases = [base('a', 's1', 1), base('b', 's1', 2), base('c', 's2', 3)];
    const set = generateDuplicateSet(bases, 4);
    expect(generateDuplicateSet(bases, 4)).toEqual(set);
    for (const b of bases) expect(set.filter((x) => x.name === b.name)).toHaveLength(1);
    for (const copy of set.filter((x) => x.name !== x.base)) {
      expect(copy.edits.length).toBeGreaterThan(0);
      expect(bases.map((b) => b.name)).toContain(copy.base);
    }
  });
});

const loaded = loadStorySet();
describe.skipIf('missing' in loaded)('eval duplicates on ../shared/corpora', () => {
  it('finds copies with precision and recall of at least 0.98 and links no two reports of one story', () => {
    if ('missing' in loaded) return;
    const r = evaluateDuplicates(generateDuplicateSet(loaded.texts, 1));
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.98);
    expect(r.hardNegatives.falseLinks).toBe(0);
    expect(r.hardNegatives.pairs).toBeGreaterThan(200);
  });
});
