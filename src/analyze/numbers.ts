/**
 * Counted quantities: a number in digits (1,2 مليون: decimal comma before a scale word) or in words
 * (ثلاثة عشر، سبعة وأربعين، خمسة آلاف) followed by the counted noun.
 */
import { EVENT_END_WORDS, EVENT_START_WORDS, FORECAST_WORDS, HUNDRED_WORDS, INCREMENT_WORDS, NEGATIONS, NONE_FILLERS, NONE_NOUNS, SINGULAR_PEOPLE, MEASURE_SKIP, MEASURE_UNITS, PEOPLE_UNITS, SCALE_WORDS, TEN_WORDS, TOLL_APPROXIMATIONS, TOLL_LABELS, TOLL_REACH_WORDS, TOLL_SUBJECTS, TOLL_UNITS, TOLL_WORDS, UNIT_ALIASES, UNIT_LABELS, UNIT_WORDS } from './data/numbers.js';
import { FACT, isDefinite, joined, keySet, spellingFact, tokenView, type Tok } from './tokens.js';
import { key, stem } from '../text/index.js';
import type { DateMention, QuantityMention } from './types.js';

const map = (rows: readonly (readonly [string, number])[]): ReadonlyMap<string, number> => new Map(rows.map(([w, n]) => [key(w) as string, n]));
const UNITS = map(UNIT_WORDS);
const TENS = map(TEN_WORDS);
const HUNDREDS = map(HUNDRED_WORDS);
const SCALES = map(SCALE_WORDS);
const ALIASES = new Map(UNIT_ALIASES.map(([w, u]) => [key(w) as string, key(u) as string]));
const ALIASED_UNITS = new Set(ALIASES.values());
const TEN_KEYS = new Set([key('عشر'), key('عشرة')] as string[]);

/** `اثنان`، `اثنتين` ...: after its noun, the number two (`مفقودَين اثنين`، `طفلان اثنان`). */
const TWO_AFTER = keySet(['اثنان', 'اثنين', 'اثنتان', 'اثنتين']);

/**
 * Duals of the listed units (`يومين`، `دولتين`، `قتيلان`، `ساعتين`): two of the unit. A dual spelled
 * as the unit's sound plural (`مفقودين`، `مصابين`, the same letters without vowels) is not one.
 */
const DUALS: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const [w, u] of UNIT_ALIASES) {
    if (w !== u) continue;
    const k = key(w) as string;
    const base = k.endsWith('ه') ? `${k.slice(0, -1)}ت` : k;
    for (const d of [`${base}ان`, `${base}ين`]) if (!ALIASES.has(d)) out.set(d, ALIASES.get(k) ?? k);
  }
  return out;
})();

const ONE_PERSON = new Set(SINGULAR_PEOPLE.map((w) => key(w) as string));
/** The toll nouns that can be told as none, each as its words' keys (`خسائر بشرية`: two). */
const phraseKeys = (list: readonly string[]): string[][] => list.map((w) => w.split(' ').map((x) => key(x) as string));
const NONE_KEYS = { deaths: phraseKeys(NONE_NOUNS.deaths), injured: phraseKeys(NONE_NOUNS.injured), missing: phraseKeys(NONE_NOUNS.missing) };
/** Their first words (`خسائر بشرية` is matched from خسائر). */
const NONE_HEADS = new Set(Object.values(NONE_KEYS).flatMap((list) => list.map((words) => words[0] as string)));

/** Words after a number that are not what it counts (the stopword list also holds nouns such as شخص). */
const FUNCTION_WORDS = keySet([
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حتى', 'أو', 'ثم', 'و', 'لكن', 'بل', 'إن', 'أن', 'قد', 'لا', 'لم', 'لن', 'ما', 'هذا', 'هذه',
  'التي', 'الذي', 'الذين', 'كما', 'منذ', 'خلال', 'بعد', 'قبل', 'نحو', 'حوالي', 'أكثر', 'أقل', 'فقط', 'أيضا', 'عام', 'سنة', 'يوم',
]);

