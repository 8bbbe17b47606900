/**
 * Places a text locates by a known place set off after them: `في جالي، سريلانكا`، `من كراولي، غرب
 * ساسكس`، `في هايد بارك، لندن، إنجلترا`, and the dateline `ميدو ليك، ساسكاتشوان --`. A reader who
 * knows neither town still reads "in X, <country>" as a town of that country; translated wire news
 * locates every small town so. No list knows them: the apposition does.
 */
import { isPlaceAdjective } from './gazetteer.js';
import { DIRECTION_KEYS, isStop, plainUnlisted, TEMPORAL_KEYS } from './lexicon.js';
import type { Span } from '../core/index.js';
import { afterComma, joined, keySet, lookupAfterConjunction, type Tok } from './tokens.js';
import { PLACE_CUE_FORMS, type PlaceMention } from './place-cues.js';
import { firstFrom } from './search.js';

/** Prepositions that locate what follows them (`في`، `من`، `إلى`، `قرب`). */
export const LOCATING_KEYS = keySet(['في', 'من', 'إلى', 'قرب', 'بالقرب', 'داخل', 'نحو']);

/** `opener` is a locating preposition, bare or carrying و/ف (`وفي`، `فمن`); lone-places.ts asks it only of words whose forms hold one (the trigger mask's `START.locating`). */
export const locatingWord = (opener: Tok): boolean => lookupAfterConjunction(opener, LOCATING_KEYS) !== null;

/** Nouns of discourse after في/من that a comma closes (`من جهة، …`، `في غضون، …`): no place. (حين and إطار are stopwords, بيان a speaker's head: `plainUnlisted` refuses them.) */
const DISCOURSE_KEYS = keySet(['جهة', 'ناحية', 'جانب', 'غضون', 'أعقاب', 'ضوء', 'سياق', 'تصريح', 'تصريحات', 'رسالة', 'كلمة', 'حديث', 'مقابلة', 'لقاء']);

/** What may follow a dateline's place: a dash, a tatweel used as one, a parenthesis or a colon. */
const DATELINE_CLOSE = /[-–—ـ(:]/u;

/** A word that may be an unlisted place's name: indefinite, no function word, cue, title, time word or pronoun ending. */
function placeNameWord(t: Tok): boolean {
  const k = t.key;
  if (!plainUnlisted(t)) return false;
  // (a place cue, `مدينة سار، جنوبي تشاد`, stays outside the name its own rule reads)
  if (DISCOURSE_KEYS.has(k) || DIRECTION_KEYS.has(k) || PLACE_CUE_FORMS.has(k) || isPlaceAdjective(k)) return false;
  // (a noun with a possessive pronoun, `جهته`، `بلادها`: no name)
  return !/(ته|ها|هم|هما|كم)$/.test(k);
}

/** A place name closes its phrase before `t`: punctuation, the end, a dash, a stopword or a time word (lone-places.ts adds و). */
export const closesAfter = (t: Tok | undefined): boolean => t === undefined || !joined(t) || isStop(t) || TEMPORAL_KEYS.has(t.key);

/**
 * Unlisted places set off by a comma before a known place (`places`: the known places found in
 * the text, by start), after a locating preposition or opening a line as a dateline.
 */
export function placesBeforePlaces(toks: readonly Tok[], places: readonly Span[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of places) {
    const at = firstFrom(toks, p.start);
    const first = toks[at];
    // (a place written with a proclitic, `وسريلانكا`، `بلندن`, is no apposition)
    const to = firstFrom(toks, p.end);
    if (first === undefined || first.start !== p.start || !closesAfter(toks[to])) continue;
    let k = at;
    const before = toks[k - 1];
    // `غرب ساسكس`: a compass word between the comma and the place.
    if (before !== undefined && joined(first) && DIRECTION_KEYS.has(before.key)) k--;
    if (!afterComma(toks[k] as Tok)) continue;
    const last = k - 1;
    const dateline = DATELINE_CLOSE.test(toks[to]?.gap ?? '');
    for (const from of [last - 1, last]) {
      if (from < 0) continue;
      const words = toks.slice(from, last + 1);
      if (!words.every(placeNameWord) || !words.slice(1).every(joined)) continue;
      const opener = toks[from - 1];
      // (`وفي جالي، سريلانكا`: the preposition may carry و or ف)
      const located = opener !== undefined && joined(words[0] as Tok) && locatingWord(opener);
      const lineStart = (from === 0 || /\n/.test((words[0] as Tok).gap)) && dateline;
      if (!located && !lineStart) continue;
      out.push({ start: (words[0] as Tok).start, end: (words[words.length - 1] as Tok).end, words: words.map((w) => w.key) });
      break;
    }
  }
  return out;
}
