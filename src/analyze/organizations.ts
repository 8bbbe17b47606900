/**
 * Organization names from cue words: CUE (وزارة، منظمة، حركة، القوات ...) followed by definite words
 * (a portfolio: الدفاع، الصحة), gazetteer names (قوات سوريا الديمقراطية), or — for cues that take a
 * proper name — one unknown word (حركة حماس). A nationality adjective ends the name.
 */
import { isStopword, key } from '../text/index.js';
import { isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { ABSTRACT_NOUN_KEYS, DEFINITE_GIVEN_KEYS, isStop, LOCATIVE_KEYS, ORG_CUE_KEYS, PROPER_NAME_CUE_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { hasTanween, isDefinite, isNisba, joined, keySet, lookup, startAfter, type Tok } from './tokens.js';
import { nameHeadAfterTitle } from './org-names.js';
import { foreignShaped } from './foreign-word.js';
import { PLACE_CUE_FORMS } from './place-cues.js';

export interface OrgChain {
  readonly from: number;
  readonly to: number;
  /** Clean offset of the cue word after proclitics. */
  readonly start: number;
}

/**
 * `نقابة العاملين في النقل العام`، `النقابة العامة للعاملين في الموانئ`: في at `j` after a plural active participle
 * of the pattern فاعلين (those working, العاملين) is the participle's own complement, the field the members
 * work in (a definite noun, no time word and no known place: `… في شبوة` is where the body sits).
 */
function workersIn(toks: readonly Tok[], j: number): boolean {
  const fi = toks[j] as Tok;
  const prev = toks[j - 1];
  const field = toks[j + 1];
  if (fi.key !== 'في' || !joined(fi) || prev === undefined || !/^(ال|لل)[^ا]ا[^ا]{2}(ين|ون)$/.test(prev.key)) return false;
  return field !== undefined && joined(field) && isDefinite(field.key) && !TEMPORAL_KEYS.has(field.key) && !isStop(field) && matchGazetteer(toks, j + 1) === null;
}

/** Adjectives of a town's own council (`المجلس البلدي`، `المجلس الجماعي`), which the town's name may follow bare (not المحلي: `الحكومة المحلية` + a country may be the verb's object). */
const TOWN_BODY_ADJECTIVE_KEYS = keySet(['البلدي', 'البلدية', 'الجماعي', 'الجماعية']);
/** `الشرقية`، `الشمالي`: a compass adjective naming a region (key form). */
const DIRECTION_ADJECTIVE = /^ال(شرقي|غربي|شمالي|جنوبي|وسطي)(ه)?$/;

/** `العام الماضي`، `العام الدراسي`، `العام 2025`: what makes العام "the year" (a number, a time word, a year's adjective). */
function yearGoesOn(next: Tok | undefined): boolean {
  if (next === undefined || !joined(next)) return false;
  return next.kind === 'number' || TEMPORAL_KEYS.has(next.key) || YEAR_ADJECTIVE_KEYS.has(next.key);
}
const YEAR_ADJECTIVE_KEYS = keySet(['الماضي', 'الحالي', 'المقبل', 'القادم', 'الجاري', 'المنصرم', 'المنقضي', 'الدراسي', 'الجامعي', 'المالي', 'الهجري', 'الميلادي', 'نفسه', 'ذاته']);

/** `الطاقة المتجددة`: a definite participle (الم…) agreeing in gender with the genitive before it is its adjective. */
function participleAdjective(prev: Tok, form: string): boolean {
  const p = prev.forms[prev.forms.length - 1]?.form ?? prev.key;
  // (A sound feminine plural takes a feminine adjective: `المعلومات المنشور` is no pair.)
  const feminine = p.endsWith('ه') || p.endsWith('ات');
  if (form.startsWith('الم') && form.length >= 6 && feminine === form.endsWith('ه')) return true;
  // `للكرة الطائرة`، `للقوى العاملة`: after the remit's لل-genitive, an active participle of the pattern فاعل(ة);
  // feminine after a feminine noun or a broken plural (which takes the feminine singular), masculine only
  // after a masculine noun. (Not after a plain genitive: `وزارة الصحة الحالة …` may be the verb's object.)
  return prev.key.startsWith('لل') && /^ال[^ا]ا[^ا]{2}ه?$/.test(form) && (form.endsWith('ه') || !p.endsWith('ه'));
}

/** `شركة الشحن الدنماركية ميرسك`: one plain word after a company's description, closed by a boundary, is its name. */
function properNameEnd(toks: readonly Tok[], j: number): boolean {
  const t = toks[j] as Tok;
  if (t.kind !== 'word' || t.key.length < 3 || isDefinite(t.key) || /^[وفبلك]/.test(t.key) || hasTanween(t)) return false;
  if (isStop(t) || TEMPORAL_KEYS.has(t.key) || SUBJECT_STOP_KEYS.has(t.key) || TITLE_KEYS.has(t.key) || VERB_KEYS.has(t.key) || ORG_CUE_KEYS.has(t.key)) return false;
  const after = toks[j + 1];
  return after === undefined || !joined(after) || isStop(after) || SUBJECT_STOP_KEYS.has(after.key);
}

/** `المكتب`، `الشركة`: a cue word written with the article (the conjunction peeled), when the list has it bare. */
function articleCue(t: Tok): { form: string; start: number } | null {
  const f = t.forms.find((x) => x.letters <= 1 && isDefinite(x.form) && ORG_CUE_KEYS.has(x.form.slice(2)));
  return f === undefined ? null : { form: f.form, start: startAfter(t, f.letters) };
}

/** `المكتب الإعلامي لرئيس الوزراء`: ل + a title or cue word + its definite genitive completes the name. */
function lamIdafa(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  const g = toks[j + 1];
  if (t === undefined || g === undefined || !joined(g) || !isDefinite(g.key) || TEMPORAL_KEYS.has(g.key) || isStop(g)) return false;
  return t.forms.some((f) => f.letters > 0 && t.key.startsWith('ل') && !t.key.startsWith('لل') && (TITLE_KEYS.has(f.form) || ORG_CUE_KEYS.has(f.form)));
}

/**
 * `لحقوق الإنسان`، `لتنمية السياحة`: ل + an indefinite noun (no title, cue or portfolio) and its definite
 * genitive, at `j`; the number of words it takes, 0 if none. An indefinite noun is in construct, so the
 * remit runs on to the genitive that closes it: a second construct noun (`لسكك حديد مصر`) or a و-noun
 * sharing the genitive (`لإدارة وتشغيل الموانئ`), then a definite word or a known place.
 */
function lamRemit(toks: readonly Tok[], j: number): number {
  const t = toks[j];
  if (t === undefined || !joined(t) || !/^ل[^ل]/.test(t.key) || TITLE_PORTFOLIO_KEYS.has(t.key) || t.key.length < 4) return 0;
  const noun = t.key.slice(1);
  const g = toks[j + 1];
  // (A cue word after ل names another body, `لوزارة الصحة`, unless a و-noun shares its genitive: `لإدارة وتشغيل`.)
  const sharedGenitive = g !== undefined && g.key.startsWith('و') && constructNoun(g);
  if (isDefinite(noun) || isStop(t) || TITLE_KEYS.has(noun) || (ORG_CUE_KEYS.has(noun) && !sharedGenitive)) return 0;
  if (closesRemit(toks, j + 1, false)) return 2;
  if (g === undefined || !joined(g) || !constructNoun(g) || !closesRemit(toks, j + 2, true)) return 0;
  return 3;
}

/** A definite genitive at `j` (not a time word or a stopword), or with `placeToo` a known place. */
function closesRemit(toks: readonly Tok[], j: number, placeToo: boolean): boolean {
  const g = toks[j];
  if (g === undefined || !joined(g) || TEMPORAL_KEYS.has(g.key) || isStop(g)) return false;
  if (isDefinite(g.key)) return true;
  const gz = placeToo ? matchGazetteer(toks, j) : null;
  return gz !== null && gz.type === 'place' && gz.length === 1;
}

/** `حديد`، `وتشغيل`: a plain indefinite word (or و + one) that can stand in construct inside a remit. */
const constructNoun = (t: Tok): boolean => {
  const k = t.key.startsWith('و') && t.key.length >= 5 ? t.key.slice(1) : t.key;
  return t.kind === 'word' && k.length >= 3 && !isDefinite(k) && !/^[فبلك]/.test(k) && !hasTanween(t) && !isStop(t) && !isNisba(k) && !TITLE_KEYS.has(k) && !ORG_CUE_KEYS.has(k) && !VERB_KEYS.has(k) && !SUBJECT_STOP_KEYS.has(k) && !TEMPORAL_KEYS.has(k);
};

/** `للتجارة`، `للإعلام`: a لل genitive that is neither a time word nor a minister's portfolio. */
const llGenitive = (t: Tok): boolean => t.key.startsWith('لل') && t.key.length >= 5 && !TEMPORAL_KEYS.has(`ا${t.key.slice(1)}`) && !TITLE_PORTFOLIO_KEYS.has(t.key);

/** `لحقوق الإنسان` after `السامية`: a remit (`lamRemit`) after an institutional adjective. */
function remitAfter(toks: readonly Tok[], j: number, adjective: string, ofCue: boolean): number {
  // (`الاتحاد الأردني لمنتجي الأدوية`: a nationality adjective of the cue itself also precedes a remit,
  // unless cue and adjective are a known body: in `بعثة الاتحاد الأوروبي لمراقبة الانتخابات` the remit is the mission's.)
  if (!INSTITUTIONAL_ADJECTIVES.has(adjective) && !INSTITUTION_ADJECTIVE_KEYS.has(adjective) && !REMIT_ADJECTIVE_KEYS.has(adjective) && !(ofCue && isPlaceAdjective(adjective))) return 0;
  return lamRemit(toks, j);
}

/**
 * `هيئة رأس الخيمة لتنمية السياحة`، `غرفة دبي للتجارة`: after a place that names the body, its remit
 * (`lamRemit`, or a لل genitive) belongs to the name. Returns the chain's new end.
 */
function remitAfterPlace(toks: readonly Tok[], from: number, to: number): number {
  const place = matchGazetteer(toks, from);
  if (place === null || place.type !== 'place' || from + place.length !== to) return to;
  const t = toks[to];
  if (t === undefined || !joined(t) || isStop(t) || TEMPORAL_KEYS.has(t.key)) return to;
  if (llGenitive(t)) return to + 1;
  return to + lamRemit(toks, to);
}

/**
 * The words from the cue at `i` to `j` are the cue's own adjectives (`الجامعة الملكية المغربية`), so a
 * nationality among them may precede the body's remit (`… لكرة القدم`). A listed body (`الاتحاد الأفريقي`)
 * counts only when no cue governs it as a genitive (`بعثة الاتحاد الأوروبي لمراقبة الانتخابات`: the mission's remit).
 */
function ownAdjectives(toks: readonly Tok[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (!adjectival((toks[k] as Tok).key)) return false;
  if (matchGazetteer(toks, i) === null) return true;
  const governor = toks[i - 1];
  return governor === undefined || !joined(toks[i] as Tok) || (lookup(governor, ORG_CUE_KEYS) === null && lookup(governor, TITLE_KEYS) === null && articleCue(governor) === null);
}

/**
 * `السامية`: further adjectives after which a body's remit (لـ + noun) may follow: the body's rank or reach
 * (`الجمعية الملكية لحماية الطبيعة`، `المديرية الجهوية للزراعة`، `التنسيقية المحلية لعائلات …`، `النقابة
 * الأساسية لعمال …`، `الجمعية التعاونية لصائدي …`). Only here: alone after a weak cue they name no body
 * (`الإدارة المحلية`).
 */
const REMIT_ADJECTIVE_KEYS = keySet([
  'السامي', 'السامية', 'الملكي', 'الملكية', 'الجهوي', 'الجهوية', 'المحلي', 'المحلية', 'الإقليمي', 'الإقليمية', 'الأساسي', 'الأساسية', 'التعاوني', 'التعاونية',
]);

/**
 * Adjectives of a body's function, not of its identity (اللجنة الفنية، المجلس التنفيذي، اللجنة
 * المشتركة): a definite cue with only these (and a لل-genitive naming no known body) is a generic
 * body of the story, not a named organization (`المجلس التنفيذي للصندوق`; but `اللجنة التنفيذية
 * لمنظمة التحرير` names one).
 */
const FUNCTIONAL_ADJECTIVE_KEYS = keySet([
  'الفني', 'الفنية', 'التنفيذي', 'التنفيذية', 'الفرعي', 'الفرعية', 'المختص', 'المختصة', 'المعني', 'المعنية', 'الوزاري', 'الوزارية',
  'الاستشاري', 'الاستشارية', 'التحضيري', 'التحضيرية', 'التوجيهي', 'التوجيهية', 'المشترك', 'المشتركة', 'الخاص', 'الخاصة', 'المؤقت', 'المؤقتة',
]);

function functionalOnly(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k] as Tok;
    if (FUNCTIONAL_ADJECTIVE_KEYS.has(t.key)) continue;
    if (t.key.startsWith('لل') && matchGazetteer(toks, k) === null) continue;
    return false;
  }
  return true;
}

/**
 * `القوات البحرية`، `الحكومة المحلية`، `المجلس المحلي`: a definite cue and one adjective of its branch or
 * level of government, with no name or seat after them, is a description, not a named organization; so is
 * an indefinite cue and the role of the people it gathers (`هيئة التدريس`، `لجنة التحكيم`).
 * (A country's forces, `القوات الإيرانية`, are left as found: the development gold marks them once and
 * leaves them unmarked elsewhere.)
 */
const GENERIC_LEVEL_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [key('القوات'), keySet(['البحرية', 'الجوية', 'البرية', 'الأمنية', 'العمومية', 'المسلحة', 'العسكرية'])],
  [key('الحكومة'), keySet(['المحلية', 'الاتحادية', 'الفيدرالية', 'الفدرالية', 'المركزية'])],
  [key('المجلس'), keySet(['المحلي'])],
  // a body of people by their role, in any school, court or newspaper (أعضاء هيئة التدريس، هيئة المحلفين)
  [key('هيئة'), keySet(['التدريس', 'المحلفين', 'التحرير'])],
  [key('لجنة'), keySet(['التحكيم'])],
  // the branches and kinds of power of any state (`السلطة التشريعية`، `السلطة القضائية`، the press as `السلطة الرابعة`)
  [key('السلطة'), keySet(['التشريعية', 'التنفيذية', 'القضائية', 'الرابعة', 'الدينية', 'الروحية', 'الكهنوتية', 'المطلقة', 'الأبوية', 'السياسية', 'المدنية', 'الشرعية', 'الفعلية', 'الحاكمة'])],
  // the blocs of states of the Cold War (`الكتلة الشرقية`، `الكتلة الاشتراكية`)
  [key('الكتلة'), keySet(['الشرقية', 'الغربية', 'الاشتراكية', 'الشيوعية', 'الرأسمالية'])],
]);