const isNumberWord = (w: string): boolean => UNITS.has(w) || TENS.has(w) || HUNDREDS.has(w) || SCALES.has(w);

/** A number, or a number word with or without و: where `numberAt` may find one (kept per spelling). */
const numberStart = (t: Tok): boolean =>
  t.kind === 'number' ||
  isNumberWord(t.key) ||
  (t.key.startsWith('و') && t.key.length > 3 && isNumberWord(t.key.slice(1))) ||
  DUALS.has(t.key) ||
  (/^[وف]/.test(t.key) && DUALS.has(t.key.slice(1))) ||
  ONE_PERSON.has(t.key) ||
  NONE_HEADS.has(t.key);
const mayStartNumber = (t: Tok): boolean => spellingFact(t, FACT.quantity, numberStart);

/** The number at token `i` and the index after it, or null. */
function numberAt(toks: readonly Tok[], i: number): { value: number; to: number } | null {
  const t = toks[i];
  if (t === undefined) return null;
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  if (t.kind === 'number') {
    const decimal = /^(\d{1,3})[,،](\d{1,2})$/.exec(t.key);
    const next = toks[i + 1];
    const scaled = next !== undefined && SCALES.has(next.key);
    const fraction = /^(\d+)[.,٫،](\d{1,2})$/.exec(t.key);
    if (decimal !== null && scaled) current = Number(`${decimal[1]}.${decimal[2]}`);
    else if (/^\d+$/.test(t.key)) current = Number(t.key);
    // `5,8 درجات`، `5.6 درجات`، `1،7 ميل`: one or two digits after the separator are a decimal fraction,
    // never thousands; three are thousands, with a Latin or an Arabic comma (`120،000`) or `٬`.
    else if (fraction !== null && !scaled) current = Number(`${fraction[1]}.${fraction[2]}`);
    else if (/^\d{1,3}([,،٬]\d{3})+$/.test(t.key)) current = Number(t.key.replace(/[,،٬]/g, ''));
    else return null;
    j++;
    seen = true;
  }
  while (j < toks.length) {
    const u = toks[j] as Tok;
    if (j > i && !joined(u)) break;
    const w = u.key.startsWith('و') && u.key.length > 3 && isNumberWord(u.key.slice(1)) ? u.key.slice(1) : u.key;
    if (t.kind === 'number' && j > i && !SCALES.has(u.key)) break;
    if (UNITS.has(w) && !(t.kind === 'number')) {
      current += UNITS.get(w) as number;
      const ten = toks[j + 1];
      if (ten !== undefined && joined(ten) && TEN_KEYS.has(ten.key) && (UNITS.get(w) as number) < 10) {
        current += 10;
        j++;
      }
    } else if (TENS.has(w) && t.kind !== 'number') current += TENS.get(w) as number;
    else if (HUNDREDS.has(w) && t.kind !== 'number') current += HUNDREDS.get(w) as number;
    else if (SCALES.has(w)) {
      total += (current === 0 ? 1 : current) * (SCALES.get(w) as number);
      current = 0;
      const after = toks[j + 2];
      if (after !== undefined && joined(after) && SCALES.has(after.key)) {
        j++;
        seen = true;
        break;
      }
    } else break;
    seen = true;
    j++;
  }
  if (!seen || j === i) return null;
  return { value: Math.round((total + current) * 1000) / 1000, to: j };
}

const LABELS = new Map(UNIT_LABELS.map(([u, label]) => [key(u) as string, label]));
const MEASURES = new Set(MEASURE_UNITS.map((u) => key(u) as string));
const SKIPPED = new Set(MEASURE_SKIP.map((w) => key(w) as string));

/** The Arabic label of what a unit counts (`عدد القتلى`), else `عدد «<noun as written>»`. */
export const unitLabel = (unit: string, noun: string): string => LABELS.get(unit) ?? `عدد «${noun}»`;

