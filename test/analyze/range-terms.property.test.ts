import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeTerms } from '../../src/analyze/range-terms.js';
import { tokenView } from '../../src/analyze/tokens.js';
import { keyTerms } from '../../src/text/index.js';

const pieces = ['وزير', 'الدفاع', 'قتيلاً', 'في', 'و', '13', '٤٥', '،', '.', ' ', ' ', ' ', '-', 'جان-ايف', 'مُحمّد', 'ـ', '«', '»', 'abc', '3,5', 'للأمم', '\n'];

describe('rangeTerms', () => {
  it('equals keyTerms of the sliced range, for any text and range (ends inside words included)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        const toks = tokenView(text);
        expect(rangeTerms(text, toks, from, to)).toEqual(keyTerms(text.slice(from, to)));
        expect(rangeTerms(text, toks, 0, text.length)).toEqual(keyTerms(text));
      }),
      { numRuns: 500 },
    );
  });
});
