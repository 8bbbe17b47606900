/**
 * The matching layer. `key` folds spelling variants so that the same word written by different
 * outlets compares equal. Never shown to readers. `KEY_RULES` (in order) is the specification.
 */
import { keyText, type KeyText } from '../core/index.js';
import { toNfc, type TextRule } from './clean.js';

/** Every Arabic combining mark (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel. */
const ARABIC_MARK_OR_TATWEEL =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0897-\u089F\u08CA-\u08E1\u08E3-\u08FF\u0640]/g;

/** Removes all Arabic marks and tatweel. Runs after NFC, so `أ` is never split into `ا` + hamza. */
export const stripMarks: TextRule = (s) => s.replace(ARABIC_MARK_OR_TATWEEL, '');

/** أ إ آ ٱ ٲ ٳ ٵ → ا (hamza on an initial alef is often omitted). */
export const foldAlef: TextRule = (s) => s.replace(/[\u0622\u0623\u0625\u0671\u0672\u0673\u0675]/g, 'ا');

/** Alef maqsura ى → ي (Egyptian print writes ى for final ي). */
export const foldYeh: TextRule = (s) => s.replace(/\u0649/g, 'ي');

/** Teh marbuta ة → ه (confused at word end on informal sites). */
export const foldTehMarbuta: TextRule = (s) => s.replace(/\u0629/g, 'ه');

/** Hamza on waw or yeh → bare hamza, so `مسؤول` and `مسئول` meet. */
export const foldHamzaSeats: TextRule = (s) => s.replace(/[\u0624\u0626]/g, 'ء');

const PERSIAN: Readonly<Record<string, string>> = {
  'ک': 'ك', 'ڪ': 'ك', 'ګ': 'ك', 'ڬ': 'ك', 'ڭ': 'ك', 'ڮ': 'ك', 'گ': 'ك', 'ڰ': 'ك', 'ڱ': 'ك', 'ڲ': 'ك', 'ڳ': 'ك', 'ڴ': 'ك',
  'ی': 'ي', 'ۍ': 'ي', 'ێ': 'ي', 'ې': 'ي', 'ۑ': 'ي', 'ے': 'ي', 'ۓ': 'ي',
  'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق', 'ں': 'ن',
};
const PERSIAN_CHARS = new RegExp(`[${Object.keys(PERSIAN).join('')}]`, 'g');

/** Persian, Urdu and Maghrebi lookalike letters → the Arabic letter they stand for. */
export const foldPersian: TextRule = (s) => s.replace(PERSIAN_CHARS, (c) => PERSIAN[c] ?? c);

const DIGIT_OR_SEPARATOR = /[\u0660-\u066C\u06F0-\u06F9]/g;
const digitOrSeparator = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code === 0x066a) return '%';
  if (code === 0x066b) return '.';
  return ',';
};

/** Arabic-Indic and Persian digits → 0–9; ٫ → `.`, ٬ → `,`, ٪ → `%`. */
export const toWesternDigits: TextRule = (s) => s.replace(DIGIT_OR_SEPARATOR, digitOrSeparator);

/** Latin (and any cased script) → lower case. */
export const lowerLatin: TextRule = (s) => s.toLowerCase();

/**
 * The specification of `key`, applied in this order. NFC comes first (so combining hamza composes
 * before marks are stripped) and last (so a second pass finds nothing to change).
 */
export const KEY_RULES: readonly TextRule[] = [
  toNfc,
  stripMarks,
  foldAlef,
  foldYeh,
  foldTehMarbuta,
  foldHamzaSeats,
  foldPersian,
  toWesternDigits,
  lowerLatin,
  toNfc,
];

/** `KEY_RULES` applied one after the other: the reference that the fast path must equal. */
export function keyByRules(text: string): string {
  let s = text;
  for (const rule of KEY_RULES) s = rule(s);
  return s;
}

const DELETE = -1;
const SLOW = -2;

const UNKNOWN = -3;
const MARK = /\p{M}/u;

/**
 * What `KEY_RULES` do to one BMP code unit on its own: the code unit it becomes, DELETE, or SLOW when
 * the result depends on its neighbours (combining marks that compose under NFC, surrogates, Hangul
 * jamo, final sigma, characters NFC changes) or is longer than one unit.
 */
function classifyForKey(code: number): number {
  const ch = String.fromCharCode(code);
  const composesUnderNfc = code >= 0x0653 && code <= 0x0655;
  const contextual = (code >= 0xd800 && code <= 0xdfff) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0xac00 && code <= 0xd7a3) || code === 0x03a3;
  if (composesUnderNfc || contextual || ch.normalize('NFC') !== ch) return SLOW;
  const folded = keyByRules(ch);
  if (folded === '') return DELETE;
  if (MARK.test(ch) || folded.length !== 1 || MARK.test(folded)) return SLOW;
  return folded.charCodeAt(0);
}

/** `classifyForKey` for every code unit, filled on first sight so loading costs nothing. */
const KEY_TABLE: Int32Array = new Int32Array(0x10000).fill(UNKNOWN);

const lookup = (code: number): number => {
  const known = KEY_TABLE[code]!;
  if (known !== UNKNOWN) return known;
  const computed = classifyForKey(code);
  KEY_TABLE[code] = computed;
  return computed;
};

/** Code units `String.fromCharCode` is given at once. */
const SHORT = 64;

/** One pass over the table; null when a SLOW code unit needs the rule-by-rule path. */
function keyFast(text: string): string | null {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (lookup(code) !== code) break;
  }
  if (i === n) return text;
  // A plain array of small integers, not a typed array: `apply` copies a packed array's elements at
  // once, but reads a typed array's one by one through the runtime (thousands of instructions a key).
  const out: number[] = [];
  for (let j = 0; j < i; j++) out.push(text.charCodeAt(j));
  for (; i < n; i++) {
    const mapped = lookup(text.charCodeAt(i));
    if (mapped >= 0) out.push(mapped);
    else if (mapped === SLOW) return null;
  }
  // Built SHORT code units at a time, one way for every length: a separate path for long keys, first
  // met after this function was optimized, deoptimized it and everything that inlined it.
  let result = '';
  for (let from = 0; from < out.length; from += SHORT) result += String.fromCharCode.apply(null, out.slice(from, from + SHORT));
  return result;
}

/** Matching text: folded, no marks, Western digits, lower-case Latin. Idempotent. Equals `keyByRules`. */
export function key(text: string): KeyText {
  return keyText(keyFast(text) ?? keyByRules(text));
}