/**
 * For a unit of measure, the key word the figure measures (`عمق` in `على عمق 10 كيلومترات`, `بعد` in
 * `على بعد نحو 190 كيلومتراً`), from the key words before it, with the place it is measured from
 * when `من X` follows; null for counts.
 */
export function measuredBy(unit: string, keysBefore: readonly string[], keysAfter: readonly string[] = []): string | null {
  if (!MEASURES.has(unit)) return null;
  // `على بعد 95 كيلومتراً من ولاية خصب` and `... من ساحل الدولة` measure from different places.
  const from = keysAfter[0] === 'من' && keysAfter[1] !== undefined ? ` من ${keysAfter[1]}` : '';
  for (let k = keysBefore.length - 1; k >= 0; k--) {
    const w = keysBefore[k] as string;
    if (!SKIPPED.has(w)) return w + from;
  }
  return from === '' ? null : from.trim();
}

export type Toll = keyof typeof TOLL_LABELS;
const TOLLS = Object.keys(TOLL_LABELS) as Toll[];
const keySets = (lists: Readonly<Record<Toll, readonly string[]>>): Readonly<Record<Toll, ReadonlySet<string>>> =>
  ({ deaths: keySet(lists.deaths), injured: keySet(lists.injured), missing: keySet(lists.missing) });
const TOLL_UNIT_KEYS = keySets(TOLL_UNITS);
const TOLL_WORD_KEYS = keySets(TOLL_WORDS);
const PEOPLE = keySet(PEOPLE_UNITS);

/** The toll a toll word names (`بحياة` → deaths: و/ف, then ب/ل peeled), or null. */
function tollWord(k: string): Toll | null {
  const bare = /^[وف]/.test(k) && k.length > 3 ? k.slice(1) : k;
  for (const w of [k, bare, /^[بل]/.test(bare) && bare.length > 3 ? bare.slice(1) : bare]) {
    for (const t of TOLLS) if (TOLL_WORD_KEYS[t].has(w)) return t;
  }
  return null;
}

/**
 * Which casualty toll a count is, if any: the dead, the injured or the missing. A unit such as قتيل
 * is a toll by itself; a count of people (شخص، طفل ...) is the toll whose word stands nearest the number
 * (`لقي 12 شخصاً حتفهم وفقد ثلاثة` → deaths), before it (`keysBefore`, read backwards) or after it.
 * Outlets word a toll in many ways (`لقي X حتفهم`، `أودت بحياة X`، `X قتيلاً`): one toll, one fact.
 */
export function tollOf(unit: string, keysBefore: readonly string[], keysAfter: readonly string[]): Toll | null {
  for (const t of TOLLS) if (TOLL_UNIT_KEYS[t].has(unit)) return t;
  if (!PEOPLE.has(unit)) return null;
  for (let d = 0; d < Math.max(keysBefore.length, keysAfter.length); d++) {
    const before = keysBefore[keysBefore.length - 1 - d];
    const t = (before === undefined ? null : tollWord(before)) ?? (keysAfter[d] === undefined ? null : tollWord(keysAfter[d] as string));
    if (t !== null) return t;
  }
  return null;
}

const INCREMENT = keySet(INCREMENT_WORDS);

/** Whether the words after a count (`keysAfter`) make it an addition (`جثتين جديدتين`), not a total. */
export const isIncrement = (keysAfter: readonly string[]): boolean => keysAfter[0] !== undefined && INCREMENT.has(keysAfter[0]);

/** The reader's label of a toll (`عدد القتلى`). */
export const tollLabel = (toll: Toll): string => TOLL_LABELS[toll];

const STARTS = new Set(EVENT_START_WORDS.map((w) => key(w) as string));
const ENDS = new Set(EVENT_END_WORDS.map((w) => key(w) as string));

/**
 * Whether the words around a date tell the start (افتتح، انطلق) or the end (اختتم، انتهى) of
 * something: the opening and the closing day of one conference are two events, not a disagreement.
 */