function genericBody(cue: string, toks: readonly Tok[], from: number, to: number): boolean {
  const levels = GENERIC_LEVEL_KEYS.get(cue);
  const adjective = toks[from];
  if (levels === undefined || to !== from + 1 || adjective === undefined) return false;
  return levels.has(adjective.key);
}

/** `للشؤون`: the portfolio of a title (الأمين العام المساعد لـ ORG للشؤون ...), never part of the organization. */
const TITLE_PORTFOLIO_KEYS = keySet(['للشؤون', 'لشؤون']);

/**
 * Cue words that are also everyday nouns (حركة السير، التيار الكهربائي، قناة تصريف، غرفة العمليات،
 * برنامج المهرجان، تنظيم المرور، مركز الزلزال): they start an organization only with a name-like complement.
 */
const WEAK_CUE_KEYS = keySet(['حركة', 'تيار', 'قناة', 'غرفة', 'برنامج', 'تنظيم', 'مركز', 'إدارة', 'دائرة', 'دار', 'مرصد', 'مجموعة']);

/** Adjectives that name an institution's reach (الغرفة الوطنية، التيار الإسلامي), unlike التيار الكهربائي. */
const INSTITUTIONAL_ADJECTIVES = keySet([
  'الوطني', 'الوطنية', 'الدولي', 'الدولية', 'العالمي', 'العالمية', 'الاتحادي', 'الاتحادية', 'المركزي', 'المركزية',
  'العربي', 'العربية', 'الإسلامي', 'الإسلامية', 'الشعبي', 'الشعبية', 'الديمقراطي', 'الديمقراطية', 'الأهلي', 'الأهلية',
  // (Egypt and Sudan: `الهيئة القومية لسكك حديد مصر`، `المجلس القومي للمرأة`.)
  'القومي', 'القومية',
]);

