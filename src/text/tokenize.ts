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

/** Class and width (1 or 2 code units) of the character at `i`. */
function classAt(text: string, i: number): { cls: CharClass; width: 1 | 2 } {
  const code = text.charCodeAt(i);
  const cls = CHAR_CLASS[code] as CharClass;
  if (cls === CharClass.HighSurrogate) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      return { cls: classOfCodePoint(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000), width: 2 };
    }
    return { cls: CharClass.Other, width: 1 };
  }
  if (cls === CharClass.LowSurrogate) return { cls: CharClass.Other, width: 1 };
  return { cls, width: 1 };
}

const isWordClass = (cls: CharClass): boolean => cls === CharClass.Letter || cls === CharClass.Mark;

/** The end of the token that starts at `start`, and its kind. */
function tokenAt(text: string, start: number): { kind: TokenKind; end: number } {
  const n = text.length;
  const first = classAt(text, start);
  let i = start + first.width;
  switch (first.cls) {
    case CharClass.Letter:
    case CharClass.Mark: {
      while (i < n) {
        const code = text.charCodeAt(i);
        const c = CHAR_CLASS[code] as CharClass;
        if (c === CharClass.Letter || c === CharClass.Mark) i++;
        else if (c === CharClass.HighSurrogate) {
          const next = classAt(text, i);
          if (!isWordClass(next.cls)) break;
          i += next.width;
        } else if (isWordHyphen(code) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Letter) i += 2;
        else break;
      }
      return { kind: 'word', end: i };
    }
    case CharClass.Digit: {
      while (i < n) {
        const code = text.charCodeAt(i);
        if (CHAR_CLASS[code] === CharClass.Digit) i++;
        else if (isNumberSeparator(code) && i + 1 < n && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Digit) i += 2;
        else break;
      }
      return { kind: 'number', end: i };
    }
    case CharClass.Space: {
      while (i < n && CHAR_CLASS[text.charCodeAt(i)] === CharClass.Space) i++;
      return { kind: 'space', end: i };
    }
    case CharClass.Punct: {
      const code = text.charCodeAt(start);
      while (i < n && text.charCodeAt(i) === code) i++;
      return { kind: 'punct', end: i };
    }
    default:
      return { kind: 'other', end: i };
  }
}

/** Every piece of `text`, in order, with no gaps: words, numbers, punctuation runs, spaces, other. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const { kind, end } = tokenAt(text, i);
    tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

/** Only the word and number tokens of `text`, with offsets into `text`. */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const { kind, end } = tokenAt(text, i);
    if (kind === 'word' || kind === 'number') tokens.push({ kind, text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}
