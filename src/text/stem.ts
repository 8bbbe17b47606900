/**
 * Light stemming for matching only (never for display): Larkey's light10 as Lucene implements it,
 * plus guarded extras. Input is a key token (`key()` already folded ة → ه, ى → ي, أ → ا).
 * Rules and the evidence for each guard: docs/design/text.md.
 */

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
const MIN_AFTER_CLITIC = 4;
const MIN_AFTER_PRONOUN = 4;
const MIN_BEFORE_FEMININE_DUAL = 4;

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

function stripPrefixes(word: string, keep: ReadonlySet<string> | undefined): { stem: string; kept: boolean } {
  for (const p of ARTICLE_COMBOS) {
    if (word.startsWith(p) && word.length - p.length >= MIN_AFTER_ARTICLE) {
      const rest = word.slice(p.length);
      const k = kept(rest, keep);
      return k !== null ? { stem: k, kept: true } : { stem: rest, kept: false };
    }
  }
  let w = word;
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length - 1 >= MIN_AFTER_CLITIC) {
    w = w.slice(1);
    const k = kept(w, keep);
    if (k !== null) return { stem: k, kept: true };
  }
  if ((w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك')) && w.length - 1 >= MIN_AFTER_CLITIC && w[1] !== 'ا') {
    w = w.slice(1);
    const k = kept(w, keep);
    if (k !== null) return { stem: k, kept: true };
  }
  return { stem: w, kept: false };
}

function stripSuffixes(word: string): string {
  let w = word;
  for (const s of PRONOUN_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_AFTER_PRONOUN) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  for (const s of LIGHT10_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 2) {
      w = w.slice(0, -s.length);
      // Feminine dual/plural -تين/-تان: the teh belongs to the suffix (`عمليتين` → `عملي`).
      if ((s === 'ين' || s === 'ان') && w.endsWith('ت') && w.length - 1 >= MIN_BEFORE_FEMININE_DUAL) w = w.slice(0, -1);
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
  return stripSuffixes(prefixed.stem);
}