/** Adjectives of institutions that are not nisba forms (الهيئة العامة، المحكمة العليا، الهيئة المستقلة): they continue a name like one. */
const INSTITUTION_ADJECTIVE_KEYS = keySet([
  'العام', 'العامة', 'العليا', 'الأعلى', 'الكبرى', 'المستقل', 'المستقلة', 'الموحد', 'الموحدة', 'المشترك', 'المشتركة', 'الدائم', 'الدائمة', 'المؤقت', 'المؤقتة',
  'القابضة', 'المتحدة', 'الخاص', 'الخاصة',
  // "free" (`الاتحاد العام الطلابي الحر`، `المنطقة الحرة`)
  'الحر', 'الحرة',
]);
/**
 * Facilities named in construct (`مستشفى الزهراوي`، `مصنع سكر نجع حمادي`). With the article and
 * adjectives only they are a description (`المستشفى الحكومي`، `المدرسة الابتدائية`), unless a place
 * or a place adjective pins one down (`المتحف الوطني العراقي`، `المستشفى الإقليمي بخنيفرة`).
 */
const FACILITY_CUE_KEYS = keySet(['مستشفى', 'مصنع', 'مدرسة', 'متحف']);

function placeNamed(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const gz = matchGazetteer(toks, k);
    if (gz !== null && gz.type === 'place') return true;
    if ((toks[k] as Tok).forms.some((f) => f.letters <= 1 && isPlaceAdjective(f.form))) return true;
  }
  return false;
}

