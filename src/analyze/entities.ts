/**
 * Entity mentions in one clean text. Pass 1 collects candidates at every token — gazetteer names,
 * organization cue chains, names after titles — and keeps the longest non-overlapping ones. Pass 2
 * finds the persons already named (in this text or, via `known`, elsewhere in the story) again by
 * surname or by a spelling within a small edit distance.
 */
import type { EntityType, Span } from '../core/index.js';
import { isStopword, key } from '../text/index.js';
import { KIN_NOUNS } from './data/kinship.js';
import { type GazetteerHit, isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { EUROPEAN_PARTICLES, GIVEN_KEYS, isStop, MEDIA_KEYS, NAME_JOINER_KEYS, RELATIVE_OR_HE_KEYS, TITLE_KEYS, titleHead, TRANSITIVE_VERB_KEYS, VERB_KEYS } from './lexicon.js';
import { articleWritten, definiteWritten, isNameWord, looksImperfect, nameRun, plainNounAfterName, possessiveNoun, titleAt, verbShaped } from './names.js';
import { fullNameOf, fullNames } from './full-names.js';
import { orgChain } from './organizations.js';
import { compact, sameName, spellingBlock } from './similarity.js';
import { COMPOUND_CLOSER_KEYS, givenNameVowelClash, gluedPatronymic, nameWordsClash } from './name-clash.js';
import { quoteSpans } from './quote-marks.js';
import { headCode, isDefinite, isNisba, joined, keySet, lookup, startAfter, tailCode, tokenView, type Form, type Tok } from './tokens.js';
import type { EntityMention, MentionSource, TitlePhrase } from './types.js';
import { firstFrom } from './search.js';
import { abbreviationsAfter } from './acronyms.js';
import { quotedBodies } from './quoted-bodies.js';
import { givenNameBefore, isListedSurname } from './surname-start.js';
import { CANDIDATE_STARTS, entityStarts, NAMING_KEYS, START } from './triggers.js';
import { diameterAt } from './diameter.js';
import { coordinatedPlaces, placeRepeats, placesAfterCue, type PlaceMention } from './place-cues.js';
import { describedAt, FOREIGN_GIVEN_KEYS, givenNameAt, unlistedNameAfterVerb, type NameSpan } from './given-names.js';
import { foreignNames, shipNameAt } from './foreign-shapes.js';
import { agedNames } from './age-apposition.js';
import { placesBeforePlaces } from './place-apposition.js';
import { lonePlaces } from './lone-places.js';
import { landmarkAfterCue } from './landmarks.js';
import { titledFacilityAt } from './titled-facilities.js';
import { verbAfterName } from './verb-shapes.js';
import { stationPlaces } from './stations.js';
import { stateNames } from './state-names.js';
import { coordinatedPersons } from './coordinated-persons.js';
import { leadersOfBodies } from './leaders-bodies.js';
import { namesBeforeTitles } from './person-apposition.js';
import { loneSubjects } from './verb-subject.js';
import { facilityNamedAfter, inFacilityName, namedThing } from './named-things.js';

/** A token where a station's or a state's name may open (stations.ts, state-names.ts). */
const stationOrStateAt = (t: Tok): boolean => (entityStarts(t) & START.stationOrState) !== 0;

export interface FindEntitiesOptions {
  /** Full person names known from elsewhere in the story; their surnames and spellings are found too. Default none. */
  readonly known?: readonly string[];
}

export interface EntityAnalysis {
  readonly mentions: readonly EntityMention[];
  readonly titles: readonly TitlePhrase[];
}

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly name: string | null;
  readonly source: MentionSource;
  /** Lower wins among candidates of the same length; defaults to the source's priority. */
  readonly rank?: number;
  /** A lone family name after a saying verb (verb-subject.ts): a known name found again over the same word is that name's mention. */
  readonly lone?: true;
}

const PRIORITY: Readonly<Record<MentionSource, number>> = { title: 0, gazetteer: 1, known: 2, cue: 3 };
/** Rank of a lone subject (verb-subject.ts), after every source's. */
const LONE_SUBJECT_RANK = 6;
/** Rank of a person listed by و after another (coordinated-persons.ts): any other reading of the same words wins. */
const LISTED_PERSON_RANK = 7;

