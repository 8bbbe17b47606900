/**
 * `حسن` and `حسون`, `سعد` and `سعود`, `الحسن` and `الحسان`: a given name and a word one long vowel (ا، و، ي)
 * longer or shorter inside it are two names, not two spellings of one: Arabic spelling never drops a name's
 * long vowel. So is the West African and Mauritanian final و (`أحمدو`، `محمدو`، `سيدو` beside `أحمد`).
 */
import { DEFINITE_GIVEN_KEYS, KUNYA_NAME_KEYS } from './lexicon.js';

/** `long` is `short` with one ا، و or ي more, not at the start, at the end only a و (key forms). */
function oneLongVowelMore(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  if (long.endsWith('و') && long.slice(0, -1) === short) return true;
  for (let i = 1; i < long.length - 1; i++) {
    if ('اوي'.includes(long.charAt(i)) && long.slice(0, i) + long.slice(i + 1) === short) return true;
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
