/**
 * Word-by-word differences that make two names two people, though their letters are within the
 * spelling tolerance (`sameCompactName`): the tolerance is for transliterations and hamza or alef
 * spellings, and these are none of those.
 */
import { DEFINITE_GIVEN_KEYS, KUNYA_NAME_KEYS, NASAB_KEYS } from './lexicon.js';
import { keySet } from './tokens.js';

const LONG_VOWELS = 'اوي';

/**
 * `باعباد` and `باعبود`, `حسان` and `حسين`: one long vowel traded for another in the same place. Spellings of
 * one name add or drop a long vowel (`لودريان` / `لو دوريان`); trading one names another word.
 */
function longVowelTrade(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff > 0 && LONG_VOWELS.includes(a.charAt(diff)) && LONG_VOWELS.includes(b.charAt(diff));
}

/** `عناقيد` and `عناقيده` ("its bunches"): a word and the same word with a final ه or ة is a noun with a pronoun, or another name. */
const finalHeMore = (a: string, b: string): boolean => (b.length === a.length + 1 && b.endsWith('ه') && b.startsWith(a)) || (a.length === b.length + 1 && a.endsWith('ه') && a.startsWith(b));

/** `عوض الله`، `حسام الدين`، `عبد الرحمن`: words that close a compound given name: they open no surname, and a definite one may follow them (key forms). */
export const COMPOUND_CLOSER_KEYS: ReadonlySet<string> = keySet(['الله', 'الدين', 'الرحمن']);

/**
 * Key-form word lists of two names, aligned word by word from the start (`a` no longer than `b`): some
 * word pair is a long-vowel trade or a final-ه pair, or a given name after a patronymic (`ولد اعل` /
 * `ولد اعلي`, `ولد ببكر` / `ولد بوبكر`) is spelled otherwise: a given name is written one way.
 */
export function nameWordsClash(a: readonly string[], b: readonly string[]): boolean {
  return a.some((w, i) => {
    const v = b[i];
    if (v === undefined || v === w) return false;
    if (i > 0 && NASAB_KEYS.has(a[i - 1] as string) && a[i - 1] === b[i - 1]) return true;
    return longVowelTrade(w, v) || finalHeMore(w, v);
  });
}

/**
 * `يوسف بنعلي` is not `يوسف بن علي الكندي`: a family name written as one word with its بن (a Maghrebi
 * surname) is not the father's name in the middle of a longer name's chain (key forms). At the end of
 * the name the two are one surname written two ways (`بنكيران` / `بن كيران`).
 */
export function gluedPatronymic(written: readonly string[], name: readonly string[]): boolean {
  return written.some((w) => {
    if (w.length < 4 || !w.startsWith('بن')) return false;
    const father = w.slice(2);
    for (let i = 0; i + 2 < name.length; i++) if (name[i] === 'بن' && name[i + 1] === father) return true;
    return false;
  });
}

/**
 * `حسن` and `حسون`, `سعد` and `سعود`, `الحسن` and `الحسان`: a given name and a word one long vowel (ا، و، ي)
 * longer or shorter inside it are two names, not two spellings of one: Arabic spelling never drops a name's
 * long vowel. So is the West African and Mauritanian final و (`أحمدو`، `محمدو`، `سيدو` beside `أحمد`).
 * Here: `long` is `short` with one ا، و or ي more, not at the start, at the end only a و (key forms).
 */
function oneLongVowelMore(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  if (long.endsWith('و') && long.slice(0, -1) === short) return true;
  for (let i = 1; i < long.length - 1; i++) {
    if (LONG_VOWELS.includes(long.charAt(i)) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

const listed = (w: string): boolean => KUNYA_NAME_KEYS.has(w) || DEFINITE_GIVEN_KEYS.has(w);

/** Word by word (key forms, as many as `run` has), some pair is a listed given name and a word a long vowel apart from it. */
export function givenNameVowelClash(run: readonly string[], name: readonly string[]): boolean {
  return run.some((w, i) => {
    const v = name[i];
    if (v === undefined || v === w || !(listed(w) || listed(v))) return false;
    return oneLongVowelMore(w, v) || oneLongVowelMore(v, w);
  });
}
