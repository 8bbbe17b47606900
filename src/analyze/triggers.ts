/**
 * Where an entity may start, per spelling (`spellingFact`). Pass 1 asks at every token whether a
 * gazetteer name, an organization cue, a title, a place cue or a reporting or naming verb starts there; most
 * words start none, and these checks pass them over before the scanners run. Each is a superset
 * of the first condition its scanner checks, so gating changes no result.
 */
import { gazetteer } from './gazetteer.js';
import { NAMING_WORDS } from './data/reporting.js';
import { ORG_CUE_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { PLACE_CUE_FORMS } from './place-cues.js';
import { FACT, isDefinite, keySet, spellingFact, type Tok } from './tokens.js';

export const NAMING_KEYS = keySet(NAMING_WORDS);

/** Some form is the first word of a gazetteer name (`matchGazetteer`). */
const gazetteerHead = (t: Tok): boolean => t.kind === 'word' && t.forms.some((f) => gazetteer().firstWords.has(f.form));
/** Some form is an organization cue, bare or with the article (`orgChain`). */
const organizationCue = (t: Tok): boolean => t.forms.some((f) => ORG_CUE_KEYS.has(f.form) || (isDefinite(f.form) && ORG_CUE_KEYS.has(f.form.slice(2))));
/** Some form is a title, or a title with a feminine ending (`titleAt`). */
const titleWord = (t: Tok): boolean => t.forms.some((f) => TITLE_KEYS.has(f.form) || (f.form.endsWith('ه') && TITLE_KEYS.has(f.form.slice(0, -1))));
/** Some form is a reporting verb or a naming word (`namesAfterVerbs`). */
const verbOrNaming = (t: Tok): boolean => t.forms.some((f) => VERB_KEYS.has(f.form) || NAMING_KEYS.has(f.form));

export const mayStartGazetteer = (t: Tok): boolean => spellingFact(t, FACT.gazetteer, gazetteerHead);
export const mayStartOrganization = (t: Tok): boolean => spellingFact(t, FACT.organization, organizationCue);
export const mayStartTitle = (t: Tok): boolean => spellingFact(t, FACT.title, titleWord);
/** Some form is a place cue (`placesAfterCue`). */
const placeCue = (t: Tok): boolean => t.forms.some((f) => PLACE_CUE_FORMS.has(f.form));
export const mayStartPlaceCue = (t: Tok): boolean => spellingFact(t, FACT.place, placeCue);
export const mayBeSpeakerVerb = (t: Tok): boolean => spellingFact(t, FACT.verb, verbOrNaming);
