/**
 * The gazetteer: every curated name (countries from ICU, cities, organizations, agencies, known
 * people) compiled once into a map from key phrase to entry, looked up longest-first at a token.
 */
import type { EntityType } from '../core/index.js';
import { key } from '../text/index.js';
import { CITIES, COUNTRY_ALIASES } from './data/places.js';
import { TOWNS } from './data/towns.js';
import { WORLD_PLACES } from './data/world-places.js';
import { KUNYA_NAME_KEYS, NUMBER_WORD_KEYS } from './lexicon.js';
import { homographCanonical } from './homographs.js';
import { AGENCIES, ORGANIZATIONS } from './data/organizations.js';
import { PEOPLE } from './data/people.js';
import { WORLD_PEOPLE } from './data/world-people.js';
import { FIGURES } from './data/figures.js';
import { FOREIGN_SURNAMES } from './data/foreign-surnames.js';
import { WORLD_ORGANIZATIONS } from './data/world-organizations.js';
import { COMPANIES_AND_BODIES } from './data/companies-and-bodies.js';
import { REGION_NAMES } from './data/regions.js';
import { joined, startAfter, withoutMarks, type Form, type Tok } from './tokens.js';

export interface GazetteerEntry {
  readonly type: EntityType;
  /** The canonical written name all variants merge under. */
  readonly canonical: string;
}

export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Names of at most three letters, as written (see `SHORT`): folded, وأم would be the agency وام. */
  readonly shortWritten: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * First word of every entry → bit n set when an entry of n words starts with it: a quick miss, the
   * lengths worth looking up, and (its highest bit) where to stop.
   */
  readonly wordCounts: ReadonlyMap<string, number>;
  /**
   * First word of every entry of two words or more → the second words of those entries: a miss on the
   * next token's key rules out every longer name at once, before any phrase is built and looked up.
   */
  readonly secondWords: ReadonlyMap<string, ReadonlySet<string>>;
  readonly maxWords: number;
}

export interface GazetteerHit extends GazetteerEntry {
  readonly start: number;
  readonly end: number;
  /** Tokens covered, from the first. */
  readonly length: number;
}

/** Names this short (acronyms: وام، قنا، واس) match only as written, hamza and alef included. */
const SHORT = 3;
/** Written form without marks and tatweel, ة/ى as ه/ي: what a short name must equal. */
const lightKey = (s: string): string => withoutMarks(s).replace(/\u0629/g, 'ه').replace(/\u0649/g, 'ي');

/** Words separated by one space, nothing around them: what most keys already are. */
const ONE_SPACED = /^\S+(?: \S+)*$/;
/** The key of a written name, its words separated by one space. */
function phraseKey(written: string): string {
  const k = key(written);
  return ONE_SPACED.test(k) ? k : k.split(/\s+/).filter(Boolean).join(' ');
}

/** Countries whose name is a common word (مالي "financial"): no gazetteer entry, a country all the same. */
const COMMON_WORD_COUNTRIES = new Set(['ML']);

let regions: ReadonlyMap<string, string> | null = null;
/** Arabic names of the ISO countries as Node's ICU gives them (CLDR data, kept in data/regions.ts), by code. */
function countryRegions(): ReadonlyMap<string, string> {
  return (regions ??= new Map(REGION_NAMES));
}

/** The gazetteer's country names. */
const countryNames = (): string[] => [...countryRegions()].filter(([code]) => !COMMON_WORD_COUNTRIES.has(code)).map(([, name]) => name);

let countryKeys: ReadonlySet<string> | null = null;
/**
 * Whether a place name is a country's (ICU's names, مالي included, and the aliases such as سورية):
 * a country is too large to show that two reports tell one event.
 */
export function isCountry(name: string): boolean {
  countryKeys ??= new Set([...countryRegions().values(), ...COUNTRY_ALIASES.flat()].map(phraseKey));
  return countryKeys.has(phraseKey(name));
}

