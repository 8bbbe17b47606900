/**
 * Person names after titles: TITLE [descriptors, entities, commas] NAME(1–4 words). A name word is
 * not a stopword, title, cue, temporal or reporting word; a definite word joins a name only as its
 * second word (ثابت العباسي), after عبد/بن/أبو (عبد العزيز), or as الله.
 */
import { isNationality, isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import {
  ABSTRACT_NOUN_KEYS, ACCORDING_WORD_KEYS, DEFINITE_GIVEN_KEYS, DESCRIPTOR_KEYS, DIRECTION_KEYS, futureVerb, GIVEN_KEYS, isStop, LOCATIVE_KEYS, KUNYA_NAME_KEYS, NAME_JOINER_KEYS, NUMBER_WORDS, ORG_CUE_KEYS, PARTICIPLE_KEYS, RELATIVE_KEYS, SINGULAR_RELATIVE_KEYS, SPEAKER_HEAD_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS,
  TITLE_KEYS, VERB_KEYS,
} from './lexicon.js';
import { orgChain } from './organizations.js';
import { adjectiveShaped, completedNasab, definiteCommonNoun, pluralNoun } from './noun-shapes.js';
import { verbAfterName } from './verb-shapes.js';
import { COMPOUND_CLOSER_KEYS } from './name-clash.js';
import { isStopword, key } from '../text/index.js';
import { bareOrConjunction, hasTanween, isDefinite, isNisba, joined, keySet, lookup, spellingNameBits, withoutMarks, type Tok } from './tokens.js';

export interface TitleMatch {
  /** Token index of the title word. */
  readonly title: number;
  /** Clean offset where the title word starts (after proclitics). */
  readonly start: number;
  /** Index one past the last descriptor token. */
  readonly descriptorsEnd: number;
  /** Token range of the name, or null when none follows. */
  readonly name: { readonly from: number; readonly to: number } | null;
  readonly head: string;
}

/** Prepositions inside a title (المبعوث إلى اليمن، النائب عن حزب الله): skipped, never the end of the title. */
/** A counted title (13 وزير دفاع، ثلاثة عشر وزيرا) names no one. */
const COUNT_WORD = /^(عشر|عشره|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشرين|ثلاثين|اربعين|خمسين|مءه|ماءه)$/;

/** Titles that are also common adjectives or nouns: a name follows them only after a descriptor (كبير المفاوضين X). */
const WEAK_TITLE_KEYS = keySet(['مختار', 'شيخ', 'كبير', 'كبيرة', 'مساعد', 'مساعدة', 'عضو', 'قائد', 'زعيم', 'ممثل', 'ممثلة', 'مسؤول', 'مدير', 'مديرة', 'منسق', 'منسقة', 'حاكم', 'أمين', 'نائب']);

/** Title words that are common given names (`محمد أمين`، `أمير`): a name word right after a given name. */
const GIVEN_NAME_TITLES = keySet(['أمين', 'أمير', 'سلطان']);

/** Second words of compound given names, after which a family name still follows (`نور الدين بوزيد`، `فاطمة الزهراء بناني`). */
const COMPOUND_END: ReadonlySet<string> = new Set([...COMPOUND_CLOSER_KEYS, ...keySet(['الزهراء', 'الأمين'])]);

const PREPOSITION_KEYS = new Set(['في', 'الي', 'عن', 'لدي']);

/** `في محافظة هرمزغان`: an administrative area and its name inside a title (المدير العام ... في محافظة X NAME). */
/** `جهة` (a Moroccan region), a place cue only after ب (`من جهة`، `لجهة` are "on the side of", "as for"). */
const REGION_KEYS = keySet(['جهة']);
const PLACE_CUE_KEYS = keySet(['محافظة', 'ولاية', 'مدينة', 'إقليم', 'منطقة', 'جزيرة', 'بلدة', 'قرية', 'مقاطعة', 'مديرية', 'قضاء', 'بلدية']);

/** A proclitic + article that a name never carries (والعراق، للحلف); short words like فالون are names. */
const procliticArticle = (k: string): boolean => (/^(وال|فال|بال|كال|وبال|ولل|فلل)/.test(k) && k.length >= 6) || (k.startsWith('لل') && k.length >= 5);

/** Given names that start with و, which otherwise marks a conjunction before a name position. */
// (and every listed given name no common word that starts with و: `وسيم`)
const WAW_NAMES = new Set(['وليد', 'واءل', 'وديع', 'وسام', 'وفاء', 'وحيد', 'وجدي', 'وصفي', 'وهبي', 'ولي', 'وضاح', 'وداد', 'وئام', 'ويليام', 'وارن', 'والتر', 'وانغ', ...[...GIVEN_KEYS].filter((k) => k.startsWith('و'))]);

/** Portfolio nouns after an indefinite minister (وزير دفاع): never a name. */
const PORTFOLIO_KEYS = keySet(['دفاع', 'خارجية', 'داخلية', 'مالية', 'عدل', 'اقتصاد', 'صحة', 'تعليم', 'نفط', 'طاقة', 'إعلام', 'دولة', 'سابق']);

/** `ألكسندر`، `ألبرت`: أل written with hamza is part of the word, not the article (which is written ال). */
export const articleWritten = (t: Tok): boolean => isDefinite(t.key) && !/^[وف]?[أإآ]ل/.test(t.text);

/**
 * Name words that take the next word as their complement: عبد، أبو، بن، ابن، ولد، بنت، منت (Hassaniya)، آيت
 * (Amazigh)، آل (a Gulf house: `سلمان بن خليفة آل خليفة`; its key is ال, which the article never is alone).
 */
const COMPLEMENTED = /^(عبد|ابو|بن|ابن|ولد|بنت|منت|ايت|ال)$/;


/**
 * Words that are never part of a name: reflexive pronouns (نفسها، ذاته) and common nouns heading
 * a noun phrase after a title-like word (رئيس قطاع التخطيط، سكان اللواء تأخر تنفيذ مشروع).
 */
const NON_NAME_KEYS = keySet([
  'نفس', 'نفسه', 'نفسها', 'نفسهم', 'نفسهما', 'أنفسهم', 'ذات', 'ذاته', 'ذاتها', 'عينه', 'عينها',
  'قطاع', 'قسم', 'شعبة', 'وحدة', 'مشروع', 'مشاريع', 'تنفيذ', 'تأخر', 'تأخير', 'اتفاقية', 'اتفاق', 'برنامج', 'خطة', 'عملية', 'أعمال', 'سكان',
  // verbs of an unnamed source's anonymity (مسؤول في الوزارة طلب عدم ذكر اسمه، رفض الكشف عن اسمه)
  'طلب', 'رفض',
  // ب + a verbal noun opening the phrase that names who attended, led or sponsored (`… آسيا بحضور نائب الرئيس`)
  'بحضور', 'بمشاركة', 'بقيادة', 'برئاسة', 'برعاية', 'بإشراف', 'بدعوة', 'بتنظيم', 'بدعم', 'بمبادرة', 'بتكليف', 'بأمر', 'بتوجيه', 'بتوجيهات',
  // institutions and workplaces heading a title's genitive (عميد كلية الطب، صاحب محل الهدايا)
  'كلية', 'مدرسة', 'معهد', 'مستشفى', 'مصنع', 'ورشة', 'محل', 'متجر', 'مطعم', 'مزرعة', 'فندق', 'نادي', 'فرقة', 'فريق', 'سفينة', 'مركب', 'قارب',
  // administrative bodies heading a title's genitive (رئيس مصلحة الإحصاء، مدير مديرية الزراعة)
  'مصلحة', 'مديرية', 'دائرة', 'مكتب', 'إدارة', 'هيئة', 'مركز', 'فرع', 'مؤسسة', 'شركة', 'بلدية', 'مجلس', 'لجنة', 'جمعية', 'نقابة', 'غرفة', 'وزارة',
  // the trade a syndicate or guild head speaks for (نقيب أصحاب المعاصر، رئيس اتحاد مربي الماشية)
  'أصحاب', 'صاحب', 'صاحبة', 'عمال', 'تجار', 'سائقي', 'سائقو', 'مربي', 'مربو', 'مزارعي', 'مزارعو', 'صيادي', 'صيادو', 'أهالي', 'موظفي', 'موظفو', 'ملاك', 'مالكي',
  // number words (`تاخذ مني خمسة آلاف`: منى is a given name, خمسة آلاف no name of hers)
  ...NUMBER_WORDS,
  // adverbs in the accusative, often typed without their tanween in translated news (`كان الفريق متجها جوا`،
  // `زار إيران مؤخرا`), and أن/إن/لأن with a pronoun (`يزعم أنهم ذاهبون`)
  'مؤخرا', 'حاليا', 'لاحقا', 'سابقا', 'أيضا', 'جدا', 'دائما', 'أبدا', 'غالبا', 'أحيانا', 'فورا', 'رسميا', 'تقريبا', 'خصوصا', 'جوا', 'برا',
  'بحرا', 'معا', 'سويا', 'مجددا', 'مسبقا', 'حتما', 'طبعا', 'أخيرا', 'قريبا', 'سريعا', 'كثيرا', 'قليلا', 'جميعا', 'تماما', 'مباشرة', 'عمدا',
  'أنه', 'أنها', 'أنهم', 'أنهما', 'أنهن', 'أننا', 'أنني', 'أنك', 'أنكم', 'لأنه', 'لأنها', 'لأنهم', 'لأننا', 'بأنه', 'بأنها', 'بأنهم', 'بأننا',
  'وأنه', 'وأنها', 'وأنهم', 'عدم', 'بعدم', 'لعدم',
]);

/** `متجها`، `مستعدا`: a participle of the forms تفعّل/افتعل/استفعل in the accusative, typed without its tanween: a state, no name. */
const accusativeParticiple = (k: string): boolean => /^(?:مت|مست)..+ا$/.test(k) && !GIVEN_KEYS.has(k);

/**
 * `أبدت استعدادا أكبر`، `تأكيدا`، `اهتماما`: a verbal noun of the forms استفعال/افتعال/انفعال/إفعال/تفعيل in the
 * accusative, typed without its tanween: the object of a verb, no name. (إفعال with a consonant second: `إيفانا` is a name.)
 */
const accusativeVerbalNoun = (k: string): boolean => /^(?:است..ا.|ا.[تطد].ا.|ان..ا.|ت..ي.|ا[^اوي].ا.)ا$/.test(k) && !GIVEN_KEYS.has(k);

/**
 * Two-letter prepositions that carry a pronoun (`معه`، `عنه`، `منه`، `فيه`); other two-letter stopwords do not:
 * `قطنا` is no قط + نا, and the nouns among them (أب، أخ، ذو، رب) take a pronoun as nouns do (`عبد ربه`).
 */
const SHORT_PREPOSITION_KEYS = keySet(['مع', 'عن', 'من', 'في']);

/** A pronoun written at a word's end (ه as written, not ة folded into it). */
const WRITTEN_PRONOUN = /(?:هما|ها|هم|هن|كم|نا|ه)$/u;

/**
 * `ومعه`، `عنده`، `لديهم`، `بينهما`: a preposition or adverb (a stopword) carrying a pronoun, with or without
 * و/ف, is a particle, never a name word (`وكان الوزير X ومعه النائب Y`). Listed names (`لينا`) are kept.
 */
const particleWithPronoun = (t: Tok): boolean =>
  WRITTEN_PRONOUN.test(t.text) &&
  !KUNYA_NAME_KEYS.has(t.key) &&
  t.forms.some((f) => {
    if (!bareOrConjunction(t, f)) return false;
    const stem = f.form.replace(WRITTEN_PRONOUN, '');
    return (stem.length >= 3 || SHORT_PREPOSITION_KEYS.has(stem)) && stem !== f.form && isStopword(stem);
  });

/**
 * `لأن`، `بأن`، `كأن`، `وأن` as written (with the hamza): أنّ with a preposition or و/ف, a conjunction, never a
 * name word. The keys fold the hamza, so the names `بان` (Ban Ki-moon) and `لان`، `وان` stay names.
 */
const conjunctionAnna = (t: Tok): boolean => /^[وف]?[لبك]?أن$/.test(withoutMarks(t.text));

/**
 * What a word's spelling alone says about it in a name, one bit per test `isNameWord` asks of the word
 * itself or of the words before it (computed once per spelling: see `spellingNameBits`).
 */
const NB = {
  /** Never a name word: a number, one letter, a listed non-name, an accusative participle, tanween, a possessed noun. */
  never: 1 << 0,
  joiner: 1 << 1,
  manner: 1 << 2,
  circumstantial: 1 << 3,
  /** Neither a stopword nor a proclitic with the article: a complement after عبد/أبو/بن/ولد. */
  complementOk: 1 << 4,
  ourOutlet: 1 << 5,
  pronounObject: 1 << 6,
  procliticVerb: 1 << 7,
  article: 1 << 8,
  ali: 1 << 9,
  givenNameTitle: 1 << 10,
  compoundEnd: 1 << 11,
  divineEnd: 1 << 12,
  /** Any of the late position-free refusals (a stopword, a listed title, verb, cue …, a proclitic before one, a place cue). */
  lateRefusal: 1 << 13,
  /** و/ف + four letters or more, no listed name: refused as a run's first word when it opens with و. */
  conjunctionFirst: 1 << 14,
  /** و/ف + four letters or more, no listed name, a title, verb or stopword after the proclitic: refused after a run's first word. */
  conjunctionLater: 1 << 15,
  allah: 1 << 16,
  definiteGiven: 1 << 17,
  given: 1 << 18,
  complemented: 1 << 19,
  definite: 1 << 20,
  stop: 1 << 21,
} as const;

function nameBitsOf(t: Tok): number {
  const k = t.key;
  let b = 0;
  if (t.kind !== 'word' || k.length < 2 || NON_NAME_KEYS.has(k) || conjunctionAnna(t) || ABSTRACT_NOUN_KEYS.has(k) || accusativeParticiple(k) || accusativeVerbalNoun(k) || hasTanween(t) || possessiveNoun(t) || particleWithPronoun(t)) b |= NB.never;
  if (NAME_JOINER_KEYS.has(k)) b |= NB.joiner;
  if (mannerWord(t)) b |= NB.manner;
  if (circumstantial(k)) b |= NB.circumstantial;
  if (t.kind === 'word' && !isStop(t) && !procliticArticle(k)) b |= NB.complementOk;
  if (OUR_OUTLET.test(k)) b |= NB.ourOutlet;
  if (pronounObject(t)) b |= NB.pronounObject;
  if (procliticVerb(t)) b |= NB.procliticVerb;
  if (articleWritten(t)) b |= NB.article;
  if (t.text === 'علي') b |= NB.ali;
  if (GIVEN_NAME_TITLES.has(k)) b |= NB.givenNameTitle;
  if (COMPOUND_END.has(k)) b |= NB.compoundEnd;
  if (COMPOUND_CLOSER_KEYS.has(k)) b |= NB.divineEnd;
  const conjunction = k.startsWith('و') || k.startsWith('ف');
  if (
    isStop(t) || TITLE_KEYS.has(k) || VERB_KEYS.has(k) || PARTICIPLE_KEYS.has(k) || TEMPORAL_KEYS.has(k) || LOCATIVE_KEYS.has(k) ||
    ORG_CUE_KEYS.has(k) || SUBJECT_STOP_KEYS.has(k) || SPEAKER_HEAD_KEYS.has(k) ||
    (procliticArticle(k) && k !== 'الله') || PORTFOLIO_KEYS.has(k) || DIRECTION_KEYS.has(k) ||
    // `ورد الاعتبار`: و/ف + a reporting verb of two letters (رد) is a clause, not a name (the rule below starts at four letters).
    (conjunction && k.length === 3 && !WAW_NAMES.has(k) && t.forms.some((f) => f.letters > 0 && VERB_KEYS.has(f.form))) ||
    (/^[وف]?(ل|ب)/.test(k) && t.forms.some((f) => f.letters > 0 && (VERB_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form) || TITLE_KEYS.has(f.form) || PLACE_CUE_KEYS.has(f.form)))) ||
    PLACE_CUE_KEYS.has(k)
  ) b |= NB.lateRefusal;
  if (conjunction && k.length >= 4 && !WAW_NAMES.has(k)) {
    // (`ملك الروم، فأشرف القوم`: ف written on a hamza-initial word, no name opens so, is a clause's verb or elative.)
    if (k.startsWith('و') || /^ف[أإ]/.test(withoutMarks(t.text))) b |= NB.conjunctionFirst;
    // (`أحمد حسن ومحمود`: و + a listed given name opens the next person of a list.)
    if (t.forms.some((f) => f.letters > 0 && (TITLE_KEYS.has(f.form) || VERB_KEYS.has(f.form) || isStopword(f.form) || (f.form.length >= 3 && GIVEN_KEYS.has(f.form))))) b |= NB.conjunctionLater;
  }
  if (k === 'الله') b |= NB.allah;
  if (DEFINITE_GIVEN_KEYS.has(k)) b |= NB.definiteGiven;
  if (GIVEN_KEYS.has(k)) b |= NB.given;
  if (COMPLEMENTED.test(k)) b |= NB.complemented;
  if (isDefinite(k)) b |= NB.definite;
  if (isStop(t)) b |= NB.stop;
  return b;
}

