/**
 * Places named by a cue word: a settlement or administrative noun in construct, without the
 * article, followed by the place's name (بلدة أدري، محافظة الجهراء، مخيم فرشانة، إقليم اشتوكة آيت
 * باها); a dual cue names two (بلدتي ذيبان والشحيل، منطقتي الصليبية وتيماء). Most places in the
 * news are in no list, and this is how a text says that a word is one.
 */
import { isPlaceAdjective, matchGazetteer } from './gazetteer.js';
import { isStop, LOCATIVE_KEYS, NUMBER_WORD_KEYS, ORG_CUE_KEYS, SUBJECT_STOP_KEYS, TEMPORAL_KEYS, TITLE_KEYS, VERB_KEYS } from './lexicon.js';
import { isStopword } from '../text/index.js';
import { hasTanween, isDefinite, isNisba, joined, keySet, lookup, startAfter, tailCode, type Tok } from './tokens.js';
import { SETTLED_TOWNS } from './data/towns.js';
import { foreignShaped } from './foreign-word.js';

/**
 * Feminine cues: an indefinite word after them ending in ة agrees with them (مدينة كبيرة، منطقة
 * عازلة) and names nothing. مقاطعة (also "boycott"), قضاء ("judiciary"), جهة ("side") are left out.
 */
const FEMININE_CUE_KEYS = keySet(['محافظة', 'ولاية', 'منطقة', 'بلدة', 'قرية', 'مدينة', 'ضاحية', 'ناحية',
  // natural features (جزيرة قرقنة، واحة سيوة، بحيرة ناصر، هضبة الجولان)
  'جزيرة', 'واحة', 'بحيرة', 'هضبة', 'جبال',
  // deserts, island groups and falls: a plural of things takes a feminine adjective (صحراء غوبي، جزر الأزور، شلالات نياغرا)
  'صحراء', 'جزر', 'شلالات',
  // lands named after a people or a region (بلاد الروم، بلاد النوبة، بلاد الحرمين); grottoes (مغارة جعيتا)
  'بلاد', 'مغارة']);
/**
 * Masculine cues: an indefinite word after them ending in ي agrees with them (مخيم رئيسي، حي شعبي،
 * جبل جليدي). سهل (also "easy") is left out.
 */
const MASCULINE_CUE_KEYS = keySet(['إقليم', 'مخيم', 'حي', 'جبل', 'نهر', 'خليج',
  // valleys, temples and race or public squares (وادي العقيق، معبد باخوس، ميدان الوثبة)
  'وادي', 'معبد', 'ميدان',
  // airports and ports, named after their town or a person (مطار هيثرو، ميناء جبل علي)
  'مطار', 'ميناء',
  // seas, straits, volcanoes and caves (بحر مرمرة، مضيق ماجلان، بركان فيزوف، كهف لاسكو)
  'بحر', 'مضيق', 'بركان', 'كهف']);
/**
 * Cues that are part of the name they introduce (`جبل نيبو`، `خليج سرت`): a feature of the land named in full
 * with its head, while an administrative or settlement cue stays outside the name (`محافظة [الفروانية]`،
 * `مدينة [فاس]`). (The gold passages write وادي، نهر، معبد and سلطنة inside the name too, but older probes
 * pin them outside: `وادي [الحلو]`، `نهر [الليطاني]`، `سلطنة [عمان]` read as عُمان.)
 */
const NAME_PART_CUE_KEYS = keySet(['جبل', 'خليج', 'بحر', 'مضيق', 'بركان', 'بلاد']);
const DUAL_CUE_KEYS = keySet(['محافظتي', 'ولايتي', 'منطقتي', 'بلدتي', 'قريتي', 'مدينتي', 'مخيمي', 'حيي']);

