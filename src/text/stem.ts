/**
 * Light stemming for matching only (never for display): Larkey's light10 as Lucene implements it,
 * plus guarded extras. Input is a key token (`key()` already folded ة → ه, ى → ي, أ → ا).
 * Rules and the evidence for each guard: docs/design/text.md.
 */

import { PROTECTED_BEGINNINGS } from './stem-protected.js';

/** light10 prefixes, tried in this order; the first that leaves ≥ 2 letters is removed. */
const LIGHT10_ARTICLES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل'] as const;
/** light10 suffixes after normalization (ة/ية became ه/يه), each removed once if ≥ 2 letters remain. */
const LIGHT10_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'] as const;

/** The reference light10 (Lucene `ArabicStemmer`), kept for the evaluation baseline. */
export function light10(word: string): string {
  let w = word;
  for (const p of LIGHT10_ARTICLES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w === word && w.startsWith('و') && w.length >= 4) w = w.slice(1);
  for (const s of LIGHT10_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) w = w.slice(0, -s.length);
  }
  return w;
}

/** Conjunction/preposition + article combinations, longest first. */
const ARTICLE_COMBOS = ['وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'] as const;
/** Attached pronouns stripped before the light10 suffixes, longest first, when ≥ 4 letters remain. */
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم'] as const;
const MIN_AFTER_ARTICLE = 2;
const MIN_AFTER_COMBO = 3;
/** light10 strips و when ≥ 3 letters remain; the protected beginnings guard root-initial و/ف. */
const MIN_AFTER_CONJUNCTION = 3;
const MIN_AFTER_CLITIC = 4;
const MIN_AFTER_PRONOUN = 4;
const MIN_BEFORE_FEMININE_DUAL = 4;
const MIN_STEM_AFTER_CLITIC = 3;

export interface StemOptions {
  /** Key forms that are never stemmed (names); also checked after each proclitic is removed. */
  readonly keep?: ReadonlySet<string>;
}

const kept = (w: string, keep: ReadonlySet<string> | undefined): string | null => {
  if (keep === undefined) return null;
  if (keep.has(w)) return w;
  const withArticle = `ال${w}`;
  return keep.has(withArticle) ? withArticle : null;
};

const pairKey = (w: string, at: number): number => (w.charCodeAt(at) << 16) | w.charCodeAt(at + 1);

/** Protected beginnings grouped by their first two letters, so a lookup tries a handful at most. */
const PROTECTED_BY_PAIR: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const p of PROTECTED_BEGINNINGS) map.set(pairKey(p, 0), [...(map.get(pairKey(p, 0)) ?? []), p]);
  return map;
})();

/** Whether `w[at..]` starts with a protected beginning. */
const isProtected = (w: string, at: number): boolean => PROTECTED_BY_PAIR.get(pairKey(w, at))?.some((p) => w.startsWith(p, at)) ?? false;

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;

/**
 * Where the stem starts after the proclitics, or a kept name. Works on offsets into `word` so that a
 * word costs no intermediate strings (and no closures: this is the hot loop of `keyTerms`).
 * `single` counts the one-letter proclitics removed (و ف ب ل ك).
 */
interface Prefixed {
  readonly start: number;
  readonly single: number;
  readonly kept: string | null;
}

function keptAt(word: string, at: number, keep: ReadonlySet<string> | undefined): string | null {
  return keep === undefined ? null : kept(word.slice(at), keep);
}

function stripPrefixes(word: string, keep: ReadonlySet<string> | undefined): Prefixed {
  const n = word.length;
  const first = word.charCodeAt(0);
  // Only words that start with ا و ف ب ك ل can carry an article combination.
  if (first === ALEF || first === WAW || first === FEH || first === BEH || first === KAF || first === LAM) {
    // `للاجئين` is ل + اللاجئين with one lam dropped: only the preposition goes.
    if (first === LAM && word.charCodeAt(1) === LAM && isProtected(word, 1)) return { start: 1, single: 0, kept: keptAt(word, 1, keep) };
    const protectedWord = isProtected(word, 0);
    for (const p of ARTICLE_COMBOS) {
      if (protectedWord && p !== 'ال') continue;
      const minRest = p.length > 2 ? MIN_AFTER_COMBO : MIN_AFTER_ARTICLE;
      if (n - p.length >= minRest && word.startsWith(p)) return { start: p.length, single: 0, kept: keptAt(word, p.length, keep) };
    }
  }
  let at = 0;
  let single = 0;
  if ((first === WAW || first === FEH) && n - 1 >= MIN_AFTER_CONJUNCTION && !isProtected(word, 0)) {
    at = 1;
    single++;
    const k = keptAt(word, at, keep);
    if (k !== null) return { start: at, single, kept: k };
  }
  const next = word.charCodeAt(at);
  if ((next === BEH || next === LAM || next === KAF) && n - at - 1 >= MIN_AFTER_CLITIC && !isProtected(word, at)) {
    at++;
    single++;
    const k = keptAt(word, at, keep);
    if (k !== null) return { start: at, single, kept: k };
  }
  return { start: at, single, kept: null };
}

/** After a pronoun, teh marbuta is written ت (`حكومته`): that ت goes with the pronoun. */
const PRONOUN_AFTER_TEH = new Set<string>(['ها', 'ه', 'هما', 'كما', 'هم', 'هن', 'كم']);
const MIN_BEFORE_HIDDEN_TEH = 4;
const TEH = 0x062a;

/** `word[start, end)` minus a final ت that is a teh marbuta before a pronoun (not the ت of ات). */
function withoutHiddenTeh(word: string, start: number, end: number): number {
  return word.charCodeAt(end - 1) === TEH && word.charCodeAt(end - 2) !== ALEF && end - start - 1 >= MIN_BEFORE_HIDDEN_TEH ? end - 1 : end;
}

/** The end of the stem of `word[start, end)` after the suffixes. */
function stripSuffixes(word: string, start: number, end: number): number {
  let e = end;
  for (const s of PRONOUN_SUFFIXES) {
    if (e - start - s.length >= MIN_AFTER_PRONOUN && word.endsWith(s, e)) {
      e = withoutHiddenTeh(word, start, e - s.length);
      break;
    }
  }
  for (const s of LIGHT10_SUFFIXES) {
    if (e - start - s.length >= 2 && word.endsWith(s, e)) {
      e -= s.length;
      // Feminine dual -تين/-تان: the teh belongs to the suffix (`عمليتين` → `عملي`).
      if (s === 'ين' || s === 'ان') {
        if (word.charCodeAt(e - 1) === TEH && e - start - 1 >= MIN_BEFORE_FEMININE_DUAL) e--;
      } else if (PRONOUN_AFTER_TEH.has(s)) e = withoutHiddenTeh(word, start, e);
    }
  }
  return e;
}

/** The light stem of a key token: light10 with guarded extras. Words in `options.keep` come back whole. */
export function stem(keyWord: string, options: StemOptions = {}): string {
  const keep = options.keep;
  if (keep !== undefined && keep.has(keyWord)) return keyWord;
  if (keyWord.length < 3) return keyWord;
  const prefixed = stripPrefixes(keyWord, keep);
  if (prefixed.kept !== null) return prefixed.kept;
  const end = stripSuffixes(keyWord, prefixed.start, keyWord.length);
  // A one-letter proclitic that leaves a stem of two letters was most likely a root letter.
  if (prefixed.single > 0 && end - prefixed.start < MIN_STEM_AFTER_CLITIC) return keyWord.slice(0, stripSuffixes(keyWord, 0, keyWord.length));
  return keyWord.slice(prefixed.start, end);
}
