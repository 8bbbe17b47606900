/**
 * A listed foreign family name (data/foreign-surnames.ts) after a given name no list knows
 * (`ثورستن ماير`، `ثيودورا كوفالسكي`): the plain word right before it, joined to it, is the given
 * name, so the person's mention starts there. Not a word that is a verb, title, cue, time word or
 * stopword, nor one with the article, a proclitic or a verb's shape (`وأضاف سميث`، `الرئيس سميث`،
 * `يقول سميث`), nor a name the gazetteer reads, nor a listed given name (its own name run reads it,
 * three words long if so: `ماري دوبوا لوران`).
 */
import { FOREIGN_SURNAMES } from './data/foreign-surnames.js';
import { matchGazetteer } from './gazetteer.js';
import { GIVEN_KEYS, isStop, ORG_CUE_KEYS, PARTICIPLE_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { verbShaped } from './names.js';
import { hasTanween, isDefinite, joined, type Tok } from './tokens.js';

const SURNAME_NAMES: ReadonlySet<string> = new Set(FOREIGN_SURNAMES);

/** Whether `canonical` (a gazetteer person's canonical name) is a listed foreign family name. */
export const isListedSurname = (canonical: string): boolean => SURNAME_NAMES.has(canonical);

/** The token before the family name at `i` when it is the unlisted given name opening the mention, else null. */
export function givenNameBefore(toks: readonly Tok[], i: number): Tok | null {
  const surname = toks[i];
  const prev = toks[i - 1];
  if (surname === undefined || prev === undefined || prev.kind !== 'word' || !joined(surname) || isStop(prev) || hasTanween(prev)) return null;
  const k = prev.key;
  // (A final ا is allowed without tanween: ثيودورا، ماريا.)
  if (k.length < 3 || isDefinite(k) || /^[وفبلك]/.test(k) || verbShaped(k)) return null;
  // A listed given name opens a name run of its own (given-names.ts), which may go on past the family name.
  if (GIVEN_KEYS.has(k)) return null;
  if (VERB_KEYS.has(k) || PARTICIPLE_KEYS.has(k) || TITLE_KEYS.has(k) || ORG_CUE_KEYS.has(k) || TEMPORAL_KEYS.has(k) || SUBJECT_STOP_KEYS.has(k)) return null;
  return matchGazetteer(toks, i - 1) === null ? prev : null;
}
