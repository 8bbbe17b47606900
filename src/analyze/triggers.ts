/**
 * Where an entity may start, per spelling (`spellingMask`). Pass 1 asks at every token whether a
 * gazetteer name, an organization cue, a title, a place cue or a reporting or naming verb starts there; most
 * words start none, and these checks pass them over before the scanners run. Each is a superset
 * of the first condition its scanner checks, so gating changes no result.
 */
import { gazetteer } from './gazetteer.js';
import { NAMING_WORDS } from './data/reporting.js';
import { COMPOUND_HEAD_KEYS, DEFINITE_GIVEN_KEYS, GIVEN_KEYS, KUNYA_KEYS, OCCUPATION_KEYS, ORG_CUE_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { PLACE_CUE_FORMS } from './place-cues.js';
import { isDefinite, keySet, spellingMask, type Tok } from './tokens.js';

export const NAMING_KEYS = keySet(NAMING_WORDS);

/** Bits of `entityStarts`. */
export const START = { gazetteer: 1, organization: 2, title: 4, place: 8, verb: 16, given: 32 } as const;
/** The bits pass 1's candidate loop acts on. */
export const CANDIDATE_STARTS = START.gazetteer | START.organization | START.title | START.place | START.given;

/** Organization cues written with the article, and titles with a feminine ending: one lookup, no slicing per form. */
const DEFINITE_ORG_CUES: ReadonlySet<string> = new Set([...ORG_CUE_KEYS].map((k) => `ال${k}`).filter(isDefinite));
const FEMININE_TITLES: ReadonlySet<string> = new Set([...TITLE_KEYS].map((k) => `${k}ه`));
/** Every word `givenNameAt` or `describedAt` may start at, in one set. */
const GIVEN_STARTS: ReadonlySet<string> = new Set([...GIVEN_KEYS, ...DEFINITE_GIVEN_KEYS, ...KUNYA_KEYS, ...COMPOUND_HEAD_KEYS, ...OCCUPATION_KEYS]);

function starts(t: Tok): number {
  const firstWords = gazetteer().firstWords;
  let bits = 0;
  for (const { form } of t.forms) {
    // the first word of a gazetteer name (`matchGazetteer`)
    if (t.kind === 'word' && firstWords.has(form)) bits |= START.gazetteer;
    // an organization cue, bare or with the article (`orgChain`)
    if (ORG_CUE_KEYS.has(form) || DEFINITE_ORG_CUES.has(form)) bits |= START.organization;
    // a title, or a title with a feminine ending (`titleAt`)
    if (TITLE_KEYS.has(form) || FEMININE_TITLES.has(form)) bits |= START.title;
    // a place cue (`placesAfterCue`)
    if (PLACE_CUE_FORMS.has(form)) bits |= START.place;
    // a reporting verb or a naming word (`namesAfterVerbs`)
    if (VERB_KEYS.has(form) || NAMING_KEYS.has(form)) bits |= START.verb;
    // a given name, a kunya or a compound name's head, bare or after و/ف (`givenNameAt`), or an occupation (`describedAt`)
    if (t.kind === 'word' && GIVEN_STARTS.has(form)) bits |= START.given;
  }
  return bits;
}

/** The `START` bits of a token, computed once per spelling. */
export const entityStarts = (t: Tok): number => spellingMask(t, starts);
export const mayStartGazetteer = (t: Tok): boolean => (entityStarts(t) & START.gazetteer) !== 0;
export const mayStartOrganization = (t: Tok): boolean => (entityStarts(t) & START.organization) !== 0;
export const mayStartTitle = (t: Tok): boolean => (entityStarts(t) & START.title) !== 0;
export const mayStartPlaceCue = (t: Tok): boolean => (entityStarts(t) & START.place) !== 0;
export const mayBeSpeakerVerb = (t: Tok): boolean => (entityStarts(t) & START.verb) !== 0;