const nameBits = (t: Tok): number => spellingNameBits(t, nameBitsOf);

function isNameWord(t: Tok, position: number, prev: Tok | undefined, prevPrev?: Tok): boolean {
  const b = nameBits(t);
  if ((b & NB.never) !== 0) return false;
  const p = prev === undefined ? 0 : nameBits(prev);
  if (position > 0 && (b & NB.joiner) !== 0) return true;
  // `تقول مروة بصوت هادئ`، `ترد سلمى ضاحكة`: a manner phrase, or a participle of the pattern فاعلة after a
  // listed given name (a circumstantial adjective), ends the name; a manner phrase never opens one (`بشدة القرار`).
  if ((b & NB.manner) !== 0 || (position > 0 && (b & NB.circumstantial) !== 0 && prev !== undefined && (p & NB.given) !== 0)) return false;
  // `عبد الأمير`، `ولد الشيخ`: after عبد/أبو/بن/ولد any word is the name's, a title word included.
  if (position > 0 && prev !== undefined && (p & NB.complemented) !== 0 && (b & NB.complementOk) !== 0) return true;
  // `وقال X لموقعنا`، `لصحيفتنا`: the outlet writing ("to our site"), addressed after the name.
  if (position > 0 && (b & NB.ourOutlet) !== 0) return false;
  // `يسحب X شباكه`: after a name's first word, a noun with a written ه (his) is the verb's object.
  if (position > 0 && (b & NB.pronounObject) !== 0) return false;
  // `ينحني X Y ليلتقط`، `يتنهد X Y ويعود`: after two name words a present verb with و/ف/ل opens the next
  // clause (a second word may be a foreign family name so written: `ستيف ويتكوف`، `مارتن ليفبر`).
  if (position > 1 && (b & NB.procliticVerb) !== 0) return false;
  // The word before `t` completes a joiner (`عبد الكريم`، `بن حمد`، `أبو سمير`): like a compound's end, it lets
  // a father's name or a definite family name follow (`عبد الكريم محمد سعيد`، `سالم بن حمد الهنائي`، `أبو سمير الحلبي`).
  const completed = position >= 2 && prevPrev !== undefined && (nameBits(prevPrev) & NB.complemented) !== 0;
  if (prev !== undefined && position > 0 && (p & NB.article) !== 0 && (p & NB.compoundEnd) === 0 && !completed && !((b & NB.article) !== 0 && position === 1) && !(position === 1 && (p & NB.definiteGiven) !== 0)) return false;
  if ((b & NB.ali) !== 0) return true;
  // `محمد أمين البقالي`: title words that are also given names, inside a name; `محمد الأمين`: a compound's end.
  if (position === 1 && (b & NB.givenNameTitle) !== 0 && prev !== undefined && (p & NB.definite) === 0) return true;
  if (position === 1 && (b & NB.compoundEnd) !== 0 && prev !== undefined && (p & NB.given) !== 0) return true;
  // `عبد الله سيف الدين`: الدين، الله، الرحمن close a compound given name after any plain name word.
  if (position > 0 && (b & NB.divineEnd) !== 0 && prev !== undefined && (p & NB.definite) === 0 && (p & NB.stop) === 0) return true;
  if ((b & NB.lateRefusal) !== 0) return false;
  if (position === 0 && (b & NB.conjunctionFirst) !== 0) return false;
  if (position > 0 && (b & NB.conjunctionLater) !== 0) return false;
  if ((b & (NB.article | NB.allah)) !== 0) {
    if ((b & NB.allah) !== 0) return position > 0;
    if (position === 0) return (b & NB.definiteGiven) !== 0;
    return position === 1 || completed || (prev !== undefined && (p & (NB.joiner | NB.compoundEnd)) !== 0);
  }
  return true;
}

