/**
 * The two tokenizations ROUGE can run with. Both are written here as small explicit rules, not taken
 * from the text layer, so the measuring instrument does not move when the engine's normalization does.
 */
export type RougeTokenization = 'arabic' | 'ascii';

/**
 * ROUGE-1.5.5 exactly: the script reads bytes, lower-cases A-Z, turns every byte outside
 * `[A-Za-z0-9-]` into a space, splits on spaces and then keeps only tokens that start with
 * `[a-z0-9$]` (so the `-` tokens it made are dropped). In effect: maximal runs of ASCII letters and
 * digits. Every Arabic letter, and every non-ASCII digit, is a separator.
 */
export function asciiTokens(text: string): string[] {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
}

/** The normalization of the Arabic-aware tokenization, in order. Each rule is `string → string`. */
const ARABIC_ROUGE_RULES: readonly (readonly [name: string, rule: (s: string) => string])[] = [
  // NFC first, so a letter + combining hamza/madda becomes أ إ آ before marks are removed.
  ['composeNfc', (s) => s.normalize('NFC')],
  ['lowerCase', (s) => s.toLowerCase()],
  // Harakat, shadda, sukun, dagger alef, Quranic marks, and any other combining mark.
  ['removeMarks', (s) => s.replace(/\p{M}/gu, '')],
  ['removeTatweel', (s) => s.replace(/\u0640/g, '')],
  // Zero-width joiners, bidi controls, BOM: invisible, so they must not split or change a word.
  ['removeFormatCharacters', (s) => s.replace(/\p{Cf}/gu, '')],
  ['foldAlef', (s) => s.replace(/[\u0623\u0625\u0622]/g, '\u0627')],
  ['foldAlefMaksura', (s) => s.replace(/\u0649/g, '\u064A')],
  ['foldTehMarbuta', (s) => s.replace(/\u0629/g, '\u0647')],
];

/**
 * The documented default: apply {@link ARABIC_ROUGE_RULES}, then take maximal runs of letters and
 * digits (any script) as tokens. No stemming, no stopword removal; punctuation separates tokens, so
 * `500,000` is two tokens, as in ROUGE-1.5.5.
 */
export function arabicTokens(text: string): string[] {
  let s = text;
  for (const [, rule] of ARABIC_ROUGE_RULES) s = rule(s);
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export const TOKENIZERS: Readonly<Record<RougeTokenization, (text: string) => string[]>> = {
  arabic: arabicTokens,
  ascii: asciiTokens,
};