/** `دائرة الآثار العامة`، `الإدارة العامة للجمارك`: "general" and "supreme" name a weak cue's body (not المشتركة: غرفة العمليات المشتركة). */
const GENERAL_ADJECTIVE_KEYS = keySet(['العام', 'العامة', 'العليا', 'الأعلى']);
/** After an organization's name an abstract noun (ABSTRACT_NOUN_KEYS) is the verb's object (`تحمل الوزارة المسؤولية`), never its adjective. */
const adjectival = (k: string): boolean => (isNisba(k) && !ABSTRACT_NOUN_KEYS.has(k)) || INSTITUTION_ADJECTIVE_KEYS.has(k) || COLOR_KEYS.has(k) || pluralNationality(k);

/** Colours, adjectives of the pattern أفعل/فعلاء that names of bodies carry (`شركة الوادي الأخضر للمقاولات`، `الريف الأحمر`). */
const COLOR_KEYS = keySet(['الأخضر', 'الأحمر', 'الأبيض', 'الأسود', 'الأزرق', 'الأصفر', 'الخضراء', 'الحمراء', 'البيضاء', 'السوداء', 'الزرقاء', 'الصفراء']);

/** `التونسيين`، `المغربيون`: a plural nationality adjective (`النقابة الوطنية للصحفيين التونسيين`). */
const pluralNationality = (k: string): boolean => /^ال.{3,}ي(ين|ون)$/.test(k) && isPlaceAdjective(k.slice(0, -2));

/** `نفسها`، `ذاتهم`: a reflexive pronoun (`أعادت الشركة تنظيم نفسها`), never a body's name. */
const REFLEXIVE = /^(نفس|ذات|انفس)(ه|ها|هم|هما|هن)$/;

/** The verbal-noun pattern تفعيل (تصريف، تنظيم، تطوير): a common noun, never a proper name. */
const isVerbalNoun = (k: string): boolean => k.length === 5 && k.startsWith('ت') && k.charAt(3) === 'ي';

/**
 * `شركة تويوتا والتي أصبحت`، `معهد بحوث الطاقة والباحث الرئيس`: و + a relative pronoun, a stopword, a time
 * word or a title opens the next clause or a person, never the name's next field.
 */
