import { key } from '../../text/index.js';

/** What the cleaning rules need to know about one line of clean text. */
export interface Line {
  readonly text: string;
  readonly words: number;
  readonly arabicLetters: number;
  readonly latinLetters: number;
  readonly letters: number;
  /** Key text reduced to letters and digits separated by single spaces: the identity used for repeats. */
  readonly match: string;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export const matchKey = (text: string): string =>
  key(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function lineInfo(text: string): Line {
  let arabic = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
    else if (LATIN_LETTER.test(ch)) latin++;
  }
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return { text, words, arabicLetters: arabic, latinLetters: latin, letters, match: matchKey(text) };
}

/** A line that reads as article prose: long enough, or ending like a sentence. */
export const isBodyLike = (l: Line): boolean => {
  if (l.words >= 20) return true;
  const withoutCredit = l.text.replace(/[\s\-–—]*\([^()]{1,25}\)\s*$/u, '');
  return l.words >= 7 && /[.!?؟…]["»”)]?$/u.test(withoutCredit);
};

/** A line that reads as a headline: short and without a sentence's final full stop or colon. */
export const isHeadlineLike = (l: Line): boolean => l.words >= 2 && l.words <= 25 && !/[.:،,;؛\-–—|]\s*$/u.test(l.text) && l.letters > 0;

/** Share of letters that are Arabic script (0 when there are no letters). */
export const arabicShare = (l: Pick<Line, 'arabicLetters' | 'letters'>): number => (l.letters === 0 ? 0 : l.arabicLetters / l.letters);

/** A line made of one unit repeated (`x x x`, `title title`): the unit, else null. */
export function repeatedUnit(match: string): string | null {
  const words = match.split(' ');
  for (let size = 1; size <= words.length / 2; size++) {
    if (words.length % size !== 0) continue;
    const unit = words.slice(0, size).join(' ');
    let same = true;
    for (let i = size; i < words.length && same; i += size) same = words.slice(i, i + size).join(' ') === unit;
    if (same) return unit;
  }
  return null;
}
