/**
 * One table of character classes for every BMP code unit, built once, so the tokenizer and the
 * sentence splitter look a class up instead of running a regex per character.
 */
export const CharClass = {
  Other: 0,
  Letter: 1,
  Mark: 2,
  Digit: 3,
  Space: 4,
  Punct: 5,
  HighSurrogate: 6,
  LowSurrogate: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const classify = (c: string): CharClass => {
  if (/\p{L}/u.test(c)) return CharClass.Letter;
  if (/\p{M}/u.test(c)) return CharClass.Mark;
  if (/\p{Nd}/u.test(c)) return CharClass.Digit;
  if (/\p{White_Space}/u.test(c)) return CharClass.Space;
  if (/\p{P}/u.test(c)) return CharClass.Punct;
  return CharClass.Other;
};

const buildTable = (): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) table[code] = CharClass.HighSurrogate;
    else if (code >= 0xdc00 && code <= 0xdfff) table[code] = CharClass.LowSurrogate;
    else table[code] = classify(String.fromCharCode(code));
  }
  return table;
};

export const CHAR_CLASS: Uint8Array = buildTable();

/** The class of a supplementary code point (emoji, historic scripts, math letters). */
export const classOfCodePoint = (codePoint: number): CharClass => classify(String.fromCodePoint(codePoint));
