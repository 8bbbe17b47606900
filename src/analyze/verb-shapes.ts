/**
 * Verbs by their shape, where a name's next word was expected (session 18): `في عهد الملك فيصل تطورت المملكة`،
 * `كان الشيخ زايد يحب الصحراء`، `جاء الأمير سلطان وتحدث`. The reporting verbs are listed (data/reporting.ts);
 * the verbs a narrative puts after a subject are not, so their shapes are read:
 *
 * - the feminine past of the derived patterns: تفعّلت، تفاعلت (`تطورت`، `تأسست`، `تضاعفت`), أفعلت written with أ
 *   (`أصدرت`), and انفعلت، افتعلت، استفعلت written with a bare alef (`انتشرت`، `ازدهرت`، `استقالت`). No name has
 *   these shapes; the plain فعلت does (`رفعت`، `نشأت`، `طلعت`، `مدحت`: the Turkish-Egyptian names), so it is left to
 *   the lists;
 * - و + a past or present in ت (`وتحدث`، `وتعمل`): a name word never opens so; و/ف + ي is left alone, as foreign
 *   family names open so (`ويتكوف`، `ويليامز`، `فيليب`), and so is ف + ت (`فتحي`، `فتحية`);
 * - the present in ي/ت of three or four letters (`يحب`، `تزور`، `يرعى`) that a word of its clause follows (its object, subject or
 *   a preposition): a family name spelled so is closed hard (`يوسف يعقوب إن`، `أحمد تويني الذي`) or listed, or
 *   follows a foreign given name, whose family names transliterate Z, Ts, Y, T with ت/ي (`جوهان تزان نظام`).
 *   The present in ن is left alone: ن opens many family names (`نصار`، `نوفل`، `نمر`) and news narrates in
 *   the third person.
 *
 * A listed given name or kunya (`يوسف`، `تامر`، `يحيى`، `تيسير`) is never judged.
 */
import { FOREIGN_GIVEN_NAMES } from './data/given-names.js';
import { COMPLEMENTIZERS, HE_SHE_KEYS, KUNYA_NAME_KEYS, RELATIVE_KEYS } from './lexicon.js';
import { isDefinite, joined, keySet, withoutMarks, type Tok } from './tokens.js';

/** Foreign given names (`جوهان`، `ستيف`): the family name after one is transliterated, and ت/ي open many (`تزان`، `يانغ`). */
const FOREIGN_GIVEN_KEYS = keySet(FOREIGN_GIVEN_NAMES);

/** تفعّلت، تفاعلت (key form; not a feminine plural in ـات). */
const TAFAAALAT = /^ت.ا?..ت$/u;
/**
 * انفعلت، افتعلت (assimilated too: `ازدهرت`، `اضطرت`)، استفعلت, and their doubled and hollow forms (`احتلت`، `اختارت`، `اتخذت`،
 * `استمرت`). Other words of a bare alef and a final ت are foreign names (`امكويست`، `استيوارت`).
 */
const INFAAALAT = /^(?:ان.{2,3}|ات..|ا.ت.{1,2}|ا[زصضط][دط].{1,2}|است.{2,3})ت$/u;
/** أفعلت, as written (the key folds أ to ا). */
const AFAALAT = /^أ...ت$/u;
/**
 * و + a past of تفعّل/تفاعل or a present in ت (`وتحدث`، `وتسلم`، `وتعمل`، `وتشارك`), not ending in ي or ة. Not ف:
 * ف + ت opens names (`فتحي`، `فتوح`، `فتحية`), and the fixture held-out folder lost a person to it.
 */
const CONJUNCTION_T_VERB = /^وت.{3,4}$/u;
/**
 * A present in ي/ت of the plain verb or of فعّل/أفعل (`يحب`، `تزور`، `يرعى`، `يقدم`): three or four letters. The
 * longer presents of the derived patterns (`يتابع`، `يستقبل`) share their length and letters with foreign family
 * names (`تيلور`، `تشانغ`، `يفيموف`), so they are left to the lists.
 */
const PRESENT = /^[يت].{2,3}$/u;

/** The feminine past of a derived pattern (see the file comment), bare or after و/ف. */
export function derivedFemininePast(t: Tok): boolean {
  if (t.kind !== 'word' || isDefinite(t.key) || /ات$/.test(t.key) || KUNYA_NAME_KEYS.has(t.key)) return false;
  const text = withoutMarks(t.text).replace(/^[وف](?=[تاأ])/u, '');
  const k = t.key.replace(/^[وف](?=[تا])/u, '');
  return TAFAAALAT.test(k) || (text.startsWith('ا') && INFAAALAT.test(k)) || AFAALAT.test(text);
}

/**
 * The word at `k` is a verb after a name's word (see the file comment): a derived feminine past, و + a verb
 * in ت, or a present in ي/ت with a word of its clause after it.
 */
export function verbAfterName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  if (t.kind !== 'word' || !joined(t) || isDefinite(t.key) || KUNYA_NAME_KEYS.has(t.key)) return false;
  if (derivedFemininePast(t)) return true;
  if (CONJUNCTION_T_VERB.test(t.key) && !/[يه]$/.test(t.key)) return true;
  if (!PRESENT.test(t.key) || FOREIGN_GIVEN_KEYS.has(toks[k - 1]?.key ?? '')) return false;
  const after = toks[k + 1];
  return after !== undefined && joined(after) && after.kind === 'word' && !COMPLEMENTIZERS.has(after.key) && !RELATIVE_KEYS.has(after.key) && !HE_SHE_KEYS.has(after.key);
}