export { isNameWord };

/**
 * `نقيبة مستوردي المعدات الطبية سلمى حداد`: a run after a title that does not open with a given name
 * but reaches one (a name of two words or more) is the title's complement; the name is that later run.
 */
function listedNameWithin(toks: readonly Tok[], run: { from: number; to: number }): { from: number; to: number } | null {
  if (KUNYA_NAME_KEYS.has((toks[run.from] as Tok).key)) return null;
  for (let g = run.from + 1; g < run.to + 2; g++) {
    const w = toks[g];
    if (w === undefined || !joined(w)) return null;
    if (!GIVEN_KEYS.has(w.key)) continue;
    const later = nameRun(toks, g);
    // The complement ends in its definite genitive or adjective, or the later name has three words
    // (`والي داخلت نواذيبو محمد ولد أحمد سالم`); `سليم داود السكان` is one name and the verb's object.
    return later !== null && later.to - later.from >= (isDefinite((toks[g - 1] as Tok).key) ? 2 : 3) ? later : null;
  }
  return null;
}

/**
 * `رئيس نادي سماهيج علي حسن الكواري`، `رئيس جمعية صيادي X السمكية سعيد Y`: after a title, an institution
 * word (نادي، جمعية، صيادي …) and one to three words no list knows name a body; a listed given name
 * opening a name of two words or more, only spaces between, is the person the title belongs to.
 */
function nameAfterUnlistedBody(toks: readonly Tok[], j: number): { from: number; to: number } | null {
  for (let g = j + 1; g <= j + 4; g++) {
    const w = toks[g];
    if (w === undefined || !joined(w) || w.kind !== 'word' || (isStop(w) && w.text !== 'علي') || VERB_KEYS.has(w.key) || TITLE_KEYS.has(w.key)) return null;
    if (g === j + 1 || (!GIVEN_KEYS.has(w.key) && w.text !== 'علي')) continue;
    const run = nameRun(toks, g);
    return run !== null && run.to - run.from >= 2 ? run : null;
  }
  return null;
}

/**
 * `الناطق باسم مستشفى الأمير حمزة الدكتور غيث الطراونة`: a one-word run right before a second title word
 * written with the article, which a name of two words or more follows, ends the body's name (the hospital
 * named after someone); the person the first title belongs to is the second title's.
 */
function nameAfterSecondTitle(toks: readonly Tok[], run: { from: number; to: number }): { from: number; to: number } | null {
  const second = toks[run.to];
  if (run.to - run.from !== 1 || second === undefined || !joined(second) || !articleWritten(second) || !TITLE_KEYS.has(second.key)) return null;
  const later = nameRun(toks, run.to + 1);
  return later !== null && later.to - later.from >= 2 && joined(toks[run.to + 1] as Tok) ? later : null;
}

/**
 * `أما نادي النجمة فاكتفى ببيان`، `أما الناطق باسم X فاكتفى بالقول`: a ف-word no list knows, a few words after أما in the same sentence,
 * is the verb answering the topic, never a name's first word.
 */
function answersAmma(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  if (!t.key.startsWith('ف') || t.key.length < 4 || GIVEN_KEYS.has(t.key) || KUNYA_NAME_KEYS.has(t.key)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    const u = toks[k] as Tok;
    if (u.key === 'اما') return true;
    if (/[.!؟?\n]/.test((toks[k + 1] as Tok).gap)) return false;
  }
  return false;
}

/**
 * `باسم تجمع X الصحي`: the end of a body named in construct right after باسم (a plain noun that is no
 * given name, its genitive, then definite adjectives), or null when `j` does not follow باسم so.
 */
function bodyAfterBism(toks: readonly Tok[], j: number): number | null {
  const u = toks[j] as Tok;
  const genitive = toks[j + 1];
  if (toks[j - 1]?.key !== 'باسم' || u.kind !== 'word' || isDefinite(u.key) || isStop(u) || GIVEN_KEYS.has(u.key) || KUNYA_NAME_KEYS.has(u.key) || /^[وفبل]/.test(u.key)) return null;
  if (genitive === undefined || !joined(genitive) || genitive.kind !== 'word' || isStop(genitive) || GIVEN_KEYS.has(genitive.key)) return null;
  let k = j + 2;
  while (k < toks.length && joined(toks[k] as Tok) && articleWritten(toks[k] as Tok) && adjectiveShaped((toks[k] as Tok).key) && !isStop(toks[k] as Tok)) k++;
  return k;
}

/**
 * `الدكتور صباح الموسوي`، `مديرة المدرسة صباح X`: in the name's slot after a title phrase, a given name
 * that is also a time word (صباح), before a definite word that is no time word (`صباح الأحد`، `صباح
 * اليوم`), is the person's given name.
 */
function timeWordName(toks: readonly Tok[], j: number): boolean {
  const u = toks[j] as Tok;
  const family = toks[j + 1];
  if (!TEMPORAL_KEYS.has(u.key) || !KUNYA_NAME_KEYS.has(u.key) || !joined(u)) return false;
  return family !== undefined && joined(family) && articleWritten(family) && !TEMPORAL_KEYS.has(family.key) && !isStop(family) && !TITLE_KEYS.has(family.key) && !DESCRIPTOR_KEYS.has(family.key);
}

/**
 * `شيخة`، `أوسو`: a plain word, as a name no list knows is written: no article, no proclitic ف/ب/ل/ك, no
 * accusative alef or tanween (`مبتسماً`), no stopword.
 */
export const plainWord = (t: Tok): boolean => t.kind === 'word' && !isDefinite(t.key) && !isStop(t) && !/^[فبلك]/.test(t.key) && !/ا$/.test(t.key) && !hasTanween(t);

/** `يبيع`، `تقلب`: a word of four letters or more with an imperfect verb's prefix that is no listed name and has no article. */
export const looksImperfect = (t: Tok): boolean => imperfectPrefix(t.key) && t.key.length >= 4 && !isDefinite(t.key) && !KUNYA_NAME_KEYS.has(t.key);

const YEH = 0x064a;
const TEH = 0x062a;
/** `k` opens with ي or ت (as `/^[يت]/` tests; asked of nearly every word, so no regex). */
const imperfectPrefix = (k: string): boolean => {
  const c = k.charCodeAt(0);
  return c === YEH || c === TEH;
};

/** `تجلس`، `ويقلب`: a word (no spaces) shaped like a present verb, ي/ت after an optional و/ف and two letters more. */
export const presentShaped = (word: string): boolean => /^[وف]?[يت]..+/.test(word);

/**
 * `ليلتقط`، `ويعود`، `فيقول` (key form): و/ف/ل, then a present verb's prefix ي/ت and three letters or
 * more, not shaped as a verbal noun (`VERBAL_NOUN_T`). A name word never carries a conjunction or ل before ي/ت (listed names that do, `فتيحة`, excepted),
 * so after a name the word opens a clause or states a purpose.
 */