function clauseAfterWaw(t: Tok): boolean {
  if (!t.key.startsWith('و')) return false;
  return t.forms.some((f) => f.letters === 1 && (isStopword(f.form) || TEMPORAL_KEYS.has(f.form) || TITLE_KEYS.has(f.form)));
}

/** `شركة كبرى`، `شركة ناشئة`: indefinite adjectives an unnamed body takes (key form; one in ي/ية, `ثانية`, is an `indefiniteAdjective`). */
const PLAIN_ADJECTIVE_KEYS = keySet(['كبرى', 'صغرى', 'عظمى', 'أخرى', 'كبيرة', 'صغيرة', 'ضخمة', 'عملاقة', 'جديدة', 'ناشئة', 'رائدة', 'واحدة']);

const SET_CUE = key('مجموعة');

/**
 * `مجموعة حفلات`، `مجموعة ملحنين`، `مجموعة تحت عنوان`: after مجموعة ("a set of") an indefinite sound plural is
 * what the set holds, and a preposition no name; after any cue a plain adjective (`شركة كبرى`) names no one.
 */
function commonAfterCue(cue: string, t: Tok): boolean {
  if (PLAIN_ADJECTIVE_KEYS.has(t.key)) return true;
  if (cue !== SET_CUE) return false;
  return LOCATIVE_KEYS.has(t.key) || (t.key.length >= 5 && /(ات|ين|ون)$/.test(t.key));
}

/** `و` + a cue word (ومنظمة، والمنظمة): the start of another organization. */
function newCueAfterWaw(t: Tok): boolean {
  if (!t.key.startsWith('و')) return false;
  const c = lookup(t, ORG_CUE_KEYS) ?? articleCue(t);
  return c !== null && c.start > t.start;
}

/**
 * What makes a weak cue's complement a name: a gazetteer place or organization, a plain (indefinite,
 * proclitic-free) word that is no adjective or verbal noun (حركة أمل), or an adjective right after
 * the cue and another definite adjective (التيار الوطني الحر). A single definite noun (حركة السير)
 * or an adjective and a prepositional phrase (البرنامج الثقافي للمعرض) is not.
 */
function namedComplement(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const gz = matchGazetteer(toks, k);
    if (gz !== null && gz.type !== 'person') return true;
    const t = toks[k] as Tok;
    if (t.forms.some((f) => f.letters <= 1 && (INSTITUTIONAL_ADJECTIVES.has(f.form) || GENERAL_ADJECTIVE_KEYS.has(f.form) || isPlaceAdjective(f.form)))) return true;
    if (t.kind === 'word' && !isDefinite(t.key) && !/^[وفبلك]/.test(t.key) && !/(يه|ي|ه)$/.test(t.key) && !isVerbalNoun(t.key) && !REFLEXIVE.test(t.key)) return true;
  }
  const first = toks[from];
  const second = toks[from + 1];
  const form = first?.forms.find((f) => f.letters <= 1 && isDefinite(f.form))?.form;
  return to - from >= 2 && form !== undefined && isNisba(form) && second !== undefined && isDefinite(second.key);
}

/**
 * `شركة تشغّل حافلات`، `جمعية تطالب بحقوق`: right after an indefinite cue, a word shaped like a present
 * verb (ي/ت and three letters more) followed by an indefinite word is the verb of a relative clause,
 * not the name (`هيئة تنظيم النقل` has its definite genitive, `غرفة تجارة وصناعة X` a coordinated one,
 * `وكالة تونس` is a known name).
 */
function verbAfterCue(toks: readonly Tok[], j: number): boolean {
  const t = toks[j] as Tok;
  const next = toks[j + 1];
  if (!/^[يت]...+$/.test(t.key) || isDefinite(t.key) || matchGazetteer(toks, j) !== null) return false;
  return next !== undefined && joined(next) && next.kind === 'word' && !isDefinite(next.key) && !/^(لل|بال|و)/.test(next.key) && matchGazetteer(toks, j + 1) === null;
}

/**
 * Cue words that are also words of the body, of medicine and of machines, with the complements that make them
 * so: جهاز "system, device" (`الجهاز العصبي`، `جهاز المناعة`، `جهاز الكمبيوتر`، `جهاز قياس`), بنك "bank" of
 * blood or tissue (`بنك الدم`), هيئة "shape" (`هيئة الجسم`), وحدات "units" of care or measure (`وحدات العناية`،
 * `وحدات القياس`). After them no body is named.
 */
