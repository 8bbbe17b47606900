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

/** Matching text: folded, no marks, Western digits, lower-case Latin. Idempotent. */
export function key(text: string): KeyText {
  let s = text;
  for (const rule of KEY_RULES) s = rule(s);
  return keyText(s);
}