export const procliticVerb = (t: Tok): boolean =>
  t.kind === 'word' && /^[وفل][يت].{3,}$/.test(t.key) && !VERBAL_NOUN_T.test(t.key.slice(1)) && !KUNYA_NAME_KEYS.has(t.key) && !WAW_NAMES.has(t.key);
/** `تشغيل`، `تنمية`، `تطوير` (key form): verbal nouns of the patterns تفعيل and تفعلة, a ت-word that is no verb (`لإدارة وتشغيل`). */
const VERBAL_NOUN_T = /^(?:ت..ي.|ت.{2,3}ه)$/;

/** `تبيع`، `قالت`: a word (no spaces) shaped like a present verb or a feminine past one. */
export const verbShaped = (word: string): boolean => presentShaped(word) || /.{2}ت$/.test(word);

/** A feminine title written with teh marbuta (مفوضة، منسقة) when the list has the masculine form. */
function feminineTitle(t: Tok): { form: string; start: number } | null {
  if (t.forms.some((f) => PLACE_CUE_KEYS.has(f.form) || NO_FEMININE_TITLE_KEYS.has(f.form))) return null;
  for (const f of t.forms) {
    if (f.form.endsWith('ه') && TITLE_KEYS.has(f.form.slice(0, -1))) return { form: f.form.slice(0, -1), start: t.start };
  }
  return null;
}

/**
 * Feminine forms of titles that are everyday words or given names instead: `العقيدة` is a creed (no woman
 * colonel), `أميرة` a given name (a princess is written with the article: `الأميرة ديانا`).
 */
const NO_FEMININE_TITLE_KEYS = keySet(['عقيدة', 'العقيدة', 'أميرة']);

/** True when a name run starts at `j` and is followed by a boundary (punctuation or a stopword). */
function isNameStart(toks: readonly Tok[], j: number): boolean {
  const run = nameRun(toks, j);
  if (run === null || run.to - run.from < 2) return false;
  const after = toks[run.to];
  return after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key);
}

/**
 * Gulf-style family chains (مشعل الأحمد الجابر الصباح): more definite words after a definite
 * surname, kept only when a boundary (punctuation, a stopword, إن/في, لـ) follows the whole chain —
 * so `افتتح ... هولاند الاجتماع داعياً` does not take the object into the name.
 */
function familyChain(toks: readonly Tok[], from: number, to: number): number {
  let k = to;
  while (k < toks.length && k - from < 5) {
    const t = toks[k] as Tok;
    const prev = toks[k - 1] as Tok;
    if (k === from || !joined(t) || !isDefinite(prev.key) || !isDefinite(t.key) || t.key === 'الله') break;
    if (isStop(t) || TEMPORAL_KEYS.has(t.key) || TITLE_KEYS.has(t.key) || ORG_CUE_KEYS.has(t.key) || isNationality(t.key)) break;
    // `أشعل سعود الرويلي النار`: a nisba closes a family name; only another nisba goes on from it (الهاشمي القرشي).
    if (isNisba(prev.key) && !isNisba(t.key)) break;
    k++;
  }
  if (k === to) return to;
  const after = toks[k];
  const boundary = after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || /^ل/.test(after.key) || procliticVerb(after);
  return boundary ? k : to;
}

/**
 * `خليل الحاج توفيق`: a plain third word after a definite second one, kept only when a boundary
 * (punctuation, a stopword, إن/في) follows it; never a word carrying و/ل/ب. A given name with عبد is one word.
 */
function undefinedThirdWord(toks: readonly Tok[], start: number, to: number): number {
  // `عبد المنعم الطيب حامد`: a compound given name with عبد counts as one word.
  const from = (toks[start] as Tok).key === 'عبد' && to - start === 3 ? start + 1 : start;
  if (to - from !== 2 || !isDefinite((toks[from + 1] as Tok).key) || COMPOUND_END.has((toks[from + 1] as Tok).key)) return to;
  const t = toks[to];
  // (`الدكتور إبراهيم الجعفري تسعى إلى`: a present verb after the definite family name is the clause's verb.)
  if (t === undefined || !joined(t) || isDefinite(t.key) || pronounObject(t) || looksImperfect(t) || !isNameWord(t, 0, undefined)) return to;
  const after = toks[to + 1];
  if (/^[وفلب]/.test(t.key)) return familyNameWithBa(t, after) ? to + 1 : to;
  const boundary = after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || after.key === 'ل' || procliticVerb(after);
  return boundary ? to + 1 : to;
}

/**
 * `قال X الطاهر بوكر إن`: a plain third word opening with بو/با is a family name (Maghrebi بوزيد، باعبود)
 * when the name is closed hard after it — by punctuation or the complementizer إن/أن — and it is no noun
 * of manner (`بوضوح`، `بأسف`); ب before another letter stays a preposition (`بحزم`). With و/ف/ل the word
 * stays a clause or a prepositional phrase (`وأضاف`، `لوكالة`).
 */
function familyNameWithBa(t: Tok, after: Tok | undefined): boolean {
  if (!/^ب[وا]/.test(t.key) || t.key.length < 4 || mannerWord(t)) return false;
  return after === undefined || !joined(after) || COMPLEMENTIZER_KEYS.has(after.key);
}
const COMPLEMENTIZER_KEYS = keySet(['إن', 'أن']);
/** Family names that are also function words (`adverbSurname`). */
const STOPWORD_SURNAME_KEYS = keySet(['لي']);

/**
 * `علي جاسم الساعدي`: given name, father's name, then a definite family name, kept only when a
 * boundary (punctuation, a stopword, إن/في, لـ) follows it.
 */
function definiteThirdWord(toks: readonly Tok[], from: number, to: number): number {
  // (A given name written with the article opens such a name too: `الطاهر إبراهيم الخير`.)
  const first = (toks[from] as Tok).key;
  if (to - from !== 2 || (isDefinite(first) && !DEFINITE_GIVEN_KEYS.has(first)) || isDefinite((toks[from + 1] as Tok).key) || NAME_JOINER_KEYS.has((toks[from + 1] as Tok).key)) return to;
  const t = toks[to];
  if (t === undefined || !joined(t) || !articleWritten(t) || !isNameWord(t, 1, toks[from])) return to;
  const after = toks[to + 1];
  const boundary = after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || after.key === 'ل' || VERB_KEYS.has(after.key);
  // `أعلن … خالد يوسف المهندي القرار`، `رفض … علي حسن الكواري تحميل`: a nisba is a family name, and the
  // definite or plain noun after it is the verb's object; so is a definite noun that cannot be the third
  // word's adjective (no nisba, no participle: `X Y المطوع القرار`, but `X Y الوفد الزائر`).
  // So is an indefinite noun in the accusative (`تفرغ X Y النور كيساً`): the verb's object, the definite word the name's.
  const objectAfter = after !== undefined && (accusativeNoun(after) || (isNisba(t.key) ? articleWritten(after) || plainNounAfterName(after) : definiteNounNotAdjective(toks, to + 1)));
  return boundary || objectAfter ? to + 1 : to;
}

/** `محمد الأمين ولد أحمد`: a definite second given name (a title word too) before ولد/بن and its complement. */
function maghrebiSecondName(toks: readonly Tok[], from: number, k: number): boolean {
  const t = toks[k] as Tok;
  const joiner = toks[k + 1];
  const complement = toks[k + 2];
  if (k - from !== 1 || !articleWritten(t) || isStop(t) || joiner === undefined || complement === undefined) return false;
  return joined(joiner) && /^(ولد|بن)$/.test(joiner.key) && joined(complement) && complement.kind === 'word' && !isStop(complement);
}

/**
 * `كامل الوزير عن القرار`: a definite title word is a surname when it is the second word after a
 * plain given name and a boundary (punctuation, a stopword, إن/في) closes it.
 */
function titleSurname(toks: readonly Tok[], from: number, k: number): boolean {
  const t = toks[k] as Tok;
  const first = toks[from] as Tok;
  if (k - from !== 1 || !articleWritten(t) || !TITLE_KEYS.has(t.key) || isDefinite(first.key) || NAME_JOINER_KEYS.has(first.key)) return false;
  // (`بحسب المتحدث`: an according-to word before a title is no given name.)
  if (ACCORDING_WORD_KEYS.has(first.key)) return false;
  const after = toks[k + 1];
  if (after !== undefined && (after.key === 'باسم' || (DESCRIPTOR_KEYS.has(after.key) && !isStop(after)))) return false;
  // (`أما رئيس الجمعية X الشيخ فيقول`: a verb with و/ف/ل opens the next clause, a boundary too; so does a
  // و-noun, another conjunct: `تتنقل X السيد وخطيبها`.)
  return after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || procliticVerb(after) || conjunct(after);
}

/** `وخطيبها`، `وزوجته`: و + a noun, another conjunct after a name (not a joiner such as ولد, nor a name written with و). */
function conjunct(t: Tok): boolean {
  return t.kind === 'word' && t.key.startsWith('و') && t.key.length >= 4 && !WAW_NAMES.has(t.key) && !NAME_JOINER_KEYS.has(t.key) && !KUNYA_NAME_KEYS.has(t.key);
}

