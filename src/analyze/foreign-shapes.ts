/**
 * Shapes that world news gives names of foreign things, which no Arabic cue or list announces:
 * a web address written in Latin letters is the company or site it names (`Amazon.com`); a
 * transliterated English street word closes a place name (`راسل سكوير`، `أكسفورد ستريت`); a
 * gazetteer place right after a ship's designation is the ship (`الفرقاطة كورنوال`، `إتش إم إس X`),
 * no place.
 */
import { isStop } from './lexicon.js';
import { isDefinite, joined, keySet, type Tok } from './tokens.js';

export interface ForeignName {
  readonly start: number;
  readonly end: number;
  readonly type: 'organization' | 'place';
}

const TOP_LEVEL_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'info', 'int', 'io', 'tv', 'uk', 'ir', 'de', 'fr', 'ru', 'cn']);
const LATIN_NAME = /^[a-z][a-z0-9-]*$/;

/** Web addresses (`Yahoo.com`، `bbc.co.uk`): a Latin word and its domains joined by dots, read as an organization. */
function webAddresses(toks: readonly Tok[]): ForeignName[] {
  const out: ForeignName[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i] as Tok;
    if (!LATIN_NAME.test(first.key)) continue;
    let j = i + 1;
    while (toks[j] !== undefined && (toks[j] as Tok).gap === '.' && LATIN_NAME.test((toks[j] as Tok).key)) j++;
    const last = toks[j - 1] as Tok;
    if (j - i >= 2 && TOP_LEVEL_DOMAINS.has(last.key)) {
      out.push({ start: first.start, end: last.end, type: 'organization' });
      i = j - 1;
    }
  }
  return out;
}

/** English street and square words as Arab outlets transliterate them; they close the name they follow. */
const STREET_WORD_KEYS = keySet(['سكوير', 'سكوار', 'سكواير', 'ستريت', 'أفنيو', 'افينيو', 'بلازا', 'غاردنز', 'جاردنز', 'تيراس']);

/** A word that may be a transliterated foreign name: no article, no function word, three letters or more. */
const foreignNameWord = (t: Tok): boolean => t.kind === 'word' && !isDefinite(t.key) && !isStop(t) && t.key.length >= 3;

/** `راسل سكوير`، `أكسفورد ستريت`: a name word then a street word, read as a place. */
function streetNames(toks: readonly Tok[]): ForeignName[] {
  const out: ForeignName[] = [];
  for (let j = 1; j < toks.length; j++) {
    const street = toks[j] as Tok;
    const name = toks[j - 1] as Tok;
    if (STREET_WORD_KEYS.has(street.key) && joined(street) && foreignNameWord(name)) out.push({ start: name.start, end: street.end, type: 'place' });
  }
  return out;
}

/** Words that designate a ship before its name (naval prefixes written out, ship kinds). */
const SHIP_WORD_KEYS = keySet(['الفرقاطة', 'فرقاطة', 'المدمرة', 'مدمرة', 'البارجة', 'الطرادة', 'الغواصة', 'السفينة', 'سفينة', 'حاملة', 'الناقلة', 'ناقلة', 'اليخت', 'العبارة', 'سفينتي']);
const NAVAL_PREFIXES = [['اتش', 'ام', 'اس'], ['يو', 'اس', 'اس']];

/** The token right after a ship's designation starts a ship's name: a place there is the ship. */
export function shipNameAt(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  const t = toks[i] as Tok;
  if (before === undefined || !joined(t)) return false;
  if (SHIP_WORD_KEYS.has(before.key)) return true;
  return NAVAL_PREFIXES.some((p) => p.every((w, k) => toks[i - p.length + k]?.key === w));
}

/** Web addresses and English street names in one text, by start. */
export const foreignNames = (toks: readonly Tok[]): ForeignName[] => [...webAddresses(toks), ...streetNames(toks)].sort((a, b) => a.start - b.start);