function choose(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (a.rank ?? PRIORITY[a.source]) - (b.rank ?? PRIORITY[b.source]) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  let last = 0;
  for (const c of candidates) last = Math.max(last, c.end);
  // One flag per character of the text the candidates cover (a Set of offsets was most of the cost).
  const taken = new Uint8Array(last);
  for (const c of sorted) {
    let free = true;
    for (let x = c.start; x < c.end && free; x++) free = taken[x] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Name units: عبد/أبو/بن + the next word count as one unit, and so does a word + الله، الدين or الرحمن. */
function units(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (COMPOUND_CLOSER_KEYS.has(w) && out.length > 0) {
      out[out.length - 1] = `${out[out.length - 1] as string} ${w}`;
    } else if (NAME_JOINER_KEYS.has(w) && next !== undefined) {
      out.push(`${w} ${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

/** A surname unit opened by a European particle (`EUROPEAN_PARTICLES`), and the surname without it. */
const PARTICLE_SURNAME = new RegExp(`^(?:${EUROPEAN_PARTICLES.join('|')}) (\\S+)$`);

/** Compact key patterns that stand for each known full name: the name, its surname, its last two units. */
function personPatterns(names: readonly string[]): Map<string, string> {
  const found = new Map<string, string | null>();
  const put = (pattern: string, name: string): void => {
    const prev = found.get(pattern);
    if (prev === undefined) found.set(pattern, name);
    else if (prev !== name && prev !== null && !sameName(key(prev), key(name)) && compact(key(name)) !== pattern) found.set(pattern, null);
  };
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const words = key(name).split(/\s+/).filter(Boolean);
    put(compact(words.join(' ')), name);
    const u = units(words);
    const last = u[u.length - 1];
    if (u.length >= 2 && last !== undefined) {
      const c = compact(last);
      // (A three-letter family name after a foreign given name, `كريستوفر إير`، `توني هول`, too: `shortSurnameSlot` guards it.)
      if ((c.length >= 4 || (c.length === 3 && u.length === 2 && FOREIGN_GIVEN_KEYS.has(u[0] as string))) && !isStopword(last) && !isPlaceAdjective(last)) put(c, name);
      // `بيتهوفن` after `لودفيج فان بيتهوفن`: a European surname is named again without its particle.
      const bare = PARTICLE_SURNAME.exec(last)?.[1];
      if (bare !== undefined && bare.length >= 4 && !isStopword(bare)) put(compact(bare), name);
    }
    const head = u[0];
    // A compound first unit (عبد الله), or a listed given name alone (`وتقول حليمة`), stands for the
    // one person of the story who bears it.
    if (u.length >= 2 && head !== undefined && (head.includes(' ') || GIVEN_KEYS.has(head))) put(compact(head), name);
    if (u.length >= 3) {
      put(compact(u.slice(-2).join(' ')), name);
      put(compact(u.slice(0, 2).join(' ')), name);
    }
  }
  const out = new Map<string, string>();
  for (const [p, n] of found) if (n !== null) out.set(p, n);
  return out;
}

/** Patterns long enough for the spelling tolerance, with their ends for a cheap pre-check. */
interface Fuzzy {
  readonly pattern: string;
  readonly name: string;
  /** Position in pattern order: the first match in this order wins. */
  readonly order: number;
}

/**
 * Fuzzy patterns bucketed by their first two and last two letters (as `headCode`, `tailCode`): a
 * lookup compares only the patterns sharing an end with the string (the pre-check the tolerance
 * needs anyway), not all.
 */
export class FuzzyIndex {
  private readonly byHead = new Map<number, Fuzzy[]>();
  private readonly byTail = new Map<number, Fuzzy[]>();
  /** Every prefix of every pattern's `spellingBlock` (see `mayOpen`). */
  private readonly blockPrefixes = new Set<string>();
  /** `mayOpen`'s answers per string. */
  private readonly opens = new Map<string, boolean>();
  constructor(patterns: ReadonlyMap<string, string>) {
    let order = 0;
    for (const [pattern, name] of patterns) {
      if (pattern.length < 6) continue;
      const f = { pattern, name, order: order++ };
      for (const [map, end] of [[this.byHead, headCode(pattern)], [this.byTail, tailCode(pattern)]] as const) {
        const list = map.get(end);
        if (list === undefined) map.set(end, [f]);
        else list.push(f);
      }
      const block = spellingBlock(pattern);
      for (let k = 0; k <= block.length; k++) this.blockPrefixes.add(block.slice(0, k));
    }
  }
  /** Whether some pattern ends as a string with this `tailCode` does. */
  hasTailCode(code: number): boolean {
    return this.byTail.has(code);
  }
  /** Whether some pattern starts as a string with this `headCode` does. */
  hasHeadCode(code: number): boolean {
    return this.byHead.has(code);
  }
  /**
   * False when no compact string opening with `c` (`c` + more letters) can be found by `find`: two
   * names within the tolerance have the same `spellingBlock`, and the block of `c` opens the block of
   * every string that opens with `c`, so some pattern's block must open with it.
   */
  mayOpen(c: string): boolean {
    let yes = this.opens.get(c);
    if (yes === undefined) {
      yes = this.blockPrefixes.has(spellingBlock(c));
      this.opens.set(c, yes);
    }
    return yes;
  }
  /** The first pattern (in pattern order) sharing an end with `c` and within the spelling tolerance. */
  find(c: string): string | null {
    // (a string shorter than two letters has a NaN code, which no pattern has)
    const head = this.byHead.get(headCode(c)) ?? [];
    const tail = this.byTail.get(tailCode(c)) ?? [];
    let best: Fuzzy | null = null;
    for (const list of [head, tail]) {
      for (const f of list) {
        if (best !== null && f.order >= best.order) break;
        if (sameName(f.pattern, c)) best = f;
      }
    }
    return best?.name ?? null;
  }
}

interface KnownIndex {
  readonly patterns: ReadonlyMap<string, string>;
  /** Every prefix of every exact pattern: a string opening with none is no pattern (`mayStart`). */
  readonly prefixes: ReadonlySet<string>;
  readonly fuzzy: FuzzyIndex;
  /** Answers per compact string; valid for every text using these same patterns. */
  readonly memo: Map<string, string | null>;
  readonly names: ReadonlySet<string>;
}

/**
 * The story's known names are the same for every document, and a document's own persons are
 * already among them: the patterns, fuzzy buckets and lookup memo are then built once per story
 * (keyed by the `known` array) instead of once per document, which made a story's cost grow with
 * (documents × names).
 */
const storyIndexes = new WeakMap<readonly string[], KnownIndex>();

function buildIndex(people: readonly string[]): KnownIndex {
  const patterns = personPatterns(people);
  const prefixes = new Set<string>();
  for (const p of patterns.keys()) for (let k = 0; k <= p.length; k++) prefixes.add(p.slice(0, k));
  return { patterns, prefixes, fuzzy: new FuzzyIndex(patterns), memo: new Map(), names: new Set(people) };
}

function knownIndex(known: readonly string[], local: readonly string[]): KnownIndex {
  if (known.length === 0) return buildIndex(local);
  let shared = storyIndexes.get(known);
  if (shared === undefined) {
    shared = buildIndex(known);
    storyIndexes.set(known, shared);
  }
  const names = shared.names;
  return local.every((n) => names.has(n)) ? shared : buildIndex([...known, ...local]);
}

/** `نادي الريان`، `لنادي السد`، `فريق الوحدة`: a place name right after a club's or a team's word is the club. */
const CLUB_BEFORE = /(?:^|[\s،,])(?:[وفل]|لل)?(?:ال)?(?:نادي|فريق)\s+$/u;
const clubBefore = (text: string, start: number): boolean => CLUB_BEFORE.test(text.slice(Math.max(0, start - 12), start));

/**
 * `وأوضح القرار أن`، `خلط الحليب بالماء`: a definite surname alone that is no nisba (`القرار`، `الحليب`,
 * unlike `العلوي`) may be the common noun it also is; it stands for the person only closed by
 * punctuation or right after a reporting verb (`وقال الشريف:`، `يضيف المولى،`).
 */
function commonNounSurname(toks: readonly Tok[], i: number, w: number): boolean {
  const t = toks[i] as Tok;
  if (w !== 1 || !isDefinite(t.key) || /ي$|يه$/.test(t.key)) return false;
  const after = toks[i + 1];
  const before = toks[i - 1];
  return !(after === undefined || !joined(after) || (before !== undefined && lookup(before, VERB_KEYS) !== null));
}

/** `c` is the three-letter family name of `name` (`كريستوفر إير`), matched alone. */
const shortSurnameOf = (name: string, c: string): boolean => {
  const words = key(name).split(' ');
  return words.length >= 2 && compact(words[words.length - 1] as string) === c;
};

/**
 * `ذكر ويب أن`، `اوضح هول.`، `شكر كالدر وويب`: a family name of three letters alone (`هول` is also "horror")
 * stands for its person only as a reporting verb's subject, closed by punctuation, or joined by و to a name.
 */
function shortSurnameSlot(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  const after = toks[i + 1];
  if (before !== undefined && joined(t) && lookup(before, VERB_KEYS) !== null) return true;
  if (after === undefined || /[.،,:؛!؟?"»]/.test(after.gap)) return true;
  return t.key.startsWith('و') && before !== undefined && joined(t);
}

/**
 * `عبد العزيز القراوي` is not `عبد العزيز بن سلمان`: a match on the leading part of a known name,
 * followed by more name words that do not continue it, names someone else.
 */
function otherPerson(toks: readonly Tok[], next: number, matched: string, name: string): boolean {
  const t = toks[next];
  if (t === undefined || !joined(t) || !isNameWord(t, 1, undefined)) return false;
  const full = compact(key(name));
  if (full === matched || !full.startsWith(matched)) return false;
  return !full.slice(matched.length).startsWith((t.forms[0] as Form).compact);
}

/**
 * False when no known name can match from token `i`. A match is a string opening with one of the
 * token's forms: exactly, a pattern opening with that form (`prefixes`); within the spelling
 * tolerance, a pattern sharing its first two letters with the form or its last two with one of the
 * next four tokens (where a match ends), and whose spelling block opens with the form's
 * (`FuzzyIndex.mayOpen`). On real news most definite words share their first two letters (ال) with a
 * known surname, but few open one.
 */
function mayStart(toks: readonly Tok[], i: number, index: KnownIndex, tails: Uint8Array): boolean {
  // An index loop: leaving a for-of early looks up the iterator's `return`, which deoptimized the scans inlining this test.
  const forms = (toks[i] as Tok).forms;
  let tail = -1;
  for (let j = 0; j < forms.length; j++) {
    const c = (forms[j] as Form).compact;
    if (index.prefixes.has(c)) return true;
    if (c.length >= 2 && !index.fuzzy.hasHeadCode(headCode(c))) {
      if (tail < 0) tail = tailWithin(tails, i) ? 1 : 0;
      if (tail === 0) continue;
    }
    if (index.fuzzy.mayOpen(c)) return true;
  }
  return false;
}

/** Some form of `first` followed by `rest` opens an exact pattern, or may open a fuzzy one (`FuzzyIndex.mayOpen`). */
function opensSome(first: Tok, rest: string, index: KnownIndex): boolean {
  const forms = first.forms;
  for (let j = 0; j < forms.length; j++) {
    const c = (forms[j] as Form).compact + rest;
    if (index.prefixes.has(c) || index.fuzzy.mayOpen(c)) return true;
  }
  return false;
}

/** Some token of `i` to `i + 3` ends as a fuzzy pattern does (`tailHits`). */
function tailWithin(tails: Uint8Array, i: number): boolean {
  for (let k = i; k < i + 4 && k < tails.length; k++) if (tails[k] === 1) return true;
  return false;
}

/** Per token: 1 when its compact key is shorter than two letters or ends as some fuzzy pattern does (`mayStart`). */
function tailHits(toks: readonly Tok[], fuzzy: FuzzyIndex): Uint8Array {
  const out = new Uint8Array(toks.length);
  for (let k = 0; k < toks.length; k++) {
    const c = ((toks[k] as Tok).forms[0] as Form).compact;
    // (stored for every token, not only on a hit: a store first met after the loop is optimized deoptimizes it)
    out[k] = c.length < 2 || fuzzy.hasTailCode(tailCode(c)) ? 1 : 0;
  }
  return out;
}

/**
 * The known name a run of tokens stands for, exactly or within the spelling tolerance. `memo`
 * keeps the answer per compact string (the same words recur throughout a text).
 */
function knownAt(
  toks: readonly Tok[],
  i: number,
  index: KnownIndex,
  nameWord: (j: number, position: number) => boolean,
  tails: Uint8Array,
): { to: number; name: string; letters: number } | null {
  const first = toks[i];
  if (first === undefined || first.kind !== 'word') return null;
  if (!mayStart(toks, i, index, tails)) return null;
  return knownFrom(toks, i, first, index, nameWord);
}

/** `knownAt` past its quick tests (`first` is token `i`): apart, so that the scan calling `knownAt` at every token is optimized without it. */
function knownFrom(
  toks: readonly Tok[],
  i: number,
  first: Tok,
  index: KnownIndex,
  nameWord: (j: number, position: number) => boolean,
): { to: number; name: string; letters: number } | null {
  const { patterns, fuzzy, memo } = index;
  // Compact forms of the following words' keys (compacting is letter by letter, so it distributes over joining).
  const restOf: string[] = [''];
  let n = 1;
  while (n < 4) {
    const next = toks[i + n];
    if (next === undefined || !joined(next)) break;
    const rest = (restOf[n - 1] as string) + (next.forms[0] as Form).compact;
    // The run goes on only while some string it could end on still opens a known name (`mayOpen`, as in
    // `mayStart`): a longer run would find nothing, and whether the next word is a name word costs more.
    if (!opensSome(first, rest, index) || !nameWord(i + n, n)) break;
    restOf.push(rest);
    n++;
  }
  for (let w = n; w >= 1; w--) {
    const rest = restOf[w - 1] as string;
    for (const f of first.forms) {
      const c = f.compact + rest;
      if (c.length < 3) continue;
      let name = memo.get(c);
      if (name === undefined) {
        name = patterns.get(c) ?? null;
        // (Not from a particle: `أما محمد` is no spelling of `أم محمد`.)
        // (Nor from a conjunction: `والصغيرة` is `و` + `الصغيرة`, read exactly on the next form, not a spelling of it.)
        if (name === null && c.length >= 6 && (w >= 2 || c.replace(/^ال/, '').length >= 7) && !isStop(first) && !(f.letters === 0 && /^[وف]/.test(c) && patterns.has(c.slice(1)))) {
          name = fuzzy.find(c);
          if (name !== null) {
            const run = runWords(toks, i, w, f.form);
            const words = key(name).split(' ');
            // (`علي حسون` is no spelling of `علي حسن الستري`: a given name a long vowel apart is another name; nor is
            // `باعبود` one of `سالم باعباد`, nor `عناقيده` of `فهد عناقيد`: `nameWordsClash`, aligned at either end.)
            if (givenNameVowelClash(run, words) || knownWordsClash(run, words)) name = null;
          }
        }
        memo.set(c, name);
      }
      if (name !== null && !otherPerson(toks, i + w, c, name) && !gluedPatronymic(runWords(toks, i, w, f.form), key(name).split(' ')) && !commonNounSurname(toks, i, w) && (c.length > 3 || !shortSurnameOf(name, c) || shortSurnameSlot(toks, i))) return { to: i + w, name, letters: f.letters };
    }
  }
  return null;
}

/** The run clashes with the known name's words read from its start or from its end (`nameWordsClash`). */
const knownWordsClash = (run: readonly string[], name: readonly string[]): boolean =>
  nameWordsClash(run, name) || (name.length > run.length && nameWordsClash(run, name.slice(name.length - run.length)));

/** The key forms of `w` tokens from `i`, the first as `first` (its proclitics peeled). */
function runWords(toks: readonly Tok[], i: number, w: number, first: string): string[] {
  const out = [first];
  for (let k = i + 1; k < i + w; k++) out.push((toks[k] as Tok).key);
  return out;
}

/**
 * Bodies whose name outlets write in quote marks after the cue word (`منظمة «هيومن رايتس ووتش»`،
 * `جمعية «نساء من أجل السلام»`، `شركة «المراعي»`): the quoted name, up to five words, is the organization.
 */
const QUOTED_NAME_CUE_KEYS = keySet([
  'منظمة', 'جمعية', 'حركة', 'حزب', 'شركة', 'مؤسسة', 'مجموعة', 'جماعة', 'تحالف', 'ائتلاف', 'تيار', 'كتلة', 'رابطة', 'نقابة', 'اتحاد',
  'مبادرة', 'حملة', 'جبهة', 'تنظيم', 'مركز', 'هيئة', 'مجلس', 'لجنة', 'تجمع', 'منتدى', 'بنك', 'مصرف', 'صندوق', 'ميليشيا', 'فصيل', 'كتائب', 'لواء', 'سرايا',
]);

/** A short quoted name after a media cue (تلفزيون "الجديد"، لموقع «هسبريس») or an organization's cue word. */
function quotedMediaNames(text: string, toks: readonly Tok[]): Candidate[] {
  const out: Candidate[] = [];
  for (const span of quoteSpans(text)) {
    const inner: Tok[] = [];
    for (let k = firstFrom(toks, span.innerStart); k < toks.length && (toks[k] as Tok).end <= span.innerEnd && inner.length <= 5; k++) inner.push(toks[k] as Tok);
    if (inner.length === 0 || inner.length > 5) continue;
    const before = toks[(inner[0] as Tok).index - 1];
    if (before === undefined || before.end > span.open) continue;
    const addressee = before.key === 'ل' && before.end === span.open;
    const media = addressee || lookup(before, MEDIA_KEYS) !== null;
    const quotedMedia = media && inner.length <= 3;
    if (!quotedMedia && lookup(before, QUOTED_NAME_CUE_KEYS) === null) continue;
    // After an organization cue the gazetteer's reading of the same span (تنظيم «داعش») keeps its canonical name.
    out.push({ start: span.innerStart, end: span.innerEnd, type: 'organization', name: null, source: 'cue', ...(quotedMedia ? { rank: -1 } : {}) });
  }
  return out;
}

/**
 * `وقال فهد العتيبي:` — two or three undefined name words right after a reporting verb and before
 * a comma, a colon or an addressee (لـ، للصحافيين) are the speaker's name. إن/في do not close a name
 * here: `أعلن تمديد مهمته في` is a verb and its object.
 */
function namesAfterVerbs(toks: readonly Tok[], verbs: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const v of verbs) {
    const t = toks[v] as Tok;
    // Both readings below need two name words right after the verb, the first joined to it.
    const next = toks[t.index + 1];
    const second = toks[t.index + 2];
    if (next === undefined || second === undefined || !joined(next) || !joined(second)) continue;
    const named = nameAfterVerb(toks, t, next);
    if (named !== null) out.push(named);
  }
  return out;
}

/**
 * `namesAfterVerbs` at one verb `t` followed by two joined words (`next` the first): the name it
 * introduces, or null. Apart from the loop, so that the loop over every token is compiled on its own.
 */
function nameAfterVerb(toks: readonly Tok[], t: Tok, next: Tok): Candidate | null {
  if (lookup(t, NAMING_KEYS) !== null) {
    // `رفض ذكر اسمه تذاكر …`، `طلب عدم نشر اسمه`: a name withheld, so what follows is no name.
    if (WITHHOLDING_KEYS.has(toks[t.index - 1]?.key ?? '')) return null;
    if (claimsNotNamed(t, toks)) return null;
    // `تسمى أنثاه لبؤة`: the verb names a thing (named-things.ts).
    if (namedThing(next)) return null;
    const run = nameRun(toks, t.index + 1);
    // `سائحة تدعى كلاوديا تقلب صحناً`: the name ends before a present verb; not before a word in ت closed
    // by punctuation (`ويدعى شهزاد تنوير ،`: a family name; a verb there would go on to its object).
    let to = run?.to ?? 0;
    for (let k = (run?.from ?? 0) + 1; k < to; k++) if (looksImperfect(toks[k] as Tok) && !familyNameInTa(toks, k)) to = k;
    // `رفضت ذكر اسمها: «...»`: a name follows the naming word directly, not after punctuation; one word
    // will do when a verb, punctuation or the verb's object with its pronoun (`اسمه سامر بضاعته`) ends it.
    const after = run === null ? undefined : toks[run.to];
    const closed = after === undefined || !joined(after) || possessiveNoun(after) || (run !== null && verbAfterName(toks, run.to));
    if (run !== null && (to - run.from >= 2 || (to < run.to && to > run.from) || (to === run.from + 1 && closed)) && joined(toks[run.from] as Tok)) {
      return { start: (toks[run.from] as Tok).start, end: (toks[to - 1] as Tok).end, type: 'person', name: null, source: 'cue' };
    }
    return null;
  }
  if (lookup(t, VERB_KEYS) === null) return null;
  // `وتقول زميلتها رسل جبار،`: a noun with a possessive pronoun (a relation: زميلتها، والدته) before the name.
  const related = possessiveNoun(next);
  const read = nameRun(toks, t.index + (related ? 2 : 1));
  // `وقال X Y شقيق المعتقل`: a kinship noun read as a third name word is the apposition after the name.
  const run = read !== null && read.to - read.from === 3 && KIN_KEYS.has((toks[read.to - 1] as Tok).key) ? { from: read.from, to: read.to - 1 } : read;
  if (run === null || run.to - run.from < 2 || run.to - run.from > 3) return null;
  const words = toks.slice(run.from, run.to);
  // `أبلغت شركتان موردتان`: a feminine dual (…تان، …تين) is a noun and its adjective, never a name.
  if (!joined(words[0] as Tok) || words.some((w) => w.kind !== 'word' || /(تان|تين)$/.test(w.key))) return null;
  const after = toks[run.to];
  // `وقالت ريم العلي، وهي موظفة`: a definite surname only before a comma or colon, and never a place adjective (المصري).
  const closesPostPosed = postPosedVerb(t) && postPosedSubjectEnds(after);
  if (words.some((w) => isDefinite(w.key))) {
    const strong = (after !== undefined && /[،,:]/.test(after.gap)) || closesPostPosed;
    if (!strong || isDefinite((words[0] as Tok).key) || words.some((w) => isPlaceAdjective(w.key))) return null;
  }
  // (`وقال X Y محامي Z`، `قالت X Y وزيرة الدولة`: a title in apposition closes the name too.)
  const boundary = after === undefined || /[،,:]/.test(after.gap) || (joined(after) && (/^ل/.test(after.key) || appositiveTitle(after) || KIN_KEYS.has(after.key))) || closesPostPosed;
  if (!boundary) return null;
  return { start: (words[0] as Tok).start, end: (words[words.length - 1] as Tok).end, type: 'person', name: null, source: 'cue' };
}

/**
 * `يدعي ربط الهجمات` ("claims") beside `يدعى X` ("is called"): keys fold ى into ي, so in a text that writes a
 * final ى anywhere, a naming verb written with a final ي is the verb of claiming (as `pronounNotTaMarbuta`
 * reads ة). A text that never writes ى keeps the naming reading.
 */
function claimsNotNamed(t: Tok, toks: readonly Tok[]): boolean {
  if (!/[يت]دعي$/.test(t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, ''))) return false;
  let writes = alifMaqsuraWriters.get(toks);
  if (writes === undefined) {
    writes = toks.some((u) => u.text.endsWith('ى'));
    alifMaqsuraWriters.set(toks, writes);
  }
  return writes;
}
const alifMaqsuraWriters = new WeakMap<readonly Tok[], boolean>();

/** A word in ت right after a name's first word, closed by punctuation: a family name (`تنوير ،`), no verb. */
const familyNameInTa = (toks: readonly Tok[], k: number): boolean => /^ت/.test((toks[k] as Tok).key) && /[،,.:؛]/.test(toks[k + 1]?.gap ?? '.');

/** A title word without the article in construct after a name (`محامي`، `رئيس`، `وزيرة`): the name's apposition. */
const appositiveTitle = (t: Tok): boolean => !isDefinite(t.key) && !ADJECTIVE_TITLE_KEYS.has(t.key) && TITLE_KEYS.has(t.key);
/**
 * Kinship and relation nouns in construct after a name (`وقال X Y عم الجندي`، `والد الضحية`، `زوجة …`): an
 * apposition that closes the name as a title does. (ابن/بنت are left out: they join a name to the father's.)
 */
const KIN_KEYS = keySet([...KIN_NOUNS, 'أخو', 'أرملة', 'نجل', 'نجلة', 'حفيد', 'حفيدة', 'زميل', 'زميلة', 'خطيب', 'خطيبة']);
/** Title words that are adjectives too (`بمباراة كبيرة`): no apposition. */
const ADJECTIVE_TITLE_KEYS = keySet(['كبير', 'كبيرة', 'كبيرا']);

/** Verbal nouns of giving a name (ذكر، نشر، الكشف عن، إعلان) before the naming word: the name is withheld. */
const WITHHOLDING_KEYS = keySet(['ذكر', 'نشر', 'عن', 'إعلان', 'كشف', 'تحديد']);

/** `«…»، تقول X Y`: a reporting verb right after a closing quote mark, whose subject must follow it. */
const postPosedVerb = (t: Tok): boolean => /^[»"”]\s*[،,]\s*$/.test(t.gap);

/** `«…»، تقول X Y التي …`، `… وهي …`، `… .`: what ends a post-posed verb's subject besides a comma or colon. */
const postPosedSubjectEnds = (after: Tok | undefined): boolean =>
  after === undefined || /[.!؟?]/.test(after.gap) || (joined(after) && RELATIVE_OR_HE_KEYS.has(after.key));

/**
 * `الهلال الأحمر المصري`، `الدفاع المدني اللبناني`: a known organization's name, then a definite nationality
 * adjective written right after it, is that country's body: the adjective is part of its name. Returns the
 * mention's end.
 */
function nationalityAfter(toks: readonly Tok[], next: number, gz: GazetteerHit): number {
  const t = toks[next];
  if (gz.type !== 'organization' || t === undefined || !joined(t) || !articleWritten(t) || !isPlaceAdjective(t.key)) return gz.end;
  return t.end;
}

/** What pass 1 finds in a text: the chosen candidates and the title phrases. Reused by the story's second pass. */
export interface EntityCandidates {
  readonly kept: readonly Candidate[];
  readonly titles: readonly TitlePhrase[];
  /** Names of no type that hold a titled person's name (`جائزة الملك فيصل`): no person is found again inside them. */
  readonly things: readonly Span[];
}

/** Full names of the persons pass 1 found (what other documents of the story learn from this one). */
export const candidatePersons = (text: string, c: EntityCandidates): string[] =>
  c.kept.filter((k) => k.type === 'person').map((k) => k.name ?? text.slice(k.start, k.end));

export function analyzeEntities(text: string, toks: readonly Tok[], options: FindEntitiesOptions = {}): EntityAnalysis {
  return resolveEntities(text, toks, collectCandidates(text, toks), options);
}

/**
 * `ومع` (the Moroccan agency) is also `و` + `مع`: a one-word organization that reads as a function
 * word with a proclitic is that organization only in parentheses or marks (`(ومع)`، `«ومع»`) or as
 * a reporting verb's subject (`وذكرت وام أن`).
 */
function functionWordAbbreviation(text: string, toks: readonly Tok[], t: Tok, gz: GazetteerHit): boolean {
  if (gz.type !== 'organization' || gz.start < t.start || gz.end > t.end || !t.forms.some((f) => f.letters > 0 && isStopword(f.form))) return false;
  const before = toks[t.index - 1];
  if (before !== undefined && joined(t) && lookup(before, VERB_KEYS) !== null) return false;
  return !/[(«"“]\s*$/u.test(text.slice(Math.max(0, t.start - 2), t.start));
}

/**
 * `الأسرة السعودية`، `الشركات السعودية`، `الحركة الظاهرية`: a place named by a feminine nisba (السعودية, short for
 * المملكة العربية السعودية; towns such as الظاهرية، الخالدية), written bare right after a definite noun in ة or ات,
 * is that noun's adjective, no mention of the place.
 */
function nisbaAfterNoun(toks: readonly Tok[], i: number, gz: GazetteerHit): boolean {
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  // (the noun may carry a preposition or و: `بالحركة الظاهرية`)
  const definiteNoun = before !== undefined && definiteWritten(before);
  return gz.length === 1 && gz.start === t.start && isNisba(t.key) && t.key.endsWith('يه') && definiteNoun && joined(t) && /(?:ة|ات)$/.test((before as Tok).text);
}

/** `الروح القدس` ("the Holy Spirit"): القدس right after روح is no city. */
function holySpirit(toks: readonly Tok[], i: number, gz: GazetteerHit): boolean {
  const before = toks[i - 1];
  return gz.length === 1 && (toks[i] as Tok).key === 'القدس' && before !== undefined && joined(toks[i] as Tok) && before.forms.some((f) => f.form === 'روح' || f.form === 'الروح');
}

/** The token index right after each of `places` (where a coordination with و would go on). */
const placeEnds = (toks: readonly Tok[], places: readonly { readonly end: number }[]): number[] => places.map((p) => firstFrom(toks, p.end));

/** Pass 1: gazetteer names, organization cue chains, places after place cues and names after titles, longest first. */
export function collectCandidates(text: string, toks: readonly Tok[]): EntityCandidates {
  const candidates: Candidate[] = [];
  const titles: TitlePhrase[] = [];
  /** End of the organization chains found so far: a title's name inside one (جامعة السلطان قابوس) is no person. */
  let orgEnd = -1;
  const cuePlaces: PlaceMention[] = [];
  /** Prizes, cups and contests named after a titled person (titled-facilities.ts): no mention, and no person inside. */
  const things: Span[] = [];
  const given: NameSpan[] = [];
  /** Every start some word of the text allows: a reading none of whose cues the text writes is not run. */
  let present = 0;
  /**
   * Where a reporting or naming verb may stand, and a locating preposition: the readings after them
   * (names after verbs, lone subjects, lone places) visit these tokens only, not every token again.
   */
  const verbs: number[] = [];
  const locating: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const starts = entityStarts(toks[i] as Tok);
    present |= starts;
    if ((starts & START.verb) !== 0) verbs.push(i);
    if ((starts & START.locating) !== 0) locating.push(i);
    if ((starts & CANDIDATE_STARTS) === 0) continue;
    const gz = (starts & START.gazetteer) === 0 ? null : matchGazetteer(toks, i);
    if (gz !== null && !functionWordAbbreviation(text, toks, toks[i] as Tok, gz) && !(gz.type === 'place' && (shipNameAt(toks, i) || nisbaAfterNoun(toks, i, gz) || holySpirit(toks, i, gz) || (gz.length === 1 && diameterAt(toks, i))))) {
      const end = nationalityAfter(toks, i + gz.length, gz);
      // (`مجلس النواب العراقي` and `مجلس النواب البحريني` are two bodies: the adjective stays in the name.)
      const name = end === gz.end ? gz.canonical : `${gz.canonical} ${text.slice((toks[i + gz.length] as Tok).start, end)}`;
      const unlistedGiven = gz.type === 'person' && gz.length === 1 && isListedSurname(gz.canonical) ? givenNameBefore(toks, i) : null;
      if (unlistedGiven !== null) candidates.push({ start: unlistedGiven.start, end, type: 'person', name: null, source: 'cue' });
      else candidates.push({ start: gz.start, end, type: gz.type, name, source: 'gazetteer' });
    }
    if ((starts & START.place) !== 0) {
      cuePlaces.push(...placesAfterCue(toks, i));
      const landmark = landmarkAfterCue(toks, i);
      if (landmark !== null) cuePlaces.push(landmark);
      const facility = titledFacilityAt(toks, i);
      if (facility?.type === 'place') cuePlaces.push(facility);
      else if (facility?.type === 'thing') things.push(facility);
      else if (facility !== null) candidates.push({ start: facility.start, end: facility.end, type: 'organization', name: null, source: 'cue' });
    }
    const named = (starts & START.given) === 0 ? null : givenNameAt(toks, i) ?? describedAt(toks, i);
    if (named !== null) given.push(named);
    const chain = (starts & START.organization) === 0 ? null : orgChain(toks, i);
    if (chain !== null) {
      const end = (toks[chain.to - 1] as Tok).end;
      candidates.push({ start: chain.start, end, type: 'organization', name: null, source: 'cue' });
      orgEnd = Math.max(orgEnd, end);
    }
    const title = (starts & START.title) === 0 ? null : titleAt(toks, i);
    if (title !== null) {
      const nameToks = title.name === null ? null : withoutVerbObject(toks, title.start, toks.slice(title.name.from, title.name.to));
      const phraseEnd = nameToks?.[nameToks.length - 1]?.end ?? (toks[title.descriptorsEnd - 1] as Tok).end;
      const person = nameToks === null ? null : text.slice((nameToks[0] as Tok).start, phraseEnd);
      titles.push({ kind: 'title-phrase', start: title.start, end: phraseEnd, head: titleHead(title.head), text: text.slice(title.start, phraseEnd), person });
      if (nameToks !== null && person !== null && (nameToks[0] as Tok).start >= orgEnd && !facilityNamedAfter(toks, title.title) && !inFacilityName(toks, (nameToks[0] as Tok).index)) {
        candidates.push({ start: (nameToks[0] as Tok).start, end: phraseEnd, type: 'person', name: null, source: 'title' });
      }
    }
  }
  // Unlisted places read from their setting: set off before a known place (`في جالي، سريلانكا`,
  // place-apposition.ts), named by a station (`محطة لوتون`, stations.ts) or by a form of government
  // (`الجمهورية العربية اليمنية`, state-names.ts).
  cuePlaces.push(...placesBeforePlaces(toks, candidates.filter((c) => c.type === 'place' && c.source === 'gazetteer')));
  if ((present & START.stationOrState) !== 0) cuePlaces.push(...stationPlaces(toks, stationOrStateAt), ...stateNames(toks, stationOrStateAt));
  // A lone foreign word after في/من/إلى (`في ديوسبري،`, lone-places.ts).
  cuePlaces.push(...lonePlaces(toks, candidates, locating));
  // Places joined by و to a place found (`بين عرعر وطريف`) are places, and named so elsewhere too
  // (`في طريف والعويقيلة`: the coordination goes on from those mentions once).
  const coordinated = coordinatedPlaces(toks, placeEnds(toks, [...candidates.filter((c) => c.type === 'place'), ...cuePlaces]));
  cuePlaces.push(...coordinated, ...coordinatedPlaces(toks, placeEnds(toks, placeRepeats(toks, coordinated))));
  // A place a cue named (بلدة أدري) is a place wherever else the text names it (في أدري).
  for (const p of [...cuePlaces, ...placeRepeats(toks, cuePlaces)]) candidates.push({ start: p.start, end: p.end, type: 'place', name: null, source: 'cue' });
  for (let i = 1; i < toks.length; i++) {
    const named = unlistedNameAfterVerb(toks, i);
    if (named !== null) given.push(named);
  }
  candidates.push(...quotedMediaNames(text, toks), ...namesAfterVerbs(toks, verbs));
  for (const f of foreignNames(toks)) candidates.push({ start: f.start, end: f.end, type: f.type, name: null, source: 'cue' });
  for (const a of agedNames(toks)) candidates.push({ start: a.start, end: a.end, type: 'person', name: null, source: 'cue' });
  for (const a of namesBeforeTitles(toks)) candidates.push({ start: a.start, end: a.end, type: 'person', name: null, source: 'cue' });
  for (const a of loneSubjects(text, toks, verbs)) candidates.push({ start: a.start, end: a.end, type: 'person', name: null, source: 'cue', rank: LONE_SUBJECT_RANK, lone: true });
  // A given name that starts inside another entity (جامعة محمد الخامس، خان يونس) is that entity's;
  // one a title or the gazetteer reads from the same word is read by them.
  if (given.length > 0) {
    // Candidates by start, with the furthest end reached so far: one binary search per given name.
    const byStart = [...candidates].sort((a, b) => a.start - b.start);
    const reach = new Int32Array(byStart.length);
    let far = -1;
    byStart.forEach((c, k) => (reach[k] = far = Math.max(far, c.end)));
    const accepted: NameSpan[] = [];
    for (const g of given) {
      const k = firstFrom(byStart, g.start + 1) - 1;
      if ((k >= 0 && (reach[k] as number) > g.start) || accepted.some((a) => a.start <= g.start && g.start < a.end)) continue;
      accepted.push(g);
      candidates.push({ start: g.start, end: g.end, type: 'person', name: null, source: 'cue', rank: 5 });
    }
  }
  candidates.push(...firstNamesAfterPostPosedVerbs(text, toks, candidates, verbs));
  // `X Y وZ W،`: name words listed by و after a person are a person (coordinated-persons.ts).
  for (const p of coordinatedPersons(toks, candidates.filter((c) => c.type === 'person'))) candidates.push({ start: p.start, end: p.end, type: 'person', name: null, source: 'cue', rank: LISTED_PERSON_RANK });
  // (`جائزة الملك فيصل`، `كأس الأمير سلطان بن عبد العزيز`: the king inside a prize's name is no person spoken of.)
  if (things.length > 0) dropPersonsInside(candidates, things);
  const organizations = candidates.filter((c) => c.type === 'organization');
  for (const a of [...abbreviationsAfter(text, organizations), ...quotedBodies(text, organizations)]) {
    candidates.push({ start: a.start, end: a.end, type: 'organization', name: null, source: 'cue' });
  }
  // `حكومة الجعفري` after `إبراهيم الجعفري`: the leader's family name, no named organization (leaders-bodies.ts).
  const led = leadersOfBodies(text, candidates.filter((c) => c.type === 'organization' && c.source === 'cue'), candidates.filter((c) => c.type === 'person'));
  if (led.length === 0) return { kept: choose(candidates), titles, things };
  const bodies = new Set<Span>(led.map((l) => l.org));
  const rest = candidates.filter((c) => !bodies.has(c));
  for (const l of led) rest.push({ start: l.person.start, end: l.person.end, type: 'person', name: null, source: 'cue' });
  return { kept: choose(rest), titles, things };
}

/**
 * `«…»، يشرح وسيم، ثم …`: the lone word right after a reporting verb that follows a closing quote mark,
 * closed by punctuation, is the speaker's first name when a person found in the text has a full name
 * opening with it (the mention is then resolved to that full name); no list need know the word.
 */
function firstNamesAfterPostPosedVerbs(text: string, toks: readonly Tok[], candidates: readonly Candidate[], verbs: readonly number[]): Candidate[] {
  const firstWords = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const words = key(c.name ?? text.slice(c.start, c.end)).split(' ');
    if (words.length >= 2) firstWords.add(words[0] as string);
  }
  if (firstWords.size === 0) return [];
  const out: Candidate[] = [];
  for (const v of verbs) {
    const t = toks[v] as Tok;
    if (!postPosedVerb(t) || lookup(t, VERB_KEYS) === null) continue;
    const name = toks[t.index + 1];
    const after = toks[t.index + 2];
    if (name === undefined || !joined(name) || name.kind !== 'word' || !firstWords.has(name.key) || (after !== undefined && !/[،,.:؛!؟?]/.test(after.gap))) continue;
    out.push({ start: name.start, end: name.end, type: 'person', name: null, source: 'cue' });
  }
  return out;
}

/** `[start, end)` lies inside one of `spans`. */
const insideSome = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => s.start <= start && end <= s.end);

/** Removes from `candidates` the persons lying inside one of `spans`. */
function dropPersonsInside(candidates: Candidate[], spans: readonly Span[]): void {
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k] as Candidate;
    if (c.type === 'person' && insideSome(spans, c.start, c.end)) candidates.splice(k, 1);
  }
}

/** The candidates overlapping `[start, end)`. */
const overlappingCandidates = (kept: readonly Candidate[], start: number, end: number): Candidate[] => kept.filter((k) => k.start < end && start < k.end);

/** Every one of `overlapping` is a person mention inside `[start, end)`, shorter than it or a lone subject. */
const insidePersons = (overlapping: readonly Candidate[], start: number, end: number): boolean =>
  overlapping.every((k) => k.type === 'person' && (k.end - k.start < end - start || k.lone === true) && k.start >= start && k.end <= end);

const exceptThese = (kept: readonly Candidate[], these: readonly Candidate[]): Candidate[] => kept.filter((k) => !these.includes(k));

/**
 * `resolveEntities`' scan of every token for the persons already named: the candidates of pass 1 it
 * keeps and the mentions it adds. Apart, so that the loop is optimized without the rest of the pass.
 */
function knownMentions(toks: readonly Tok[], pass1Kept: readonly Candidate[], index: KnownIndex, things: readonly Span[]): { kept: Candidate[]; extra: Candidate[] } {
  let kept = [...pass1Kept];
  const extra: Candidate[] = [];
  // No person named in the story: no name to find again, and no scan of the tokens for one.
  if (index.patterns.size === 0) return { kept, extra };
  const tails = tailHits(toks, index.fuzzy);
  // Token j is asked about at positions 1 to 3 (from the three tokens before it), always after token
  // j - 1; `isNameWord` tells only position 1 from the later ones, so two answers per token.
  const nameWords = new Int8Array(toks.length * 2);
  const nameWord = (j: number, position: number): boolean => {
    const slot = j * 2 + (position === 1 ? 0 : 1);
    let v = nameWords[slot] as number;
    if (v === 0) {
      v = isNameWord(toks[j] as Tok, position, toks[j - 1], toks[j - 2]) ? 1 : 2;
      nameWords[slot] = v;
    }
    return v === 1;
  };
  for (let i = 0; i < toks.length; i++) {
    const hit = knownAt(toks, i, index, nameWord, tails);
    if (hit === null) continue;
    const first = toks[i] as Tok;
    // `على` shares its key with the name `علي`: a one-word name is never found again in a stopword.
    if (hit.to - i === 1 && isStop(first)) continue;
    const start = startAfter(first, hit.letters);
    const end = (toks[hit.to - 1] as Tok).end;
    const overlapping = overlappingCandidates(kept, start, end);
    if (insidePersons(overlapping, start, end) && !insideSome(things, start, end)) {
      kept = exceptThese(kept, overlapping);
      extra.push({ start, end, type: 'person', name: hit.name, source: overlapping.some((k) => k.lone !== true) ? 'title' : 'known' });
    }
    i = hit.to - 1;
  }
  return { kept, extra };
}

/** Pass 2: persons already named (here or, via `known`, elsewhere in the story) found again by surname or spelling. */
export function resolveEntities(text: string, toks: readonly Tok[], pass1: EntityCandidates, options: FindEntitiesOptions = {}): EntityAnalysis {
  const titles = pass1.titles;
  const local = candidatePersons(text, pass1);
  const index = knownIndex(options.known ?? [], local);
  const { patterns } = index;
  // Built on the first mention no known name settles.
  let localNames: string[][] | null = null;
  const { kept, extra } = knownMentions(toks, pass1.kept, index, pass1.things);
  const knownFor = (written: string): string | undefined => {
    const k = key(written);
    const found = patterns.get(compact(k));
    return found === undefined || gluedPatronymic(k.split(' '), key(found).split(' ')) ? undefined : found;
  };
  const all = [...kept, ...extra].sort((a, b) => a.start - b.start).map((c, _, list) => givenNameBeforeObject(text, c, list));
  const mentions = all.map((c): EntityMention => {
    const written = text.slice(c.start, c.end);
    let name = c.name ?? written;
    // A partial name is first the one full name of this text it opens or closes (`فاطمة الزهراء` after
    // `فاطمة الزهراء بوعزة`), though the story holds others; else what the story's names make of it.
    if (c.type === 'person' && (c.name === null || c.name === written)) name = fullNameOf(written, (localNames ??= fullNames(local)), 2) ?? (c.name === null ? knownFor(written) : undefined) ?? name;
    const absorbed = written.startsWith('ل') && !written.startsWith('ال') && text.charAt(c.start - 1) === 'ل';
    // (`ومحمود سيد` read as `محمود سيد`: the conjunction is no part of the name's written form.)
    const form = absorbed ? `ا${written}` : /^[وف]/.test(written) && c.name === written.slice(1) ? c.name : written;
    if (c.name === null && absorbed) name = form;
    return { kind: 'entity-mention', start: c.start, end: c.end, text: written, form, type: c.type === 'place' && clubBefore(text, c.start) ? 'organization' : c.type, name, source: c.source };
  });
  const resolvedTitles = titles.map((t) => {
    if (t.person === null) return t;
    let m: EntityMention | undefined;
    for (let k = firstFrom(mentions, t.start); k < mentions.length && (mentions[k] as EntityMention).start < t.end && m === undefined; k++) {
      const x = mentions[k] as EntityMention;
      if (x.type === 'person' && x.end <= t.end) m = x;
    }
    return m === undefined ? t : { ...t, person: m.name };
  });
  return { mentions, titles: resolvedTitles };
}

/**
 * `وصف رئيس النادي عمر الدليمي القرار بأنه`: a titled name of three words or more, in a clause a
 * transitive reporting verb opens a few words before the title, ends before a last definite word that
 * is no nisba: that word is the verb's object, not a family name.
 */
function withoutVerbObject(toks: readonly Tok[], titleStart: number, name: readonly Tok[]): readonly Tok[] {
  const last = name[name.length - 1];
  if (name.length < 3 || last === undefined || !isDefinite(last.key) || /ي$/.test(last.key) || NAME_JOINER_KEYS.has((name[name.length - 2] as Tok).key)) return name;
  const title = firstFrom(toks, titleStart);
  // `دعا رئيس البلدية X بن سعيد الرواس أصحاب المحلات`: a plain noun after the name is the object itself.
  if (plainNounAfterName(toks[last.index + 1])) return name;
  for (let k = title - 1; k >= 0 && k >= title - 3; k--) {
    const t = toks[k] as Tok;
    if (lookup(t, TRANSITIVE_VERB_KEYS) !== null) return name.slice(0, -1);
    if (/[.،,:؛!?؟]/.test((toks[k + 1] as Tok).gap)) break;
  }
  return name;
}

/**
 * `تبيع حواء القات منذ 2011` after `حواء عبدي`: a two-word person whose second word is definite, when
 * the text names one other person with the same first word, is that person's given name and the verb's
 * object after it; the mention keeps the first word and takes that person's name.
 */
function givenNameBeforeObject(text: string, c: Candidate, all: readonly Candidate[]): Candidate {
  if (c.type !== 'person' || c.name !== null) return c;
  const words = text.slice(c.start, c.end).split(' ');
  const [first, second] = words;
  if (words.length !== 2 || first === undefined || second === undefined || !second.startsWith('ال')) return c;
  // Right after a verb (`تبيع حواء القات`), where a verb's object may follow its subject.
  const verb = /(?:^|\s)(\S+)\s+$/u.exec(text.slice(Math.max(0, c.start - 20), c.start))?.[1] ?? '';
  if (!verbShaped(verb)) return c;
  const earlier = [...new Set(all.filter((o) => o.type === 'person' && o.end <= c.start).map((o) => o.name ?? text.slice(o.start, o.end)))];
  const named = earlier.filter((n) => n !== `${first} ${second}` && n.split(' ').length >= 2 && n.split(' ')[0] === first);
  // (A mention of the same shape, given name and definite word, after a full name with that given name is
  // no other person: `ورث سالم المهنة … يفك سالم الحبال` after `سالم عودة` both name him. `earlier` is in text order.)
  const full = named.findIndex((n) => !sameShape(n));
  const others = full < 0 ? named : named.filter((n, k) => k <= full || !sameShape(n));
  if (others.length !== 1) return c;
  return { ...c, end: c.start + first.length, name: others[0] as string };
}

/** Two words, the second with the article: a given name and a definite word, the shape `givenNameBeforeObject` reads. */
const sameShape = (name: string): boolean => /^\S+ ال\S+$/u.test(name);

/** Entity mentions of a clean text, offsets `[start, end)` without proclitics. */
export function findEntities(text: string, options: FindEntitiesOptions = {}): EntityMention[] {
  return [...analyzeEntities(text, tokenView(text), options).mentions];
}