/** A title word that is the surname closing a name (`كامل الوزير`), not a title of its own. */
const surnameTitle = (toks: readonly Tok[], i: number): boolean => {
  const before = toks[i - 1];
  const t = toks[i] as Tok;
  // `محمد الأمين`: a title word that ends a compound given name (COMPOUND_END), after a listed given name.
  if (before !== undefined && joined(t) && COMPOUND_END.has(t.key) && GIVEN_KEYS.has(before.key)) return true;
  return before !== undefined && joined(t) && before.kind === 'word' && isNameWord(before, 0, undefined) && titleSurname(toks, i - 1, i) && nameRun(toks, i - 1)?.to === i + 1;
};

/** A name run: the token range `[from, to)`. */
type NameRun = { readonly from: number; readonly to: number };

/**
 * Name runs already read, per token array and first token: several readers (titles, reporting verbs,
 * speaker phrases, given names) ask `nameRun` again at the same token, and a run depends on the tokens alone.
 */
const runsRead = new WeakMap<readonly Tok[], (NameRun | null | undefined)[]>();

/** The name run starting at token `from`, at most four words joined by spaces (with the exceptions below), or null. */
export function nameRun(toks: readonly Tok[], from: number): NameRun | null {
  if (from >= toks.length) return null;
  let runs = runsRead.get(toks);
  if (runs === undefined) {
    runs = new Array<NameRun | null | undefined>(toks.length);
    runsRead.set(toks, runs);
  }
  let run = runs[from];
  if (run === undefined) {
    run = readNameRun(toks, from);
    runs[from] = run;
  }
  return run;
}

function readNameRun(toks: readonly Tok[], from: number): NameRun | null {
  if (answersAmma(toks, from)) return null;
  let k = from;
  while (k < toks.length && k - from < 4) {
    const t = toks[k] as Tok;
    if (k > from && !joined(t)) break;
    // `كان عبد القادر لا يزال`: لا before a present verb is negation, not the joiner of `دي لا`.
    if (t.key === 'لا' && /^[يت]../.test(toks[k + 1]?.key ?? '')) break;
    // `الوالي سيضبط الميزانية`: a future verb before its definite object (not `ستيف`، `سيدي ولد …`, names spelled so).
    // Before a relative, after a comma or not (`جون ستيوارت الذي قاد`، `تشارلز ستايل، الذي`), the س-word is a
    // foreign family name: a relative is never a verb's object.
    if (isDefinite(toks[k + 1]?.key ?? '') && !RELATIVE_KEYS.has((toks[k + 1] as Tok).key) && futureVerb(t)) break;
    // `وتقاطعه أم خالد مبتسمة:`: a feminine participle of a derived pattern after a given name, closing
    // its clause (punctuation next), is circumstantial (حال); with a genitive after it (`مولدة الخيمة`) it is a noun.
    if (k > from && GIVEN_KEYS.has((toks[k - 1] as Tok).key) && feminineParticiple(t.key) && (toks[k + 1] === undefined || !joined(toks[k + 1] as Tok))) break;
    // `سامان محمد أمين،`: a title word that is also a given name ends a name after a given name when
    // punctuation closes it (`أمين عام` or `أمير المنطقة` would go on).
    if (k - from === 2 && GIVEN_NAME_TITLES.has(t.key) && GIVEN_KEYS.has((toks[k - 1] as Tok).key) && !isDefinite((toks[from] as Tok).key) && (toks[k + 1] === undefined || !joined(toks[k + 1] as Tok))) {
      k++;
      break;
    }
    // `المحلل أحمد ياسين شيخ أن`: a plain title word third after two plain name words, closed hard (punctuation,
    // إن/أن), is a family name (Somali and Gulf names: شيخ، أمير); before its genitive it would head a construct.
    if (k - from === 2 && TITLE_KEYS.has(t.key) && !isDefinite(t.key) && plainPair(toks, from) && (toks[k + 1] === undefined || !joined(toks[k + 1] as Tok) || COMPLEMENTIZER_KEYS.has((toks[k + 1] as Tok).key))) {
      k++;
      break;
    }
    if (k === from && givenNameNotTitle(toks, k)) {
      k++;
      continue;
    }
    if (k - from >= 2 && objectAfterName(toks, k)) break;
    // `في عهد الملك فيصل تطورت المملكة`، `كان الشيخ زايد يحب الصحراء`: a verb's shape ends the name (verb-shapes.ts).
    // (Not after a joiner, whose complement it would be: `جون ديل يعمل` is read by the foreign names' readers.)
    if (k > from && !NAME_JOINER_KEYS.has((toks[k - 1] as Tok).key) && verbAfterName(toks, k)) break;
    if (!isNameWord(t, k - from, toks[k - 1], toks[k - 2])) {
      // `عبد القادر المرتضى`: a definite surname after عبد and its definite complement.
      if (k - from === 2 && (toks[from] as Tok).key === 'عبد' && articleWritten(t) && articleWritten(toks[from + 1] as Tok) && isNameWord(t, 1, toks[from])) {
        k++;
        continue;
      }
      if (titleSurname(toks, from, k) || adverbSurname(toks, from, k)) {
        k++;
        break;
      }
      if (!maghrebiSecondName(toks, from, k)) break;
    }
    k++;
  }
  k = complementBeyondFour(toks, from, k);
  k = familyChain(toks, from, k);
  k = undefinedThirdWord(toks, from, k);
  k = definiteThirdWord(toks, from, k);
  k = beforeCommonNoun(toks, from, k);
  // Trailing joiners are cut (`… بن`), except the complement of أبو/عبد/بن/ولد (`خالد أبو دي`).
  while (k > from && NAME_JOINER_KEYS.has((toks[k - 1] as Tok).key) && !(k - 2 >= from && COMPLEMENTED.test((toks[k - 2] as Tok).key))) k--;
  const run = toks.slice(from, k);
  if (run.length === 4 && run.every((t) => !isDefinite(t.key) && !NAME_JOINER_KEYS.has(t.key))) k--;
  if (sceneObjectLast(toks, from, k)) k--;
  if (k === from) return null;
  if (k - from === 1 && NAME_JOINER_KEYS.has((toks[from] as Tok).key)) return null;
  if (mannerPhrase(toks[from] as Tok, toks[from + 1]) || purposePhrase(toks[from] as Tok, toks[from + 1])) return null;
  return { from, to: k };
}

/**
 * `دشن الأمير X بن Y مشروعات تنموية`، `زار X بن Y مواقع المشروعات`، `افتتح X بن Y مطار أبها`: where a name run
 * `[from, to)` ends before a common noun. A word of a plural's shape ends it anywhere after its first word
 * (noun-shapes.ts). After a nasab (بن، ابن، بنت، ولد، منت and the father's name) the name goes on only with
 * another joiner (`بن`، `آل`), a definite family name, a listed given name (`ولد الشيخ أحمد`) or a plain family
 * name closed hard (`أحمد بن سعيد باعبود،`): the family designation a nasab takes; an indefinite noun with
 * its own genitive or adjective after it is the verb's object.
 */
function beforeCommonNoun(toks: readonly Tok[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const t = toks[i] as Tok;
    const nasab = completedNasab(toks, from, i);
    if (pluralNoun(t, nasab) || (nasab && !nasabGoesOn(toks, i))) return i;
  }
  return to;
}

/** The word at `i`, after a completed nasab, goes on with the person's name (see `beforeCommonNoun`). */
function nasabGoesOn(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  if (isDefinite(t.key)) return !definiteCommonNoun(toks, i);
  if (NAME_JOINER_KEYS.has(t.key) || KUNYA_NAME_KEYS.has(t.key) || t.text === 'علي') return true;
  const after = toks[i + 1];
  return after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || COMPLEMENTIZER_KEYS.has(after.key) || RELATIVE_KEYS.has(after.key) ||
    NAME_JOINER_KEYS.has(after.key) || lookup(after, VERB_KEYS) !== null || procliticVerb(after) || (articleWritten(after) && isNisba(after.key)) ||
    lookup(after, TITLE_KEYS) !== null;
}

/**
 * `اللواء عبد الكريم خلف إن`، `سامي قرب،`: an adverb of place (LOCATIVE_KEYS: خلف، قرب …) after a name word
 * is the family name when nothing it could govern follows — punctuation, the text's end, إن/أن or a
 * relative (الذي، التي): a preposition is never closed before its object. So is `لي` (Lee, Li): "to me"
 * stands before the subject (`قال لي ديفيد`), so after a name, closed so, it is the Chinese or Korean family name.
 */
function adverbSurname(toks: readonly Tok[], from: number, k: number): boolean {
  const t = toks[k] as Tok;
  if (k === from || !(LOCATIVE_KEYS.has(t.key) || STOPWORD_SURNAME_KEYS.has(t.key)) || !joined(t)) return false;
  const after = toks[k + 1];
  return after === undefined || !joined(after) || COMPLEMENTIZER_KEYS.has(after.key) || SINGULAR_RELATIVE_KEYS.has(after.key);
}

/**
 * `أشاد النقاد بسمير حداد بأداء لافت`، `زرعت سماح عودة أصص الزهور`، `قدم فهد أبو حسون عناقيد العنب`: after two
 * name words, a word with its own complement right after it (only a space between) opens the next phrase:
 * ب before a hamza (`بأداء`، `بإطلاق`; no name opens so) is the preposition, and a plain noun before a
 * definite genitive that no adjective could be (no nisba, participle or فعيل) is a noun in construct, the
 * verb's object; a family name is followed by a boundary, a verb or a preposition instead. Not a listed
 * name, nor the complement of عبد/أبو/بن (`فهد أبو حسون`). (ب before other letters stays a name's: `بركات`، `بشارة`.)
 */
