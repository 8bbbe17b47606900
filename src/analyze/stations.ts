/**
 * Stations named after their place: `محطة لوتون`، `بمحطة مترو X`، `محطة قطار X`. A station takes the name of
 * the town or quarter it serves, so the name after `محطة` (and a kind of line) is a place; what a station
 * produces or serves (`محطة كهرباء`، `محطة وقود`، `محطة القطار`) names nothing, and a feminine word after it
 * agrees with it (`محطة نووية`).
 */
import { isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { isStop, NUMBER_WORD_KEYS, ORG_CUE_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { hasTanween, isDefinite, joined, keySet, lookup, type Tok } from './tokens.js';
import { PROCLITIC_ARTICLE, type PlaceMention } from './place-cues.js';
import { closesAfter } from './place-apposition.js';

/** Every form a station's name follows (`entityStarts` gates the scan with it). */
export const STATION_CUE_FORMS = keySet(['محطة', 'محطتي']);
/** Lines a station serves, written between `محطة` and its name (`محطة مترو X`). */
const LINE_KEYS = keySet(['مترو', 'قطار', 'قطارات', 'حافلات', 'أنفاق', 'سكة']);
/** What a station produces, serves or measures: no place's name. */
const STATION_KIND_KEYS = keySet([
  'كهرباء', 'وقود', 'بنزين', 'غاز', 'توليد', 'معالجة', 'رصد', 'إرسال', 'تلفزيون', 'إذاعة', 'فضاء', 'طاقة', 'مياه', 'صرف', 'تحلية',
  'تقوية', 'تحويل', 'توزيع', 'شحن', 'خدمة', 'استراحة', 'انتظار', 'وصول', 'مغادرة', 'أرصاد', 'إنذار', 'إطفاء', 'إسعاف', 'تعبئة', 'وقوف',
]);

/** A word that may be a station's place name: plain, indefinite, no kind of station, no feminine agreement. */
function stationNameWord(t: Tok): boolean {
  const k = t.key;
  if (t.kind !== 'word' || k.length < 3 || isDefinite(k) || isStop(t) || hasTanween(t) || t.text.endsWith('ة')) return false;
  if (STATION_KIND_KEYS.has(k) || LINE_KEYS.has(k) || TEMPORAL_KEYS.has(k) || TITLE_KEYS.has(k) || VERB_KEYS.has(k) || ORG_CUE_KEYS.has(k) || NUMBER_WORD_KEYS.has(k)) return false;
  // (a preposition with the article, `للسكك`, opens another phrase)
  return !isPlaceAdjective(k) && !/(ي|يه|ات|ها|هم)$/.test(k) && !PROCLITIC_ARTICLE.test(k);
}

/** The places stations are named after in one text: one or two name words after `محطة` (and a line word); `cueAt` a quick superset test of the cue. */
export function stationPlaces(toks: readonly Tok[], cueAt: (t: Tok) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const cue = toks[i] as Tok;
    if (!cueAt(cue) || cue.kind !== 'word' || lookup(cue, STATION_CUE_FORMS) === null) continue;
    let j = i + 1;
    if (LINE_KEYS.has((toks[j] as Tok).key) && joined(toks[j] as Tok)) j++;
    const first = toks[j];
    if (first === undefined || !joined(first) || !stationNameWord(first)) continue;
    // `أي محطة يثبت بيعها`: a word shaped like a present verb is one, unless punctuation closes it at once.
    if (/^[يت]../.test(first.key) && toks[j + 1] !== undefined && joined(toks[j + 1] as Tok)) continue;
    // A listed place reads itself (`محطة لندن`): the station adds nothing.
    if (matchGazetteer(toks, j) !== null) continue;
    const second = toks[j + 1];
    const to = second !== undefined && joined(second) && stationNameWord(second) && !second.key.startsWith('و') && closes(toks[j + 2]) ? j + 2 : j + 1;
    if (to === j + 1 && !closes(toks[j + 1])) continue;
    out.push({ start: first.start, end: (toks[to - 1] as Tok).end, words: toks.slice(j, to).map((w) => w.key) });
  }
  return out;
}

/** The station's name ends: punctuation, the end, a stopword (في، حيث، على), a time word, a number, a definite word or a word with ل/ب/و. */
const closes = (t: Tok | undefined): boolean => t === undefined || closesAfter(t) || t.kind === 'number' || isDefinite(t.key) || /^[لبو]/.test(t.key);
