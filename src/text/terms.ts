/** Key tokens and stemmed terms: the usual input to similarity features. */
import { key } from './key.js';
import { stem, type StemOptions } from './stem.js';
import { isStopword } from './stopwords.js';
import { TermTable } from './term-table.js';
import { scanWords, words } from './tokenize.js';

/** Key forms of the word and number tokens of `text` (no stemming, stopwords kept). */
export function keyTokens(text: string): string[] {
  return words(text).map((t) => key(t.text));
}

export interface KeyTermsOptions {
  /** Key forms never stemmed (entity names); a proclitic in front of them is still removed. Default: none. Results are cached per set: do not mutate a set after passing it. */
  readonly keep?: ReadonlySet<string>;
}

const MIN_LETTERS_AFTER_TANWIN = 3;

/**
 * The stem of one clean word token: its key form, minus a tanwin alef that only the clean form
 * shows (`مضيفاً` → `مضيف`; `سوريا` keeps its alef), then light-stemmed.
 */
export function stemToken(cleanWord: string, options: StemOptions = {}): string {
  return stemKeyed(cleanWord, key(cleanWord), options);
}

/** `stemToken` when the key form `k` of `cleanWord` is already known. */
function stemKeyed(cleanWord: string, k: string, options: StemOptions): string {
  if (endsWithTanwinAlef(cleanWord) && k.endsWith('ا') && k.length - 1 >= MIN_LETTERS_AFTER_TANWIN && options.keep?.has(k) !== true) {
    return stem(k.slice(0, -1), options);
  }
  return stem(k, options);
}

const ALEF = 0x0627;
const FATHATAN = 0x064b;

/** Accusative tanwin on an alef, in either order (`مضيفاً`, `مضيفًا`). */
function endsWithTanwinAlef(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  const before = w.charCodeAt(w.length - 2);
  return (last === FATHATAN && before === ALEF) || (last === ALEF && before === FATHATAN);
}

/**
 * The term of each clean word token seen (its stem, or null for a stopword or a one-letter token):
 * words repeat and the mapping is pure, so it is cached — one table without `keep`, one per `keep`
 * set (a set is assumed not to change while in use; pass a new set for new names).
 */
let noKeepTable: TermTable | null = null;
/** Per `keep` set a plain map: callers often build a small set per document. */
const KEEP_CACHES = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const KEEP_CACHE_LIMIT = 50_000;
const NO_OPTIONS: StemOptions = {};

function termOf(token: string, keep: ReadonlySet<string> | undefined): string | null {
  const k: string = key(token);
  if (k.length < 2 || isStopword(k)) return null;
  return stemKeyed(token, k, keep === undefined ? NO_OPTIONS : { keep });
}

const termWithoutKeep = (token: string): string | null => termOf(token, undefined);

function keptTerm(token: string, keep: ReadonlySet<string>): string | null {
  let cache = KEEP_CACHES.get(keep);
  if (cache === undefined) {
    cache = new Map();
    KEEP_CACHES.set(keep, cache);
  }
  let term = cache.get(token);
  if (term === undefined) {
    term = termOf(token, keep);
    if (cache.size >= KEEP_CACHE_LIMIT) cache.clear();
    cache.set(token, term);
  }
  return term;
}

/**
 * The term `keyTerms` gives one word token alone (`keyTerms(word)[0] ?? null` for a word as `scanWords`
 * cuts it: scanned again it is that one word), looked up without scanning it again: for callers that
 * hold a text's tokens already (the analyzer's token view asks it once per spelling).
 */
export function wordTerm(word: string): string | null {
  return (noKeepTable ??= new TermTable()).get(word, 0, word.length, termWithoutKeep);
}

/**
 * Clean text → key tokens of words (numbers dropped) → stopwords and one-letter tokens dropped →
 * light stems (tokens in `keep` whole).
 */
export function keyTerms(text: string, options: KeyTermsOptions = {}): string[] {
  const keep = options.keep;
  const out: string[] = [];
  if (keep !== undefined) {
    scanWords(text, (start, end, isNumber) => {
      if (isNumber) return;
      const term = keptTerm(text.slice(start, end), keep);
      if (term !== null) out.push(term);
    });
    return out;
  }
  const table = (noKeepTable ??= new TermTable());
  scanWords(text, (start, end, isNumber) => {
    if (isNumber) return;
    const term = table.get(text, start, end, termWithoutKeep);
    if (term !== null) out.push(term);
  });
  return out;
}
