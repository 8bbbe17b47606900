/** Key-form sets built once from the curated word lists. */
import { isStopword, key } from '../text/index.js';
import { ORGANIZATION_CUES } from './data/organizations.js';
import { DEFINITE_GIVEN_NAMES, OCCUPATIONS, TITLE_DESCRIPTORS, TITLES } from './data/people.js';
import { COMPOUND_GIVEN_HEADS, GIVEN_NAMES, KUNYA_NAMES } from './data/given-names.js';
import { BI_COMPLEMENT_VERBS, NAMING_CUES, REPORTING_PARTICIPLES, REPORTING_VERBS, SPEAKER_HEADS, SUBJECT_STOPS, TRANSITIVE_REPORTING_VERBS } from './data/reporting.js';
import { HUNDRED_WORDS, SCALE_WORDS, TEN_WORDS, UNIT_WORDS } from './data/numbers.js';
import { AMBIGUOUS_HIJRI, GREGORIAN_MONTHS, HIJRI_MONTHS, NEXT_WORDS, PAST_WORDS, SAME_WORDS, WEEKDAYS } from './data/calendar.js';
import { FACT, hasTanween, isDefinite, keySet, lookup, spellingFact, type Tok } from './tokens.js';

export const TITLE_KEYS = keySet(TITLES);
export const DESCRIPTOR_KEYS = keySet(TITLE_DESCRIPTORS);
/** Given names written with the article (الهادي، الحسين): they may start a name, and end an organization's. */
export const DEFINITE_GIVEN_KEYS = keySet(DEFINITE_GIVEN_NAMES);
export const ORG_CUE_KEYS = keySet(ORGANIZATION_CUES);
/** Given names that are no common word: they start a person's name with no title before it. */
export const GIVEN_KEYS = keySet(GIVEN_NAMES);
/** Every given name a kunya may carry (أبو حسن، أم يوسف), common words included. */
export const KUNYA_NAME_KEYS = keySet([...GIVEN_NAMES, ...KUNYA_NAMES]);
/** First words of compound given names (نور الدين، فتح الله). */
export const COMPOUND_HEAD_KEYS = keySet(COMPOUND_GIVEN_HEADS);
/** Occupations written before a name (الصياد، الطالبة). */
export const OCCUPATION_KEYS = keySet(OCCUPATIONS);
/** Kunya words: أبو، أم، أبي (genitive). */
export const KUNYA_KEYS = keySet(['أبو', 'أم', 'أبي']);
/** Organization cues that are followed by a proper name rather than a portfolio (حركة حماس، شركة إيني). */
export const PROPER_NAME_CUE_KEYS = keySet([
  'حركة', 'حزب', 'جبهة', 'جماعة', 'منظمة', 'تنظيم', 'شركة', 'وكالة', 'قناة', 'صحيفة', 'تلفزيون', 'إذاعة', 'مجموعة', 'تحالف', 'كتلة', 'ائتلاف', 'تيار',
]);
export const VERB_KEYS = keySet(REPORTING_VERBS);
const inVerbKeys = (t: Tok): boolean => lookup(t, VERB_KEYS) !== null;
/**
 * Some form of `t` is a reporting verb (`lookup(t, VERB_KEYS) !== null`), worked out once per spelling:
 * for the scans that ask it of every token of a text (quote-antecedents.ts' `explicitSubjects`).
 */