export function eventPhase(keysAround: readonly string[]): 'start' | 'end' | null {
  let start = false;
  let end = false;
  for (const k of keysAround) {
    const w = /^[وف]/.test(k) && k.length > 3 ? k.slice(1) : k;
    if (STARTS.has(k) || STARTS.has(w)) start = true;
    if (ENDS.has(k) || ENDS.has(w)) end = true;
  }
  return start === end ? null : start ? 'start' : 'end';
}

/** Unit key for a counted noun: alias table first, else the light stem without tanwin alef. */
function unitOf(nounKey: string): string {
  const alias = ALIASES.get(nounKey);
  if (alias !== undefined) return alias;
  const w = nounKey.endsWith('ا') && nounKey.length >= 4 ? nounKey.slice(0, -1) : nounKey;
  return ALIASES.get(w) ?? stem(w);
}

/**
 * `تراوحت بين خمس سنوات والمؤبد`، `بين سنتين وثماني سنوات`: a bound of a range (after بين, or after its
 * و within a few words).
 */
function inRange(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  if (before?.key === 'بين') return true;
  if (!(toks[i] as Tok).key.startsWith('و')) return false;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) if ((toks[k] as Tok).key === 'بين') return true;
  return false;
}

const TOLL_SUBJECT_KEYS = keySets(TOLL_SUBJECTS);
const REACH = keySet(TOLL_REACH_WORDS);
const APPROXIMATE = keySet(TOLL_APPROXIMATIONS);
const FORECAST = keySet(FORECAST_WORDS);
const COUNT_HEADS = keySet(['عدد', 'حصيلة']);
/** Tokens between a toll's noun and the verb that reaches its figure (`إن عدد القتلى من جراء الزلزال ... تستمر في الارتفاع متجاوزة 80000`). */
const SUBJECT_REACH = 16;

/** `k` with و/ف, then ل/ب, peeled when what remains is in `set` (`لأكثر`، `وبلغ`). */
function inSet(k: string, set: ReadonlySet<string>): boolean {
  if (set.has(k)) return true;
  const bare = /^[وف]/.test(k) && k.length > 2 ? k.slice(1) : k;
  return set.has(bare) || (/^[لب]/.test(bare) && bare.length > 2 && set.has(bare.slice(1)));
}

const TOLL_MASDAR_KEYS = keySets({ deaths: ['مقتل', 'مصرع', 'وفاة'], injured: ['إصابة'], missing: ['فقدان'] });
const PERCENT = keySet(['المئة', 'المائة', 'بالمئة', 'بالمائة', 'مئة']);

/** A percentage follows the number that ends before token `to` (`إصابة 30 في المئة`). */
function percentAfter(toks: readonly Tok[], to: number): boolean {
  const a = toks[to];
  const b = toks[to + 1];
  return a !== undefined && (PERCENT.has(a.key) || a.text === '%' || (a.key === 'في' && b !== undefined && PERCENT.has(b.key)));
}

function subjectToll(k: string): Toll | null {
  for (const t of TOLLS) if (inSet(k, TOLL_SUBJECT_KEYS[t])) return t;
  return null;
}

/**
 * The toll of a figure whose toll noun is written before it, as its subject (`عدد القتلى تجاوز 120000`،
 * `ارتفعت حصيلة الجرحى إلى نحو 40`، `ضحايا تسونامي يصل لأكثر من 120،000`): a reaching verb (بلغ، ارتفع،
 * تجاوز، وصل ... or هو) or an approximation right before the number, the toll noun at most
 * `SUBJECT_REACH` words further back in the same clause (no punctuation, no other number, no count of
 * something else: `عدد المنازل`). A forecast (`قد يرتفع إلى أكثر من 100000`، `قد يصل عدد الوفيات إلى`)
 * is no count: null. `i` is the number's first token, `to` the token after it (`numberAt`).
 */
