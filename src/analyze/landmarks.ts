/**
 * Landmarks named by their kind: a building or public place in construct with its name (`مسجد الحسن الثاني`،
 * `قلعة صلاح الدين`، `كنيسة القيامة`، `ساحة الشهداء`، `برج إيفل`، `جسر الملك فهد`). A reader takes the kind and
 * the name together as one place, and the name inside it as no person or town of the story: the mosque of
 * Hassan II is no king, the castle of Salah ad-Din no province. The kind word stays in the mention (it is
 * part of what the place is called), as with `جبل` and `خليج` (place-cues.ts).
 */
import { matchGazetteer } from './gazetteer.js';
import { foreignShaped } from './foreign-word.js';
import { GIVEN_KEYS, isStop, NAME_JOINER_KEYS, plainUnlisted, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { nameHeadAfterTitle } from './org-names.js';
import { closesAfter } from './place-apposition.js';
import type { PlaceMention } from './place-cues.js';
import { hasTanween, isDefinite, joined, keySet, lookup, type Tok } from './tokens.js';

/**
 * Kinds whose name may be any definite word (`ساحة التحرير`، `قصر الحمراء`): places of worship, castles,
 * palaces, towers, squares, streets, gardens, reserves, cemeteries, and sports grounds (`ملعب الأمير عبد الله
 * الفيصل`، `استاد القاهرة`, which the gold conventions mark as places). Airports and ports are place cues
 * (place-cues.ts) that keep their cue outside the name. An indefinite word after them is read as a
 * name only when a list knows it or its letters are a transliteration's (`شارع رئيسي`، `ساحة واسعة` are not).
 */
const DEFINITE_NAME_KINDS = keySet(['كنيسة', 'كاتدرائية', 'قلعة', 'قبة', 'ساحة', 'حديقة', 'محمية', 'مقبرة', 'مسجد', 'جامع', 'ضريح', 'قصر', 'برج', 'شارع', 'منتزه', 'ملعب', 'استاد']);
/**
 * Kinds whose word is also a common noun or verbal noun with a definite object (`باب الحوار`، `سد العجز`،
 * `جسر التواصل`، `سجن المتهمين`، `هرم السلطة`): named only by a known name, a title and its name, a given name or a
 * transliterated word (`باب توما` is not read; `سد مأرب`، `جسر بروكلين`، `سجن هداريم`، `هرم زوسر` are).
 */
const NAMED_ONLY_KINDS = keySet(['باب', 'سد', 'جسر', 'سجن', 'هرم']);

/** Every word a landmark's kind may be written as (proclitics aside): where `entityStarts` sets `START.place`. */
export const LANDMARK_CUE_FORMS: ReadonlySet<string> = new Set([...DEFINITE_NAME_KINDS, ...NAMED_ONLY_KINDS]);

/**
 * Definite nouns after a kind word that make a common phrase, no name: what the place serves or belongs to
 * (`حديقة الحيوان`، `ساحة المعركة`، `مسجد الحي`، `قبة البرلمان`), a tower's use or a sign of the zodiac (`برج
 * المراقبة`، `برج الحمل`), and قصر as "shortness" (`قصر النظر`، `قصر القامة`).
 */
const COMMON_AFTER_KIND = keySet([
  'الحيوان', 'الحيوانات', 'المنزل', 'البيت', 'الدار', 'المدرسة', 'الجامعة', 'الحي', 'القرية', 'المدينة', 'البلدة', 'الحارة', 'المعركة', 'المعارك',
  'القتال', 'الحرب', 'الصراع', 'اللعب', 'الألعاب', 'الملاهي', 'المستشفى', 'السجن', 'البرلمان', 'المجلس', 'السماء', 'الفلك', 'المراقبة',
  'الاتصالات', 'التبريد', 'الكهرباء', 'الحراسة', 'المياه', 'الإرسال', 'التحكم', 'الحمل', 'الثور', 'الجوزاء', 'السرطان', 'الأسد', 'العذراء',
  'الميزان', 'العقرب', 'القوس', 'الجدي', 'الدلو', 'الحوت', 'النظر', 'القامة', 'المدة', 'الفترة', 'العمر', 'الحياة', 'النفس',
  'الذيل', 'الأمد', 'المسافة', 'الرئاسة', 'الضيافة', 'الثقافة', 'العدل',
  // ساحة as an arena of an activity (`ساحة المنافسة`، `ساحة النضال`، `ساحة العمل`)
  'المنافسة', 'المواجهة', 'النضال', 'العمل', 'الحوار', 'الوغى', 'الشرف', 'الإعلام', 'الأدب', 'الفن', 'الفكر', 'السياسة', 'الاستثمار', 'الملعب',
  'المباراة', 'الجهاد', 'المقاومة', 'الاقتصاد', 'السوق', 'الأعمال',
  // what a ground serves (`ملعب التدريب`، `ملعب الكرة`)
  'التدريب', 'الكرة',
]);

/**
 * Adjectives that belong to a landmark's name after it (`الجامع الأموي الكبير`، `سور الصين العظيم`، `مسجد الحسن
 * الثاني`): size, age, rank, colour, sanctity and the compass.
 */
const NAME_ADJECTIVES = keySet([
  'الكبير', 'الكبرى', 'الصغير', 'الصغرى', 'العظيم', 'العظمى', 'القديم', 'القديمة', 'الجديد', 'الجديدة', 'الأول', 'الأولى', 'الثاني', 'الثانية',
  'الثالث', 'الثالثة', 'الرابع', 'الخامس', 'السادس', 'الأحمر', 'الحمراء', 'الأبيض', 'البيضاء', 'الأخضر', 'الخضراء', 'الأزرق', 'الزرقاء',
  'الأسود', 'السوداء', 'الذهبي', 'الذهبية', 'الشريف', 'الشريفة', 'المبارك', 'المباركة', 'المقدس', 'المقدسة', 'الشرقي', 'الشرقية', 'الغربي',
  'الغربية', 'الشمالي', 'الشمالية', 'الجنوبي', 'الجنوبية', 'الأعلى', 'العليا', 'السفلى', 'الأوسط', 'الوسطى',
]);

/** Saints in the names of churches and Western places (`سانت بول`، `سان جورج`، `القديس بطرس`، `مار مارون`). */
const SAINT_KEYS = keySet(['سان', 'سانت', 'سانتا', 'سانتو', 'القديس', 'القديسة', 'مار']);

/** A plain word that may be part of a name: indefinite, no listed word of another kind, no tanween. */
const nameWord = (t: Tok | undefined): t is Tok => t !== undefined && joined(t) && plainUnlisted(t, 2) && !/^[وفبل]/.test(t.key);

/** `محمد علي`، `عمرو بن العاص`، `جمال عبد الناصر`: a listed given name and the words of the person's name after it. */
function givenRun(toks: readonly Tok[], j: number): number {
  let to = j + 1;
  while (to < toks.length && to - j < 4) {
    const t = toks[to] as Tok;
    if (!joined(t)) break;
    if (NAME_JOINER_KEYS.has(t.key)) {
      const complement = toks[to + 1];
      if (complement === undefined || !joined(complement) || complement.kind !== 'word' || isStop(complement)) break;
      to += 2;
      continue;
    }
    if (!nameWord(t)) break;
    to++;
  }
  return to;
}

/** Where the name after a kind word at `i` ends (token index), or null when no name follows. */
function nameEnd(toks: readonly Tok[], i: number, kind: string): number | null {
  const j = i + 1;
  const t = toks[j];
  if (t === undefined || !joined(t) || t.kind !== 'word' || hasTanween(t)) return null;
  const gz = matchGazetteer(toks, j);
  // (a known name written with no proclitic: `بالقاهرة` after the kind word is where it stands)
  if (gz !== null && gz.start === t.start) return j + gz.length;
  const titled = nameHeadAfterTitle(toks, j);
  if (titled !== null) return titled;
  if (GIVEN_KEYS.has(t.key)) return givenRun(toks, j);
  // `كاتدرائية سانت بول`، `كنيسة القديس جورج`: a saint and the name after it.
  if (SAINT_KEYS.has(t.key)) {
    const name = toks[j + 1];
    return name !== undefined && joined(name) && name.kind === 'word' && !isStop(name) ? j + 2 : null;
  }
  if (isDefinite(t.key)) {
    // (a definite word after an indefinite noun is its genitive, never its adjective: `شارع الحمراء` names the street)
    if (NAMED_ONLY_KINDS.has(kind) || COMMON_AFTER_KIND.has(t.key) || TEMPORAL_KEYS.has(t.key) || TITLE_KEYS.has(t.key) || VERB_KEYS.has(t.key) || isStop(t)) return null;
    return j + 1;
  }
  // `برج إيفل،`، `قصر فرساي في`، `كاتدرائية سانت بول`: one or two plain words no adjective, closed by a boundary.
  if (!unlistedName(t)) return null;
  if (closesName(toks[j + 1])) return j + 1;
  return unlistedName(toks[j + 1]) && closesName(toks[j + 2]) ? j + 2 : null;
}

/**
 * What closes an unlisted name after a kind word: punctuation, the end, a stopword or time word, و going on
 * to the next item, or a preposition written on the next word (`بلندن`، `لزيارة`).
 */
const closesName = (t: Tok | undefined): boolean => t === undefined || closesAfter(t) || /^[وبل]/.test(t.key);

/**
 * A plain word that is no adjective or noun in construct after a kind word: not in ة or ي (`ساحة واسعة`، `شارع
 * رئيسي`، `برج مراقبة`), no feminine plural or possessive pronoun (`باب طاعتها`), and none of the shapes of a bare adjective: فعيل (`كبير`، `قديم`), فاعل
 * (`واسع`), a participle in م (`معلق`، `مهجور`) or a present verb (`يربط`) unless its letters are a
 * transliteration's (`باكنغهام`).
 */
function unlistedName(t: Tok | undefined): t is Tok {
  if (!nameWord(t) || t.key.length < 3 || PLAIN_ADJECTIVES.has(t.key)) return false;
  if (foreignShaped(t)) return true;
  const k = t.key;
  return !/(ه|ي|ات|ها|هم|هما|كم|نا)$/.test(k) && !/^(..ي.|.ا..)$/.test(k) && !/^م...+$/.test(k) && !/^[يتن]/.test(k);
}

/**
 * Indefinite adjectives of the pattern فعلى and others a place takes (`ساحة كبرى`، `شارع آخر`). (أخرى and عام are
 * stopwords and فخم opens with ف: `nameWord` refuses them before this list is asked.)
 */
const PLAIN_ADJECTIVES = keySet(['كبرى', 'صغرى', 'عظمى', 'آخر', 'ضخم', 'عال', 'عملاق', 'حديث']);

/** The landmark a kind word at token `i` names, if any. */
export function landmarkAfterCue(toks: readonly Tok[], i: number): PlaceMention | null {
  const cue = toks[i] as Tok;
  const hit = lookup(cue, LANDMARK_CUE_FORMS);
  if (hit === null) return null;
  let to = nameEnd(toks, i, hit.form);
  if (to === null) return null;
  while (to < toks.length) {
    const t = toks[to] as Tok;
    if (!joined(t) || !NAME_ADJECTIVES.has(t.key) || closesAfter(t)) break;
    to++;
  }
  return {
    start: hit.start,
    end: (toks[to - 1] as Tok).end,
    words: [hit.form, ...toks.slice(i + 1, to).map((w) => w.key)],
  };
}
