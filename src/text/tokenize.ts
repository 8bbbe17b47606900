/**
 * Tokens with offsets. The pieces of `tokenize(text)` concatenate back to `text` exactly; offsets
 * are UTF-16 code units, `[start, end)`, like every span in khulasa.
 */
import { CHAR_CLASS, CharClass, classOfCodePoint } from './chars.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'space' | 'other';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Inside a word, a hyphen between two letters keeps a hyphenated name together (`جان-ايف`). */
const isWordHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011;

/** Inside a number, these between two digits keep it whole: `1,2` `3.5` `٣٫٥` `8،8` `11:30` `17/10/2016`. */
const isNumberSeparator = (code: number): boolean =>
  code === 0x2e || code === 0x2c || code === 0x060c || code === 0x066b || code === 0x066c || code === 0x3a || code === 0x2f;

/** The class of the code point at `i`: a surrogate pair is classified whole, a lone half is Other. */
function classAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  const cls = CHAR_CLASS[code] as CharClass;
  if (cls === CharClass.HighSurrogate) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classOfCodePoint(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
    return CharClass.Other;
  }
  return cls === CharClass.LowSurrogate ? CharClass.Other : cls;
}

const widthAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

const KIND_BY_CLASS: readonly TokenKind[] = ['other', 'word', 'word', 'number', 'space', 'punct', 'other', 'other'];

/** End of the token that starts at `start`; its kind is `KIND_BY_CLASS[classAt(text, start)]`. */
function tokenEnd(text: string, start: number, first: CharClass): number {
  const n = text.length;
  let i = start + widthAt(text, start);
  switch (first) {
    case CharClass.Letter:
    case CharClass.Mark:
      while (i < n) {
        const code = text.charCodeAt(i);
        const c = CHAR_CLASS[code]!;
        if (c === CharClass.Letter || c === CharClass.Mark) i++;
        else if (c === CharClass.HighSurrogate) {
          const next = classAt(text, i);
          if (next !== CharClass.Letter && next !== CharClass.Mark) break;
          i += 2;
        } else if (isWordHyphen(code) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Letter) i += 2;
        else break;
      }
      return i;
    case CharClass.Digit:
      while (i < n) {
        const code = text.charCodeAt(i);
        if (CHAR_CLASS[code] === CharClass.Digit) i++;
        else if (isNumberSeparator(code) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Digit) i += 2;
        else break;
      }
      return i;
    case CharClass.Space:
      while (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.Space) i++;
      return i;
    case CharClass.Punct: {
      const code = text.charCodeAt(start);
      while (i < n && text.charCodeAt(i) === code) i++;
      return i;
    }
    default:
      return i;
  }
}

const TATWEEL = 0x0640;

/**
 * A run of tatweel and marks with no letter (`قال ـ الوزير`, a stray haraka) is written as a dash or
 * is noise: punctuation, not a word (its key would be empty). Only a run starting with one can be.
 */
function letterless(text: string, start: number, end: number, first: CharClass): boolean {
  if (first !== CharClass.Mark && text.charCodeAt(start) !== TATWEEL) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== TATWEEL && CHAR_CLASS[code] !== CharClass.Mark) return false;
  }
  return true;
}

/** Every piece of `text`, in order, with no gaps: words, numbers, punctuation runs, spaces, other. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    const end = tokenEnd(text, i, cls);
    const kind = (cls === CharClass.Letter || cls === CharClass.Mark) && letterless(text, i, end, cls) ? 'punct' : KIND_BY_CLASS[cls]!;
    tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

/**
 * Calls `visit(start, end, isNumber)` for each word and number token of `text`, in order, without
 * allocating tokens (the hot loop of `keyTerms`).
 */
export function scanWords(text: string, visit: (start: number, end: number, isNumber: boolean) => void): void {
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i);
    const end = tokenEnd(text, i, cls);
    if (cls === CharClass.Digit) visit(i, end, true);
    else if ((cls === CharClass.Letter || cls === CharClass.Mark) && !letterless(text, i, end, cls)) visit(i, end, false);
    i = end;
  }
}

/** Only the word and number tokens of `text`, with offsets into `text`. */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  scanWords(text, (start, end, isNumber) => {
    tokens.push({ kind: isNumber ? 'number' : 'word', text: text.slice(start, end), start, end });
  });
  return tokens;
}
