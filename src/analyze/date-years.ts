/**
 * Years written alone, as encyclopedic and press prose writes them: the number's range, the era after it
 * (`1915 م`، `570 للميلاد`، `ق.م`، `هـ`), spans in parentheses (`(1939-1945)`), and the cues read without a
 * space or inside parentheses (`ساثرلاندعام 1965`، `شيكارد (1623)`). `dates.ts` decides with these whether
 * a number is a year; the month tables and the parse stay there.
 */
import { CENTURY_FREE_YEAR_CUES, FULL_GREGORIAN_ERA, GREGORIAN_ERA, YEAR_CUES } from './data/calendar.js';
import { digits } from './date-numeric.js';
import { NUMBER_WORD_KEYS } from './lexicon.js';
import { keySet, type Tok } from './tokens.js';

export const YEAR_CUE_KEYS = keySet(YEAR_CUES);
export const CENTURY_FREE_KEYS = keySet(CENTURY_FREE_YEAR_CUES);
const ERA_KEYS = keySet(GREGORIAN_ERA);
const FULL_ERA_KEYS = keySet(FULL_GREGORIAN_ERA);
/** `هـ` (its key is the letter ه). */
const HIJRI_ERA_KEYS: ReadonlySet<string> = new Set(['ه']);

/** A Gregorian year as news writes one bare. */
export const isYear = (n: number | null): boolean => n !== null && n >= 1900 && n <= 2100;
/** A Gregorian year after a word that can only announce one (عام 1791): history reaches back further. */
export const isNamedYear = (n: number | null): boolean => n !== null && n >= 1000 && n <= 2100;

export const num = (t: Tok | undefined): number | null => {
  const d = digits(t);
  return d === null ? null : Number(d);
};

/** An era word of `keys` written right after the number at token `i - 1` (one space or none), at token `i`. */
const eraWordAt = (toks: readonly Tok[], i: number, keys: ReadonlySet<string>): boolean => {
  const era = toks[i];
  return era !== undefined && /^ ?$/.test(era.gap) && keys.has(era.key);
};

/** `1915 م`، `1600م`، `1990 ميلادية`: the Gregorian era written after the number at token `i - 1`, at token `i`. */
export const eraAfter = (toks: readonly Tok[], i: number): boolean => eraWordAt(toks, i, ERA_KEYS);

/** The nouns of a length or height, with or without ال and a pronoun (`ارتفاع`، `عمقها`، `المسافة`), at the start of a form. */
const DIMENSION = /^(?:ال)?(?:ارتفاع|علو|عمق|طول|عرض|مساف|مساح|منسوب)/;

/**
 * `ارتفاع الجبل 2000 م`، `على عمق 1950م`: the letter `م` after the number at token `i` is a metre when a
 * noun of length or height stands in the three words before it.
 */
export function metreAfter(toks: readonly Tok[], i: number): boolean {
  const m = toks[i + 1];
  return m !== undefined && m.key === 'م' && dimensionBefore(toks, i);
}

/** A noun of length or height in the three words before token `i`. */
function dimensionBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if ((toks[k] as Tok).forms.some((f) => DIMENSION.test(f.form))) return true;
  return false;
}

/** `570 للميلاد`، `1769 ميلادي`: an era word that is never a unit (`م` is a metre as often: `ارتفاع 1500 م`). */
const fullEraAfter = (toks: readonly Tok[], i: number): boolean => eraWordAt(toks, i, FULL_ERA_KEYS);

/** Words before a number that make an ordinal era phrase of it, not a year (`القرن 5 الميلادي`). */
const CENTURY_KEYS = keySet(['القرن', 'قرن', 'القرنين']);

/**
 * `بحلول العام 100 للميلاد`، `في عام 25 ميلادي`، `سنة711م`: a number below 1000 is a year only with its era
 * written after it, as a full word (never a unit), or as the letter `م` after a year cue (`عام`، `سنة`),
 * not a metre. Written bare (`عام 100`، `100 م`) it is a count or a measure as often.
 */