export const reportingVerb = (t: Tok): boolean => spellingFact(t, FACT.reportingVerb, inVerbKeys);
/** Participles (مضيفاً) and naming relatives (وصفه): the quote is the sentence subject's. */
export const PARTICIPLE_KEYS = keySet([...REPORTING_PARTICIPLES, ...NAMING_CUES]);
export const SPEAKER_HEAD_KEYS = keySet(SPEAKER_HEADS);
export const SUBJECT_STOP_KEYS = keySet(SUBJECT_STOPS);
/** Reporting verbs that take a direct object after their subject (`وصف X القرار بأنه`، `حمّل X الوزارة المسؤولية`). */
export const TRANSITIVE_VERB_KEYS = keySet(TRANSITIVE_REPORTING_VERBS);
/** Reporting verbs whose complement takes بـ (`أشاد بـ`، `طالب بـ`). */
export const BI_VERB_KEYS = keySet(BI_COMPLEMENT_VERBS);
/** `بن`، `ولد`، `منت`: son or daughter of, joining a given name to the father's (whose given name the next word is). */
export const NASAB_KEYS = keySet(['بن', 'ابن', 'ولد', 'بنت', 'منت']);
/** Particles of European family names, written as a word of their own (`فان بيتهوفن`، `دي ميستورا`). */
export const EUROPEAN_PARTICLES: readonly string[] = ['لو', 'دي', 'دو', 'فان', 'فون', 'دير', 'دا', 'ديل', 'لا'];
export const NAME_JOINER_KEYS = keySet(['عبد', 'أبو', 'بن', 'ابن', 'آل', 'ولد', 'بنت', 'منت', 'آيت', ...EUROPEAN_PARTICLES]);
export const TEMPORAL_KEYS = keySet([
  'اليوم', 'أمس', 'غدا', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'يوم', 'صباح', 'مساء', 'ليلة', 'الذي', 'التي', 'الذين', 'اللذين',
  'الحالي', 'الجاري', 'الآن', 'حاليا', 'أيضا', 'حين', 'لحين', 'ريثما', 'حينها', 'حينذاك', 'آنذاك', 'يومها', 'يومذاك', 'وقتها', 'ساعتها', 'عندها', 'حينئذ', 'وقتئذ', 'بدوره', 'بدورها', 'مجددا', 'لاحقا', 'سابقا', 'كذلك',
  'مرة', 'المرة', 'صباحا', 'ليلا', ...PAST_WORDS, ...NEXT_WORDS,
  ...WEEKDAYS.map(([w]) => w),
  ...GREGORIAN_MONTHS.flatMap(([m]) => m.split(' ')),
  ...HIJRI_MONTHS.map(([m]) => m).filter((m) => !m.includes(' ') && !AMBIGUOUS_HIJRI.includes(m)),
]);

/** Number words (خمسة، آلاف، مئة) and the counts مئات، عشرات: never a name's, and a count before a noun. */
export const NUMBER_WORDS: readonly string[] = [...[...UNIT_WORDS, ...TEN_WORDS, ...HUNDRED_WORDS, ...SCALE_WORDS].map(([w]) => w), 'مئات', 'عشرات'];
export const NUMBER_WORD_KEYS = keySet(NUMBER_WORDS);

/**
 * A key the lexicon lists as a word of another kind: a title, a reporting verb, an organization cue, a time
 * word, a subject stop, a speaker's head noun or a number word. The rules that read names no list knows refuse it.
 */
export const listedNonName = (k: string): boolean =>
  TITLE_KEYS.has(k) || VERB_KEYS.has(k) || ORG_CUE_KEYS.has(k) || TEMPORAL_KEYS.has(k) || SUBJECT_STOP_KEYS.has(k) || SPEAKER_HEAD_KEYS.has(k) || NUMBER_WORD_KEYS.has(k);

/**
 * A plain word of `min` letters or more no list knows: indefinite, no stopword, no tanween, no word
 * `listedNonName` refuses. What the rules reading unlisted names ask of a word first.
 */
export const plainUnlisted = (t: Tok, min = 3): boolean => t.kind === 'word' && t.key.length >= min && !isDefinite(t.key) && !isStop(t) && !hasTanween(t) && !listedNonName(t.key);