export function objectAfterName(toks: readonly Tok[], k: number): boolean {
  const t = toks[k] as Tok;
  const next = toks[k + 1];
  if (!joined(t) || t.kind !== 'word' || next === undefined || !joined(next) || next.kind !== 'word' || isStop(next) || isStop(t)) return false;
  if (GIVEN_KEYS.has(t.key) || KUNYA_NAME_KEYS.has(t.key) || NAME_JOINER_KEYS.has(t.key) || COMPLEMENTED.test((toks[k - 1] as Tok).key) || isDefinite(t.key) || hasTanween(t)) return false;
  if (TITLE_KEYS.has(next.key) || VERB_KEYS.has(next.key) || SUBJECT_STOP_KEYS.has(next.key) || TEMPORAL_KEYS.has(next.key) || NAME_JOINER_KEYS.has(next.key)) return false;
  // (As written: the key folds the hamza, `بأداء` and `باعبود` both open با.)
  if (/^ب[أإآ]/.test(withoutMarks(t.text))) return true;
  return plainWord(t) && articleWritten(next) && !adjectiveShaped(next.key) && !isPlaceAdjective(next.key) && !DEFINITE_GIVEN_KEYS.has(next.key);
}

/** Two plain name words at `from` (no article, no joiner, no title): a given name and a father's name. */
const plainPair = (toks: readonly Tok[], from: number): boolean =>
  [toks[from], toks[from + 1]].every((u) => u !== undefined && !isDefinite(u.key) && !NAME_JOINER_KEYS.has(u.key) && !TITLE_KEYS.has(u.key));

/**
 * `أحمد سالم ولد عبد الله`: a run cut at four words or more on a joiner (عبد، أبو، بن، ولد …) takes the
 * joiner's complement: a name cannot end on a word that needs one; and a run cut right after a completed
 * nasab takes its family designation (`آل نهيان`، `الحارثي`), the compound name having counted as two words. (Not سيدي after ولد/بن, the head of a
 * father's compound name, `… ولد سيدي محمود`: the one-story test over every passage then merges it with
 * two other persons named `… ولد سيدي`.)
 */
function complementBeyondFour(toks: readonly Tok[], from: number, to: number): number {
  let k = to;
  // (`خالد بن سالم بن عبد الرحمن`: a complement that is a joiner itself takes its own, up to seven words.)
  while (k - from >= 4 && k - from < 7) {
    const last = toks[k - 1] as Tok;
    const next = toks[k];
    if (next === undefined || !joined(next) || next.kind !== 'word' || isStop(next)) break;
    // (`عبد الله بن زايد آل نهيان`، `محمد بن عبد الله العلي`: after a completed nasab its family designation, a joiner and its complement (آل X, also أبو X, ولد X) or a definite family name, too.)
    const family = completedNasab(toks, from, k) && (NAME_JOINER_KEYS.has(next.key) || (articleWritten(next) && !pluralNoun(next, true) && !definiteCommonNoun(toks, k)));
    if (!(COMPLEMENTED.test(last.key) || family) || !isNameWord(next, 4, last, toks[k - 2])) break;
    k++;
  }
  return k;
}

/**
 * `يفحص X باعبود جرة عسل`، `تقيس X مارتان قلادة فضية`: after a present verb opening a scene, a plain
 * last word of a run of three or more that an indefinite word follows (its genitive or adjective, only
 * a space between) is the verb's object, not the name's: a name's last word is followed by a boundary,
 * a verb or a preposition. Not a listed given name, common words included (`… أحمد علي`، `… محمد حسن`).
 */
function sceneObjectLast(toks: readonly Tok[], from: number, to: number): boolean {
  if (to - from < 3) return false;
  const verb = toks[from - 1];
  const last = toks[to - 1] as Tok;
  const next = toks[to];
  if (verb === undefined || !presentShaped(verb.key) || isStop(verb) || isDefinite(verb.key) || !/^ +$/.test((toks[from] as Tok).gap)) return false;
  if (isDefinite(last.key) || /^[وفبلك]/.test(last.key) || KUNYA_NAME_KEYS.has(last.key) || last.text === 'علي' || NAME_JOINER_KEYS.has((toks[to - 2] as Tok).key)) return false;
  if (next === undefined || !/^ +$/.test(next.gap) || next.kind !== 'word' || isDefinite(next.key) || /^[وفبلك]/.test(next.key)) return false;
  return !isStop(next) && !VERB_KEYS.has(next.key) && !SUBJECT_STOP_KEYS.has(next.key) && !GIVEN_KEYS.has(next.key) && !looksImperfect(next);
}

/**
 * `كيساً`، `صندوقاً` (only a space before it): an indefinite noun in the accusative, its tanween or alef
 * written, which after a subject is the verb's object. Not a participle of manner (`مبتسماً`، `ضاحكاً`),
 * nor a time word or adverb (`صباحاً`، `أيضاً`).
 */
function accusativeNoun(t: Tok): boolean {
  if (!/^ +$/.test(t.gap) || t.kind !== 'word' || isDefinite(t.key) || isStop(t) || TEMPORAL_KEYS.has(t.key)) return false;
  // (Its alef alone is no sign in a verb or a word with the pronoun ها/نا: `ويقرّبها`، `تحتاجنا`، `كتبوا`.)
  if (!hasTanween(t) && !(/ا$/.test(t.key) && t.key.length >= 4 && !/(ها|نا|وا)$/.test(t.key) && !/^[وف]/.test(t.key) && !verbShaped(t.key))) return false;
  const stem = t.key.replace(/ا$/, '');
  return !stem.startsWith('م') && !/^.ا..$/.test(stem) && !/^.{2}ي.$/.test(stem) && !ABSTRACT_NOUN_KEYS.has(stem);
}

/** A definite word no adjective could be (`adjectiveShaped`), itself closed by a stopword (في، على …) or punctuation. */
function definiteNounNotAdjective(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || !articleWritten(t) || !joined(t) || isStop(t) || adjectiveShaped(t.key) || TEMPORAL_KEYS.has(t.key) || TITLE_KEYS.has(t.key)) return false;
  const next = toks[j + 1];
  return next === undefined || !joined(next) || isStop(next);
}

/**
 * `تقول بابتسامة متعبة`، `قال بلهجة حازمة`: ب/ل/ك + a feminine indefinite noun, then its feminine
 * indefinite adjective, is an adverbial phrase; a name's second word does not agree with its first.
 * Likewise ب + a masculine noun of manner and its adjective (`بصوت خافت`).
 */
function mannerPhrase(first: Tok, second: Tok | undefined): boolean {
  if (!/^[بلك]/.test(first.key) || second === undefined || !joined(second) || isDefinite(second.key)) return false;
  if (first.key.endsWith('ه') && second.key.endsWith('ه')) return true;
  // `يقول بصوت خافت`، `بشكل كبير`: ب + a masculine noun of manner, then its adjective.
  return mannerWord(first);
}

/**
 * A plain indefinite noun right after a name, only a space between (`دعا X بن سعيد الرواس أصحاب المحلات`):
 * the verb's object, so a definite last word of the name is the name's own.
 */
export const plainNounAfterName = (after: Tok | undefined): boolean =>
  after !== undefined && /^ +$/.test(after.gap) && after.kind === 'word' && !isDefinite(after.key) && !/^[وفبلك]/.test(after.key) && !isStop(after) && !SUBJECT_STOP_KEYS.has(after.key) && !VERB_KEYS.has(after.key) && !hasTanween(after);

/** `عضويته`، `زميلتها`: a noun with a possessive pronoun after its teh (written ته, not the ة of `شحاتة`). */
export const possessiveNoun = (t: Tok): boolean => t.key.length >= 5 && (t.text.endsWith('ته') || t.text.endsWith('تها') || t.text.endsWith('تهم'));

/** `لموقعنا`، `لصحيفتنا`، `لقناتنا` (key forms): ل + a medium + "our". */
const OUR_OUTLET = /^ل(?:موقع|صحيفت|جريدت|قنات|مجلت|اذاعت|وكالت)نا$/;

/**
 * `شباكه`، `قاربه`، `حقله`: a noun ending in a written ه (the pronoun "his", never the ة of a name)
 * after a consonant. Not after ي/ا/و (`فقيه`، `نبيه`، `شاه`، the Persian `-ويه`), nor `زاده`
 * (Persian family names), nor الله; nor a word opening with و, which no object right after its verb's
 * subject does, while Somali family names end so (`ورسمه`).
 */
export const pronounObject = (t: Tok): boolean => t.key.length >= 4 && !t.key.startsWith('و') && /[^يىاأإآوهة]ه$/.test(t.text) && !PRONOUN_LOOKALIKE_KEYS.has(t.key) && !t.key.endsWith('الله');
/**
 * (`عبده`: the joiner عبد with ه is the name عبده, never "his servant" as a scene's object. الله itself and
 * every word ending in it, the compound name written as one word (`عبدالله`، `فتحالله`), `pronounObject` tests apart.)
 */
const PRONOUN_LOOKALIKE_KEYS = keySet(['زاده', 'عبده']);