function tollBefore(toks: readonly Tok[], i: number, to: number): Toll | null {
  // `مقتل 5 وإصابة 30` (headlines): a toll's verbal noun right before the figure.
  const head = toks[i - 1];
  if (head !== undefined && joined(toks[i] as Tok)) {
    for (const t of TOLLS) if (inSet(head.key, TOLL_MASDAR_KEYS[t])) return percentAfter(toks, to) ? null : t;
  }
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && joined(toks[k + 1] as Tok)) {
    const w = toks[k] as Tok;
    if (w.kind !== 'word' || !(inSet(w.key, APPROXIMATE) || inSet(w.key, REACH))) break;
    k--;
  }
  if (k === i - 1 || k < 0 || !joined(toks[k + 1] as Tok)) return null;
  for (let j = k; j >= 0 && k - j <= SUBJECT_REACH; j--) {
    const w = toks[j] as Tok;
    if (w.kind === 'number' || inSet(w.key, FORECAST)) return null;
    const toll = subjectToll(w.key);
    if (toll !== null) {
      for (let b = j - 1; b >= 0 && j - b <= 3 && joined(toks[b + 1] as Tok); b--) if (inSet((toks[b] as Tok).key, FORECAST)) return null;
      return toll;
    }
    if (COUNT_HEADS.has(w.key) || !joined(w)) return null;
  }
  return null;
}

const NEGATION = keySet(NEGATIONS);
const NONE_FILLER = keySet(NONE_FILLERS);
const ANOTHER = keySet(['آخر', 'آخرين']);

/**
 * A toll of one or none told without a number word (see `SINGULAR_PEOPLE`, `NONE_NOUNS` in data):
 * the value, the toll, and the last token of the phrase; null otherwise.
 */
function oneOrNone(toks: readonly Tok[], i: number): { value: number; toll: Toll; last: number } | null {
  const t = toks[i] as Tok;
  if (t.kind !== 'word') return null;
  if (ONE_PERSON.has(t.key)) {
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // `مقتل شخص آخر` is one more, not the toll.
    if (prev === undefined || !joined(t) || (next !== undefined && joined(next) && (ANOTHER.has(next.key) || isNumberWord(next.key)))) return null;
    const toll = tollWord(prev.key);
    return toll === null ? null : { value: 1, toll, last: i };
  }
  for (const toll of TOLLS) {
    for (const words of NONE_KEYS[toll]) {
      if (!words.every((w, k) => toks[i + k]?.key === w && (k === 0 || joined(toks[i + k] as Tok)))) continue;
      // Back to the negation over fillers only, and one definite word, the subject (`لم يسفر الزلزال
      // عن`); a verb such as تزال (`ولا تزال إصابات`) is no filler.
      let free = 1;
      for (let b = i - 1; b >= 0 && i - b <= 6 && joined(toks[b + 1] as Tok); b--) {
        const w = (toks[b] as Tok).key;
        if (NEGATION.has(w)) return { value: 0, toll, last: i + words.length - 1 };
        if (NONE_FILLER.has(w)) continue;
        if (!isDefinite(w) || free-- === 0) break;
      }
    }
  }
  return null;
}

/** Token `t` lies within one of `dates`. */
const insideDate = (dates: readonly DateMention[], t: Tok): boolean => dates.some((d) => d.start <= t.start && t.end <= d.end);

/**
 * Two of something written as a dual (`يومين`، `دولتين`: listed units only) or as a noun followed by
 * اثنين (`مفقودَين اثنين`, found at اثنين, the token that may start a number): the unit and the noun; null
 * otherwise. A noun counted by a number before it (`3 مفقودين`) is that number's.
 */
