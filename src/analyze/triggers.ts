/**
 * Where an entity may start, per spelling (`spellingMask`). Pass 1 asks at every token whether a
 * gazetteer name, an organization cue, a title, a place cue or a reporting or naming verb starts there; most
 * words start none, and these checks pass them over before the scanners run. Each is a superset
 * of the first condition its scanner checks, so gating changes no result.
 */
import { gazetteer } from './gazetteer.js';
import { NAMING_WORDS } from './data/reporting.js';
import { COMPOUND_HEAD_KEYS, DEFINITE_GIVEN_KEYS, KUNYA_KEYS, KUNYA_NAME_KEYS, OCCUPATION_KEYS, ORG_CUE_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { PLACE_CUE_FORMS } from './place-cues.js';
import { LANDMARK_CUE_FORMS } from './landmarks.js';
import { TITLED_FACILITY_FORMS } from './titled-facilities.js';
import { STATION_CUE_FORMS } from './stations.js';
import { STATE_FORM_KEYS } from './state-names.js';
import { LOCATING_KEYS } from './place-apposition.js';
import { isDefinite, keySet, spellingMask, type Tok } from './tokens.js';

export const NAMING_KEYS = keySet(NAMING_WORDS);

/** Bits of `entityStarts`. */
export const START = { gazetteer: 1, organization: 2, title: 4, place: 8, verb: 16, given: 32, stationOrState: 64, locating: 128 } as const;
/** The bits pass 1's candidate loop acts on. */
export const CANDIDATE_STARTS = START.gazetteer | START.organization | START.title | START.place | START.given;

/** Organization cues written with the article, and titles with a feminine ending: one lookup, no slicing per form. */
const DEFINITE_ORG_CUES: ReadonlySet<string> = new Set([...ORG_CUE_KEYS].map((k) => `ال${k}`).filter(isDefinite));
const FEMININE_TITLES: ReadonlySet<string> = new Set([...TITLE_KEYS].map((k) => `${k}ه`));
/** Every word `givenNameAt` or `describedAt` may start at, in one set. */
const GIVEN_STARTS: ReadonlySet<string> = new Set([...KUNYA_NAME_KEYS, ...DEFINITE_GIVEN_KEYS, ...KUNYA_KEYS, ...COMPOUND_HEAD_KEYS, ...OCCUPATION_KEYS]);

/** Bits only a word (not a number) may start. */
const WORD_ONLY = START.gazetteer | START.given;

/**
 * Every form any scanner starts at, with its `START` bits: one map lookup per form instead of one
 * set lookup per scanner. Built on first use (the gazetteer's first words are built then too).
 */
let formBits: Map<string, number> | null = null;
function buildFormBits(): Map<string, number> {
  const bits = new Map<string, number>();
  const add = (forms: Iterable<string>, bit: number): void => {
    for (const f of forms) bits.set(f, (bits.get(f) ?? 0) | bit);
  };
  // the first word of a gazetteer name (`matchGazetteer`)
  add(gazetteer().wordCounts.keys(), START.gazetteer);
  // an organization cue, bare or with the article (`orgChain`)
  add(ORG_CUE_KEYS, START.organization);
  add(DEFINITE_ORG_CUES, START.organization);
  // a title, or a title with a feminine ending (`titleAt`)
  add(TITLE_KEYS, START.title);
  add(FEMININE_TITLES, START.title);
  // a place cue (`placesAfterCue`) or a landmark's kind (`landmarkAfterCue`)
  add(PLACE_CUE_FORMS, START.place);
  add(LANDMARK_CUE_FORMS, START.place);
  // a facility named after a titled person (`titledFacilityAt`)
  add(TITLED_FACILITY_FORMS, START.place);
  // a reporting verb or a naming word (`namesAfterVerbs`)
  add(VERB_KEYS, START.verb);
  add(NAMING_KEYS, START.verb);
  // a given name, a kunya or a compound name's head, bare or after و/ف (`givenNameAt`), or an occupation (`describedAt`)
  add(GIVEN_STARTS, START.given);
  // a station or a form of government (`stationPlaces`, `stateNames`)
  add(STATION_CUE_FORMS, START.stationOrState);
  add(STATE_FORM_KEYS, START.stationOrState);
  // a locating preposition before a lone place (`lonePlaces`)
  add(LOCATING_KEYS, START.locating);
  return bits;
}

function starts(t: Tok): number {
  const table = (formBits ??= buildFormBits());
  let bits = 0;
  for (const { form } of t.forms) bits |= table.get(form) ?? 0;
  return t.kind === 'word' ? bits : bits & ~WORD_ONLY;
}

/** The `START` bits of a token, computed once per spelling. */
export const entityStarts = (t: Tok): number => spellingMask(t, starts);