function build(): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const shortWritten = new Map<string, Set<string>>();
  let maxWords = 1;
  const add = (written: string, entry: GazetteerEntry): void => {
    const k = phraseKey(written);
    if (k.length > 0 && k.length <= SHORT) {
      const forms = shortWritten.get(k) ?? new Set<string>();
      forms.add(lightKey(written));
      shortWritten.set(k, forms);
    }
    if (k.length === 0 || entries.has(k)) return;
    entries.set(k, entry);
  };
  for (const row of [...PEOPLE, ...WORLD_PEOPLE, ...FIGURES]) for (const n of row) add(n, { type: 'person', canonical: row[0] ?? n });
  for (const surname of FOREIGN_SURNAMES) add(surname, { type: 'person', canonical: surname });
  for (const row of [...ORGANIZATIONS, ...WORLD_ORGANIZATIONS, ...COMPANIES_AND_BODIES, ...AGENCIES]) for (const n of row) add(n, { type: 'organization', canonical: row[0] ?? n });
  for (const [alias, canonical] of COUNTRY_ALIASES) add(alias, { type: 'place', canonical });
  for (const name of countryNames()) add(name, { type: 'place', canonical: name });
  for (const city of [...CITIES, ...TOWNS, ...WORLD_PLACES]) add(city, { type: 'place', canonical: city });
  const wordCounts = new Map<string, number>();
  const secondWords = new Map<string, Set<string>>();
  for (const k of entries.keys()) {
    const words = k.split(' ');
    const head = words[0] as string;
    maxWords = Math.max(maxWords, words.length);
    wordCounts.set(head, (wordCounts.get(head) ?? 0) | (1 << words.length));
    const second = words[1];
    if (second === undefined) continue;
    const seconds = secondWords.get(head);
    if (seconds === undefined) secondWords.set(head, new Set([second]));
    else seconds.add(second);
  }
  return { entries, shortWritten, wordCounts, secondWords, maxWords };
}

let cached: Gazetteer | null = null;
/** Built on first use and kept: the lists are constant. */
export const gazetteer = (): Gazetteer => (cached ??= build());

/** The token's written form after `letters` peeled proclitics is one of `forms`. */
function writtenAs(t: Tok, letters: number, forms: ReadonlySet<string> | undefined): boolean {
  return forms !== undefined && forms.has(lightKey(t.text.slice(startAfter(t, letters) - t.start)));
}

const TA_MARBUTA = 'ة';
const taMarbutaWriters = new WeakMap<readonly Tok[], boolean>();

/**
 * Keys fold ة into ه, so «زواره» (its visitors) has the key of the town زوارة. A text that writes ة
 * anywhere writes it everywhere: there a word ending in ه is not a name ending in ة (most often it
 * carries the pronoun ـه). A text that never writes ة (some typists use ه for it) keeps the match.
 */
