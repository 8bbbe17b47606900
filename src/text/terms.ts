/** Key tokens and stemmed terms: the usual input to similarity features. */
import { key } from './key.js';
import { stem } from './stem.js';
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

/**
 * Clean text → key tokens of words (numbers dropped) → stopwords and one-letter tokens dropped →
 * light stems. A tanwin alef seen in the clean token is dropped before stemming.
 */
export function keyTerms(text: string, options: KeyTermsOptions = {}): string[] {
  const stemOptions = options.keep === undefined ? {} : { keep: options.keep };
  const out: string[] = [];
  for (const token of words(text)) {
    if (token.kind !== 'word') continue;
    let k: string = key(token.text);
    if (k.length < 2 || isStopword(k)) continue;
    if (TANWIN_ALEF.test(token.text) && k.endsWith('ا') && k.length > 3) k = k.slice(0, -1);
    out.push(stem(k, stemOptions));
  }
  return out;
}