/** `مبتسمة`، `متسائلة`، `معلقة`: a feminine participle of the derived patterns (مُفعِلة، مُتفعِّلة، مُفتعِلة), key form. */
export const feminineParticiple = (k: string): boolean => /^م[^ا][^ا]{2,4}ه$/.test(k);

/** `ضاحكة`، `باسمة`: a feminine participle of the pattern فاعلة (key form), after a name a circumstantial adjective. */
export const circumstantial = (k: string): boolean => /^[^ا]ا[^ا][^ا]ه$/.test(k);

/** `بصوت`، `بنبرة`: ب + a noun of manner. */
export const mannerWord = (t: Tok): boolean => t.key.startsWith('ب') && MANNER_NOUN_KEYS.has(t.key.slice(1));

/** Nouns of manner after ب (`بصوت`، `بحزن`، `بنبرة`); `mannerPhrase` also reads a feminine one by its ending. */
const MANNER_NOUN_KEYS = keySet([
  'صوت', 'شكل', 'غضب', 'حزن', 'فخر', 'هدوء', 'حماس', 'أسف', 'تأثر', 'ألم', 'فرح', 'وضوح', 'اختصار', 'اقتضاب', 'خوف', 'قلق', 'يأس', 'إصرار', 'تحد', 'انفعال', 'ارتياح', 'استغراب', 'تهكم', 'أسى',
  // feminine ones, read inside a name run too (`علي بنبرة حادة`)
  'نبرة', 'لهجة', 'ابتسامة', 'سخرية', 'حسرة', 'مرارة', 'ثقة', 'صراحة', 'حدة', 'غصة', 'دهشة', 'بساطة', 'عفوية', 'لغة', 'عربية', 'نبرات', 'ضحكة',
  // adverbs of manner (`تنصح بشدة`، `رد بقوة`، `انتقد المتحدث باسم الوزارة بشدة القرار`: the title ends before them)
  'شدة', 'قوة', 'حزم', 'سرعة', 'دقة', 'نجاح', 'سهولة', 'صعوبة', 'حذر', 'عنف', 'جدية', 'كثرة',
]);

/**
 * `مسؤول في الشركة العامة لتجارة الحبوب`، `لتنظيم الرحلات`: ل + a noun (no listed given name such as
 * ليلى، لؤي) and its definite genitive state a purpose or a remit, not a name.
 */
function purposePhrase(first: Tok, second: Tok | undefined): boolean {
  return /^ل[^ل]/.test(first.key) && first.key.length >= 4 && !KUNYA_NAME_KEYS.has(first.key) && second !== undefined && joined(second) && isDefinite(second.key) && !isNisba(second.key);
}

/** A proclitic was peeled (`للشركة`، `والأمم`): the form's article is written, whatever the hamza. */
const f0 = (u: Tok): boolean => u.forms.some((f) => f.letters > 0 && isDefinite(f.form));
/** The word is definite as written, with or without a proclitic (`الحركة`، `بالحركة`، `وللشركة`). */
export const definiteWritten = (u: Tok): boolean => articleWritten(u) || f0(u);

const onlySpacesOrComma = (gap: string): boolean => /^[ ،,]*$/.test(gap);

/** The token before `j` ends a listed place or organization (`… دارفور`، `… الدعم السريع`). */
function namedBefore(toks: readonly Tok[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const gz = matchGazetteer(toks, k);
    if (gz !== null && gz.type !== 'person' && k + gz.length === j) return true;
  }
  return false;
}

/**
 * A definite word at `j` that is no adjective, title, descriptor, time word or place word (`الفاتح`،
 * `الحافظ`، `الطيب`: given names written with the article), then a plain name word closed by punctuation,
 * a stopword, إن/أن, a reporting verb or the verb's definite object: the name `{ from: j, to: j + 2 }`, else null.
 */
function definiteGivenAfterBody(toks: readonly Tok[], j: number): { from: number; to: number } | null {
  const u = toks[j] as Tok;
  const family = toks[j + 1];
  const after = toks[j + 2];
  if (!joined(u) || !articleWritten(u) || isNisba(u.key) || isPlaceAdjective(u.key) || TITLE_KEYS.has(u.key) || DESCRIPTOR_KEYS.has(u.key) || TEMPORAL_KEYS.has(u.key) || isStop(u) || ORG_CUE_KEYS.has(u.key.slice(2))) return null;
  if (family === undefined || !joined(family) || !plainWord(family) || TITLE_KEYS.has(family.key) || VERB_KEYS.has(family.key) || NAME_JOINER_KEYS.has(family.key) || !isNameWord(family, 0, undefined)) return null;
  const closed = after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || articleWritten(after) || lookup(after, VERB_KEYS) !== null;
  return closed ? { from: j, to: j + 2 } : null;
}

/** Military ranks that are also common nouns: `الفريق` is the team as often as the general. */
const RANK_HOMOGRAPH_KEYS = keySet(['الفريق']);
/** What follows the rank word when it is one: `الفريق أول`، `الفريق الركن`. */
const RANK_COMPLEMENT_KEYS = keySet(['أول', 'اول', 'ركن', 'الركن']);

/** `الفريق وصل إلى الملعب`: a rank word that is also a common noun titles only a listed given name or its complement. */
const teamNotRank = (title: string, next: Tok | undefined): boolean =>
  RANK_HOMOGRAPH_KEYS.has(title) && (next === undefined || !(RANK_COMPLEMENT_KEYS.has(next.key) || KUNYA_NAME_KEYS.has(next.key) || NAME_JOINER_KEYS.has(next.key)));

/**
 * `حدد الملك عددا من القضايا`، `قدم الفنان حلولا للمشاكل`: after a definite title (the verb's subject), one word
 * in ا no list names, then من or ل + a noun, is the verb's object in the accusative (its tanwin unwritten), no name.
 * Not after a reporting verb: `قالت المغنية شاكيرا للصحفيين` names the speaker.
 */
function accusativeObject(toks: readonly Tok[], i: number, j: number): boolean {
  const u = toks[j] as Tok;
  const next = toks[j + 1];
  const verb = toks[i - 1];
  if (u.key.length < 4 || !u.text.endsWith('ا') || KUNYA_NAME_KEYS.has(u.key) || next === undefined || !joined(next)) return false;
  if (verb !== undefined && lookup(verb, VERB_KEYS) !== null) return false;
  return next.key === 'من' || (next.key.startsWith('ل') && next.key.length >= 4);
}

/** Titles that are given names as written bare (`أمير`، `أميرة`): the prince or princess is written with the article. */
const BARE_GIVEN_TITLE_KEYS = keySet(['أمير', 'أميرة']);

/**
 * `قالت أميرة منصور`، `وقال أمير حداد`: a bare title word that is also a given name (no article, no proclitic),
 * right before a plain word that no list reads as a place or body, is the person's given name; the title
 * takes its territory in construct (`أمير قطر`، `أميرة موناكو`) or the article (`الأمير فيصل`).
 */
export function givenNameNotTitle(toks: readonly Tok[], i: number): boolean {
  const t = toks[i] as Tok;
  const next = toks[i + 1];
  if (!BARE_GIVEN_TITLE_KEYS.has(t.key) || next === undefined || !joined(next) || next.kind !== 'word' || isDefinite(next.key) || isStop(next)) return false;
  if (TITLE_KEYS.has(next.key) || DESCRIPTOR_KEYS.has(next.key) || ORG_CUE_KEYS.has(next.key) || PLACE_CUE_KEYS.has(next.key)) return false;
  const gz = matchGazetteer(toks, i + 1);
  return (gz === null || gz.type === 'person') && isNameWord(next, 1, t);
}

