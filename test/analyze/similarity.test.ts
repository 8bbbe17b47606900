import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { key } from '../../src/text/index.js';
import { sameCompactName, sameName, spellingBlock } from '../../src/analyze/similarity.js';

const same = (a: string, b: string): boolean => sameName(key(a), key(b));

describe('names the same up to spelling', () => {
  it('accepts transliterations that differ in long-vowel letters, spacing or one consonant that transliterations trade', () => {
    expect(same('أشتون كارتر', 'اشتون كارتر')).toBe(true);
    expect(same('جان إيف لودريان', 'جان ايف لو دوريان')).toBe(true);
    expect(same('فلاديمير بوتين', 'فلاديمير بوتن')).toBe(true);
    expect(same('أنطونيو غوتيريش', 'أنطونيو غوتيريس')).toBe(true);
  });

  it('refuses names a consonant apart that are different names', () => {
    expect(same('محمد الحسنات', 'محمد الحسان')).toBe(false);
    expect(same('سالم العتيبي', 'سالم العتيقي')).toBe(false);
  });
});

describe('spelling blocks (merge candidates)', () => {
  /** Letters of Arabic names, the long-vowel letters and every transliteration pair included. */
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءة'.split('');
  const word = fc.array(fc.constantFrom(...letters), { minLength: 3, maxLength: 9 }).map((w) => w.join(''));
  /** Letters transliterations trade, each with a partner. */
  const PARTNER: Readonly<Record<string, string>> = { 'س': 'ش', 'ش': 'س', 'ج': 'غ', 'غ': 'ق', 'ق': 'ك', 'ك': 'ج', 'ت': 'ط', 'ط': 'ت', 'د': 'ض', 'ض': 'د', 'ذ': 'ز', 'ز': 'ذ', 'ب': 'ف', 'ف': 'ب' };
  /** A variant: a letter inserted, dropped, replaced or traded for its transliteration partner, at most twice. */
  const edit = (w: string, ops: readonly (readonly [number, number, string])[]): string =>
    ops.reduce((s, [kind, at, c]) => {
      const i = at % (s.length + 1);
      if (kind === 3) {
        const k = s.split('').findIndex((x, n) => n >= i && PARTNER[x] !== undefined);
        return k < 0 ? s : s.slice(0, k) + (PARTNER[s.charAt(k)] as string) + s.slice(k + 1);
      }
      return kind === 0 ? s.slice(0, i) + c + s.slice(i) : kind === 1 ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + c + s.slice(i + 1);
    }, w);
  const ops = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(20), fc.constantFrom(...letters)), { maxLength: 2 });

  it('puts two names that sameCompactName joins in one block', () => {
    fc.assert(
      fc.property(word, ops, (w, o) => {
        const v = edit(w, o);
        if (sameCompactName(w, v)) expect(spellingBlock(v)).toBe(spellingBlock(w));
      }),
      { numRuns: 3000 },
    );
    expect(spellingBlock('غوتيريش')).toBe(spellingBlock('غوتيريس'));
    expect(spellingBlock('الحسنات')).not.toBe(spellingBlock('الحسان'));
  });
});