export function earlyYear(toks: readonly Tok[], i: number, cue: Tok | undefined): boolean {
  const n = num(toks[i]);
  if (n === null || n < 1 || n >= 1000) return false;
  if (cue !== undefined && cue.forms.some((f) => CENTURY_KEYS.has(f.form))) return false;
  if (fullEraAfter(toks, i + 1)) return true;
  return eraAfter(toks, i + 1) && !metreAfter(toks, i) && cue !== undefined && cue.forms.some((f) => CENTURY_FREE_KEYS.has(f.form));
}

/** `1426 هـ`، `1400هـ`: the Hijri era after the year at token `i - 1`, at token `i`. */
export const hijriEraAfter = (toks: readonly Tok[], i: number): boolean => eraWordAt(toks, i, HIJRI_ERA_KEYS);

/** `2000 ق.م`، `1200 قبل الميلاد`: the year before token `i` counts back from the era's start, and is none of ours. */
export function beforeChrist(toks: readonly Tok[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  if (a === undefined || b === undefined) return false;
  return (a.key === 'ق' && b.key === 'م' && /^[ .]*$/.test(b.gap)) || (a.key === 'قبل' && b.key === 'الميلاد');
}

/**
 * Whether the token after a year (`after`, undefined at the end) closes its phrase: punctuation, a closing
 * parenthesis or في (`الضريبية 2004،`، `تفجيرات لندن 2005 في`): a count would be followed by what it counts.
 */
export const closesPhrase = (after: Tok | undefined): boolean => after === undefined || /[،,.؛;:\n)]/.test(after.gap) || (after.spaced && after.key === 'في');

/** A dash between two numbers (`1939-1945`، `1939 – 1945`). */
export const DASH = /^ ?[-–—] ?$/;

/**
 * `(1939-1945)`، `(1902 - 1953)`، `(1770م - 1827م)`: two years joined by a dash, the second later by at most
 * a century, alone in parentheses (each may carry the era); each is a year. (Outside parentheses, after a
 * cue or closing a phrase: `bareDashYears`.)
 */
