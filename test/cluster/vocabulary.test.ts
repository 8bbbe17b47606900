import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../src/cluster/vocabulary.js';

describe('createVocabulary', () => {
  it('treats a term seen in fewer than `floor` documents as seen in `floor`', () => {
    const v = createVocabulary(20, 2);
    const once = v.id('once');
    const thrice = v.id('thrice');
    const unseen = v.id('unseen');
    v.addDocument([once, thrice]);
    v.addDocument([thrice]);
    v.addDocument([thrice]);
    expect(v.idf(unseen)).toBe(Math.log(23 / 3));
    expect(v.idf(once)).toBe(v.idf(unseen));
    expect(v.idf(thrice)).toBe(Math.log(23 / 4));
    expect(v.idf(thrice)).toBeLessThan(v.idf(once));
  });

  it('without a floor keeps the plain smoothed IDF', () => {
    const v = createVocabulary(20);
    const a = v.id('a');
    v.addDocument([a]);
    expect(v.idf(a)).toBe(Math.log(21 / 2));
    expect(v.idf(v.id('b'))).toBe(Math.log(21 / 1));
  });

  it('gives distinct terms distinct ids, in first-seen order, and the same id again (300,000 terms: more than a 32-bit key could tell apart)', () => {
    const v = createVocabulary(20);
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const term = (i: number): string => {
      let s = '';
      for (let n = (Math.imul(i, 2654435761) >>> 0) + i; n > 0; n = Math.floor(n / letters.length)) s += letters[n % letters.length];
      return s + letters[i % letters.length]!;
    };
    const terms = Array.from({ length: 300_000 }, (_, i) => term(i));
    const distinct = [...new Set(terms)];
    const ids = distinct.map((t) => v.id(t));
    expect(ids).toEqual(distinct.map((_, i) => i));
    expect(v.size).toBe(distinct.length);
    expect(distinct.every((t, i) => v.id(t) === i)).toBe(true);
    expect(v.size).toBe(distinct.length);
  });
});
