import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { documentId, type DuplicateLink } from '../../src/core/index.js';
import { createDeduper, fingerprint, hashString } from '../../src/dedup/index.js';
import { generateStream } from '../../src/eval/cluster-synthetic.js';
import { key } from '../../src/text/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/dedup/wire-copies/${name}`, import.meta.url), 'utf8').trim();
const wire = fixture('wire.txt');
const paragraphs = wire.split('\n');
const doc = (id: string, text: string, agency: string | null = null) => ({ id: documentId(id), text, contentHash: hashString(key(text), 9).toString(16), agency });

const wordEdits = paragraphs.map((p, i) => (i === 2 ? p.replace('سيبدأ', 'سيباشر').replace('قدره', 'يبلغ') : p)).join('\n');
const rewritten = ['الجفاف يجمع الوزراء العرب حول صندوق بمئتي مليون دولار', 'الرئيسية | اقتصاد', ...paragraphs.slice(1, 4).reverse(), 'جميع الحقوق محفوظة'].join('\n');
const shortVersion = paragraphs.slice(0, 3).join('\n');

describe('createDeduper on written wire copies', () => {
  it('links exact, near and syndicated copies to the first-seen report, and not another report of the story', () => {
    const d = createDeduper();
    expect(d.add(doc('wire', wire))).toBeNull();
    expect(d.add(doc('other-report', fixture('same-story-other-report.txt')))).toBeNull();
    expect(d.add(doc('exact', wire))).toMatchObject({ kind: 'exact', original: 'wire', similarity: 1 });
    expect(d.add(doc('edited', wordEdits))).toMatchObject({ kind: 'near', original: 'wire' });
    const rewrite = d.add(doc('rewritten', rewritten));
    expect(rewrite?.original).toBe('wire');
    expect(d.size).toBe(5);
  });

  it('never chains: a copy of a copy points at the original', () => {
    const d = createDeduper();
    d.add(doc('wire', wire));
    d.add(doc('edited', wordEdits));
    const second = wordEdits.replace('الطارئ', 'الاستثنائي');
    expect(d.add(doc('edited-again', second))?.original).toBe('wire');
    expect(d.add(doc('exact-of-copy', wordEdits))).toMatchObject({ kind: 'exact', original: 'wire' });
  });

  it('finds a cut-down version by containment, unless two different agencies are credited', () => {
    const same = createDeduper();
    same.add(doc('wire', wire, 'AFP'));
    expect(same.add(doc('short', shortVersion, 'AFP'))).toMatchObject({ kind: 'syndicated', original: 'wire' });
    const different = createDeduper();
    different.add(doc('wire', wire, 'AFP'));
    expect(different.add(doc('short', shortVersion, 'Reuters'))).toBeNull();
  });

  it('gives the same links from stored fingerprints as from text', () => {
    const texts = [wire, wordEdits, rewritten, shortVersion, fixture('same-story-other-report.txt')];
    const fromText = createDeduper();
    const fromPrints = createDeduper();
    texts.forEach((t, i) => {
      expect(fromPrints.add({ ...doc(`d${i}`, t), fingerprint: fingerprint(t) })).toEqual(fromText.add(doc(`d${i}`, t)));
    });
  });
});

describe('createDeduper window', () => {
  it('compares with at least the last window/2 arrivals and forgets what is older than window', () => {
    const others = generateStream({ documents: 6, seed: 4, copyRate: 0 });
    const d = createDeduper({ window: 4 });
    d.add(doc('wire', wire));
    d.add(doc(others[0]!.id, others[0]!.text));
    expect(d.add(doc('edited', wordEdits))?.original).toBe('wire');
    for (const o of others.slice(1)) d.add(doc(o.id, o.text));
    expect(d.add(doc('exact-late', wire))).toBeNull();
    expect(d.add(doc('edited-late', wordEdits))?.original).toBe('exact-late');
  });
});

describe('createDeduper on generated streams', () => {
  it('links point to an earlier document that is itself an original, and runs are deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const docs = generateStream({ documents: 150, seed, copyRate: 0.3 });
        const run = (): (DuplicateLink | null)[] => {
          const d = createDeduper();
          return docs.map((x) => d.add(doc(x.id, x.text)));
        };
        const links = run();
        expect(run()).toEqual(links);
        const seen = new Set<string>();
        const linked = new Set(links.filter((l) => l !== null).map((l) => l!.document as string));
        links.forEach((l, i) => {
          if (l !== null) {
            expect(seen.has(l.original)).toBe(true);
            expect(linked.has(l.original)).toBe(false);
            expect(l.similarity).toBeGreaterThanOrEqual(0);
            expect(l.similarity).toBeLessThanOrEqual(1);
          }
          seen.add(docs[i]!.id);
        });
        // The generator's wire copies are found (a copy whose Jaccard similarity falls near 0.5 may be missed by LSH, p ≈ 0.005).
        const copies = docs.filter((x) => x.copyOf !== null);
        const found = copies.filter((x) => links[docs.indexOf(x)]?.original === (x.copyOf ?? ''));
        expect(found.length).toBeGreaterThanOrEqual(Math.floor(0.95 * copies.length));
        expect(links.filter((l) => l !== null).length).toBeLessThanOrEqual(copies.length);
      }),
      { seed: 11, numRuns: 8 },
    );
  });
});