const COMMON_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [key('جهاز'), keySet([
    'المناعة', 'العصبي', 'الهضمي', 'التنفسي', 'المناعي', 'الدوري', 'البولي', 'التناسلي', 'العضلي', 'الهيكلي', 'اللمفاوي', 'الليمفاوي', 'الإخراجي',
    'الحركي', 'الغددي', 'الكمبيوتر', 'الكومبيوتر', 'الحاسوب', 'الحاسب', 'التلفاز', 'التلفزيون', 'الهاتف', 'الجوال', 'المحمول', 'التكييف',
    'التحكم', 'القياس', 'الراديو', 'كمبيوتر', 'كومبيوتر', 'حاسوب', 'حاسب', 'تلفاز', 'تلفزيون', 'هاتف', 'تكييف', 'تحكم', 'قياس', 'تنفس',
    'إنذار', 'تسجيل', 'عرض', 'استقبال', 'إرسال', 'تشغيل', 'رصد', 'كشف', 'تصوير', 'أشعة', 'مراقبة', 'تعقب', 'تتبع', 'لوحي', 'ذكي',
  ])],
  [key('بنك'), keySet(['الدم', 'الحليب', 'الأعضاء', 'الأنسجة', 'الخلايا', 'النطاف', 'الجينات', 'العيون', 'القرنية', 'البذور'])],
  [key('هيئة'), keySet(['الجسم', 'الجسد', 'الإنسان', 'الشخص'])],
  [key('وحدات'), keySet(['العناية', 'القياس', 'الدم', 'الإنتاج', 'السكنية'])],
  // بعثة "the sending" of a prophet (`ذكرى بعثة النبي`)
  [key('بعثة'), keySet(['النبي', 'الرسول', 'المسيح', 'الأنبياء', 'الرسل'])],
  // حركة "motion, activity" of trade, traffic, tourism or a body in space (`الحركة السياحية`، `الحركة الظاهرية للشمس`)
  [key('حركة'), keySet([
    'السياحية', 'التجارية', 'الملاحية', 'المرورية', 'الاقتصادية', 'العمرانية', 'الشرائية', 'الاستثمارية', 'المالية', 'الإنتاجية', 'الظاهرية',
    'الدورانية', 'الانتقالية', 'الدائرية', 'المدارية', 'الاهتزازية', 'الموجية', 'الحرارية', 'الميكانيكية', 'النسبية', 'الدموية', 'الجوية',
    'السير', 'المرور', 'الملاحة', 'الطيران', 'التجارة', 'السياحة', 'الرياح', 'الكواكب', 'الأرض', 'الشمس', 'القمر', 'الأسواق', 'البيع', 'الشراء',
  ])],
  // كتلة "mass" of a body of matter or a heavenly body (`كتلة الجسم`، `كتلة القمر`)
  [key('كتلة'), keySet([
    'الجسم', 'الجسد', 'القمر', 'الشمس', 'الأرض', 'الكوكب', 'الكواكب', 'النجم', 'النجوم', 'المجرة', 'النيزك', 'النيازك', 'الكويكب', 'الذرة',
    'النواة', 'الإلكترون', 'البروتون', 'النيوترون', 'الجسيم', 'الجسيمات', 'الهواء', 'الماء', 'الجليد', 'الصخرة', 'الصخور', 'العضلات', 'الدهون',
  ])],
]);

/** `على هيئة قطرات`، `بهيئة إنسان`: هيئة after على or written with ب is "in the form of", no body. */
function inTheFormOf(toks: readonly Tok[], i: number, cue: string): boolean {
  if (cue !== FORM_CUE) return false;
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  return /^ب/.test(t.key) || (before !== undefined && joined(t) && (before.key === 'على' || before.key === 'علي'));
}
const FORM_CUE = key('هيئة');

/**
 * The word after the cue at `i` makes it a word of the body, medicine or machines (`COMMON_COMPLEMENTS`), and no
 * institution's adjective or place follows to name one (`بنك الدم المركزي`، `بنك الدم بالرياض` are bodies).
 */
function commonComplement(toks: readonly Tok[], i: number, cue: string): boolean {
  if (inTheFormOf(toks, i, cue)) return true;
  const set = COMMON_COMPLEMENTS.get(cue.replace(/^ال(?=..)/, ''));
  const next = toks[i + 1];
  if (set === undefined || next === undefined || !joined(next) || !set.has(next.key)) return false;
  const after = toks[i + 2];
  if (after === undefined || !joined(after)) return true;
  const named = INSTITUTIONAL_ADJECTIVES.has(after.key) || GENERAL_ADJECTIVE_KEYS.has(after.key) || isPlaceAdjective(after.key) || matchGazetteer(toks, i + 2)?.type === 'place';
  return !named;
}