function pronounNotTaMarbuta(canonical: string, last: Tok, toks: readonly Tok[]): boolean {
  if (!canonical.endsWith(TA_MARBUTA) || !last.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').endsWith('ه')) return false;
  let writes = taMarbutaWriters.get(toks);
  if (writes === undefined) {
    writes = toks.some((t) => t.text.includes(TA_MARBUTA));
    taMarbutaWriters.set(toks, writes);
  }
  return writes;
}

/** Some entry of two words or more opens with one of `heads` and then `second`. */
function goesOn(g: Gazetteer, heads: readonly Form[], second: string): boolean {
  for (const f of heads) if (g.secondWords.get(f.form)?.has(second) === true) return true;
  return false;
}

/**
 * `كسرت` is "it broke", not ك + سرت: a place of three letters or fewer is not read through a peeled
 * ك; a comparison with a town that short is rare, a verb or noun so spelled common.
 */
const kafPeeled = (first: Tok, letters: number): boolean => letters > 0 && /ك$/.test(first.text.slice(0, startAfter(first, letters) - first.start));

/** The forms of a first word that open gazetteer names, and the lengths (in words, as `wordCounts` bits) of those names. */
interface Opening {
  readonly heads: readonly Form[];
  /** The most words of a name these heads open. */
  readonly most: number;
  readonly counts: number;
}

/** What a first word opens: it follows from the word's key (its forms and `whole`), so it is kept per key. */
function openingOf(g: Gazetteer, first: Tok): Opening | null {
  let heads: Form[] | null = null;
  let most = 0;
  let counts = 0;
  // `فاطمة` is no ف + the town أطمة: a word that is a given name as written is never peeled; nor is a
  // number word (`بليون` "billion" is no ب + ليون).
  const whole = KUNYA_NAME_KEYS.has(first.key) || NUMBER_WORD_KEYS.has(first.key);
  for (const f of first.forms) {
    if (whole && f.letters > 0) continue;
    const lengths = g.wordCounts.get(f.form);
    if (lengths === undefined) continue;
    (heads ??= []).push(f);
    most = Math.max(most, 31 - Math.clz32(lengths));
    counts |= lengths;
  }
  return heads === null ? null : { heads, most, counts };
}

/**
 * `openingOf` per key for the built gazetteer (tests match against others): asked at a token by every
 * reader (titles, places, organizations), it looked each form up in the whole list again. Cleared past
 * `OPENINGS_LIMIT` keys, as the spelling cache is.
 */
const openings = new Map<string, Opening | null>();
const OPENINGS_LIMIT = 200_000;

function cachedOpening(g: Gazetteer, first: Tok): Opening | null {
  if (g !== cached) return openingOf(g, first);
  let o = openings.get(first.key);
  if (o === undefined) {
    o = openingOf(g, first);
    if (openings.size >= OPENINGS_LIMIT) openings.clear();
    openings.set(first.key, o);
  }
  return o;
}

/** The longest gazetteer name starting at token `i` (its first word may carry proclitics). */
export function matchGazetteer(toks: readonly Tok[], i: number, g: Gazetteer = gazetteer()): GazetteerHit | null {
  const first = toks[i];
  if (first === undefined || first.kind !== 'word') return null;
  const opening = cachedOpening(g, first);
  if (opening === null) return null;
  const { heads, counts } = opening;
  let most = opening.most;
  // Names of two words or more only when some head goes on with the next token's key.
  const next = toks[i + 1];
  if (most > 1 && (next === undefined || !goesOn(g, heads, next.key))) most = 1;
  /** `tails[m]`: the keys of the first `m` following tokens joined by spaces. */
  const tails: string[] = [''];
  let n = 1;
  while (n < most) {
    const t = toks[i + n];
    // A token whose key is empty (a lone tatweel: `الرباط ـ المغرب`) ends the name.
    if (t === undefined || !joined(t) || t.key === '') break;
    tails.push(n === 1 ? t.key : `${tails[n - 1] as string} ${t.key}`);
    n++;
  }
  for (let len = n; len >= 1; len--) {
    if ((counts & (1 << len)) === 0) continue;
    const tail = tails[len - 1] as string;
    for (const f of heads) {
      if ((((g.wordCounts.get(f.form) ?? 0) >> len) & 1) === 0) continue;
      if (len > 1 && g.secondWords.get(f.form)?.has((toks[i + 1] as Tok).key) !== true) continue;
      const phrase = tail.length > 0 ? `${f.form} ${tail}` : f.form;
      const hit = g.entries.get(phrase);
      if (hit !== undefined && (f.form.length >= 2 || len >= 3) && (len > 1 || phrase.length > SHORT || writtenAs(first, f.letters, g.shortWritten.get(phrase)))) {
        if (len === 1 && hit.type === 'place' && phrase.length <= SHORT && kafPeeled(first, f.letters)) continue;
        const last = toks[i + len - 1] as Tok;
        if (pronounNotTaMarbuta(hit.canonical, last, toks)) continue;
        const canonical = len === 1 && hit.type === 'place' ? homographCanonical(toks, i, f.form, f.letters) ?? hit.canonical : hit.canonical;
        // (Fields written out: an object spread at every hit was a tenth of this function's cost on real news.)
        return { type: hit.type, canonical, start: startAfter(first, f.letters), end: last.end, length: len };
      }
    }
  }
  return null;
}

/**
 * A place's nisba as a person's nationality: `isPlaceAdjective`, and the countries in ـية too (`السعودي` ←
 * `السعودية`), which that test leaves out since the readers of bodies and places were measured without them.
 */
export const isNationality = (k: string, g: Gazetteer = gazetteer()): boolean => isPlaceAdjective(k, g) || (k.endsWith('ي') && g.entries.get(`${k}ه`)?.type === 'place');

/** A nisba adjective formed from a gazetteer place (السوداني ← السودان، الأميركي ← أميركا). */
export function isPlaceAdjective(k: string, g: Gazetteer = gazetteer()): boolean {
  const m = /^ال(.+?)(يه|ي)$/.exec(k);
  if (m === null) return false;
  const base = m[1] as string;
  return [base, `ال${base}`, `${base}ا`, `ال${base}ا`, `${base}يا`].some((c) => g.entries.get(c)?.type === 'place');
}
