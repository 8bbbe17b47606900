import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TermTable } from '../../src/text/term-table.js';
import { keyTerms, stemToken } from '../../src/text/terms.js';
import { key } from '../../src/text/key.js';
import { isStopword } from '../../src/text/stopwords.js';
import { words } from '../../src/text/tokenize.js';

describe('TermTable', () => {
  it('returns what compute returns for every range, across collisions and clears (over 183,500 distinct tokens)', () => {
    const table = new TermTable();
    const compute = (t: string): string | null => (t.length % 7 === 0 ? null : `<${t}>`);
    const tokens: string[] = [];
    const ranges: [number, number][] = [];
    let length = 0;
    for (let i = 0; i < 300_000; i++) {
      const token = (Math.imul(i, 2654435761) >>> 0).toString(36).slice(0, 1 + (i % 9));
      ranges.push([length, length + token.length]);
      tokens.push(token);
      length += token.length;
    }
    const text = tokens.join('');
    let wrong = 0;
    for (let round = 0; round < 2; round++) {
      for (const [start, end] of ranges) if (table.get(text, start, end, compute) !== compute(text.slice(start, end))) wrong++;
    }
    expect(wrong).toBe(0);
  });
});

describe('keyTerms', () => {
  it('equals the uncached definition: word tokens → key → no stopwords or one-letter tokens → stemToken', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'ابتجحدرسعفقكلمنهويةىأإآءؤئ ،.«»0123ًٌ'), maxLength: 80 });
    fc.assert(
      fc.property(arabic, (s) => {
        const expected = words(s)
          .filter((t) => t.kind === 'word')
          .filter((t) => key(t.text).length >= 2 && !isStopword(key(t.text)))
          .map((t) => stemToken(t.text));
        expect(keyTerms(s)).toEqual(expected);
        expect(keyTerms(s)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