function dualAt(toks: readonly Tok[], i: number): { unit: string; noun: Tok } | null {
  const t = toks[i] as Tok;
  const noun = TWO_AFTER.has(t.key) && joined(t) ? toks[i - 1] : t;
  if (noun === undefined || noun.kind !== 'word') return null;
  const prev = toks[noun.index - 1];
  if (prev !== undefined && joined(noun) && (prev.kind === 'number' || isNumberWord(prev.key))) return null;
  const bare = /^[وف]/.test(noun.key) && noun.key.length > 4 ? noun.key.slice(1) : noun.key;
  // The noun before اثنين is a dual (`مفقودَين`، `طفلان`): not a verb (`قتل اثنان من الجنود`).
  if (noun !== t) return FUNCTION_WORDS.has(bare) || bare.length < 4 || !/(ان|ين)$/.test(bare) || isNumberWord(bare) ? null : { unit: DUALS.get(bare) ?? unitOf(bare), noun };
  const unit = DUALS.get(t.key) ?? DUALS.get(bare);
  return unit === undefined ? null : { unit, noun };
}

export function analyzeQuantities(text: string, toks: readonly Tok[], dates: readonly DateMention[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!mayStartNumber(t) || insideDate(dates, t)) continue;
    const few = oneOrNone(toks, i);
    if (few !== null) {
      const end = (toks[few.last] as Tok).end;
      out.push({ kind: 'quantity-mention', start: t.start, end, text: text.slice(t.start, end), value: few.value, unit: few.value === 0 ? (key(TOLL_UNITS[few.toll][0] as string) as string) : unitOf(t.key), noun: t.text, toll: few.toll });
      i = few.last;
      continue;
    }
    const two = dualAt(toks, i);
    if (two !== null) {
      out.push({ kind: 'quantity-mention', start: two.noun.start, end: t.end, text: text.slice(two.noun.start, t.end), value: 2, unit: two.unit, noun: two.noun.text });
      continue;
    }
    const n = numberAt(toks, i);
    if (n === null) continue;
    const noun = toks[n.to];
    const nounWord = noun?.key.startsWith('و') === true ? noun.key.slice(1) : noun?.key ?? '';
    const nounless = noun === undefined || !joined(noun) || noun.kind !== 'word' || FUNCTION_WORDS.has(noun.key) || isNumberWord(nounWord) || noun.key.length < 3;
    const toll = tollBefore(toks, i, n.to);
    const unit = nounless ? null : unitOf((noun as Tok).key);
    // A figure after its toll noun counts that toll, with or without a noun of people after it
    // (`متجاوزة 80000 شخص`); another noun after it (`بلغ عدد القتلى 3 أطفال`?) is read as ever.
    if (toll !== null && (unit === null || PEOPLE.has(unit) || TOLL_UNIT_KEYS[toll].has(unit) || !ALIASED_UNITS.has(unit))) {
      // The counted noun, when one follows (`80000 شخص`); else the figure stands alone (`مقتل 5 وإصابة 12`).
      const counted = unit !== null && (PEOPLE.has(unit) || TOLL_UNIT_KEYS[toll].has(unit)) ? unit : null;
      const end = counted === null ? (toks[n.to - 1] as Tok).end : (noun as Tok).end;
      out.push({
        kind: 'quantity-mention',
        start: t.start,
        end,
        text: text.slice(t.start, end),
        value: n.value,
        unit: counted ?? (key(TOLL_UNITS[toll][0] as string) as string),
        noun: counted === null ? '' : (noun as Tok).text,
        toll,
      });
      i = counted === null ? n.to - 1 : n.to;
      continue;
    }
    if (nounless) {
      i = n.to - 1;
      continue;
    }
    if (n.value >= 1900 && n.value <= 2100 && n.to === i + 1 && t.kind === 'number') continue;
    out.push({
      ...(inRange(toks, i) ? { bound: true as const } : {}),
      kind: 'quantity-mention',
      start: t.start,
      end: (noun as Tok).end,
      text: text.slice(t.start, (noun as Tok).end),
      value: n.value,
      unit: unit as string,
      noun: (noun as Tok).text,
    });
    i = n.to;
  }
  return out;
}

export const findQuantities = (text: string): QuantityMention[] => analyzeQuantities(text, tokenView(text), []);
