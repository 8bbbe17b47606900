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
});