/** Compass words before a place (`والي شمال دارفور`، `كراولي، غرب ساسكس`): never a name. */
export const DIRECTION_KEYS = keySet(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** إن/أن and their forms with a pronoun: a reported clause or a name's boundary. */
export const COMPLEMENTIZERS = keySet(['إن', 'أن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها']);

/** `X، وهو …`: a description set off after a name. */
export const HE_SHE_KEYS = keySet(['وهو', 'وهي']);

/** The relatives, singular, dual and plural: they open a clause about the noun before them. */
export const RELATIVE_KEYS = keySet(['الذي', 'التي', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'الذين', 'اللواتي', 'اللاتي', 'اللائي']);

/** The singular relatives (`العمال الذين` may be any of them). */
export const SINGULAR_RELATIVE_KEYS = keySet(['الذي', 'التي']);

/** A singular relative or وهو/وهي: what opens a clause about the person or description before it. */
export const RELATIVE_OR_HE_KEYS: ReadonlySet<string> = new Set([...SINGULAR_RELATIVE_KEYS, ...HE_SHE_KEYS]);

/** Adverbs of place the stopword list lacks (`تجلس X قرب النافذة`، `مصدر داخل الوزارة`): a name ends before them. */
export const LOCATIVE_KEYS = keySet(['قرب', 'خلف', 'داخل', 'وسط', 'بجانب', 'تحت', 'فوق', 'قبالة']);

/**
 * Stopwords that, as written, are given names in news prose: `علي` written with yeh (not the folded
 * preposition على), and `إيان`/`ايان` (Ian; the interrogative أيّان "when" is classical, not news usage).
 */
const NAMES_NOT_STOPS: ReadonlySet<string> = new Set(['علي', 'إيان', 'ايان']);

/** A stopword in key form, unless written as a given name (`NAMES_NOT_STOPS`). */
export const isStop = (t: Tok): boolean => isStopword(t.key) && !NAMES_NOT_STOPS.has(t.text);

/** Reporting verbs written with a final ى (رأى، روى، ادعى، نفى، أبدى): their key is that of a word in ي (رأي، راي). */
const MAQSURA_VERB_KEYS = keySet(REPORTING_VERBS.filter((w) => w.endsWith('ى')));

/** The last text asked about and whether it writes a final ى anywhere. */
let maqsura: { readonly text: string; readonly writes: boolean } | null = null;

/**
 * `وكرر أيضا رأي حكومته`، `وقال راي كوبر`: in a text that writes a final ى, a word in ي whose key is a
 * verb in ى is the noun (رأي "opinion") or a name (راي), not the verb (رأى).
 */
export function maqsuraVerbAsNoun(text: string, t: Tok): boolean {
  if (!t.text.endsWith('ي') || !t.forms.some((f) => MAQSURA_VERB_KEYS.has(f.form))) return false;
  if (maqsura === null || maqsura.text !== text) maqsura = { text, writes: /\p{L}ى(?![\p{L}\p{M}])/u.test(text) };
  return maqsura.writes;
}

/** According-to words (`بحسب X`، `وفقاً لـX`، `نقلاً عن X`): a source follows, never part of a name. */
export const ACCORDING_WORD_KEYS = keySet(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا']);

/** `نفسه`، `ذاتها`: the same one (`العام نفسه`، `المسؤول ذاته`). */
export const SAME_KEYS = keySet(SAME_WORDS);

/** Words an outlet's name opens with, as written (`وكالة`، `قناة`). */
export const OUTLET_HEADS: readonly string[] = ['وكالة', 'صحيفة', 'جريدة', 'قناة', 'موقع', 'تلفزيون', 'إذاعة', 'مجلة', 'شبكة'];

/** Words for a medium (`قناة «الجزيرة»`، `لوكالة الأنباء`، `لفضائية …`): a quoted name after one is the medium's, a speaker's addressee with ل is one. */
export const MEDIA_KEYS = keySet([...OUTLET_HEADS, 'فضائية', 'راديو']);

/** Title word key without article and feminine/dual ending: الوزيرة → وزير. */
export function titleHead(k: string): string {
  let w = k.startsWith('ال') ? k.slice(2) : k;
  if (w.endsWith('ه') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ا') && w.length > 3) w = w.slice(0, -1);
  return key(w);
}

/** Words spelled like a future verb (س + an imperfect prefix) that are nouns or numbers. */
const FUTURE_LOOKALIKE_KEYS = keySet([
  'سنة', 'سنوات', 'سنتين', 'سنوي', 'سنويا', 'ستة', 'ستين', 'ستون', 'سيارة', 'سيارات', 'سياسة', 'سياسي', 'سياسية', 'سياحة', 'سياحي', 'سيد', 'سيدة',
  'سيطرة', 'سيول', 'سينما', 'سيناء', 'سيف', 'سير', 'سيرة', 'ستار', 'سند', 'سندات', 'سنابل',
  // `سيدي الأمين ولد محمود`، `ستي`: a Maghrebi name word and a title of address
  'سيدي', 'ستي',
]);

/** `ستكون`، `سيعقد`، `سيضبط`: the future prefix س on an imperfect verb (after و/ف). */
export const futureVerb = (t: Tok): boolean => t.forms.some((f) => f.letters <= 1 && /^س[يتن].{2,}$/.test(f.form) && !FUTURE_LOOKALIKE_KEYS.has(f.form));

/**
 * Abstract nouns shaped like a feminine nisba (المسؤولية، الأولوية، الغالبية): never an organization's
 * adjective nor a person's surname (`تحميل ناديه المسؤولية` is "holding his club responsible").
 */
export const ABSTRACT_NOUN_KEYS = keySet([
  'المسؤولية', 'الأولوية', 'الغالبية', 'الأغلبية', 'الأكثرية', 'الهوية', 'الجنسية', 'الحرية', 'الميزانية', 'الاتفاقية', 'الآلية', 'الأهمية',
  'الحصرية', 'الأفضلية', 'الأسبقية', 'الإنسانية', 'الحساسية', 'الجاهزية', 'الشفافية', 'الفعالية', 'الكمية', 'النوعية', 'الأرضية', 'الخلفية',
]);
