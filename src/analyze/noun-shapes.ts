/**
 * Common nouns by their shape, where a name's word was expected (session 18). Plurals first: a person's name is made of singular words, with one
 * exception: Levantine and Bedouin clan names are plurals, in ـات or broken (`عبيدات`، `العبيدات`، `المناصير`),
 * and stand as family names after any given name. Where a name leaves no room for a clan name — right after a
 * nasab, whose family designation is آل X or a nisba (`X بن Y القاسمي`) — a plural is the verb's object or the
 * next phrase (`افتتح الأمير X بن Y مشروعات تنموية`، `دشن X بن Y أجنحة المعرض`). A sound masculine plural of a
 * participle (`الفائزين`، `المسؤولين`) is said of people and never names a clan, so with the article it ends a
 * name anywhere. Listed given names are never judged (`ياسمين`، `صابرين`).
 */
import { isNationality } from './gazetteer.js';
import { COMPOUND_HEAD_KEYS, KUNYA_NAME_KEYS, NAME_JOINER_KEYS, NASAB_KEYS } from './lexicon.js';
import { COMPOUND_CLOSER_KEYS } from './name-clash.js';
import { isDefinite, isNisba, joined, withoutMarks, type Tok } from './tokens.js';

/** A sound feminine plural of six letters or more (`مشروعات`، `تبرعات`، `مبادرات`، `احتفالات`). */
const LONG_FEMININE_PLURAL = /^.{4,}ات$/u;
/** The broken plurals أفعلة (`أجنحة`، `أسلحة`، `أنشطة`; written with أ), and مفاعيل، تفاعيل، أفاعيل (`مشاريع`، `تفاصيل`، `أساليب`). */
const AFILA = /^ا[^اوي][^اي][^ا]ه$/u;
const MAFAIL = /^[متا][^ا]ا[^ا]ي[^ا]$/u;
/**
 * Sound masculine plurals of participles: م-participles (`المسؤولين`، `مواطنين`، `المشاركون`) and فاعل
 * (`الفائزين`، `لاعبون`). Plain, foreign family names share the endings (`ميلتون`، `جاكسون`، `مارتين`), so a plain
 * one is read as a plural only after a nasab.
 */
const PARTICIPLE_PLURAL = /^(?:م[^ا].{2,}|.ا..)(?:ين|ون)$/u;
/** Their feminine (`الفائزات`، `المشاركات`): said of people too; with the article no clan's (the clans in ـات are فعيلات and the like: `العبيدات`). */
const FEMININE_PARTICIPLE_PLURAL = /^(?:م[^ا].{2,}|.ا..)ات$/u;

/**
 * The word `t` has a plural's shape no name word has (see the file comment): a definite participle plural
 * anywhere; after a completed nasab (`afterNasab`) also the plain one, a long ـات plural and the broken plurals.
 */
export function pluralNoun(t: Tok, afterNasab: boolean): boolean {
  if (t.kind !== 'word' || KUNYA_NAME_KEYS.has(t.key) || COMPOUND_CLOSER_KEYS.has(t.key)) return false;
  const definite = isDefinite(t.key);
  const stem = definite ? t.key.slice(2) : t.key;
  if (PARTICIPLE_PLURAL.test(stem) && !KUNYA_NAME_KEYS.has(stem)) return definite || afterNasab;
  if (definite && FEMININE_PARTICIPLE_PLURAL.test(stem)) return true;
  // (With the article, a plural after a nasab may be the clan, `سالم بن علي العبيدات`: `definiteCommonNoun` reads those.)
  if (!afterNasab || definite) return false;
  // (أفعلة as written: `إ` begins other words, and the given names in ـة of this shape are listed: أمينة.)
  return LONG_FEMININE_PLURAL.test(stem) || MAFAIL.test(stem) || (AFILA.test(stem) && /^(?:ال)?أ/u.test(withoutMarks(t.text)));
}

/**
 * The words before token `i` (from `from` on) close a nasab: بن، ابن، بنت، ولد، منت and the father's whole name
 * (`بن سعيد`، `بن عبد العزيز`، `بن نور الدين`).
 */
export function completedNasab(toks: readonly Tok[], from: number, i: number): boolean {
  const father = toks[i - 1] as Tok;
  if (i - 2 >= from && NASAB_KEYS.has((toks[i - 2] as Tok).key)) return !NAME_JOINER_KEYS.has(father.key) && !COMPOUND_HEAD_KEYS.has(father.key);
  return i - 3 >= from && NASAB_KEYS.has((toks[i - 3] as Tok).key) && (/^(عبد|ابو)$/.test((toks[i - 2] as Tok).key) || COMPOUND_CLOSER_KEYS.has(father.key));
}

/**
 * Definite verbal nouns of the derived patterns (التفعيل، التفاعل، الإفعال، الافتعال، الانفعال، الاستفعال: `التقرير`،
 * `التعاون`، `الإصلاح`، `الاستمرار`, key form): an action, no family name.
 */
export const DEFINITE_VERBAL_NOUN = /^ال(?:ت..ي.|ت.ا..|ا..ا.|ا.[تطد].ا.|ان..ا.|است..ا.)$/u;

/** A nisba's ending, key form (`القحطاني`، `العطية`; the key folds ى to ي, so `المستشفى` ends so too). */
const NISBA_END = /(?:ي|يه)$/;

/** Definite words shaped like an adjective: a nisba, الفاعل، الفعيل (masculine or feminine), المُفعِل and other م-participles (key forms). */
export const adjectiveShaped = (k: string): boolean => isNisba(k) || /^ال.ا..ه?$/.test(k) || /^ال..ي.ه?$/.test(k) || k.startsWith('الم');

/**
 * After a completed nasab, the definite word at `i` is a common noun, the verb's object, not the family name
 * (`بحث X بن Y التعاون`، `تسلم X بن Y الجائزة`، `دشن X بن Y المشروع الجديد`): a definite verbal noun, a definite
 * feminine noun in ة that is no nisba (the family names in ة of the Levant, `الطراونة`, take no nasab), or a
 * definite noun followed by its definite adjective. A nisba is the family designation (`القاسمي`، `العطية`), and
 * so is a definite word of no such shape (`الجبير`، `الرواس`، `المطوع`).
 */
export function definiteCommonNoun(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const k = t.key;
  if (!isDefinite(k) || KUNYA_NAME_KEYS.has(k) || COMPOUND_CLOSER_KEYS.has(k)) return false;
  // (A nisba as the key reads it may be written with ى, a noun of its own: `المستشفى`، `المبنى`، `الملتقى`: only its adjective tells.)
  const nisba = NISBA_END.test(k);
  if (nisba && !withoutMarks(t.text).endsWith('ى')) return false;
  if (!nisba && (DEFINITE_VERBAL_NOUN.test(k) || k.endsWith('ه'))) return true;
  const next = toks[i + 1];
  // (A family name takes its bearer's nationality, `الغانم الكويتي`: a place's adjective is no common noun's.)
  return next !== undefined && joined(next) && next.kind === 'word' && adjectiveShaped(next.key) && !isNationality(next.key);
}
