import { describe, expect, it } from 'vitest';
import { tokenize, words } from '../../src/text/tokenize.js';

const pieces = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('splits a clitic before a quoted name: لـ«رويترز»', () => {
    expect(pieces('لـ«رويترز»،')).toEqual(['word:لـ', 'punct:«', 'word:رويترز', 'punct:»', 'punct:،']);
  });

  it('keeps numbers with separators whole', () => {
    for (const n of ['1,2', '3.5', '٣٫٥', '8،8', '11:34:37', '17/10/2016', '١٬٠٠٠']) expect(pieces(n)).toEqual([`number:${n}`]);
  });

  it('does not swallow a separator that ends a number', () => {
    expect(pieces('عام 2016. وقال')).toEqual(['word:عام', 'space: ', 'number:2016', 'punct:.', 'space: ', 'word:وقال']);
  });

  it('separates a conjunction glued to a number', () => {
    expect(pieces('و٣٫٥')).toEqual(['word:و', 'number:٣٫٥']);
  });

  it('keeps hyphenated names together but not a spaced dash', () => {
    expect(pieces('جان-ايف')).toEqual(['word:جان-ايف']);
    expect(pieces('بيروت - أ ف ب')).toEqual(['word:بيروت', 'space: ', 'punct:-', 'space: ', 'word:أ', 'space: ', 'word:ف', 'space: ', 'word:ب']);
  });

  it('reads a lone tatweel run as punctuation (a dash), and tatweel inside a word as part of it', () => {
    expect(pieces('قال ـ الوزير')).toEqual(['word:قال', 'space: ', 'punct:ـ', 'space: ', 'word:الوزير']);
    expect(pieces('ــً')).toEqual(['punct:ــً']);
    expect(pieces('كـــتاب لـ')).toEqual(['word:كـــتاب', 'space: ', 'word:لـ']);
    expect(words('قال ـ الوزير ــ اليوم').map((w) => w.text)).toEqual(['قال', 'الوزير', 'اليوم']);
  });

  it('keeps marks inside words and ellipses as one punctuation run', () => {
    expect(pieces('قالَ...')).toEqual(['word:قالَ', 'punct:...']);
  });

  it('gives offsets into the input and covers it with no gaps', () => {
    const text = 'وقال: «نعم» 2.5٪ 🙂\uD800!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.kind === 'other').map((t) => t.text)).toEqual(['🙂', '\uD800']);
  });
});

describe('words', () => {
  it('returns only words and numbers, with offsets into the text', () => {
    const text = 'زار 3 وزراء، أمس.';
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(['زار', '3', 'وزراء', 'أمس']);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
