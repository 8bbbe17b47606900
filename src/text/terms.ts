/** Key tokens and stemmed terms: the usual input to similarity features. */
import { key } from './key.js';
import { stem, type StemOptions } from './stem.js';
import { isStopword } from './stopwords.js';
import { words } from './tokenize.js';

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

/**
 * Clean text → key tokens of words (numbers dropped) → stopwords and one-letter tokens dropped →
 * light stems (tokens in `keep` whole).
 */
export function keyTerms(text: string, options: KeyTermsOptions = {}): string[] {
  const stemOptions = options.keep === undefined ? {} : { keep: options.keep };
  const out: string[] = [];
  for (const token of words(text)) {
    if (token.kind !== 'word') continue;
    const k: string = key(token.text);
    if (k.length < 2 || isStopword(k)) continue;
    out.push(stemToken(token.text, stemOptions));
  }
  return out;
}
