import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rangeKeys, rangeTerms } from '../../../src/analyze/range-terms.js';
import { spellingTerm, tokenView } from '../../../src/analyze/tokens.js';
import { keyTerms, keyTokens } from '../../../src/text/index.js';

const pieces = ['وزير', 'الدفاع', 'قتيلاً', 'في', 'و', '13', '٤٥', '،', '.', ' ', ' ', ' ', '-', 'جان-ايف', 'مُحمّد', 'ـ', '«', '»', 'abc', '3,5', 'للأمم', '\n', 'أمس', 'بأنه'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('rangeKeys', () => {
  it('equals keyTokens of the sliced range, for any text and range (ends inside words, and empty or reversed ranges, included)', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, reversed) => {
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = reversed ? Math.max(0, from - (b % 5)) : from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        const toks = tokenView(text);
        expect(rangeKeys(text, toks, from, to)).toEqual(keyTokens(text.slice(from, to)));
        expect(rangeKeys(text, toks, 0, text.length)).toEqual(keyTokens(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('spellingTerm', () => {
  it('is the first key term of the token alone (null for numbers), also when read again from another text', () => {
    fc.assert(
      fc.property(texts, texts, (one, two) => {
        for (const text of [one, two, one]) {
          for (const t of tokenView(text)) expect(spellingTerm(t)).toEqual(t.kind === 'number' ? null : (keyTerms(t.text)[0] ?? null));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps rangeTerms equal to keyTerms of the slice when the spelling terms were computed by another text first', () => {
    const first = 'قال وزير الدفاع إن 13 قتيلاً سقطوا';
    const second = 'وزير الدفاع: سقط 13 قتيلاً';
    rangeTerms(first, tokenView(first), 0, first.length);
    expect(rangeTerms(second, tokenView(second), 3, second.length)).toEqual(keyTerms(second.slice(3)));
  });
});