/** Nouns that follow a place word without naming a place (منطقة العمليات، مخيم اللاجئين، منطقة كوارث، منطقة حرة). */
const GENERIC_KEYS = keySet([
  'كوارث', 'نزاع', 'حرب', 'عمليات', 'صراع', 'قتال', 'اشتباكات', 'نفوذ', 'عمل', 'أعمال', 'تجارة', 'ألعاب', 'سكن', 'حدود', 'جذب', 'خطر',
  'صيد', 'تماس', 'تسوق', 'حرة', 'نائية', 'مغلقة', 'محظورة', 'أخرى', 'ثانية', 'واحدة',
  'العمليات', 'الحدود', 'النزاع', 'الصراع', 'الاشتباكات', 'المعارك', 'القتال', 'الحرب', 'الكارثة', 'الزلزال', 'الفيضانات', 'السيطرة',
  'النفوذ', 'الحظر', 'التجارة', 'الصناعة', 'الأعمال', 'الملاهي', 'الألعاب', 'المعارض', 'اللاجئين', 'النازحين', 'الصيادين', 'الطلاب',
  'العمال', 'الحجاج', 'السفارات', 'الجامعة', 'الميناء', 'المطار', 'الحادث', 'الانفجار', 'الحريق', 'الهجوم', 'الضربة', 'القصف', 'المشروع',
  // events a place word refers to (منطقة الحدث، منطقة الزلازل، موقع التفجير)
  'الحدث', 'الحوادث', 'الزلازل', 'الكوارث', 'الفيضان', 'الإعصار', 'العاصفة', 'التسونامي', 'الانهيار', 'الجريمة', 'التفجير', 'التفجيرات', 'الهجمات', 'الاعتداء',
  'المدينة', 'المنطقة', 'البلدة', 'القرية', 'المحافظة', 'الولاية', 'العاصمة', 'الإقليم', 'المخيم', 'الحي', 'الجنوب', 'الشمال', 'الشرق', 'الغرب', 'الوسط',
  // parts of the body an area is of (منطقة الفم، منطقة الصدر)
  // (not العين، الوجه، الرأس، الحوض: towns and regions are so called)
  'الفم', 'الصدر', 'البطن', 'الظهر', 'الرقبة', 'العنق', 'العينين', 'الأنف', 'الأذن', 'الجلد', 'الكتف',
  'الركبة', 'القدم', 'اليد', 'الجسم', 'الجسد', 'الدماغ', 'القلب', 'الكبد', 'المعدة', 'الحلق', 'اللسان', 'الفك', 'الأسنان', 'الساق', 'الذراع',
  // `في بحر أيام`، `في بحر الأسبوع`: بحر "within" a span of time; the meters of Arabic verse (بحر الطويل، بحر الكامل); an iceberg (جبل الجليد)
  'أيام', 'ساعات', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'أعوام', 'عقود', 'دقائق', 'الأيام', 'الساعات', 'الأسابيع', 'الأشهر', 'الشهور', 'السنوات',
  'الأعوام', 'العقود', 'الطويل', 'المديد', 'البسيط', 'الوافر', 'الكامل', 'الهزج', 'الرجز', 'السريع', 'المنسرح', 'الخفيف', 'المضارع', 'المقتضب',
  'المجتث', 'المتقارب', 'المتدارك', 'الجليد', 'جليد',
  // lands of no name (بلاد العالم، بلاد الغربة، بلاد المهجر)
  'العالم', 'الغربة', 'المهجر',
  // what a port or an airport serves (ميناء الصيد، ميناء الحاويات، مطار الشحن)
  'الصيد', 'الحاويات', 'البضائع', 'الشحن', 'الركاب',
]);

/** An elative أفعل in key form (`أعظم`، `أصغر`): agrees with any cue (`نهر أعظم`) and compares before من. */
const ELATIVE = /^ا[^اوي]{3}$/;

/**
 * Indefinite adjectives of size, height, depth and state that describe a natural feature (جبل شاهق، نهر عميق،
 * بركان خامد), and the defective participles written without their ي (جبل عال، نهر جار): no name. (كبير is a title
 * word, `كبير المفاوضين`: `nameWord` refuses it first.)
 */
const FEATURE_ADJECTIVE_KEYS = keySet([
  'شاهق', 'شامخ', 'شاسع', 'واسع', 'هائل', 'مرتفع', 'منخفض', 'عميق', 'ضحل', 'جاف', 'ضخم', 'صغير', 'طويل', 'قصير', 'عظيم', 'هادئ',
  'هائج', 'متلاطم', 'نشط', 'خامد', 'ثائر', 'نائم', 'جميل', 'ساحر', 'عريض', 'ضيق', 'بعيد', 'قريب', 'وعر', 'مهيب', 'عال', 'جار', 'دان', 'خال',
  'مظلم', 'معتم', 'مهجور', 'منعزل', 'مفتوح', 'مغلق', 'سحيق',
]);

/**
 * Heads of compound place names (أم العرايس، عين العرب، رأس الخيمة، سيدي بوزيد، آيت ملول، غور الصافي، ميت غمر): a
 * name starting with one takes the next word too; any other stays one word, so a person named
 * right after a place (إقليم كردستان بيشوا هوراماني) is not taken into it.
 */
