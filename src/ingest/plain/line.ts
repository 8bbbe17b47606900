import { key } from '../../text/index.js';

/** What the cleaning rules need to know about one line of clean text. */
export interface Line {
  readonly text: string;
  readonly words: number;
  readonly arabicLetters: number;
  readonly latinLetters: number;
  readonly letters: number;
  /**
   * The line's identity for repeats and headline matching: key text reduced to letters and digits
   * separated by single spaces. Lines longer than a headline skip the key folding (they only ever
   * match their own copies, which scrapers print verbatim).
   */
  readonly match: string;
  /** When `match` is one unit printed several times (`x x x`), that unit; else null. */
  readonly unit: string | null;
}

/** Headlines and names are shorter than this; longer lines are matched without key folding. */
const MAX_KEYED_WORDS = 50;
/** Lines longer than this are never a unit printed several times (two headlines at most). */
const MAX_UNIT_WORDS = 60;

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

export const matchKey = (text: string): string =>
  key(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Letter counts by script; code-unit ranges for the common cases, Unicode properties for the rest. */
function countLetters(text: string): { arabic: number; latin: number; letters: number } {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        latin++;
        letters++;
      }
    } else if (c >= 0x0621 && c <= 0x064a && c !== 0x0640) {
      arabic++;
      letters++;
    } else if (c === 0x20 || (c >= 0x064b && c <= 0x0669) || c === 0x060c || c === 0x061b || c === 0x061f) {
      continue;
    } else {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (ch.length === 2) i++;
      if (!LETTER.test(ch)) continue;
      letters++;
      if (ARABIC_LETTER.test(ch)) arabic++;
      else if (LATIN_LETTER.test(ch)) latin++;
    }
  }
  return { arabic, latin, letters };
}

export function lineInfo(text: string): Line {
  const { arabic, latin, letters } = countLetters(text);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  const match = words <= MAX_KEYED_WORDS ? matchKey(text) : text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return { text, words, arabicLetters: arabic, latinLetters: latin, letters, match, unit: words <= MAX_UNIT_WORDS ? repeatedUnit(match) : null };
}

/** A line that reads as article prose: long enough, or ending like a sentence. */
export const isBodyLike = (l: Line): boolean => {
  if (l.words >= 20) return true;
  const withoutCredit = l.text.replace(/[\s\-–—]*\([^()]{1,25}\)\s*$/u, '');
  return l.words >= 7 && /[.!?؟…]["»”)]?$/u.test(withoutCredit);
};

export const HEADLINE_MAX_WORDS = 25;

/** A line that reads as a headline: short and without a sentence's final full stop or colon. */
export const isHeadlineLike = (l: Line): boolean => l.words >= 2 && l.words <= HEADLINE_MAX_WORDS && !/[.:،,;؛\-–—|]\s*$/u.test(l.text) && l.letters > 0;

/** Share of letters that are Arabic script (0 when there are no letters). */
export const arabicShare = (l: Pick<Line, 'arabicLetters' | 'letters'>): number => (l.letters === 0 ? 0 : l.arabicLetters / l.letters);

/** A line made of one unit repeated (`x x x`, `title title`): the unit, else null. */
function repeatedUnit(match: string): string | null {
  const words = match.split(' ');
  const n = words.length;
  for (let size = 1; size <= n / 2; size++) {
    if (n % size !== 0) continue;
    let same = true;
    for (let i = size; i < n && same; i++) same = words[i] === words[i % size];
    if (same) return words.slice(0, size).join(' ');
  }
  return null;
}
