/** Key tokens and stemmed terms: the usual input to similarity features. */
import { key } from './key.js';
import { stem, type StemOptions } from './stem.js';
import { isStopword } from './stopwords.js';
import { scanWords, words } from './tokenize.js';

/** Key forms of the word and number tokens of `text` (no stemming, stopwords kept). */
export function keyTokens(text: string): string[] {
  return words(text).map((t) => key(t.text));
}

export interface KeyTermsOptions {
  /** Key forms never stemmed (entity names); a proclitic in front of them is still removed. Default: none. */
  readonly keep?: ReadonlySet<string>;
}

/** Accusative tanwin on an alef, in either order (`مضيفاً`, `مضيفًا`). */
const TANWIN_ALEF = /(?:\u0627\u064B|\u064B\u0627)$/;
const MIN_LETTERS_AFTER_TANWIN = 3;

/**
 * The stem of one clean word token: its key form, minus a tanwin alef that only the clean form
 * shows (`مضيفاً` → `مضيف`; `سوريا` keeps its alef), then light-stemmed.
 */
export function stemToken(cleanWord: string, options: StemOptions = {}): string {
  let k: string = key(cleanWord);
  if (TANWIN_ALEF.test(cleanWord) && k.endsWith('ا') && k.length - 1 >= MIN_LETTERS_AFTER_TANWIN && options.keep?.has(k) !== true) {
    k = k.slice(0, -1);
  }
  return stem(k, options);
}

/** Stems of clean word tokens (no `keep`), shared by every call: words repeat, stemming is pure. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

const cachedStem = (cleanWord: string): string => {
  let stemmed = STEM_CACHE.get(cleanWord);
  if (stemmed === undefined) {
    stemmed = stemToken(cleanWord);
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(cleanWord, stemmed);
  }
  return stemmed;
};

/**
 * Clean text → key tokens of words (numbers dropped) → stopwords and one-letter tokens dropped →
 * light stems (tokens in `keep` whole).
 */
export function keyTerms(text: string, options: KeyTermsOptions = {}): string[] {
  const keep = options.keep;
  const out: string[] = [];
  scanWords(text, (start, end, isNumber) => {
    if (isNumber) return;
    const token = text.slice(start, end);
    const k: string = key(token);
    if (k.length < 2 || isStopword(k)) return;
    out.push(keep === undefined ? cachedStem(token) : stemToken(token, { keep }));
  });
  return out;
}
