import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanByRules } from '../../src/text/clean.js';
import { keyByRules } from '../../src/text/key.js';
import { clean, key, keyTerms, keyTokens, scanWords, sentences, stem, tokenize, words, wordTerm, isStopword } from '../../src/text/index.js';

/** Characters that exercise every rule: Arabic letters, marks, tatweel, hamza seats, digits, separators, quotes, spaces, junk. */
const INTERESTING = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة',
  ...'\u064B\u064C\u064E\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640\u06D6\u0610',
  ...'٠١٢٣٤٥٦٧٨٩۴۵0123456789٫٬٪',
  ...'.،؛؟!?:…«»"“”„()[]-_/\'',
  ...' \n\t\r\u00A0\u200B\u200C\u200F\u202B\u2067\uFEFF\u00AD\u3000',
  ...'\uFE70\uFE71\uFE7F\uFEFB\uFDFC\uFDFD\uFDF2\uFB50\uFC5E\uFCF2\uFE8D\uFEED\u0085\u2028',
  ...'کیەپچژگ',
  ...'aZéİΣς\u0301',
  '\uD800', '\uDC00', '\uD83D\uDE00',
];

const interesting = fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 60 });
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 40 });
const text = fc.oneof(interesting, anyUnits, anyCodePoints);

const RUNS = { numRuns: 400 };

describe('text layer properties', () => {
  it('the fast paths equal the rule lists they implement', () => {
    fc.assert(fc.property(text, (s) => clean(s) === cleanByRules(s) && key(s) === keyByRules(s)), RUNS);
  });

  it('key equals its rule list on keys longer than one chunk of code units too', () => {
    const long = fc.string({ unit: fc.constantFrom(...INTERESTING), minLength: 65, maxLength: 400 });
    fc.assert(fc.property(long, (s) => key(s) === keyByRules(s)), { numRuns: 200 });
  });

  it('clean is idempotent', () => {
    fc.assert(fc.property(text, (s) => clean(clean(s)) === clean(s)), RUNS);
  });

  it('key is idempotent', () => {
    fc.assert(fc.property(text, (s) => key(key(s)) === key(s)), RUNS);
  });

  it('key of clean text is idempotent too', () => {
    fc.assert(fc.property(text, (s) => key(key(clean(s))) === key(clean(s))), RUNS);
  });

  it('tokenize rebuilds its input, with exact offsets and no empty token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        expect(tokens.map((t) => t.text).join('')).toBe(s);
        let at = 0;
        for (const t of tokens) {
          expect(t.start).toBe(at);
          expect(t.end).toBeGreaterThan(t.start);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          at = t.end;
        }
      }),
      RUNS,
    );
  });

  it('words are exactly the word and number tokens', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(words(s)).toEqual(tokenize(s).filter((t) => t.kind === 'word' || t.kind === 'number'));
      }),
      RUNS,
    );
  });

  it('sentences cover every non-space character once, in order, with only whitespace between them', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const s = clean(raw);
        const result = sentences(s);
        let at = 0;
        result.forEach((sentence, i) => {
          expect(sentence.index).toBe(i);
          expect(sentence.start).toBeGreaterThanOrEqual(at);
          expect(s.slice(at, sentence.start).trim()).toBe('');
          expect(s.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text.trim()).toBe(sentence.text);
          expect(sentence.text).not.toContain('\n');
          expect(sentence.paragraph).toBe(s.slice(0, sentence.start).split('\n').length - 1);
          at = sentence.end;
        });
        expect(s.slice(at).trim()).toBe('');
      }),
      RUNS,
    );
  });

  it('a sentence that is not the last of its line ends with a terminator (and closing marks)', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const result = sentences(clean(raw));
        for (let i = 0; i + 1 < result.length; i++) {
          if (result[i]!.paragraph === result[i + 1]!.paragraph) expect(result[i]!.text).toMatch(/[.!?؟…۔][»"”“„)\]’]*$/u);
        }
      }),
      RUNS,
    );
  });

  it('a word token scanned alone is that one word: wordTerm is its keyTerms', () => {
    const sameTerm = (s: string): boolean => {
      let ok = true;
      scanWords(s, (start, end, isNumber) => {
        if (isNumber) return;
        const w = s.slice(start, end);
        const terms = keyTerms(w);
        ok &&= terms.length <= 1 && wordTerm(w) === (terms[0] ?? null);
      });
      return ok;
    };
    fc.assert(fc.property(text, (s) => sameTerm(s) && sameTerm(clean(s))), { numRuns: 2000 });
  });

  it('no function throws on any string, including lone surrogates', () => {
    fc.assert(
      fc.property(text, (s) => {
        clean(s);
        key(s);
        tokenize(s);
        words(s);
        sentences(s);
        keyTokens(s);
        keyTerms(s, { keep: new Set([key(s)]) });
        stem(key(s));
        isStopword(key(s));
      }),
      RUNS,
    );
  });

  it('handles a 1 MB line quickly and without throwing', () => {
    const unit = 'وقال د. أحمد «الوضع.. صعب. جدا» (أ. ف. ب.) "نعم" بنسبة 3.5% و٣٫٥؛ هل؟ ';
    const line = unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20);
    const t0 = performance.now();
    const c = clean(line);
    expect(key(c).length).toBeGreaterThan(0);
    expect(tokenize(c).length).toBeGreaterThan(0);
    expect(sentences(c).length).toBeGreaterThan(0);
    expect(keyTerms(c).length).toBeGreaterThan(0);
    const quotes = '«'.repeat(2 ** 19) + '. '.repeat(2 ** 18);
    expect(sentences(quotes).length).toBeGreaterThan(0);
    const initials = 'أ. '.repeat(2 ** 18);
    expect(sentences(initials).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
