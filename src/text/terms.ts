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

/**
 * The term of each clean word token seen (its stem, or null for a stopword or a one-letter token),
 * shared by every call without `keep`: words repeat and the mapping is pure.
 */
const TERM_CACHE = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

function termOf(token: string, keep: ReadonlySet<string> | undefined): string | null {
  const k: string = key(token);
  if (k.length < 2 || isStopword(k)) return null;
  return keep === undefined ? stemToken(token) : stemToken(token, { keep });
}

function cachedTerm(token: string): string | null {
  let term = TERM_CACHE.get(token);
  if (term === undefined) {
    term = termOf(token, undefined);
    if (TERM_CACHE.size >= TERM_CACHE_LIMIT) TERM_CACHE.clear();
    TERM_CACHE.set(token, term);
  }
  return term;
}

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
    const term = keep === undefined ? cachedTerm(token) : termOf(token, keep);
    if (term !== null) out.push(term);
  });
  return out;
}