export function dashYears(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  const era1 = eraAfter(toks, i + 1) ? 1 : 0;
  const second = toks[i + 1 + era1];
  const a = num(first);
  const b = num(second);
  if (first === undefined || second === undefined || a === null || b === null || !DASH.test(second.gap) || !isNamedYear(a) || b <= a || b - a > 100) return false;
  const after = toks[i + 2 + era1 + (eraAfter(toks, i + 2 + era1) ? 1 : 0)];
  return /\($/.test(first.gap) && (after === undefined || after.gap.startsWith(')'));
}

/** Words before a span of years that make it one (`خلال الفترة 1850-1870`), beside the year cues (which hold `عامي`، `الأعوام` ...). */
const PERIOD_KEYS = keySet(['الفترة', 'فترة', 'السنوات']);

/**
 * `حكم البلاد 1520-1566.`، `خلال الفترة 1850-1870 قبل أن`: two years joined by a dash outside parentheses,
 * the second later by two years to a century, after a year cue or closing the phrase. Not a season or a
 * school year (`موسم 2025-2026`: consecutive years name one period), nor a range of amounts (`بين
 * 1500-2000 متر`، `من 1500-2000`، `الارتفاع 1500-2000.`).
 */
export function bareDashYears(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  const second = toks[i + 1];
  const before = toks[i - 1];
  const a = num(first);
  const b = num(second);
  if (first === undefined || second === undefined || before === undefined || a === null || b === null || !first.spaced || !DASH.test(second.gap)) return false;
  if (!isNamedYear(a) || b - a < 2 || b - a > 100 || before.kind !== 'word' || before.key === 'بين' || before.forms.some((f) => COUNT_BEFORE.has(f.form)) || dimensionBefore(toks, i)) return false;
  if (before.forms.some((f) => YEAR_CUE_KEYS.has(f.form) || PERIOD_KEYS.has(f.form))) return true;
  return closesPhrase(toks[i + 2]);
}

/** The first year of a dash span whose second year is at token `i` (`(1770 - 1827)`، `(1770م - 1827م)`), or -1. */
export function dashSpanStart(toks: readonly Tok[], i: number): number {
  if (!DASH.test((toks[i] as Tok).gap)) return -1;
  const first = eraAfter(toks, i - 1) ? i - 2 : i - 1;
  return first >= 0 && dashYears(toks, first) ? first : -1;
}

/**
 * `وفي 1789 م`، `منذ 1650م`، `1260هـ/1844م`، `الموافق 1834`: the era letter `م` makes a year of any century
 * after a year cue, or after a Hijri year it gives the Gregorian value of; a full era word
 * (`ميلادي`، `للميلاد`) needs no cue.
 */
export function eraYear(toks: readonly Tok[], i: number, cue: Tok | undefined): boolean {
  if (!isNamedYear(num(toks[i]))) return false;
  if (fullEraAfter(toks, i + 1) || hijriPair(toks, i)) return true;
  return eraAfter(toks, i + 1) && !metreAfter(toks, i) && cue !== undefined && cue.forms.some((f) => YEAR_CUE_KEYS.has(f.form));
}

/** `1260هـ/1844م`، `1260 هـ (1844 م)`، `1260 هـ - 1844 م`: the Gregorian year after a Hijri one. */
function hijriPair(toks: readonly Tok[], i: number): boolean {
  const era = toks[i - 1];
  const hijri = toks[i - 2];
  const gap = (toks[i] as Tok).gap;
  return era !== undefined && era.key === 'ه' && num(hijri) !== null && (/^ ?[(/] ?$/.test(gap) || DASH.test(gap));
}

/** The year cues a word may carry glued at its end. */
const GLUED_CUES: readonly string[] = ['عام', 'سنه'];
/** Words ending in those letters that are words of their own (`الطعام`، `والأنعام`، `للنعام`، `حسنة`، `مسنة`، `الألسنة`), with their proclitics. */
const OWN_WORD = /^[وف]?(?:لل|[بلك])?(?:ال)?(?:ا?طعام|ا?نعام|ا?لسنه|م?حسنه|مسنه)$/;

/**
 * `السوبرانوساثرلاندعام 1965`، `Turinعام 2006`، `الروايةسنة 1959`: a year cue glued to the word before it,
 * as texts that lost a space write it, before a year of any century.
 */
export function gluedCueYear(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const cue = toks[i - 1];
  if (cue === undefined || cue.kind !== 'word' || !t.spaced || !isNamedYear(num(t))) return false;
  return GLUED_CUES.some((c) => cue.key.endsWith(c) && cue.key.length - c.length >= 3) && !OWN_WORD.test(cue.key);
}

/** The cues of more than one year (`عامي`، `سنتي`، `الأعوام`), which و may join more years to. */
const YEARS_CUE_KEYS = keySet(['عامي', 'العامين', 'سنتي', 'السنتين', 'أعوام', 'الأعوام', 'سنوات', 'السنوات']);

/**
 * `عامي 1180 و1190`، `الأعوام 1850 و1855 و1860`، `أعوام 1990، 1995، 2000`: a year joined by و or a comma to
 * the years after a cue of more than one, each within a century of the one before it.
 */
export function coordinatedYear(toks: readonly Tok[], i: number): boolean {
  let k = i;
  for (;;) {
    // (`الأعوام 1850 و1855`، `أعوام 1990، 1995، 2000`: و or a comma before each year after the first.)
    const step = toks[k - 1]?.key === 'و' ? 2 : /^ ?[،,] ?$/.test((toks[k] as Tok).gap) ? 1 : 0;
    if (step === 0) break;
    const a = num(toks[k]);
    const b = num(toks[k - step]);
    if (a === null || b === null || !isNamedYear(b) || Math.abs(a - b) > 100) return false;
    k -= step;
  }
  const cue = toks[k - 1];
  return k < i && cue !== undefined && cue.forms.some((f) => YEARS_CUE_KEYS.has(f.form));
}

/** Words before a number that make it a count or an amount (`نحو 2000،`، `أكثر من 1950.`). */
export const COUNT_BEFORE = keySet(['من', 'إلى', 'نحو', 'حوالي', 'قرابة', 'زهاء', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'إجمالي', 'مجموع', 'عدد', 'رقم', 'العدد', 'الرقم']);

/** Words that may follow a year in parentheses and never a count: prepositions, pronouns, particles (`أن` is إن too, keyed). */
const AFTER_BRACKET_YEAR = keySet(['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'حتى', 'منذ', 'عندما', 'حين', 'حيث', 'ثم', 'قد', 'لقد', 'هو', 'هي', 'كان', 'كانت', 'أول', 'أن', 'أنه']);

/**
 * `فيلهلم شيكارد (1623) الأول`، `رواية الثلاثية (1956)،`: a year alone in parentheses after a name or title.
 * Not a count in parentheses (`ألف وخمسمائة (1500) دينار`، `توزيع (1500) سلة`، `بلغ عددهم (1500).`): no
 * number word, counting word or من/إلى just before it, and no indefinite noun right after it.
 */
export function bracketYear(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  if (!/\( ?$/.test(t.gap) || !isNamedYear(num(t))) return false;
  const close = eraAfter(toks, i + 1) ? i + 2 : i + 1;
  const after = toks[close];
  if (after !== undefined && !/^ ?\)/.test(after.gap)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const b = toks[k] as Tok;
    if (b.kind === 'number' || b.forms.some((f) => NUMBER_WORD_KEYS.has(f.form) || COUNT_BEFORE.has(f.form) || f.form.startsWith('عدد'))) return false;
    if (!b.spaced && k < i - 1) break;
  }
  if (after === undefined || !/^ ?\) +$/.test(after.gap)) return true;
  return after.key.startsWith('ال') || after.forms.some((f) => f.letters > 0 || AFTER_BRACKET_YEAR.has(f.form));
}

/** The prepositions of time before a bare year (`حتى` and `خلال` bound counts as often: `حتى 1500.`). */
const IN_YEAR = keySet(['في', 'منذ', 'بحلول']);

/**
 * `توفي في 1827.`، `ولد في 1770، وتعلم`: a number of any century after في/منذ/بحلول that closes its clause.
 * A count after في is followed by what it counts (`شارك في 1500 مباراة`).
 */
export function closingCueYear(toks: readonly Tok[], i: number, cue: Tok | undefined): boolean {
  const t = toks[i] as Tok;
  const after = toks[i + 1];
  if (cue === undefined || !t.spaced || !isNamedYear(num(t)) || !cue.forms.some((f) => IN_YEAR.has(f.form))) return false;
  return after === undefined || /[،,.؛;:\n]/.test(after.gap);
}

/** Words of time before a bound or a span (`قبل 1950`، `بعد 1967`، `عقب 2003`، `أوائل 2005`، `طوال 2005`), which a count may follow as well. */
const BOUND_KEYS = keySet([
  'قبل', 'بعد', 'عقب', 'إثر', 'قبيل', 'بعيد', 'أوائل', 'أواسط', 'طوال', 'طيلة',
  // the verbs of a dated event (`ولد 1950 في القاهرة`، `تأسست 1919 بمبادرة`) and `مواليد 1950`: a count follows them as well (`ولد 2000 طفل`)
  'ولد', 'ولدت', 'توفي', 'توفيت', 'تأسس', 'تأسست', 'أسس', 'أسست', 'أنشئ', 'أنشئت', 'افتتح', 'افتتحت', 'شيد', 'شيدت', 'بني', 'بنيت', 'اكتشف', 'اكتشفت', 'استقل', 'استقلت', 'مواليد',
]);

/**
 * `بعد 1967 بسنوات`، `قبل 1950 في المنطقة`، `عقب 2003،`، `أوائل 2005، بدأت`: a number of 1900–2100 after one
 * of these words is a year when punctuation, a word with ال, a word opening with و ف ب ل (`وقبل`، `بسنوات`،
 * `لم`) or a particle follows it; another bare word after it is the noun a count counts (`بعد 2000 كيلومتر`،
 * `قبل 1950 سنة`). (A counted noun that opens with one of those letters, `بعد 2000 لتر`، is misread: rare
 * after these words, and a narrower test lost real years, session 16.)
 */
export function boundYear(toks: readonly Tok[], i: number, cue: Tok | undefined): boolean {
  const t = toks[i] as Tok;
  const after = toks[i + 1];
  if (cue === undefined || !t.spaced || !isYear(num(t)) || !cue.forms.some((f) => BOUND_KEYS.has(f.form))) return false;
  if (closesPhrase(after)) return true;
  return after !== undefined && after.kind === 'word' && (after.key.startsWith('ال') || /^[وفبل]/.test(after.key) || AFTER_BRACKET_YEAR.has(after.key));
}
