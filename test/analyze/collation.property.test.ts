import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText, rootOrder, rootOrderLocale } from '../../src/analyze/collation.js';

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
  it("is the process's default collator, on covered strings and any other", () => {
    const collator = new Intl.Collator();
    fc.assert(
      fc.property(pairOver(any), ([a, b]) => {
        expect(Math.sign(compareText(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('rootOrderLocale', () => {
  it('accepts only an English, C or POSIX locale in every variable ICU reads, and no ICU locale flag', () => {
    const yes = [{}, { LANG: 'C.UTF-8' }, { LANG: 'C' }, { LANG: 'POSIX' }, { LANG: '' }, { LANG: 'en_GB.UTF-8', LC_ALL: 'en_US' }, { LC_MESSAGES: 'en' }];
    const no = [{ LANG: 'ar_EG.UTF-8' }, { LC_ALL: 'ar' }, { LC_MESSAGES: 'sv_SE.UTF-8' }, { LANG: 'ar', LC_ALL: 'C' }, { LANG: 'en_US_POSIX' }, { LANG: 'en_US@collation=x' }, { LANG: 'tr_TR' }];
    for (const env of yes) expect(rootOrderLocale(env, [])).toBe(true);
    for (const env of no) expect(rootOrderLocale(env, [])).toBe(false);
    expect(rootOrderLocale({}, ['--icu-locale=ar'])).toBe(false);
    expect(rootOrderLocale({ NODE_OPTIONS: '--icu_locale=ar' }, [])).toBe(false);
  });

  it('agrees with the collator a real process makes under each accepted locale', () => {
    const sample = ['b', 'ب', 'a', 'ا', 'B', 'أ', '1', '١', ' ', 'بَ'];
    const expected = [...sample].sort((x, y) => rootOrder(x, y) || (x < y ? -1 : 1));
    for (const env of [{}, { LANG: 'C.UTF-8' }, { LANG: 'POSIX' }, { LANG: '' }, { LANG: 'en_GB.UTF-8' }, { LC_MESSAGES: 'en_US.UTF-8', LANG: 'C' }]) {
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LANG', 'LC_ALL', 'LC_MESSAGES', 'NODE_OPTIONS'].includes(k)));
      const run = spawnSync(process.execPath, ['-e', `const c = new Intl.Collator(); const s = ${JSON.stringify(sample)}; console.log(JSON.stringify(s.sort((x, y) => c.compare(x, y) || (x < y ? -1 : 1))))`], { env: { ...clean, ...env }, encoding: 'utf8' });
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });
});
