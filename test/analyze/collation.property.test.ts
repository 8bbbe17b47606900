import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText, rootOrder } from '../../src/analyze/collation.js';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** Every character the root weights cover: space, digits of both kinds, Latin, Arabic letters, harakat, hamza and madda marks. */
const COVERED = [' ', ...range(0x30, 0x39), ...range(0x660, 0x669), ...range(0x41, 0x5a), ...range(0x61, 0x7a), ...range(0x621, 0x63a), ...range(0x641, 0x655)];
const ROOT = new Intl.Collator('en');

/** Two strings over a small random alphabet, the second often the first extended, or with one character changed: ties, prefixes, marks in either order. */
const pairOver = (chars: readonly string[]) =>
  fc
    .uniqueArray(fc.constantFrom(...chars), { minLength: 1, maxLength: 6 })
    .chain((alphabet) => {
      const word = fc.array(fc.constantFrom(...alphabet), { maxLength: 7 }).map((w) => w.join(''));
      return fc.oneof(
        fc.tuple(word, word),
        fc.tuple(word, word).map(([a, tail]) => [a, a + tail] as const),
        fc.tuple(word, fc.nat(), fc.constantFrom(...alphabet)).map(([a, i, c]) => [a, a.length ? a.slice(0, i % a.length) + c + a.slice((i % a.length) + 1) : c] as const),
      );
    });

describe('root collation weights', () => {
  it('order covered strings as ICU root collation does (en = root), ties and prefixes included', () => {
    fc.assert(
      fc.property(pairOver(COVERED), ([a, b]) => {
        expect(rootOrder(a, b)).toBe(Math.sign(ROOT.compare(a, b)));
      }),
      { numRuns: 20000 },
    );
  });

  it('read precomposed and decomposed hamza, madda and harakat alike, and order the marks', () => {
    const pairs: [string, string][] = [
      ['أ', 'ا\u0654'], ['آ', 'ا\u0653'], ['ؤ', 'و\u0654'], ['ئ', 'ي\u0654'], ['إ', 'ا\u0655'],
      ['أحمد', 'احمد'], ['بَّ', 'بَّ'], ['مُحمّد', 'محمد'], ['خالد 2', 'خالد ٢'], ['Ali', 'ali'], ['عمر', 'Omar'], ['ة', 'ت'], ['ى', 'ي'],
    ];
    for (const [a, b] of pairs) {
      expect(rootOrder(a, b)).toBe(Math.sign(ROOT.compare(a, b)));
      expect(rootOrder(b, a)).toBe(Math.sign(ROOT.compare(b, a)));
    }
  });
});

describe('compareText', () => {
  const any = [...COVERED, '-', '.', '"', '«', '»', 'ـ', 'é', 'ß', 'پ', 'ک', '\u200c', '/', '(', ')'];
  it('is the English (root) collator, on covered strings and any other', () => {
    fc.assert(
      fc.property(pairOver(any), ([a, b]) => {
        expect(Math.sign(compareText(a, b))).toBe(Math.sign(ROOT.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it("is the same order whatever the process's locale (an Arabic one sorts Arabic first by default)", () => {
    const sample = ['b', 'ب', 'a', 'ا', 'B', 'أ', '1', '١', ' ', 'بَ', 'é', 'پ'];
    const expected = [...sample].sort((x, y) => compareText(x, y) || (x < y ? -1 : 1));
    const module = new URL('../../src/analyze/collation.ts', import.meta.url).href;
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LANG', 'LC_ALL', 'LC_MESSAGES'].includes(k)));
    const script = `const { compareText } = await import(${JSON.stringify(module)}); const s = ${JSON.stringify(sample)}; console.log(JSON.stringify([s.sort((x, y) => compareText(x, y) || (x < y ? -1 : 1)), [...s].sort((x, y) => new Intl.Collator().compare(x, y) || (x < y ? -1 : 1))]))`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...clean, LANG: 'ar_EG.UTF-8' }, encoding: 'utf8' });
    const [ours, localeDefault] = JSON.parse(run.stdout) as [string[], string[]];
    expect(ours).toEqual(expected);
    expect(localeDefault).not.toEqual(expected);
  });
});
