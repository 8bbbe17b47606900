/**
 * What a timeline line shows of a long sentence: the clauses around its date. Encyclopedic and
 * wire copy runs to sentences of a hundred words and more, several dates in one; each date's line
 * should read as what happened then, not as the whole paragraph again.
 */
import type { Sentence } from '../core/index.js';

/** Words a timeline line shows at most; a sentence this long or shorter is shown whole. */
export const EXCERPT_WORDS = 40;
/** Words kept before the date when even its own clause is too long (the rest go after it). */
const WORDS_BEFORE_DATE = 12;
const CUT = '…';

/** A clause ends after `، ؛ :` or before a spaced dash, the places where a reader pauses. */
const CLAUSE_BREAK = /[،؛:](?=\s)|\s(?=[-–—]\s)/gu;
/** A word has a letter or a digit: a lone dash or mark between spaces is no word. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;
/** What a cut end must not start or stop on: spaces, clause breaks and dashes. */
const LOOSE_START = /^[\s،؛:\-–—]+/u;
const LOOSE_END = /[\s،؛:\-–—]+$/u;

const wordCount = (s: string): number => s.match(WORD)?.length ?? 0;

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly words: number;
}

/** The sentence's clauses, as offsets into its text, each with its trailing break. */
function clauses(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const end = m.index + m[0].length;
    out.push({ start, end, words: wordCount(text.slice(start, end)) });
    start = end;
  }
  out.push({ start, end: text.length, words: wordCount(text.slice(start)) });
  return out.filter((p) => p.words > 0);
}

/** The words of `text[from, to)`, as offsets into `text`. */
function wordsIn(text: string, from: number, to: number): Piece[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, words: 1 }));
}

/** `text[start, end)` with cut marks where it does not reach the sentence's ends, and no dangling break. */
function marked(text: string, start: number, end: number): string {
  const body = text.slice(start, end).replace(LOOSE_START, '').replace(LOOSE_END, '');
  return `${start > 0 ? `${CUT} ` : ''}${body}${end < text.length ? ` ${CUT}` : ''}`;
}

/**
 * The part of `sentence` a timeline line shows for the date starting at `start` (an offset into the
 * document): null when the sentence has at most `EXCERPT_WORDS` words. Otherwise the date's clause,
 * grown by whole neighbouring clauses (the one before first, where an Arabic sentence puts its verb
 * and subject) while the words stay within the limit; a clause longer than the limit on its own is cut
 * to a window of `EXCERPT_WORDS` words, `WORDS_BEFORE_DATE` of them before the date where the clause
 * has them and more where its end comes sooner. A date past the sentence's end (no clause holds it)
 * is read in the last clause. Cuts are marked `…`.
 */
export function dateExcerpt(sentence: Sentence, start: number): string | null {
  const text = sentence.text;
  if (wordCount(text) <= EXCERPT_WORDS) return null;
  const at = Math.max(0, start - sentence.start);
  const parts = clauses(text);
  const holding = parts.findIndex((p) => at < p.end);
  const home = holding < 0 ? parts.length - 1 : holding;
  const own = parts[home] as Piece;
  if (own.words > EXCERPT_WORDS) {
    const words = wordsIn(text, own.start, own.end);
    const dateWord = words.findIndex((w) => w.end > at);
    // (the clause has more than EXCERPT_WORDS words, so the window always fits in it)
    const first = Math.max(0, Math.min((dateWord < 0 ? words.length - 1 : dateWord) - WORDS_BEFORE_DATE, words.length - EXCERPT_WORDS));
    return marked(text, (words[first] as Piece).start, (words[first + EXCERPT_WORDS - 1] as Piece).end);
  }
  let lo = home;
  let hi = home;
  let total = own.words;
  for (let grew = true; grew; ) {
    grew = false;
    const before = parts[lo - 1];
    if (before !== undefined && total + before.words <= EXCERPT_WORDS) {
      lo--;
      total += before.words;
      grew = true;
    }
    const after = parts[hi + 1];
    if (after !== undefined && total + after.words <= EXCERPT_WORDS) {
      hi++;
      total += after.words;
      grew = true;
    }
  }
  return marked(text, (parts[lo] as Piece).start, (parts[hi] as Piece).end);
}
