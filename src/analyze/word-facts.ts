/**
 * List lookups asked of nearly every token by the scans over a text (is this word a reporting verb, a
 * naming word?), answered once per spelling (`spellingFact`): the answer follows from the word's
 * forms alone.
 */
import { VERB_KEYS } from './lexicon.js';
import { NAMING_KEYS } from './triggers.js';
import { FACT, lookup, spellingFact, type Tok } from './tokens.js';

const verbForm = (t: Tok): boolean => lookup(t, VERB_KEYS) !== null;
const namingForm = (t: Tok): boolean => lookup(t, NAMING_KEYS) !== null;

/** Some form of `t` is a reporting verb (`lookup(t, VERB_KEYS) !== null`). */
export const isReportingVerb = (t: Tok): boolean => spellingFact(t, FACT.verb, verbForm);

/** Some form of `t` is a naming word (`يدعى`، `اسمه`: `lookup(t, NAMING_KEYS) !== null`). */
export const isNamingWord = (t: Tok): boolean => spellingFact(t, FACT.naming, namingForm);