const COMPOUND_HEAD_KEYS = keySet(['أم', 'أبو', 'عين', 'رأس', 'دير', 'بني', 'بيت', 'تل', 'سيدي', 'آيت', 'جسر', 'كفر', 'خان', 'مرسى', 'برج', 'سوق', 'حاسي', 'وادي', 'جبل', 'بئر', 'قصر', 'حمام',
  'غور', 'شرم', 'ميت', 'نجع', 'منية', 'قلعة', 'خميس', 'أولاد']);

/** A proclitic with the article (والمدينة، للحكومة): the word starts another phrase. */
export const PROCLITIC_ARTICLE = /^(?:وال|فال|بال|كال|لل)/;

/** A word (key `k`: the token's key, or a form with a conjunction peeled) that may be (part of) a place's name after a cue. */
function nameWord(t: Tok, k: string = t.key): boolean {
  if (t.kind !== 'word' || k.length < 2 || hasTanween(t) || (k === t.key && isStop(t))) return false;
  if (TEMPORAL_KEYS.has(k) || TITLE_KEYS.has(k) || VERB_KEYS.has(k) || ORG_CUE_KEYS.has(k) || SUBJECT_STOP_KEYS.has(k) || GENERIC_KEYS.has(k)) return false;
  if (FEMININE_CUE_KEYS.has(k) || MASCULINE_CUE_KEYS.has(k) || DUAL_CUE_KEYS.has(k)) return false;
  return !PROCLITIC_ARTICLE.test(k);
}

/** What closes a name for certain: punctuation, the end, a nationality or other nisba adjective (مدينة تيماء، / بلدة أدري التشادية). */
const closed = (after: Tok | undefined): boolean => after === undefined || !joined(after) || isNisba(after.key) || isPlaceAdjective(after.key);

/** "Another" (`من منطقة لأخرى`), with any proclitic: no name after a cue. */
const OTHER_KEYS = keySet(['أخرى', 'آخر', 'أخريات', 'آخرين']);

/**
 * The name after a cue, from token `j`: a gazetteer place (إقليم كردستان), a compound name after its
 * head (أم العرايس), else one word (الجهراء، أدري).
 */
function nameAfter(toks: readonly Tok[], j: number, feminine: boolean, peel: number): { from: number; to: number } | null {
  const first = toks[j];
  if (first === undefined || !joined(first)) return null;
  const form = first.forms.find((f) => f.letters === peel);
  if (form === undefined || !nameWord(first, form.form)) return null;
  // `من منطقة لأخرى`، `من مدينة إلى أخرى`: "another" one, no name.
  if (first.forms.some((f) => OTHER_KEYS.has(f.form))) return null;
  const k = form.form;
  if (isPlaceAdjective(k)) return null;
  if (!isDefinite(k)) {
    // An indefinite word agreeing with the cue is its adjective (منطقة عازلة، مخيم رئيسي); the
    // second name after a dual (قريتي الطيبة وعرابة) agrees with nothing.
    if (peel === 0 && (feminine ? k.endsWith('ه') : /(ي|يه)$/.test(k))) return null;
    // (`نهر أعظم`، `جبل أعلى`: an elative أفعل agrees with any cue; a listed place of that shape, `إربد`, is read below)
    if (FEATURE_ADJECTIVE_KEYS.has(k) || (peel === 0 && ELATIVE.test(k) && matchGazetteer(toks, j) === null)) return null;
    // `مدينة تقع على`: a present-tense verb, not a name, unless punctuation closes it at once.
    // (A transliteration is no verb: `شلالات نياغرا وجزر الأزور`، `بحيرة تيتيكاكا في`.)
    if (/^[تين]/.test(k) && !closed(toks[j + 1]) && !foreignShaped(first)) return null;
  }
  let to = j + 1;
  const gz = matchGazetteer(toks, j);
  if (gz !== null && gz.type === 'place') to = j + gz.length;
  else if (COMPOUND_HEAD_KEYS.has(k)) {
    const next = toks[j + 1];
    if (next !== undefined && joined(next) && nameWord(next) && !/^[وف]/.test(next.key) && !isPlaceAdjective(next.key)) to = j + 2;
  }
  return { from: j, to };
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** Key forms of the name's words (the first without its proclitics). */
  readonly words: readonly string[];
}