export function orgChain(toks: readonly Tok[], i: number): OrgChain | null {
  const cueTok = toks[i];
  if (cueTok === undefined) return null;
  const cue = lookup(cueTok, ORG_CUE_KEYS) ?? articleCue(cueTok);
  if (cue === null || commonComplement(toks, i, cue.form)) return null;
  /** A definite cue (الجيش، المجلس) takes an adjective, never a genitive noun: المجلس القانون is a verb's object. */
  const definiteCue = isDefinite(cue.form);
  let j = i + 1;
  let accepted = 0;
  let genitiveTaken = false;
  while (j < toks.length && j - i <= 6) {
    const t = toks[j] as Tok;
    if (!joined(t)) break;
    // `منظمة الصحة العالمية ومنظمة ...`: و + a new cue starts a second organization.
    if (newCueAfterWaw(t)) break;
    // `جامعة الدول العربية للشؤون الاقتصادية`: a portfolio after the name belongs to the title before it.
    if (TITLE_PORTFOLIO_KEYS.has(t.key)) break;
    if (clauseAfterWaw(t)) break;
    if (j === i + 1 && verbAfterCue(toks, j)) break;
    const gz = matchGazetteer(toks, j);
    if (gz !== null && gz.type !== 'person') {
      j += gz.length;
      accepted++;
      // `قوات الدعم السريع الفاتح قرشي`: a listed name is complete; a definite word after it is its adjective
      // or no part of it (the person a title names next), never another genitive.
      const next = toks[j];
      if (next !== undefined && joined(next) && isDefinite(next.key) && !next.key.startsWith('لل') && !adjectival(next.key) && !/^[وف]/.test(next.key) && matchGazetteer(toks, j) === null) break;
      // `لشرطة دبي والتطور الكبير`: after a known place, و + a definite noun no list knows is the next noun of the sentence.
      if (gz.type === 'place' && next !== undefined && next.key.startsWith('و') && isDefinite(next.key.slice(1)) && !adjectival(next.key.slice(1)) && matchGazetteer(toks, j) === null) break;
      continue;
    }
    // `جامعة السلطان قابوس`، `مستشفى الملك فيصل`: a royal title and the name it carries complete the cue.
    if (j === i + 1 && !definiteCue) {
      const named = nameHeadAfterTitle(toks, j);
      if (named !== null) {
        j = named;
        accepted++;
        break;
      }
    }
    // `الجامعة العامة للمناجم الهادي الورغمي`: a given name written with the article starts the person after the name.
    // `الاتحاد العام`، `مديرية الأمن العام`، `مستشفى X العام`: right after the cue or after a word of the name,
    // العام is the adjective "general", "public", unless a word of time follows it and makes it "the year"
    // (`الشركة العام الماضي`، `العام الدراسي`، `العام 2025`).
    const general = t.key === 'العام' && (j === i + 1 || accepted > 0) && !yearGoesOn(toks[j + 1]);
    if (accepted > 0 && workersIn(toks, j)) {
      j += 2;
      continue;
    }
    if ((TEMPORAL_KEYS.has(t.key) && !general) || isStop(t) || SUBJECT_STOP_KEYS.has(t.key) || TITLE_KEYS.has(t.key) || VERB_KEYS.has(t.key) || DEFINITE_GIVEN_KEYS.has(t.key)) break;
    // `مصنع للسيارات`، `شركة للنفط`: an indefinite cue and a لل-genitive right after it are "a factory for", no name.
    if (j === i + 1 && !definiteCue && t.key.startsWith('لل')) break;
    const form = t.forms.find((f) => f.letters <= 1 && isDefinite(f.form))?.form;
    if (form !== undefined && definiteCue && accepted === 0 && cue.form.endsWith('ه') && isNisba(form) && !form.endsWith('يه')) break;
    if (form !== undefined && (!definiteCue || adjectival(form) || accepted > 0)) {
      // (`وزارة الصحة بالمنطقة`: an adjective takes no preposition, so ب + a noun shaped like a participle is where the body sits.)
      if (genitiveTaken && !adjectival(form) && !t.key.startsWith('لل') && !/^[وف]/.test(t.key) && (/^[بك]/.test(t.key) || !participleAdjective(toks[j - 1] as Tok, form))) break;
      j++;
      accepted++;
      // (A لل-word is a genitive whatever its ending: `للقوى` is no nisba.)
      if (!adjectival(form) || t.key.startsWith('لل')) {
        genitiveTaken = true;
        continue;
      }
      const next = toks[j];
      if (next === undefined || !joined(next)) break;
      if (adjectival(next.key) || (next.key.startsWith('و') && isNisba(next.key.slice(1)))) continue;
      // `وزارة التعليم العالي والبحث العلمي`، `وزارة التغير المناخي والبيئة`: after its adjective, a
      // ministry's next field (و + a definite noun that is neither a cue nor a known name) continues it;
      // so it does after a first field shaped like a nisba (`وزارة التربية والتعليم`، `وزارة المالية والاقتصاد`).
      if (!definiteCue && (genitiveTaken || j === i + 2) && /^و/.test(next.key) && isDefinite(next.key.slice(1)) && !newCueAfterWaw(next) && matchGazetteer(toks, j) === null) continue;
      if (PROPER_NAME_CUE_KEYS.has(cue.form) && properNameEnd(toks, j)) {
        j++;
        break;
      }
      if (llGenitive(next)) continue;
      // `المفوضية السامية لحقوق الإنسان`، `الهيئة الوطنية لمكافحة الفساد`: after an institution's
      // adjective, ل + an indefinite noun and its definite genitive state the body's remit.
      // (Not after an العام further on, `مستشفى X العام لتلقي العلاج`: a remit follows the cue's own adjective.)
      const remit = form === 'العام' && j > i + 2 ? 0 : remitAfter(toks, j, form, ownAdjectives(toks, i, j));
      if (remit > 0) {
        j += remit;
        continue;
      }
      if (lamIdafa(toks, j)) {
        j += 2;
        break;
      }
      break;
    }
    // `وزارة التجارة وتنمية الصادرات`: a coordinated indefinite noun with its own definite genitive.
    const after = toks[j + 1];
    if (genitiveTaken && /^و/.test(t.key) && !isDefinite(t.key.slice(1)) && t.key.length >= 4 && after !== undefined && joined(after) && isDefinite(after.key) && !isStop(after)) {
      j += 2;
      continue;
    }
    // `حماية`، `رعاية`، `تنمية`: verbal nouns of the patterns فعالة and تفعلة end like a feminine nisba but head an idafa.
    const verbalNounInYa = t.key.endsWith('ايه') || (t.key.length === 5 && t.key.startsWith('ت') && t.key.endsWith('يه'));
    const indefiniteAdjective = /(يه|ي)$/.test(t.key) && t.key.length >= 5 && !verbalNounInYa;
    const next = toks[j + 1];
    // `غرفة تجارة وصناعة عمان`: the genitive noun coordinated with another before the name.
    const coordinated = next !== undefined && joined(next) && /^و/.test(next.key) && next.key.length >= 4 && !isDefinite(next.key.slice(1)) && !newCueAfterWaw(next);
    const named = coordinated ? j + 2 : j + 1;
    const following = toks[named];
    const idafa = !definiteCue && t.kind === 'word' && t.key.length >= 3 && following !== undefined && joined(following) && (isDefinite(following.key) || matchGazetteer(toks, named) !== null);
    // `شركة لتنظيم الرحلات`، `منظمة لطرد المزارعين`: ل + a noun and its definite genitive state a purpose, not a name.
    // (`شركة لتسويق معالجات`: ل + a verbal noun of the pattern تفعيل states one whatever follows.)
    const purpose = /^ل[^ل]/.test(t.key) && ((next !== undefined && joined(next) && isDefinite(next.key) && !isNisba(next.key)) || isVerbalNoun(t.key.slice(1)));
    if (j === i + 1 && idafa && !indefiniteAdjective && !isStop(t) && !purpose) {
      j = named;
      accepted++;
      continue;
    }
    // `معهد ثربانتس في عمان`، `جامعة هارفارد،`: after any indefinite cue, one transliterated word closed by a
    // boundary is the body's name (a foreign word is no common noun in construct). Not one in يا, which may be
    // an adjective in the accusative typed without its tanween (`مستشفى ميدانيا`).
    if (j === i + 1 && !definiteCue && foreignShaped(t) && !t.key.endsWith('يا') && gz === null && (next === undefined || !joined(next) || isStop(next))) {
      j++;
      accepted++;
      break;
    }
    if (j === i + 1 && PROPER_NAME_CUE_KEYS.has(cue.form) && t.kind === 'word' && t.key.length >= 3 && !indefiniteAdjective && !isVerbalNoun(t.key) && !purpose && !commonAfterCue(cue.form, t)) {
      j++;
      accepted++;
      continue;
    }
    break;
  }
  if (accepted === 0) return null;
  j = remitAfterPlace(toks, i + 1, j);
  if (WEAK_CUE_KEYS.has(cue.form.replace(/^ال/, '')) && !namedComplement(toks, i + 1, j)) return null;
  if (definiteCue && functionalOnly(toks, i + 1, j)) return null;
  const to = seatAfter(toks, j);
  if (to === j && genericBody(cue.form, toks, i + 1, j)) return null;
  if (definiteCue && FACILITY_CUE_KEYS.has(cue.form.slice(2)) && !placeNamed(toks, i + 1, j)) return null;
  return { from: i, to, start: cue.start };
}

