/**
 * Persons a text introduces by their office set off after the name: `حسب ثورن لاي، أستاذ علوم الأرض`،
 * `عن طريق توني هول، المدير السابق`، `نقلا عن X Y، المتحدث باسم الوزارة`، and at a sentence's start
 * `X Y، رئيس البلدية، …` or `X Y المتحدثة باسم الشبكة`, and after the pronoun of a nominal sentence (`هو X Y، قائد`). The name is no listed one (a transliterated
 * foreign name most often); the title in apposition says it is a person's, as it does to a reader who
 * has never met the name.
 */
import { isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { isStop, listedNonName, TITLE_KEYS } from './lexicon.js';
import { PLACE_CUE_FORMS } from './place-cues.js';
import type { Span } from '../core/index.js';
import { afterComma, hasTanween, isDefinite, joined, keySet, startAfter, type Tok } from './tokens.js';

/** Words after which a name is the source or the go-between of what is said (حسب، نقلا عن، عن طريق، مع). */
const SOURCE_KEYS = keySet(['حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا', 'طريق', 'عن', 'مع', 'قرب', 'بصحبة', 'برفقة']);
/**
 * The pronoun of a nominal sentence's predicate (`أول من هبط على القمر هو X Y، قائد المركبة`; session 16): the
 * name after it is the one the sentence identifies, and the title in apposition says it is a person's.
 */
const COPULA_KEYS = keySet(['هو', 'هي', 'وهو', 'وهي']);
/** Source words that take their name with ل (`وفقا لـ`، `طبقا لـ`). */
const LAM_SOURCE_KEYS = keySet(['وفقا', 'طبقا']);
/** Spokesperson titles, which follow a name even without a comma when باسم comes next (`X Y المتحدثة باسم الشبكة`). */
const SPOKES_KEYS = keySet(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة']);

/**
 * Heads of an apposition that describe a person and are no listed title without the article (the
 * title list has `الأستاذ`، `الباحث`, read before a name): a profession or a kinship in construct.
 */
const APPOSITION_HEAD_KEYS: ReadonlySet<string> = new Set([
  ...TITLE_KEYS,
  ...keySet(['أستاذ', 'أستاذة', 'باحث', 'باحثة', 'خبير', 'خبيرة', 'مراسل', 'مراسلة', 'كاتب', 'كاتبة', 'طبيب', 'طبيبة', 'مؤلف', 'مؤلفة', 'والد', 'والدة', 'شقيق', 'شقيقة']),
]);

/** A sentence or line opening: the text's start, a full stop, a line break, a colon or a quote mark before the word. */
const OPENING_GAP = /[.!؟?\n:"«»]/u;

/**
 * A word (key `k`: the token's key, or a form with a proclitic peeled) that may be a word of a name no list
 * knows: plain (no article, tanween, or function word as written), no word of another kind the lexicon lists
 * (`listedNonName`), place cue, place adjective or pronoun ending. Shared by `coordinatedPersons`.
 */
export function plainUnlistedWord(t: Tok, k: string): boolean {
  if (t.kind !== 'word' || isDefinite(k) || hasTanween(t) || (k === t.key && isStop(t)) || listedNonName(k)) return false;
  return !PLACE_CUE_FORMS.has(k) && !isPlaceAdjective(k) && !/(ته|ها|هم|هما)$/.test(k);
}

/** A name word here (`plainUnlistedWord`), of two letters or more, no source word, and no و/ف first (a proclitic, though `فيليب` is refused with it). */
const unlistedNameWord = (t: Tok): boolean => t.key.length >= 2 && !/^[وف]/.test(t.key) && !SOURCE_KEYS.has(t.key) && plainUnlistedWord(t, t.key);

/**
 * Two or three unlisted name words between a source word or a sentence opening and a title in
 * apposition (after a comma, or a spokesperson's title before باسم); no gazetteer name among them.
 */
export function namesBeforeTitles(toks: readonly Tok[]): Span[] {
  const out: Span[] = [];
  for (let i = 2; i < toks.length; i++) {
    const title = toks[i] as Tok;
    if (title.kind !== 'word' || !APPOSITION_HEAD_KEYS.has(title.key)) continue;
    const spokes = joined(title) && SPOKES_KEYS.has(title.key) && toks[i + 1]?.key === 'باسم';
    if (!spokes && !afterComma(title)) continue;
    for (const n of [3, 2]) {
      const from = i - n;
      if (from < 0) continue;
      const words = toks.slice(from, i);
      if (!words.every(unlistedNameWord) || !words.slice(1).every(joined)) continue;
      const before = toks[from - 1];
      const opens = from === 0 || OPENING_GAP.test((words[0] as Tok).gap);
      const sourced = before !== undefined && joined(words[0] as Tok) && (SOURCE_KEYS.has(before.key) || COPULA_KEYS.has(before.key));
      if (!opens && !sourced) continue;
      if (words.some((w) => matchGazetteer(toks, w.index) !== null)) break;
      // (`وفقا لديفيد X`: the ل of attribution stays outside the name.)
      const attributed = before !== undefined && LAM_SOURCE_KEYS.has(before.key) && (words[0] as Tok).key.startsWith('ل');
      out.push({ start: attributed ? startAfter(words[0] as Tok, 1) : (words[0] as Tok).start, end: (words[words.length - 1] as Tok).end });
      break;
    }
  }
  return out;
}