function mention(toks: readonly Tok[], run: { from: number; to: number }, letters: number): PlaceMention {
  const first = toks[run.from] as Tok;
  const head = first.forms.find((f) => f.letters === letters)?.form ?? first.key;
  return {
    start: startAfter(first, letters),
    end: (toks[run.to - 1] as Tok).end,
    words: [head, ...toks.slice(run.from + 1, run.to).map((t) => t.key)],
  };
}

/**
 * Country and town names that are also common words (مالي "financial", حائل "a barrier": data/towns.ts
 * `SETTLED_TOWNS`), left out of the gazetteer: a place only right after a preposition or a word that
 * settles a place (في مالي، دولة مالي، شمال مالي، في حائل), or joined by و to a place found.
 */
const SETTLED_PLACE_KEYS = keySet(['مالي', ...SETTLED_TOWNS]);
const SETTLING_KEYS = keySet(['في', 'من', 'إلى', 'عن', 'مع', 'بين', 'دولة', 'جمهورية', 'حدود', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** A settled place at token `i` (`في مالي`، `في حائل`), if any. */
function settledPlace(toks: readonly Tok[], i: number): PlaceMention | null {
  const t = toks[i] as Tok;
  const before = toks[i - 1];
  const form = t.forms.find((f) => SETTLED_PLACE_KEYS.has(f.form));
  if (form === undefined) return null;
  // `ومالي` after a place (`السنغال ومالي`) or the word itself after a settling word
  const settled = (form.letters === 1 && t.key.startsWith('و') && before !== undefined && matchGazetteer(toks, i - 1)?.type === 'place')
    || (form.letters === 0 && before !== undefined && joined(t) && SETTLING_KEYS.has(before.key));
  return settled ? { start: startAfter(t, form.letters), end: t.end, words: [form.form] } : null;
}

/** The place or places a cue at token `i` names, if any. */
export function placesAfterCue(toks: readonly Tok[], i: number): PlaceMention[] {
  const cue = toks[i] as Tok;
  const settled = settledPlace(toks, i);
  if (settled !== null) return [settled];
  const single = lookup(cue, FEMININE_CUE_KEYS) ?? lookup(cue, MASCULINE_CUE_KEYS);
  const dual = single === null ? lookup(cue, DUAL_CUE_KEYS) : null;
  const hit = single ?? dual;
  if (hit === null) return [];
  const feminine = FEMININE_CUE_KEYS.has(hit.form) || (dual !== null && !/^(مخيمي|حيي)$/.test(hit.form));
  const first = nameAfter(toks, i + 1, feminine, 0);
  if (first === null) return [];
  const letters = cue.forms.find((f) => f.form === hit.form)?.letters ?? 0;
  const out: PlaceMention[] = [NAME_PART_CUE_KEYS.has(hit.form) ? mention(toks, { from: i, to: first.to }, letters) : mention(toks, first, 0)];
  if (dual !== null) {
    const and = toks[first.to];
    if (and !== undefined && and.key.startsWith('و')) {
      const second = nameAfter(toks, first.to, feminine, 1);
      if (second !== null) out.push(mention(toks, second, 1));
    }
  }
  return out;
}

/** Every word a place cue may be written as (proclitics aside): where `entityStarts` sets `START.place`. */
export const PLACE_CUE_FORMS: ReadonlySet<string> = new Set([...FEMININE_CUE_KEYS, ...MASCULINE_CUE_KEYS, ...DUAL_CUE_KEYS, ...SETTLED_PLACE_KEYS]);

/** The first of `names` (its head already matched at token `i`) whose other words follow `i`, joined. */
const namesAt = (toks: readonly Tok[], i: number, names: readonly (readonly string[])[]): readonly string[] | undefined =>
  names.find((w) => w.every((k, n) => n === 0 || (toks[i + n] !== undefined && joined(toks[i + n] as Tok) && (toks[i + n] as Tok).key === k)));

/**
 * Other mentions, in the same text, of places a cue named (`بلدة أدري` … `في أدري`): the name
 * as a word of its own, with or without proclitics, never as part of a longer run of name words.
 */
export function placeRepeats(toks: readonly Tok[], places: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (places.length === 0) return out;
  const byHead = new Map<string, (readonly string[])[]>();
  for (const p of places) {
    const head = p.words[0] as string;
    const names = byHead.get(head);
    if (names === undefined) byHead.set(head, [p.words]);
    else if (!names.some((w) => w.join(' ') === p.words.join(' '))) names.push(p.words);
  }
  // Every form of a word ends as its key does (only proclitics are peeled): a word whose last two
  // letters end no head is passed over without a lookup per form.
  const ends = new Set<number>();
  let short = false;
  for (const head of byHead.keys()) {
    if (head.length < 2) short = true;
    else ends.add(tailCode(head));
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind !== 'word' || (!short && (t.key.length < 2 || !ends.has(tailCode(t.key))))) continue;
    for (const f of t.forms) {
      const names = byHead.get(f.form);
      if (names === undefined) continue;
      const words = namesAt(toks, i, names);
      if (words === undefined) continue;
      out.push({ start: startAfter(t, f.letters), end: (toks[i + words.length - 1] as Tok).end, words });
      break;
    }
  }
  return out;
}

/** Endings no place name has: a feminine sound plural (المحافظات), a plural verb (وصلوا) or a possessive pronoun (ضواحيها). */
const NOT_PLACE_END = /(ات|وا|ها|هم|هما)$/;
/** A definite sound plural (والمزارعين، والمواطنون); indefinite, ين ends many places (جنين، حصوين). */
const DEFINITE_PLURAL = /^ال.{2,}(ين|ون)$/;
/** A broken plural of the pattern مفاعل (المناطق، المداخل): a common noun, no place. */
const MAFAIL = /^م[^ا]ا[^ا][^ا]$/;

/** A word joined by و that cannot be a place: a stopword or adverb, with or without a pronoun (وحتى، وخارجه), a number word (وأربعة), a plural. */
function notPlaceWord(form: string): boolean {
  const bare = form.replace(/^ال/, '');
  const stem = form.replace(/(ه|ها|هم)$/, '');
  return NOT_PLACE_END.test(form) || DEFINITE_PLURAL.test(form) || MAFAIL.test(bare) || NUMBER_WORD_KEYS.has(form) || isStopword(form) || isStopword(stem) || LOCATIVE_KEYS.has(stem)
    || isPlaceAdjective(form) || isNisba(form) || ORG_CUE_KEYS.has(bare) || GENERIC_KEYS.has(bare) || FEMININE_CUE_KEYS.has(bare) || MASCULINE_CUE_KEYS.has(bare);
}

/** What may follow the last place of a coordination: punctuation, the end, a stopword, a time word, a nisba, a preposition with the article. */
const closesCoordination = (after: Tok | undefined): boolean =>
  closed(after) || (after !== undefined && (isStop(after) || SUBJECT_STOP_KEYS.has(after.key) || TEMPORAL_KEYS.has(after.key) || /^(بال|لل|كال)/.test(after.key)));

/**
 * `بين عرعر وطريف،`، `في الغيضة وحصوين`، `جامعات حلبجة ورانية وكرميان`: a word joined by و to a place,
 * one word that could be a name and closing the list (or going on with و), is a place too. `ends` are
 * the token indexes right after the places found so far; the chain goes on from each place it adds.
 */
export function coordinatedPlaces(toks: readonly Tok[], ends: readonly number[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const seen = new Set<number>(ends);
  const queue = [...ends];
  while (queue.length > 0) {
    const j = queue.pop() as number;
    const t = toks[j];
    if (t === undefined || !joined(t) || !t.key.startsWith('و')) continue;
    const form = t.forms.find((f) => f.letters === 1)?.form;
    // (A written ه at the end, not ة, is a pronoun referring back: `داخل السودان وخارجه`.)
    if (form === undefined || form.length < 3 || t.text.endsWith('ه') || !nameWord(t, form) || notPlaceWord(form)) continue;
    const gz = matchGazetteer(toks, j);
    if (gz !== null && gz.type !== 'place') continue;
    const to = gz === null ? j + 1 : j + gz.length;
    const after = toks[to];
    // `أكبر من الخليج وأصغر من المحيط`: an elative أفعل before من compares, it names nothing.
    if (gz === null && ELATIVE.test(form) && after !== undefined && joined(after) && after.key === 'من') continue;
    const chained = after !== undefined && joined(after) && after.key.startsWith('و');
    // (A word shaped like a present verb, `ويعيش في`، is a place only before punctuation: `وينبع،`.)
    if (gz === null && /^[يتن]/.test(form) ? !closed(after) : !closesCoordination(after) && !chained) continue;
    if (gz === null) out.push(mention(toks, { from: j, to }, 1));
    if (!seen.has(to)) {
      seen.add(to);
      queue.push(to);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
