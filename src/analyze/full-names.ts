/**
 * A person written with part of a name (`الحسين` for `الحسين أيت باها`، `فاطمة الزهراء` for `فاطمة
 * الزهراء بوعزة`، the surname `الفلاحي` alone) is the one person of the text whose full name it opens
 * or closes. Quotes name their speaker, and entities their mention, by that full name.
 */
import { key } from '../text/index.js';

/** Full names (two words or more), none a leading part of another, as word lists. */
export function fullNames(names: Iterable<string>): string[][] {
  const all = new Map<string, string[]>();
  for (const n of names) {
    const words = key(n).split(' ').filter(Boolean);
    if (words.length >= 2) all.set(words.join(' '), n.split(' ').filter(Boolean));
  }
  const keys = [...all.keys()];
  return keys.filter((k) => !keys.some((o) => o !== k && o.startsWith(`${k} `))).map((k) => all.get(k) as string[]);
}

/**
 * The one full name that `partial` (at most `maxWords` words) opens, or, for one word, closes; null
 * when none or several do.
 */
export function fullNameOf(partial: string, names: readonly (readonly string[])[], maxWords: number): string | null {
  const words = key(partial).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > maxWords || (words.length === 1 && (words[0] as string).length < 3)) return null;
  const hits = new Set<string>();
  for (const n of names) {
    if (n.length <= words.length) continue;
    // (Each name word is keyed only when compared: this runs for every person mention.)
    const opens = words.every((w, i) => key(n[i] as string) === w);
    const closes = !opens && words.length === 1 && (words[0] as string).length >= 4 && key(n[n.length - 1] as string) === words[0];
    if (opens || closes) hits.add(n.join(' '));
  }
  return hits.size === 1 ? ([...hits][0] as string) : null;
}