/** Words of age after a number (`X 40 عاما`): the number is the person's age. */
const AGE_WORD_KEYS = keySet(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام']);

/**
 * `قائد المركبة أبولو 11`، `الصاروخ فالكون 9`: one name word and a number written right after it name a craft,
 * a model or a mission; a person is never numbered in digits (a regnal number is written as a word,
 * `لويس الرابع عشر`), unless the number is an age (`X 40 عاما`).
 */
function designation(toks: readonly Tok[], at: number): boolean {
  const n = toks[at];
  if (n === undefined || n.kind !== 'number' || !/^ +$/.test(n.gap)) return false;
  const after = toks[at + 1];
  return after === undefined || !joined(after) || !AGE_WORD_KEYS.has(after.key);
}

/** The key of الإله, which الآلة shares once ة is folded. */
const GOD_KEY = key('الإله');

/** A title at token `i` and the name it introduces, if any. */
export function titleAt(toks: readonly Tok[], i: number): TitleMatch | null {
  const t = toks[i];
  if (t === undefined) return null;
  const masculine = lookup(t, TITLE_KEYS);
  const hit = masculine ?? feminineTitle(t);
  if (hit === null || surnameTitle(toks, i) || teamNotRank(hit.form, toks[i + 1]) || givenNameNotTitle(toks, i)) return null;
  const before = toks[i - 1];
  // `في محافظة هرمزغان`, `بمحافظة`: after a preposition a feminine title word is a place or a body, not a person's title.
  if (masculine === null && (t.forms[0]?.form !== hit.form + 'ه' || (before !== undefined && PREPOSITION_KEYS.has(before.key)))) return null;
  if (before !== undefined && (before.kind === 'number' || COUNT_WORD.test(before.key))) return null;
  // `إلى الأمام`، `للأمام`: "forward", not the imam.
  if (/^(ال)?امام$/.test(hit.form) && (t.key === 'للامام' || (before !== undefined && /^(الي|حتي)$/.test(before.key)))) return null;
  // `فالآلة تنتج`: الآلة ("the machine") folds to the key of الإله ("the god"); the god is written with ه.
  if (hit.form === GOD_KEY && withoutMarks(t.text).endsWith('ة')) return null;
  const head = hit.form;
  let j = i + 1;
  let descriptorsEnd = i + 1;
  while (j < toks.length && j - i <= 10) {
    const u = toks[j] as Tok;
    if (!onlySpacesOrComma(u.gap) || u.gap.length === 0) break;
    if (u.key.length === 1) {
      j++;
      continue;
    }
    // `المتحدث باسم قوات X الفاتح قرشي`، `والي شمال دارفور الحافظ بخيت`: after a named body or place closing the
    // title phrase, a definite word no adjective of it could be and a plain word closed hard are the name.
    if (j > i + 1 && descriptorsEnd === j && namedBefore(toks, j)) {
      const name = definiteGivenAfterBody(toks, j);
      if (name !== null) return { title: i, start: hit.start, descriptorsEnd, name, head };
    }
    const gz = matchGazetteer(toks, j);
    if (gz !== null) {
      if (gz.type === 'person') return { title: i, start: hit.start, descriptorsEnd, name: { from: j, to: j + gz.length }, head };
      j += gz.length;
      descriptorsEnd = j;
      continue;
    }
    const chain = orgChain(toks, j);
    if (chain !== null) {
      j = chain.to;
      descriptorsEnd = j;
      continue;
    }
    // `وزير التجارة وترقية الصادرات`: a coordinated portfolio, an indefinite noun with its definite genitive.
    const genitive = toks[j + 1];
    if (j > i + 1 && u.key.startsWith('و') && u.key.length >= 4 && !isDefinite(u.key.slice(1)) && isDefinite((toks[j - 1] as Tok).key) && genitive !== undefined && joined(genitive) && isDefinite(genitive.key) && !TITLE_KEYS.has(genitive.key) && !isStop(genitive)) {
      j += 2;
      descriptorsEnd = j;
      continue;
    }
    if (DIRECTION_KEYS.has(u.key) && toks[j + 1] !== undefined && matchGazetteer(toks, j + 1)?.type === 'place') {
      j++;
      continue;
    }
    if (PLACE_CUE_KEYS.has(u.key) && PREPOSITION_KEYS.has((toks[j - 1] as Tok).key) && toks[j + 1] !== undefined && joined(toks[j + 1] as Tok)) {
      j += 2;
      descriptorsEnd = j;
      continue;
    }
    // `الكاتب الجهوي للنقابة بجهة بني ملال`، `وزير الصحة بولاية X`: a place cue with ب written on it, and the place it names.
    const place = toks[j + 1];
    if (u.key.startsWith('ب') && u.forms.some((f) => f.letters === 1 && (PLACE_CUE_KEYS.has(f.form) || REGION_KEYS.has(f.form))) && place !== undefined && joined(place)) {
      const gz = matchGazetteer(toks, j + 1);
      j += 1 + (gz?.type === 'place' ? gz.length : 1);
      descriptorsEnd = j;
      continue;
    }
    // (`لحين` is a conjunction of time, "until": the clause after it is no remit.)
    if (PREPOSITION_KEYS.has(u.key) || (/^ل[^ل]/.test(u.key) && !TEMPORAL_KEYS.has(u.key) && u.forms.some((f) => f.letters === 1 && f.form.length >= 3) && (!isNameStart(toks, j) || isDefinite(toks[j + 1]?.key ?? '')))) {
      j++;
      continue;
    }
    // `المتحدث باسم مجمع X الطبي Y Z`: after باسم, an indefinite noun no list knows heads a body in construct;
    // its genitive and its definite adjectives are the title's, the name comes after them.
    const bodyEnd = bodyAfterBism(toks, j);
    if (bodyEnd !== null) {
      j = bodyEnd;
      descriptorsEnd = j;
      continue;
    }
    // `الكاتب العام الهادي الورغمي`: a given name written with the article starts the name, not another descriptor.
    if (DEFINITE_GIVEN_KEYS.has(u.key)) {
      const run = nameRun(toks, j);
      if (run !== null && run.to - run.from >= 2) return { title: i, start: hit.start, descriptorsEnd, name: run, head };
    }
    if (/[،,]/.test(u.gap) && isDefinite(u.key) && !DESCRIPTOR_KEYS.has(u.key) && !TITLE_KEYS.has(u.key) && !isPlaceAdjective(u.key)) {
      // `عضو الجامعة العامة للنقل، الهادي الطرابلسي، للأناضول`: two definite name words closed by a comma.
      const second = toks[j + 1];
      const closer = toks[j + 2];
      if (second !== undefined && joined(second) && isDefinite(second.key) && !TITLE_KEYS.has(second.key) && !DESCRIPTOR_KEYS.has(second.key) && closer !== undefined && /[،,]/.test(closer.gap)) {
        return { title: i, start: hit.start, descriptorsEnd, name: { from: j, to: j + 2 }, head };
      }
    }
    if (/[،,]/.test(u.gap) && isDefinite(u.key) && !DESCRIPTOR_KEYS.has(u.key) && !TITLE_KEYS.has(u.key) && !isNisba(u.key)) {
      const rest = nameRun(toks, j + 1);
      const after = toks[j + 1];
      if (rest !== null && after !== undefined && joined(after) && !isDefinite(after.key)) {
        return { title: i, start: hit.start, descriptorsEnd, name: { from: j, to: rest.to }, head };
      }
    }
    // `د. أميرة حنا`: a bare title word that is a given name (`givenNameNotTitle`) opens the name, no second title.
    if (givenNameNotTitle(toks, j)) {
      const run = nameRun(toks, j);
      if (run !== null) return { title: i, start: hit.start, descriptorsEnd, name: run, head };
    }
    if (DESCRIPTOR_KEYS.has(u.key) || TITLE_KEYS.has(u.key) || (u.forms.some((f) => isDefinite(f.form)) && (f0(u) || articleWritten(u)))) {
      if (TEMPORAL_KEYS.has(u.key) || isStop(u) || SUBJECT_STOP_KEYS.has(u.key)) {
        if (!DESCRIPTOR_KEYS.has(u.key)) break;
      }
      j++;
      descriptorsEnd = j;
      continue;
    }
    // `قائد فريق الإنقاذ`، `مدير مكتب الوزير`: a weak title is a title when a common noun and its definite genitive describe it.
    const headed = toks[j + 1];
    if (WEAK_TITLE_KEYS.has(head) && descriptorsEnd === i + 1 && NON_NAME_KEYS.has(u.key) && headed !== undefined && joined(headed) && articleWritten(headed)) {
      j += 2;
      descriptorsEnd = j;
      continue;
    }
    if (WEAK_TITLE_KEYS.has(head) && descriptorsEnd === i + 1) break;
    if (PREPOSITION_KEYS.has((toks[j - 1] as Tok).key) && j - 1 > i) {
      // `الخبير في شؤون الطاقة مارك أيوب`: an indefinite noun with a definite genitive is a descriptor; `في تصريح لـ` is not.
      const genitive = toks[j + 1];
      if (genitive === undefined || !joined(genitive) || !isDefinite(genitive.key) || TITLE_KEYS.has(genitive.key)) break;
      j += 2;
      descriptorsEnd = j;
      continue;
    }
    // `رئيس قطاع التخطيط في الجامعة X`: a common noun and its definite genitive describe the title.
    const described = toks[j + 1];
    if (NON_NAME_KEYS.has(u.key) && described !== undefined && joined(described) && isDefinite(described.key)) {
      j += 2;
      descriptorsEnd = j;
      continue;
    }
    const bodyNamed = NON_NAME_KEYS.has(u.key) ? nameAfterUnlistedBody(toks, j) : null;
    if (bodyNamed !== null) return { title: i, start: hit.start, descriptorsEnd: bodyNamed.from, name: bodyNamed, head };
    if (timeWordName(toks, j)) return { title: i, start: hit.start, descriptorsEnd, name: { from: j, to: j + 2 }, head };
    const run = nameRun(toks, j);
    // `مسؤول في الشركة، طلب عدم ذكر اسمه`: one word after a comma is the next clause's verb, not a name.
    if (run !== null && run.to - run.from < 2 && /[،,]/.test(u.gap)) break;
    // `كانت وزيرة الخارجية بعيدة عن لندن`: after a definite title phrase, one indefinite word in ة no list names is the
    // title holder's predicate (right after an indefinite title it is the genitive name: `محامي خواجة`).
    if (run !== null && run.to - run.from === 1 && (j > i + 1 || isDefinite(t.key)) && u.text.endsWith('ة') && !isDefinite(u.key) && !KUNYA_NAME_KEYS.has(u.key)) break;
    if (run !== null && run.to - run.from === 1 && isDefinite(t.key) && accusativeObject(toks, i, j)) break;
    if (run !== null && run.to - run.from === 1 && designation(toks, run.to)) break;
    if (run !== null) return { title: i, start: hit.start, descriptorsEnd, name: nameAfterSecondTitle(toks, run) ?? listedNameWithin(toks, run) ?? run, head };
    break;
  }
  return { title: i, start: hit.start, descriptorsEnd, name: null, head };
}