/**
 * `المحكمة الابتدائية بوجدة`، `المجلس البلدي لتلمسان`، `مديرية الحماية المدنية لولاية جيجل`، `الإدارة العامة
 * للتعليم بمنطقة تبوك`: ب or ل written on a known place, or on a place cue (محافظة، ولاية، منطقة …) and the
 * place it names, is the body's seat, part of its name (a genitive with ل; with ب the seat of a court, a
 * directorate, a cooperative). Returns the new end (`to` when no seat follows). Not في + a place, most often
 * where the verb's act happens (`بعثة الصليب الأحمر في اليمن`): measured, it lost 38 right entities.
 */
function seatAfter(toks: readonly Tok[], to: number): number {
  const t = toks[to];
  if (t === undefined || !joined(t)) return to;
  const gz = matchGazetteer(toks, to);
  const known = gz !== null && gz.type === 'place' ? gz : null;
  // `المجلس البلدي سبها`: a municipal or local body's town, named right after its adjective.
  if (known !== null && known.start === t.start && TOWN_BODY_ADJECTIVE_KEYS.has((toks[to - 1] as Tok).key)) return to + known.length;
  // `الإدارة العامة للتعليم بالمنطقة الشرقية`: ب + a place cue with the article and its adjective (a region's name).
  const adjective = toks[to + 1];
  if (/^بال/.test(t.key) && t.forms.some((f) => f.letters === 1 && PLACE_CUE_FORMS.has(f.form.slice(2))) && adjective !== undefined && joined(adjective) && (isPlaceAdjective(adjective.key) || DIRECTION_ADJECTIVE.test(adjective.key))) return to + 2;
  if (!/^[بل][^ل]/.test(t.key)) return to;
  if (known !== null && known.start > t.start) return to + known.length;
  const place = toks[to + 1];
  if (!t.forms.some((f) => f.letters === 1 && PLACE_CUE_FORMS.has(f.form)) || place === undefined || !joined(place) || place.kind !== 'word' || isStop(place)) return to;
  const named = matchGazetteer(toks, to + 1);
  return to + 1 + (named !== null && named.type === 'place' ? named.length : 1);
}
