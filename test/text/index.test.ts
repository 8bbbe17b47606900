import { describe, expect, it } from 'vitest';
import { clean, key, keyTerms, keyTokens, scanWords, sentences, stem, tokenize, words, isStopword } from '../../src/text/index.js';

describe('src/text public API', () => {
  it('exports exactly these names', async () => {
    expect(Object.keys(await import('../../src/text/index.js')).sort()).toEqual(
      ['clean', 'isStopword', 'key', 'keyTerms', 'keyTokens', 'scanWords', 'sentences', 'stem', 'tokenize', 'wordTerm', 'words'].sort(),
    );
  });

  it('cleans, keys, tokenizes and splits a small news paragraph', () => {
    const text = clean('اقــرأ\u200F أيضاً\u00A0هنا.وقال الوزير «إن الوضع صعب. جدا» ثم غادر.');
    expect(text).toBe('اقرأ أيضاً هنا. وقال الوزير «إن الوضع صعب. جدا» ثم غادر.');
    expect(key('أيضاً')).toBe('ايضا');
    expect(tokenize(text).map((t) => t.text).join('')).toBe(text);
    expect(words('لـ«رويترز» 3.5').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'لـ'],
      ['word', 'رويترز'],
      ['number', '3.5'],
    ]);
    // The same word and number tokens, visited without a token list (what the analyzer's token view reads).
    const visited: [boolean, string][] = [];
    scanWords('لـ«رويترز» 3.5', (start, end, isNumber) => visited.push([isNumber, 'لـ«رويترز» 3.5'.slice(start, end)]));
    expect(visited).toEqual([
      [false, 'لـ'],
      [false, 'رويترز'],
      [true, '3.5'],
    ]);
    expect(sentences(text).map((s) => s.text)).toEqual(['اقرأ أيضاً هنا.', 'وقال الوزير «إن الوضع صعب. جدا» ثم غادر.']);
    expect(keyTokens('المدرسة الأولى')).toEqual(['المدرسه', 'الاولي']);
  });

  it('stems variants of one word together and keeps names whole', () => {
    expect(new Set(['الولايات', 'والولايات', 'للولايات'].map((w) => stem(key(w)))).size).toBe(1);
    expect(isStopword(key('الذي'))).toBe(true);
    expect(keyTerms('زار الوزير لبنان', { keep: new Set(['لبنان']) })).toEqual(['زار', 'وزير', 'لبنان']);
  });
});
