/**
 * `حسن` and `حسون`, `سعد` and `سعود`: a given name and a word one long vowel (ا، و، ي) longer or shorter
 * inside it are two names, not two spellings of one: Arabic spelling never drops a name's long vowel.
 */
import { KUNYA_NAME_KEYS } from './lexicon.js';

/** `long` is `short` with one ا، و or ي more, neither at the start nor at the end (key forms). */
function oneLongVowelMore(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++) {
    if ('اوي'.includes(long.charAt(i)) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/** Word by word (key forms, as many as `run` has), some pair is a listed given name and a word a long vowel apart from it. */
export function givenNameVowelClash(run: readonly string[], name: readonly string[]): boolean {
  return run.some((w, i) => {
    const v = name[i];
    if (v === undefined || v === w || !(KUNYA_NAME_KEYS.has(w) || KUNYA_NAME_KEYS.has(v))) return false;
    return oneLongVowelMore(w, v) || oneLongVowelMore(v, w);
  });
}
