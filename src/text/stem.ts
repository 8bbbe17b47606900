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

/** Protected beginnings grouped by their first two letters, so a lookup tries a handful at most. */
const PROTECTED_BY_PAIR: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const p of PROTECTED_BEGINNINGS) {
    const pair = p.slice(0, 2);
    map.set(pair, [...(map.get(pair) ?? []), p]);
  }
  return map;
})();

const isProtected = (w: string): boolean => PROTECTED_BY_PAIR.get(w.slice(0, 2))?.some((p) => w.startsWith(p)) ?? false;

/** Removes the proclitics; `single` counts the one-letter proclitics removed (و ف ب ل ك). */
function stripPrefixes(word: string, keep: ReadonlySet<string> | undefined): { stem: string; kept: boolean; single: number } {
  const protectedWord = isProtected(word);
  // `للاجئين` is ل + اللاجئين with one lam dropped: only the preposition goes.
  if (word.startsWith('لل') && isProtected(word.slice(1))) {
    const rest = word.slice(1);
    return { stem: kept(rest, keep) ?? rest, kept: kept(rest, keep) !== null, single: 0 };
  }
  for (const p of ARTICLE_COMBOS) {
    if (protectedWord && p !== 'ال') continue;
    const minRest = p.length > 2 ? MIN_AFTER_COMBO : MIN_AFTER_ARTICLE;
    if (word.startsWith(p) && word.length - p.length >= minRest) {
      const rest = word.slice(p.length);
      const k = kept(rest, keep);
      return k !== null ? { stem: k, kept: true, single: 0 } : { stem: rest, kept: false, single: 0 };
    }
  }
  let w = word;
  let single = 0;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length - 1 >= MIN_AFTER_CONJUNCTION && !isProtected(w)) {
    w = w.slice(1);
    single++;
    const k = kept(w, keep);
    if (k !== null) return { stem: k, kept: true, single };
  }
  if ((w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك')) && w.length - 1 >= MIN_AFTER_CLITIC && !isProtected(w)) {
    w = w.slice(1);
    single++;
    const k = kept(w, keep);
    if (k !== null) return { stem: k, kept: true, single };
  }
  return { stem: w, kept: false, single };
}

/** After a pronoun, teh marbuta is written ت (`حكومته`): that ت goes with the pronoun. */
const PRONOUN_AFTER_TEH = new Set<string>(['ها', 'ه', 'هما', 'كما', 'هم', 'هن', 'كم']);
const MIN_BEFORE_HIDDEN_TEH = 4;

function stripSuffixes(word: string): string {
  let w = word;
  const dropHiddenTeh = (): void => {
    if (w.endsWith('ت') && !w.endsWith('ات') && w.length - 1 >= MIN_BEFORE_HIDDEN_TEH) w = w.slice(0, -1);
  };
  for (const s of PRONOUN_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_AFTER_PRONOUN) {
      w = w.slice(0, -s.length);
      dropHiddenTeh();
      break;
    }
  }
  for (const s of LIGHT10_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) {
      w = w.slice(0, -s.length);
      // Feminine dual -تين/-تان: the teh belongs to the suffix (`عمليتين` → `عملي`).
      if (s === 'ين' || s === 'ان') {
        if (w.endsWith('ت') && w.length - 1 >= MIN_BEFORE_FEMININE_DUAL) w = w.slice(0, -1);
      } else if (PRONOUN_AFTER_TEH.has(s)) dropHiddenTeh();
    }
  }
  return w;
}

/** The light stem of a key token: light10 with guarded extras. Words in `options.keep` come back whole. */
export function stem(keyWord: string, options: StemOptions = {}): string {
  const keep = options.keep;
  if (keep !== undefined && keep.has(keyWord)) return keyWord;
  if (keyWord.length < 3) return keyWord;
  const prefixed = stripPrefixes(keyWord, keep);
  if (prefixed.kept) return prefixed.stem;
  const stemmed = stripSuffixes(prefixed.stem);
  // A one-letter proclitic that leaves a stem of two letters was most likely a root letter.
  if (prefixed.single > 0 && stemmed.length < MIN_STEM_AFTER_CLITIC) return stripSuffixes(keyWord);
  return stemmed;
}
