/**
 * Translated news spells one foreign surname two ways in one article (`روجر بلهام` … `قال بيلهام`):
 * a long vowel added or dropped. A surname read after a reporting verb is looked up among the names
 * written before up to such a spelling difference.
 */
import { key } from '../text/index.js';
import { nameWordsClash } from './name-clash.js';
import { editDistance, spellingBlock } from './similarity.js';
import type { EntityMention } from './types.js';

/** Fewest letters of a surname compared up to spelling (shorter words differ by one letter too often). */
const MIN_LETTERS = 4;

/**
 * Two key forms of one word are the same surname up to spelling: one letter apart with the same
 * `spellingBlock`, so a long vowel added or dropped (`بلهام` / `بيلهام`) or one transliteration pair
 * (ش/س). Not a long vowel traded for another (`باعباد` / `باعبود`) nor a final ه added: those are two
 * names, as the entity merge reads them (`nameWordsClash`).
 */
export function surnameVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_LETTERS || b.length < MIN_LETTERS || a.includes(' ') || b.includes(' ')) return false;
  // (The distance first: it gives up at once on lengths two apart and builds no string.)
  return editDistance(a, b, 1) <= 1 && spellingBlock(a) === spellingBlock(b) && !nameWordsClash([a], [b]);
}

/** The one full name (as words, see `fullNames`) whose last word is `surname` up to spelling; null when none or several. */
export function fullNameBySurname(surname: string, names: readonly (readonly string[])[], keyOf: (w: string) => string): string | null {
  const hits = new Set<string>();
  for (const n of names) {
    const last = n[n.length - 1];
    if (n.length >= 2 && last !== undefined && surnameVariant(keyOf(last), surname)) hits.add(n.join(' '));
  }
  return hits.size === 1 ? ([...hits][0] as string) : null;
}

/** `k` (a key form) is the last word, up to spelling, of a person the entity pass named with two words or more, ending by `before`. */
export const namedSurname = (mentions: readonly EntityMention[], k: string, before = Infinity): boolean =>
  mentions.some((m) => m.type === 'person' && m.end <= before && m.name.includes(' ') && surnameVariant(key(m.name.slice(m.name.lastIndexOf(' ') + 1)), k));
