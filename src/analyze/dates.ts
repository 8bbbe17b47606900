/**
 * Date expressions in one clean text (ARABIC.md §5.1): day/month/year in every month system
 * (Levantine, Egyptian, Moroccan, Algerian, with pairs such as تشرين الأول (أكتوبر) or
 * كانون الأول/ديسمبر), Hijri dates, weekdays, numeric dates, years after a cue, and relative
 * expressions resolved against the publication date when it is known.
 */
import { key } from '../text/index.js';
import {
  AMBIGUOUS_HIJRI, AMBIGUOUS_MONTHS, CURRENT_WORDS, DAY_PARTS, GONE_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS, MONTH_PARTS, NEXT_WORDS, ORDINAL_DAYS,
  PAST_WORDS, RELATIVE_DAYS, THIS_AFTER_WORDS, THIS_WORDS, WEEKDAYS, MONTH_YEAR_LINKS, NAMED_EVENTS,
} from './data/calendar.js';
import { DAY_MS, dayOf, hijriToGregorian, hijriYearOf, isoDay, isoMonth, isoWeek, isoYear, validDay } from './calendar.js';
import { numericDayAt } from './date-numeric.js';
import {
  bareDashYears, beforeChrist, boundYear, bracketYear, earlyYear, CENTURY_FREE_KEYS, closesPhrase, closingCueYear, coordinatedYear, COUNT_BEFORE, DASH, dashSpanStart, dashYears, eraAfter, eraYear,
  gluedCueYear, hijriEraAfter, isNamedYear, isYear, metreAfter, num, YEAR_CUE_KEYS,
} from './date-years.js';
import { FACT, keySet, spellingFact, tokenView, type Tok } from './tokens.js';
import { COMPLEMENTIZERS, futureVerb, SAME_KEYS } from './lexicon.js';
import { type MarkedSpan, quoteSpans } from './quote-marks.js';
import type { DateGranularity, DateMention } from './types.js';

type Row = readonly [readonly string[], number];
/** Rows indexed by their first word, longest phrase first. */
type Table = ReadonlyMap<string, readonly Row[]>;
function table(rows: readonly (readonly [string, number])[]): Table {
  const out = new Map<string, Row[]>();
  for (const [w, n] of rows) {
    const words = key(w).split(' ');
    const first = words[0] as string;
    out.set(first, [...(out.get(first) ?? []), [words, n] as const].sort((a, b) => b[0].length - a[0].length));
  }
  return out;
}

const GREGORIAN = table(GREGORIAN_MONTHS);
const HIJRI = table(HIJRI_MONTHS);
const ORDINALS = table(ORDINAL_DAYS);
const WEEKDAY = table(WEEKDAYS);
const RELATIVE = table(RELATIVE_DAYS);
const AMBIGUOUS = keySet([...AMBIGUOUS_MONTHS, ...AMBIGUOUS_HIJRI]);
const DAY_PART_KEYS = keySet(DAY_PARTS);
const MONTH_PART_KEYS = keySet(MONTH_PARTS);
const PAST = keySet(PAST_WORDS);
const NEXT = keySet(NEXT_WORDS);
const CURRENT = keySet(CURRENT_WORDS);
const THIS = keySet(THIS_WORDS);
const THIS_AFTER = keySet(THIS_AFTER_WORDS);
/** The closing word of a range (`من 2022 إلى 2025`، `حتى السبت`). */
const RANGE_TO = keySet(['إلى', 'حتى']);
const UNTIL = key('حتى');
const GONE = GONE_WORDS.map(([a, b]) => [key(a), key(b)] as const);

/** `اللي فات` (two words, spaced) at token `i`: the colloquial past after a span or month. */
function goneAt(toks: readonly Tok[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  return a !== undefined && b !== undefined && /^ +$/.test(a.gap) && /^ +$/.test(b.gap) && GONE.some(([x, y]) => a.key === x && b.key === y);
}
const MONTH_YEAR_LINK_KEYS = keySet(MONTH_YEAR_LINKS);
/** Nouns before an ordinal that make it a part of the month, not its day (`النصف الثاني من يونيو`). */
const PART_NOUNS = keySet(['النصف', 'الربع', 'الثلث', 'الأسابيع', 'الأيام', 'الأشهر']);
/** The day a month part points to (0 for شهر/شهري: none). */
const MONTH_PART_DAY: ReadonlyMap<string, number> = new Map([
  ...['مطلع', 'بداية', 'أوائل'].map((w) => [key(w), 1] as const),
  ...['منتصف', 'أواسط'].map((w) => [key(w), 15] as const),
  ...['أواخر', 'نهاية', 'آخر', 'موفى'].map((w) => [key(w), 28] as const),
]);
const SPAN_KEYS = new Map<string, 'week' | 'month' | 'year'>([
  [key('الأسبوع'), 'week'],
  [key('الشهر'), 'month'],
  [key('العام'), 'year'],
  [key('السنة'), 'year'],
]);

/** Matches a table row at token `i` (first word may carry و/ب/ل/ف); returns the value and tokens used. */
function matchTable(toks: readonly Tok[], i: number, t: Table): { value: number; length: number; words: string } | null {
  const first = toks[i];
  if (first === undefined || first.kind !== 'word') return null;
  // (the rows of every form in turn, first form first)
  for (const f of first.forms) {
    const rows = t.get(f.form);
    if (rows === undefined) continue;
    for (const [words, value] of rows) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const u = toks[i + k];
        ok = u !== undefined && /^ +$/.test(u.gap) && u.key === words[k];
      }
      if (ok) return { value, length: words.length, words: words.join(' ') };
    }
  }
  return null;
}

interface Parsed {
  to: number;
  rel: number | null;
  weekday: number | null;
  direction: -1 | 0 | 1;
  day: number | null;
  month: number | null;
  hijri: boolean;
  year: number | null;
  part: 'week' | 'month' | 'year' | null;
  /** A bare weekday in a future clause: the coming one, which may be today (`المقبل` never is). */
  fromToday?: boolean;
  /** A weekday of a named week (`الاثنين من الأسبوع الماضي`): weeks from the publication's. */
  weeks?: -1 | 0 | 1;
  /** A month of a named year (`آب من هذا العام`، `مارس من العام الماضي`), or the publication's day in one (`هذا اليوم من العام الماضي`): years from the publication's. */
  years?: -1 | 0 | 1;
  /** A month of the year last named in the text (`3 أكتوبر من السنة نفسها`). */
  sameYear?: boolean;
  /** The day a month part points to (`مطلع آب` 1, `أواخر آذار` 28), for the year of a month without one. */
  partDay?: number;
  /** A day of a month named by the publication's (`23 من الشهر الجاري`): months from the publication's. */
  months?: -1 | 0 | 1;
  /** Days after the day last named in the text (`اليوم التالي` 1, `اليوم السابق` −1, `اليوم نفسه` 0). */
  fromLast?: -1 | 0 | 1;
}

const AGREEING = key('الموافق');

/** No date read yet: what each reading starts from. */
const NO_DATE: Parsed = { to: 0, rel: null, weekday: null, direction: 0, day: null, month: null, hijri: false, year: null, part: null };

/** Opening/closing parenthesis or slash between tokens, as in `تشرين الأول (أكتوبر)` and `كانون الأول/ديسمبر`. */
const pairGap = (g: string): boolean => /^\s*[(/]\s*$/.test(g);

/**
 * Words that put what follows in the future: سوف، من المقرر / المتوقع / المرتقب أن ...; and the start
 * of a period announced (`اعتباراً من صباح الخميس`، `ابتداءً من السبت`), which runs from the coming day.
 */
const FUTURE_CUES: ReadonlySet<string> = new Set([
  'سوف', 'المقرر', 'المتوقع', 'المرتقب', 'المنتظر', 'المزمع', 'يعتزم', 'تعتزم', 'نعتزم', 'يعتزمون', 'اعتباراً', 'ابتداءً', 'بدءاً',
  'متوقعة', 'متوقعا', 'يتوقع', 'نتوقع', 'تتوقع', 'يتوقعون', 'توقعات',
].map((w) => key(w)));
const FUTURE_REACH = 6;

/**
 * Whether the clause before token `i` speaks of the future (a cue among its last few words, not
 * across punctuation). A bare weekday there is the next one (`من المقرر أن يستمر حتى الأربعاء`);
 * elsewhere news reports what happened, and a bare weekday is the last one.
 */
function futureClause(toks: readonly Tok[], i: number): boolean {
  if (toks[i]?.spaced !== true) return false;
  if (untilFromPresent(toks, i) || boundOfOngoing(toks, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - FUTURE_REACH; k--) {
    const t = toks[k] as Tok;
    if (t.forms.some((f) => FUTURE_CUES.has(f.form)) || futureVerb(t)) return true;
    if (!t.spaced) return false;
  }
  return false;
}

/** Words before a day that make it a bound (`حتى الخميس`، `قبل يوم الجمعة`، Gulf `لين الخميس`). */
const BOUND_BEFORE = keySet(['حتى', 'قبل', 'لين', 'لحين']);
/** Words of a state that goes on (`استمرار الحالة حتى صباح الخميس`). */
const ONGOING = keySet(['استمرار', 'تستمر', 'يستمر', 'ممنوع', 'ممنوعة', 'مغلق', 'مغلقة', 'معلق', 'معلقة']);
/** A stop, comma, line break or quote mark between two tokens: the clause ends there. */
const CLAUSE_BREAK = /[.!?؟\n،,"«»“”]/;
/** How far back a bound's clause is read for a present or future verb. */
const BOUND_REACH = 10;

/**
 * `متوقعاً ألا يتم ذلك قبل يوم الجمعة`، `الكنعد ممنوع لين الخميس`: a weekday that bounds something going
 * on or coming (an imperfect verb with ي/ن, a future cue, a word of a lasting state in its clause) is the
 * coming one; `استمرت الاحتجاجات حتى السبت` keeps the last.
 */
function boundOfOngoing(toks: readonly Tok[], i: number): boolean {
  const bound = toks[i - 1];
  if (bound === undefined || !bound.forms.some((f) => BOUND_BEFORE.has(f.form))) return false;
  for (let k = i - 2; k >= 0 && k >= i - BOUND_REACH; k--) {
    const t = toks[k] as Tok;
    if (t.forms.some((f) => FUTURE_CUES.has(f.form) || ONGOING.has(f.form) || (f.letters <= 1 && /^[ين][^ا].{2,}$/.test(f.form))) || futureVerb(t)) return true;
    if (CLAUSE_BREAK.test(t.gap)) return false;
  }
  return false;
}

/** `وتستمر حتى (فجر) السبت`: until a weekday, after a present-tense verb, is the coming one. */
function untilFromPresent(toks: readonly Tok[], i: number): boolean {
  const until = toks[i - 1];
  const verb = toks[i - 2];
  return until !== undefined && until.key === UNTIL && verb !== undefined && until.spaced && verb.forms.some((f) => f.letters <= 1 && /^[يت].{3,}$/.test(f.form));
}

/** Nouns whose weekday complement names a weekly custom, not a day (`دروس الجمعة`، `سوق الأحد`، `صلاة الجمعة`). */
const HABITUAL_HEADS = keySet(['صلاة', 'صلوات', 'خطبة', 'خطب', 'درس', 'دروس', 'سوق', 'أسواق', 'عطلة', 'عطل', 'قداس']);
const habitualHead = (head: Tok | undefined, weekday: Tok): boolean => head !== undefined && weekday.spaced && head.forms.some((f) => HABITUAL_HEADS.has(f.form));

function parseAt(toks: readonly Tok[], i: number): Parsed | null {
  const p: Parsed = { ...NO_DATE, to: i };
  let j = i;
  const at = (k: number): Tok | undefined => toks[k];
  let dayPart = false;
  if (at(j) !== undefined && (at(j) as Tok).forms.some((f) => DAY_PART_KEYS.has(f.form))) {
    // `كل يوم، اليوم …`: a day part is read with the day right after it, never across punctuation.
    if (at(j + 1)?.spaced !== true) return null;
    dayPart = true;
    j++;
  }
  const today = at(j)?.key === 'اليوم';
  const told = today ? toldDay(toks, j) : undefined;
  const twoDaysBack = dayBeforeYesterday(toks, j);
  if (told !== undefined) {
    p.fromLast = told.days;
    j += told.length;
  } else if (today) {
    p.rel = 0;
    j++;
  } else if (twoDaysBack > 0) {
    p.rel = -2;
    j += twoDaysBack;
  } else if (at(j)?.key === 'بعد' && at(j + 1)?.key === 'غد') {
    p.rel = 2;
    j += 2;
  } else if (thisPartOfDay(toks, j, dayPart)) {
    // `هذا الصباح`، `هذه الليلة`، `صباح هذا اليوم`: the publication's day.
    p.rel = 0;
    j += 2;
  } else if (!dayPart && at(j)?.forms.some((f) => f.form === TONIGHT) === true && at(j + 1)?.spaced === true && PAST.has((at(j + 1) as Tok).key)) {
    // `الليلة الماضية`: the night before the report, as `ليلة أمس`.
    p.rel = -1;
    j += 2;
  } else if (dayPart && at(j)?.key === 'الغد') {
    // (`صباح الغد`، `يوم الغد`: with a day part only; `جيل الغد` is the future.)
    p.rel = 1;
    j++;
  } else {
    const r = matchTable(toks, j, RELATIVE);
    if (r !== null) {
      p.rel = r.value;
      j += r.length;
      if (p.rel === -1 && at(j)?.key === 'الاول' && at(j)?.gap === ' ') {
        p.rel = -2;
        j++;
      }
    }
  }
  const wd = matchTable(toks, j, WEEKDAY);
  if (wd !== null) {
    p.weekday = wd.value;
    j += wd.length;
    const d = at(j);
    if (d !== undefined && /^ +$/.test(d.gap) && (PAST.has(d.key) || NEXT.has(d.key))) {
      p.direction = PAST.has(d.key) ? -1 : 1;
      j++;
    }
    // `خطبة الجمعة الماضية` is one Friday; `دروس الجمعة` is every Friday.
    if (p.direction === 0 && p.rel === null && !dayPart && habitualHead(toks[i - 1], toks[i] as Tok)) return null;
  }
  // (`يوم الخميس الموافق 14 يوليو`، `الأحد الموافق 17/10/2016`: the weekday and the date it falls on, one day.)
  const agreeing = p.weekday !== null && at(j)?.key === AGREEING && at(j)?.spaced === true;
  if (agreeing) {
    const numeric = numericDayAt(toks, j + 1);
    if (numeric !== null) return { ...p, ...numeric };
  }
  let k = agreeing ? j + 1 : j;
  // (`مطلع آب`، `أواخر آذار`: the day the part points to chooses the month's year.)
  const monthPart = at(k) !== undefined && MONTH_PART_KEYS.has((at(k) as Tok).key) ? MONTH_PART_DAY.get((at(k) as Tok).key) ?? 0 : null;
  if (monthPart !== null) k++;
  let day: number | null = null;
  const n = num(at(k));
  if (n !== null && n >= 1 && n <= 31) {
    day = n;
    k = monthOfDay(toks, k + 1);
  } else {
    const ord = matchTable(toks, k, ORDINALS);
    // (`النصف الثاني من يونيو`، `الأسبوع الأول من مايو`: a part of the month, not its day.)
    const counted = toks[k - 1]?.forms.some((f) => SPAN_KEYS.has(f.form) || PART_NOUNS.has(f.form)) === true;
    if (ord !== null && !counted) {
      day = ord.value;
      k += ord.length;
      if (at(k)?.key === 'من') k++;
      if (at(k)?.key === 'شهر' && at(k)?.spaced === true && monthAt(toks, k + 1)) k++;
    }
  }
  let month = matchTable(toks, k, GREGORIAN);
  let hijri = false;
  if (month === null) {
    month = matchTable(toks, k, HIJRI);
    hijri = month !== null;
  }
  if (month !== null) {
    let m = k + month.length;
    let paired = false;
    const pairTok = at(m);
    if (pairTok !== undefined && pairGap(pairTok.gap)) {
      const other = hijri ? null : matchTable(toks, m, GREGORIAN);
      if (other !== null && other.value === month.value) {
        m += other.length;
        paired = true;
      }
    }
    // `أبريل عام 2004`، `سبتمبر سنة 1911`، `مايو من العام 2003`: a word may stand between month and year.
    const linked = hijri ? 0 : yearLinkAt(toks, m);
    const y = num(at(m + linked));
    let year: number | null = null;
    // (`مارس 2000 ق.م`: no date of ours at all.)
    if (!hijri && isNamedYear(y) && beforeChrist(toks, m + linked + 1)) return null;
    if (y !== null && (hijri ? hijriYear(toks, m, y) : gregorianYear(toks, m + linked, y, linked > 0, day !== null))) {
      year = y;
      m += linked + 1;
      if (eraAfter(toks, m) || hijriEraAfter(toks, m)) m++;
    }
    const after = at(m);
    let direction: -1 | 0 | 1 = 0;
    if (year === null && after !== undefined && /^\)? +$/.test(after.gap) && (PAST.has(after.key) || NEXT.has(after.key))) {
      direction = PAST.has(after.key) ? -1 : 1;
      m++;
    } else if (year === null && goneAt(toks, m)) {
      direction = -1;
      m += 2;
    }
    if (direction === 0 && year === null && toks[i - 1]?.key === 'منذ') direction = -1;
    const ofYear = year === null && direction === 0 && !hijri ? namedYearAt(toks, m) : null;
    const ambiguous = AMBIGUOUS.has(month.words);
    // (`في شباط سقط`: after في a month word is the month; `شهري تموز وآب`: and so is one joined to a month.)
    const governed = (toks[k] as Tok).spaced && k === i && (toks[i - 1]?.forms.some((f) => f.form === 'في') === true || ((toks[k] as Tok).key.startsWith('و') && monthAt(toks, k - 1)));
    const anchored = day !== null || year !== null || paired || direction !== 0 || k > j || ofYear !== null || governed;
    // `قبل حلول شهر رمضان`: a Hijri month with neither day nor year names a season, as a feast does, not a date.
    const season = hijri && day === null && year === null;
    if ((!ambiguous || anchored) && !season) {
      const parsed: Parsed = { ...p, to: m, day, month: month.value, hijri, year, direction: direction !== 0 ? direction : p.direction, ...(monthPart !== null && monthPart > 0 && day === null ? { partDay: monthPart } : {}) };
      if (ofYear === null) return parsed;
      return ofYear.same ? { ...parsed, to: ofYear.to, sameYear: true } : { ...parsed, to: ofYear.to, years: ofYear.direction };
    }
  }
  // `23 من الشهر الجاري`، `15 الجاري`، `الخامس من الشهر الماضي`: a day of the month named after it.
  const named = day !== null ? namedMonthAt(toks, k) : null;
  if (named !== null) return { ...p, to: named.to, day, months: named.months };
  // `الاثنين من هذا الأسبوع`، `الأحد من الأسبوع الماضي`: one day, read in the week named after it.
  const week = p.weekday !== null && p.direction === 0 && at(j)?.key === 'من' ? relativeSpan(toks, j + 1) : null;
  if (week !== null && week.part === 'week') return { ...p, to: week.to, weeks: week.direction };
  if (p.weekday !== null && p.direction === 0 && p.rel === null && futureClause(toks, i)) return { ...p, to: j, direction: 1, fromToday: true };
  if (p.weekday !== null || p.fromLast !== undefined || (p.rel !== null && (!today || dayPart))) return { ...p, to: j };
  return null;
}

/** `رمضان 1426`، `5 رجب 1260 هـ`: a Hijri month's year, of any century with its era. */
const hijriYear = (toks: readonly Tok[], m: number, y: number): boolean => (y >= 1300 && y <= 1600) || (y >= 1 && y < 1300 && hijriEraAfter(toks, m + 1));

/**
 * The year written at token `k` after a Gregorian month: one of 1900–2100 always; of any century after a
 * link (`أبريل عام 1791`), after a day and month (`17 ديسمبر 1770`، `16 ديسمبر، 1770`) or closing the
 * phrase (`في ديسمبر 1770،`).
 */
function gregorianYear(toks: readonly Tok[], k: number, y: number, linked: boolean, withDay: boolean): boolean {
  if (isYear(y)) return true;
  // (`أغسطس سنة 570 للميلاد`: a year of the first millennium, with its era.)
  if (y < 1000) return earlyYear(toks, k, linked ? toks[k - 1] : undefined);
  const t = toks[k] as Tok;
  if (!isNamedYear(y)) return false;
  if (linked) return true;
  if (!/^[ ،,]+$/.test(t.gap)) return false;
  if (withDay) return true;
  return t.spaced && closesPhrase(toks[eraAfter(toks, k + 1) ? k + 2 : k + 1]);
}

/** `أول أمس`، `أول من أمس` at token `j`: the day before yesterday; how many tokens it takes, or 0. */
function dayBeforeYesterday(toks: readonly Tok[], j: number): number {
  if (toks[j]?.forms.some((f) => f.form === 'اول') !== true) return 0;
  if (toks[j + 1]?.key === 'امس') return 2;
  return toks[j + 1]?.key === 'من' && toks[j + 2]?.key === 'امس' && toks[j + 2]?.spaced === true ? 3 : 0;
}

/** The parts of a day named with this (`هذا الصباح`، `هذا المساء`، `هذه الليلة`). */
const THIS_PART_KEYS = keySet(['الصباح', 'المساء', 'الليلة', 'الفجر', 'الظهر']);
const TONIGHT = key('الليلة');
/** `هذا الصباح`، `هذه الليلة` at token `j`, or `هذا اليوم` after a day part (`صباح هذا اليوم`). */
function thisPartOfDay(toks: readonly Tok[], j: number, dayPart: boolean): boolean {
  const a = toks[j];
  const b = toks[j + 1];
  if (a === undefined || b === undefined || !b.spaced || !a.forms.some((f) => THIS.has(f.form))) return false;
  return dayPart ? b.key === 'اليوم' : THIS_PART_KEYS.has(b.key);
}

const monthAt = (toks: readonly Tok[], k: number): boolean => (matchTable(toks, k, GREGORIAN) ?? matchTable(toks, k, HIJRI)) !== null;

/** After a day number at `k`: where its month starts, past `من` and `شهر` (`29 من يوليو`، `15 من شهر مارس`); `k` when no month follows. */
function monthOfDay(toks: readonly Tok[], k: number): number {
  let m = k;
  if (toks[m]?.key === 'من' && toks[m]?.spaced === true) m++;
  if (toks[m]?.key === 'شهر' && toks[m]?.spaced === true) m++;
  return m > k && monthAt(toks, m) ? m : k;
}

/**
 * After a day, the month named by the publication's (`من الشهر الجاري`، `من الشهر الماضي`، `الجاري`
 * alone after a day, as the press writes `يوم 15 الجاري`): months from the publication's.
 */
function namedMonthAt(toks: readonly Tok[], k: number): { readonly to: number; readonly months: -1 | 0 | 1 } | null {
  const t = toks[k];
  if (t === undefined || !t.spaced) return null;
  // (An ordinal day has read its من already.)
  const from = t.key === 'من' ? k + 1 : toks[k - 1]?.key === 'من' ? k : -1;
  if (from >= 0) {
    const span = relativeSpan(toks, from);
    return span !== null && span.part === 'month' && (toks[from] as Tok).spaced ? { to: span.to, months: span.direction } : null;
  }
  if (CURRENT.has(t.key)) return { to: k + 1, months: 0 };
  // (`يوم 20 الشهر الجاري`، `في 5 الشهر الماضي`: the month right after a day number that يوم or في governs;
  // after another word a number before الشهر الماضي is a count as often: `ارتفع إلى 45 الشهر الماضي`.)
  const span = DAY_BEFORE.has(toks[k - 2]?.key ?? '') && num(toks[k - 1]) !== null ? relativeSpan(toks, k) : null;
  return span !== null && span.part === 'month' ? { to: span.to, months: span.direction } : null;
}
/** The words that govern a day number (`يوم 20`، `في 20`). */
const DAY_BEFORE = keySet(['يوم', 'في']);

/** After اليوم: the day after, before or the same as the one just told of (`في اليوم التالي`، `صباح اليوم السابق`، `اليوم نفسه`). */
const TOLD_DAY_AFTER = new Map<string, -1 | 0 | 1>([
  [key('التالي'), 1],
  [key('السابق'), -1],
  ...[...SAME_KEYS].map((k) => [k, 0] as const),
]);
/** Before اليوم: the same day as the one just told of (`في نفس اليوم`، `ذات اليوم`). */
const SAME_DAY_BEFORE = keySet(['نفس', 'ذات']);

/** Whether اليوم at token `j` names a day by the one the text last told of: how many days after it, and the tokens read. */
function toldDay(toks: readonly Tok[], j: number): { readonly days: -1 | 0 | 1; readonly length: number } | undefined {
  const before = toks[j - 1];
  if (before !== undefined && (toks[j] as Tok).spaced && SAME_DAY_BEFORE.has(before.key)) return { days: 0, length: 1 };
  const after = toks[j + 1];
  const days = after !== undefined && after.spaced ? TOLD_DAY_AFTER.get(after.key) : undefined;
  return days === undefined ? undefined : { days, length: 2 };
}

/** `لعام`، `لسنة`: the link with the preposition ل (`التاسع من نوفمبر لعام 1989`). */
const ofYearLink = (t: Tok): boolean => t.key.startsWith('ل') && t.forms.some((f) => f.letters === 1 && MONTH_YEAR_LINK_KEYS.has(f.form));

/** How many tokens from `m` link a month to its year (`عام`، `سنة`، `لعام`، `من العام`): 0 when none does. */
function yearLinkAt(toks: readonly Tok[], m: number): number {
  const a = toks[m];
  if (a === undefined || !a.spaced) return 0;
  if (MONTH_YEAR_LINK_KEYS.has(a.key) || ofYearLink(a)) return 1;
  const b = toks[m + 1];
  return a.key === 'من' && b !== undefined && b.spaced && MONTH_YEAR_LINK_KEYS.has(b.key) ? 2 : 0;
}

/**
 * After a month, a named year, with or without `من`: the publication's year or the one before or after it
 * (`من هذا العام`، `من العام الماضي`، `السنة الماضية`), or, after `من`, the year last named in the text
 * (`من العام نفسه`، `من السنة ذاتها`).
 */
function namedYearAt(toks: readonly Tok[], m: number): { readonly to: number; readonly direction: -1 | 0 | 1; readonly same: boolean } | null {
  const from = toks[m];
  if (from === undefined || !from.spaced) return null;
  // (`سبتمبر السنة الماضية`: the named year right after the month, without من.)
  const bare = from.key !== 'من' ? relativeSpan(toks, m) : null;
  if (bare !== null && bare.part === 'year') return { to: bare.to, direction: bare.direction, same: false };
  if (from.key !== 'من') return null;
  const span = relativeSpan(toks, m + 1);
  if (span !== null && span.part === 'year') return { to: span.to, direction: span.direction, same: false };
  const year = toks[m + 1];
  const same = toks[m + 2];
  if (year !== undefined && same !== undefined && year.spaced && same.spaced && spanPart(year) === 'year' && SAME_KEYS.has(same.key)) return { to: m + 3, direction: 0, same: true };
  return null;
}

const spanPart = (t: Tok): 'week' | 'month' | 'year' | undefined => t.forms.map((f) => SPAN_KEYS.get(f.form)).find((x) => x !== undefined);

/**
 * الأسبوع/الشهر/العام + الماضي/المقبل (the one before or after publication), + الجاري/الحالي or
 * after هذا/هذه (the one it falls in), at token `i`.
 */
function relativeSpan(toks: readonly Tok[], i: number): Parsed | null {
  const t = toks[i];
  // (Levantine and Gulf `هالسنة`، `هالشهر`: this one, in one word.)
  const hal = t?.forms.map((f) => (f.form.startsWith('هال') ? SPAN_KEYS.get(f.form.slice(1)) : undefined)).find((x) => x !== undefined);
  if (hal !== undefined) return { ...NO_DATE, to: i + 1, part: hal };
  const d = toks[i + 1];
  if (t === undefined || d === undefined || !/^ +$/.test(d.gap)) return null;
  const span = (part: 'week' | 'month' | 'year', direction: -1 | 0 | 1): Parsed => ({ ...NO_DATE, to: i + 2, direction, part });
  if (THIS.has(t.key)) {
    const part = spanPart(d);
    return part === undefined ? null : span(part, 0);
  }
  const part = spanPart(t);
  if (part === undefined) return null;
  if (PAST.has(d.key) || NEXT.has(d.key)) return span(part, PAST.has(d.key) ? -1 : 1);
  if (goneAt(toks, i + 1)) return { ...span(part, -1), to: i + 3 };
  return CURRENT.has(d.key) || THIS_AFTER.has(d.key) ? span(part, 0) : null;
}

/** `من 2022 إلى 2025`، `بين الأعوام 1945 إلى 1990`، `بين 1952 و1970`: both bounds of a range of years are years. */
function yearRange(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1];
  const after = toks[i + 1];
  const second = toks[i + 2];
  const opens = (before?.key === 'من' && after !== undefined && RANGE_TO.has(after.key) && isYear(num(second))) || (before?.key === 'بين' && after?.key === 'و' && after.spaced && second?.gap === '' && isYear(num(second)));
  const opener = toks[i - 3];
  const closes = before !== undefined && RANGE_TO.has(before.key) && isYear(num(toks[i - 2])) && opener !== undefined && (opener.key === 'من' || opener.forms.some((f) => CENTURY_FREE_KEYS.has(f.form)));
  return opens || closes;
}

/** The words before `من` that name a part of the year after it (`الربع الأول من 2005`، `النصف الثاني من 2004`). */
const YEAR_PART_BEFORE_FROM = keySet(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الأخير', 'الأولى', 'الثانية', 'الأخيرة', 'مطلع', 'منتصف', 'أواخر', 'أوائل', 'أواسط', 'بداية', 'نهاية']);
function partOfYear(toks: readonly Tok[], i: number): boolean {
  const from = toks[i - 1];
  const part = toks[i - 2];
  return from?.key === 'من' && (toks[i] as Tok).spaced && from.spaced && part !== undefined && YEAR_PART_BEFORE_FROM.has(part.key);
}

/** A bare year after a cue (في 2027، عام 2014) or a numeric date (17/10/2016، 2005-01-08). */
function numericAt(toks: readonly Tok[], i: number): { from: number; parsed: Parsed } | null {
  const t = toks[i];
  if (t === undefined || t.kind !== 'number') return null;
  const base: Parsed = { ...NO_DATE, to: i + 1 };
  const numeric = numericDayAt(toks, i);
  if (numeric !== null) return { from: i, parsed: { ...base, ...numeric } };
  const y = num(t);
  // (`هذا العام 1200 فعالية`: العام there closes a date already read.)
  const cue = THIS.has(toks[i - 2]?.key ?? '') ? undefined : toks[i - 1];
  if (beforeChrist(toks, i + 1)) return null;
  // (`العام 100 للميلاد`: a year of the first millennium, with its era.)
  if (earlyYear(toks, i, cue)) return { from: i, parsed: { ...base, to: i + 2, year: y } };
  if (!isNamedYear(y)) return null;
  // (`عام 1426 هـ`: a Hijri year alone names no Gregorian one.)
  if (hijriEraAfter(toks, i + 1)) return null;
  // (`ارتفاع الجبل 2000 م`: a metre.)
  const era = eraAfter(toks, i + 1) && !metreAfter(toks, i);
  const parsed = { from: i, parsed: { ...base, to: era ? i + 2 : i + 1, year: y } };
  if ((cue !== undefined && cue.forms.some((f) => CENTURY_FREE_KEYS.has(f.form))) || coordinatedYear(toks, i)) return parsed;
  if (dashYears(toks, i) || dashSpanStart(toks, i) >= 0 || bareDashYears(toks, i) || (DASH.test(t.gap) && bareDashYears(toks, i - 1))) return parsed;
  // (`ساثرلاندعام 1965`، `في 1789 م`، `شيكارد (1623)`، `توفي في 1827.`: a year of any century.)
  if (gluedCueYear(toks, i) || eraYear(toks, i, cue) || bracketYear(toks, i) || closingCueYear(toks, i, cue)) return parsed;
  if (!isYear(y)) return null;
  if (boundYear(toks, i, cue)) return parsed;
  // The era, a cue word, or و after a year (للعامين 2027 و2028، بين 2019 و2021), or a part of the year before من (الربع الأول من 2005).
  if (era || (cue !== undefined && (cue.forms.some((f) => YEAR_CUE_KEYS.has(f.form)) || (cue.key === 'و' && isYear(num(toks[i - 2]))))) || yearRange(toks, i) || partOfYear(toks, i)) return parsed;
  return closingYear(toks, i) || eventYear(toks, i) ? parsed : null;
}

/** The words of `NAMED_EVENTS`, with or without ال. */
const EVENT_KEYS = keySet(NAMED_EVENTS.flatMap((w) => [w, `ال${w}`]));
const FISCAL_KEYS = keySet(['المالي', 'المالية', 'الدراسي', 'الدراسية']);
const yearWord = (t: Tok | undefined): boolean => t !== undefined && (spanPart(t) === 'year' || t.forms.some((f) => f.form === 'عام'));

/**
 * `كأس آسيا 2004`، `الانتخابات الرئاسية 2005`، `العام المالي 2004`: a year after the words naming an
 * event (one or two words between), or after a fiscal or school year, closes the event's name.
 */
function eventYear(toks: readonly Tok[], i: number): boolean {
  // (`قتل في الحرب الأهلية 1975 شخصاً`: a count, followed by what it counts.)
  const after = toks[i + 1];
  if (!(toks[i] as Tok).spaced || (after !== undefined && after.spaced && after.kind === 'word' && !after.key.startsWith('ال') && /ا$/.test(after.key))) return false;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const t = toks[k] as Tok;
    if (t.kind !== 'word' || PAST.has(t.key) || NEXT.has(t.key) || CURRENT.has(t.key) || THIS.has(t.key)) return false;
    if (k < i - 1 && t.forms.some((f) => EVENT_KEYS.has(f.form))) return true;
    if (k === i - 1 && FISCAL_KEYS.has(t.key)) return yearWord(toks[k - 1]) && t.spaced;
    if (!t.spaced) return false;
  }
  return false;
}

/**
 * A year that closes a phrase after a word (`الضريبية 2004،`، `تفجيرات لندن 2005 في`، `موسم الحصاد
 * 2019.`): a count would be followed by what it counts, so a number in 1950–2030 followed by
 * punctuation or في is a year, unless a word before it makes it an amount.
 */
function closingYear(toks: readonly Tok[], i: number): boolean {
  const y = num(toks[i]) as number;
  const before = toks[i - 1];
  const after = toks[i + 1];
  if (y < 1950 || y > 2030 || before === undefined || before.kind !== 'word' || !(toks[i] as Tok).spaced || COUNT_BEFORE.has(before.key)) return false;
  return closesPhrase(after);
}

interface Resolution {
  readonly date: string | null;
  /** ISO 8601 without the year (`--10-17`, `--10`) when the year is unknown. */
  readonly partial?: string;
  readonly granularity: DateGranularity | null;
  readonly relative: boolean;
}

function nearestYear(anchor: number, month: number, day: number, direction: -1 | 0 | 1): number {
  const y0 = new Date(anchor).getUTCFullYear();
  const candidates = [y0 - 1, y0, y0 + 1].map((y) => ({ y, t: Date.UTC(y, month - 1, day) }));
  const allowed = candidates.filter((c) => (direction < 0 ? c.t <= anchor : direction > 0 ? c.t >= anchor : true));
  const pool = allowed.length > 0 ? allowed : candidates;
  return pool.reduce((best, c) => (Math.abs(c.t - anchor) < Math.abs(best.t - anchor) ? c : best)).y;
}

function resolve(p: Parsed, anchor: number | null): Resolution {
  if (p.part !== null) {
    if (anchor === null) return { date: null, granularity: p.part, relative: true };
    const d = new Date(anchor);
    if (p.part === 'week') return { date: isoWeek(anchor + p.direction * 7 * DAY_MS), granularity: 'week', relative: true };
    if (p.part === 'month') {
      const t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + p.direction, 1);
      return { date: isoMonth(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1), granularity: 'month', relative: true };
    }
    return { date: isoYear(d.getUTCFullYear() + p.direction), granularity: 'year', relative: true };
  }
  if (p.months !== undefined && p.day !== null) {
    if (anchor === null) return { date: null, granularity: 'day', relative: true };
    const d = new Date(anchor);
    const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + p.months, 1));
    const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
    return validDay(y, m, p.day) ? { date: isoDay(Date.UTC(y, m - 1, p.day)), granularity: 'day', relative: true } : { date: null, granularity: null, relative: true };
  }
  if (p.month !== null) {
    if (p.hijri) {
      let y = p.year;
      if (y === null) {
        if (anchor === null) return { date: null, granularity: null, relative: false };
        y = hijriYearOf(anchor);
      }
      const t = hijriToGregorian(y, p.month, p.day ?? 1);
      if (t === null) return { date: null, granularity: null, relative: false };
      return p.day === null ? { date: isoMonth(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1), granularity: 'month', relative: false } : { date: isoDay(t), granularity: 'day', relative: p.year === null };
    }
    let y = p.year;
    if (y === null) {
      const mm = String(p.month).padStart(2, '0');
      const partial = p.day === null ? `--${mm}` : `--${mm}-${String(p.day).padStart(2, '0')}`;
      if (anchor === null || p.sameYear === true) return { date: null, partial, granularity: p.day === null ? 'month' : 'day', relative: false };
      y = p.years === undefined ? nearestYear(anchor, p.month, p.day ?? p.partDay ?? 15, p.direction) : new Date(anchor).getUTCFullYear() + p.years;
    }
    if (p.day === null) return { date: isoMonth(y, p.month), granularity: 'month', relative: p.year === null };
    if (!validDay(y, p.month, p.day)) return { date: null, granularity: null, relative: false };
    return { date: isoDay(Date.UTC(y, p.month - 1, p.day)), granularity: 'day', relative: p.year === null };
  }
  if (p.year !== null) return { date: isoYear(p.year), granularity: 'year', relative: false };
  if (anchor === null) return { date: null, granularity: null, relative: true };
  if (p.rel !== null && p.years !== undefined) {
    const d = new Date(anchor);
    const y = d.getUTCFullYear() + p.years;
    // (29 February of a leap year: the 28th in a common one.)
    const day = validDay(y, d.getUTCMonth() + 1, d.getUTCDate()) ? d.getUTCDate() : d.getUTCDate() - 1;
    return { date: isoDay(Date.UTC(y, d.getUTCMonth(), day)), granularity: 'day', relative: true };
  }
  if (p.rel !== null) return { date: isoDay(anchor + p.rel * DAY_MS), granularity: 'day', relative: true };
  if (p.weekday !== null) {
    const today = new Date(anchor).getUTCDay();
    if (p.weeks !== undefined) {
      // The weekday in the publication's week or the one before or after it, weeks running from الأحد,
      // the first day: the tense does not move `هذا الأسبوع` out of its week.
      const sunday = anchor - today * DAY_MS + p.weeks * 7 * DAY_MS;
      return { date: isoDay(sunday + p.weekday * DAY_MS), granularity: 'day', relative: true };
    }
    let delta = p.weekday - today;
    if (p.direction > 0) delta = delta < 0 || (delta === 0 && p.fromToday !== true) ? delta + 7 : delta;
    else if (p.direction < 0) delta = delta >= 0 ? delta - 7 : delta;
    else delta = delta > 0 ? delta - 7 : delta;
    return { date: isoDay(anchor + delta * DAY_MS), granularity: 'day', relative: true };
  }
  return { date: null, granularity: null, relative: true };
}

/**
 * Every key form a date expression can start with (the first token `parseAt` and `relativeSpan`
 * consume): most tokens are none of these and are skipped without parsing.
 */
const START_FORMS: ReadonlySet<string> = new Set([
  ...DAY_PART_KEYS, ...MONTH_PART_KEYS, ...SPAN_KEYS.keys(), ...[...SPAN_KEYS.keys()].map((k) => `ه${k}`), ...THIS, 'اليوم', key('الليلة'), 'اول', 'بعد',
  ...[RELATIVE, WEEKDAY, ORDINALS, GREGORIAN, HIJRI].flatMap((t) => [...t.keys()]),
]);
const startForm = (t: Tok): boolean => t.kind === 'number' || t.forms.some((f) => START_FORMS.has(f.form));
/** Kept per spelling (`spellingFact`). */
const mayStartDate = (t: Tok): boolean => spellingFact(t, FACT.date, startForm);

/**
 * `(في مثل) هذا اليوم من العام الماضي`: the publication's day and month in the year before (or after,
 * `من العام المقبل`), at token `i` (هذا).
 */
function thisDayOfYear(toks: readonly Tok[], i: number): Parsed | null {
  const day = toks[i + 1];
  const from = toks[i + 2];
  if (!THIS.has(toks[i]?.key ?? '') || day?.key !== 'اليوم' || !day.spaced || from?.key !== 'من' || !from.spaced) return null;
  const span = relativeSpan(toks, i + 3);
  return span !== null && span.part === 'year' && span.direction !== 0 ? { ...NO_DATE, to: span.to, rel: 0, years: span.direction } : null;
}

/** `على مدى`، `على مدار`: over the course of; before a named span, the length of time that ends now. */
const OVER = keySet(['مدى', 'مدار']);
const ON = key('على');

/**
 * `على مدى السنة الماضية`، `على مدار الأسبوع الماضي`: a span after `على مدى` is a length of time up to the
 * report (the past twelve months, seven days), not the calendar year or week before it.
 */
function overSpan(toks: readonly Tok[], i: number): boolean {
  const over = toks[i - 1];
  const on = toks[i - 2];
  return over !== undefined && on !== undefined && (toks[i] as Tok).spaced && over.spaced && OVER.has(over.key) && on.key === ON;
}

/** The date written from token `i`: a named or relative one, else a numeric one. */
function dateAt(toks: readonly Tok[], i: number): { from: number; parsed: Parsed } | null {
  const p = thisDayOfYear(toks, i) ?? parseAt(toks, i) ?? relativeSpan(toks, i);
  if (p !== null && p.part !== null && overSpan(toks, i)) return null;
  return p !== null ? { from: i, parsed: p } : numericAt(toks, i);
}

/** Words before a date that make it an event's day, not the report's (`في`، `منذ`، `قبل` …). */
const EVENT_BEFORE = keySet(['في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'إلى', 'من', 'يوم', 'ليلة', 'صباح', 'مساء', 'تاريخ']);

/**
 * A report with no publication date that dates itself in its first line, as a date line glued to the
 * headline does (`… تفجيرات بريطانيا الثلاثاء 1 مايو 2007 يوم الاثنين تم …`): a full date whose weekday
 * is that day's, not after a word that makes it an event's day. Its day, or null.
 */
function datelineDay(text: string, toks: readonly Tok[], dated: { readonly from: number; readonly parsed: Parsed }): number | null {
  const p = dated.parsed;
  const first = toks[dated.from] as Tok;
  if (p.weekday === null || p.day === null || p.month === null || p.year === null || p.hijri || p.rel !== null || text.lastIndexOf('\n', first.start) >= 0) return null;
  const before = toks[dated.from - 1];
  if (before !== undefined && before.forms.some((f) => EVENT_BEFORE.has(f.form))) return null;
  const t = Date.UTC(p.year, p.month - 1, p.day);
  return validDay(p.year, p.month, p.day) && new Date(t).getUTCDay() === p.weekday ? t : null;
}

/**
 * The first day of a range of days in one month, written before the date at `dated` (`من 10 إلى 15
 * يناير`، `بين 10 و15 مايو`، `5 و6 مايو`، `10-15 مايو`): a date of its own, in the same month; null
 * when none is, or when its token was read already (before `read`).
 */
function rangeStart(toks: readonly Tok[], dated: { readonly from: number; readonly parsed: Parsed }, read: number): { from: number; parsed: Parsed } | null {
  const { from, parsed } = dated;
  const t = toks[from] as Tok;
  if (parsed.day === null || parsed.month === null || parsed.weekday !== null || num(t) !== parsed.day) return null;
  const link = toks[from - 1];
  const at = link !== undefined && ((link.key === 'و' && t.gap === '') || (RANGE_TO.has(link.key) && t.spaced)) ? from - 2 : DASH.test(t.gap) ? from - 1 : -1;
  const d = num(toks[at]);
  if (at < read || d === null || d < 1 || d >= parsed.day || (at < from - 1 && !(link as Tok).spaced)) return null;
  return { from: at, parsed: { ...parsed, to: at + 1, day: d } };
}

/**
 * Words before a bare اليوم that make it the present or a day already named (أما اليوم، حتى اليوم،
 * مثل هذا اليوم، منتصف اليوم، طوال اليوم).
 */
const NOT_TODAY_BEFORE = keySet(['أما', 'حتى', 'إلى', 'منذ', 'لحد', 'ذلك', 'هذا', 'مثل', 'نفس', 'منتصف', 'نهاية', 'بداية', 'طوال', 'طيلة', 'مدار', 'مدى']);
/** The complementizers that open reported speech (`وتقول إن ...`، `ويوضح أن ...`، `أنهم`). */
const SAID_THAT: ReadonlySet<string> = new Set([...COMPLEMENTIZERS, ...keySet(['أنهم'])]);
/** How far back in its sentence a complementizer puts a bare اليوم in reported speech. */
const SAID_REACH = 12;

/** Whether token `i` follows a complementizer in its clause (no stop, comma or quote mark between): someone's words, where اليوم is the present. */
function inReportedSpeech(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - SAID_REACH; k--) {
    const t = toks[k] as Tok;
    if (SAID_THAT.has(t.key)) return true;
    if (CLAUSE_BREAK.test(t.gap)) return false;
  }
  return false;
}

/**
 * A bare اليوم in the report's own voice is the day of publication (`أعلنت الوزارة اليوم`، `في
 * الساعة 15:30 اليوم`); in quoted or reported speech (`نحن اليوم أمام خيار`، `ويقول إن السعر صار اليوم
 * ...`), with a proclitic (`واليوم`), after أما/حتى/منذ, or heading a phrase (`اليوم الوطني`، `اليوم
 * التالي`) it is the present or another day.
 */
function reportedToday(toks: readonly Tok[], i: number, quoted: () => readonly MarkedSpan[]): boolean {
  const t = toks[i] as Tok;
  if (t.key !== 'اليوم' || !t.text.startsWith('ال')) return false;
  const before = toks[i - 1];
  if (before !== undefined && t.spaced && NOT_TODAY_BEFORE.has(before.key)) return false;
  const after = toks[i + 1];
  if (after !== undefined && after.spaced && (after.key.startsWith('ال') || after.kind === 'number')) return false;
  return !inReportedSpeech(toks, i) && !quoted().some((q) => q.innerStart <= t.start && t.end <= q.innerEnd);
}

/**
 * A Gregorian day and month written without a year take the year the text gives the same day (`ذكرى
 * 7 يوليو` … `تفجيرات 7 يوليو 2005`); `من السنة نفسها` takes the year last named before it.
 */
function withKnownYear(p: Parsed, lastYear: number | null, namedDays: ReadonlyMap<number, number>): Parsed {
  if (p.hijri || p.month === null || p.year !== null || p.years !== undefined) return p;
  const year = p.sameYear === true ? lastYear : p.day === null ? undefined : namedDays.get(p.month * 100 + p.day);
  return year === null || year === undefined ? p : { ...p, year };
}

/** A paragraph ends (a line break) between offsets `from` and `to` of `text`. */
const paragraphEndsBetween = (text: string, from: number, to: number): boolean => text.slice(from, to).includes('\n');

/**
 * `في عام 1959 أطلق المسبار، وفي 15 سبتمبر بلغ القمر`، `… عام 1959. وفي سبتمبر عاد`: in a text with no
 * publication date, a Gregorian month (with or without its day) written without a year takes the year named
 * last before it in the same paragraph (that year ends at `yearEnd`, the month starts at `start`): the text
 * has no other year to give it. (Within the sentence only: EASC held out 99 right of 100; within the
 * paragraph 102 of 105, and the third set one more right, session 16.)
 */
function withParagraphYear(p: Parsed, lastYear: number | null, text: string, yearEnd: number, start: number): Parsed {
  if (p.hijri || p.month === null || p.year !== null || p.direction !== 0 || p.years !== undefined || p.months !== undefined || lastYear === null || paragraphEndsBetween(text, yearEnd, start)) return p;
  return { ...p, year: lastYear };
}

const EVERY = key('كل');
/** `5 يونيو من كل عام`، `في 15 مارس كل سنة`: a day of every year, which no year resolves. */
function everyYear(toks: readonly Tok[], to: number): boolean {
  const a = toks[to];
  const b = toks[to + 1];
  return a !== undefined && a.spaced && (a.key === EVERY || (a.key === 'من' && b !== undefined && b.spaced && b.key === EVERY));
}

/** `اليوم التالي` and its kin: the day told of last, moved; unresolved when no day was told. */
function toldOf(p: Parsed, lastDay: number | null): Resolution | null {
  if (p.fromLast === undefined) return null;
  return { date: lastDay === null ? null : isoDay(lastDay + p.fromLast * DAY_MS), granularity: 'day', relative: true };
}

export function analyzeDates(text: string, toks: readonly Tok[], published: string | null): DateMention[] {
  let anchor = dayOf(published);
  const found: { readonly from: number; readonly parsed: Parsed }[] = [];
  // The text's quote spans, read at the first bare اليوم that needs them.
  let spans: readonly MarkedSpan[] | undefined;
  const quoted = (): readonly MarkedSpan[] => (spans ??= quoteSpans(text));
  for (let i = 0; i < toks.length; i++) {
    if (!mayStartDate(toks[i] as Tok)) continue;
    const dated = dateAt(toks, i) ?? (anchor !== null && reportedToday(toks, i, quoted) ? { from: i, parsed: { ...NO_DATE, to: i + 1, rel: 0 } } : null);
    if (dated === null) continue;
    if (anchor === null) anchor = datelineDay(text, toks, dated);
    const first = rangeStart(toks, dated, found.at(-1)?.parsed.to ?? 0);
    if (first !== null) found.push(first);
    found.push(dated);
    i = dated.parsed.to - 1;
  }
  // The years the text gives its days, wherever it gives them (`يوم 7 يوليو` … `7 يوليو 2005`).
  const namedDays = new Map<number, number>();
  for (const { parsed: p } of found) if (!p.hijri && p.year !== null && p.month !== null && p.day !== null) namedDays.set(p.month * 100 + p.day, p.year);
  let lastYear: number | null = null;
  let lastYearEnd = 0;
  // The day the text last told of, for the days named by it (`اليوم التالي`), and where.
  let lastDay: number | null = null;
  let lastDayEnd = 0;
  return found.map(({ from, parsed: written }) => {
    const known = withKnownYear(written, lastYear, namedDays);
    const parsed = anchor === null && !everyYear(toks, written.to) ? withParagraphYear(known, lastYear, text, lastYearEnd, (toks[from] as Tok).start) : known;
    if (!parsed.hijri && parsed.year !== null) {
      lastYear = parsed.year;
      lastYearEnd = (toks[parsed.to - 1] as Tok).end;
    }
    // (`نفس اليوم`، `ذات اليوم`: the span takes the word before اليوم that names the day.)
    const sameDay = parsed.fromLast === 0 && from > 0 && SAME_DAY_BEFORE.has((toks[from - 1] as Tok).key) && (toks[from] as Tok).spaced;
    const first = toks[sameDay ? from - 1 : from] as Tok;
    const last = toks[parsed.to - 1] as Tok;
    let end = last.end;
    if (text.charAt(end) === ')' && text.slice(first.start, end).includes('(')) end++;
    const shown = text.slice(first.start, end);
    // (`اليوم التالي` follows a day told in its own paragraph: after a line break it tells of a day the text left unnamed.)
    const told = parsed.fromLast !== undefined && paragraphEndsBetween(text, lastDayEnd, first.start) ? null : lastDay;
    const r = toldOf(parsed, told) ?? resolve(parsed, anchor);
    if (r.granularity === 'day' && r.date !== null) {
      lastDay = Date.parse(r.date);
      lastDayEnd = end;
    }
    return {
      kind: 'date-mention',
      start: first.start,
      end,
      text: shown,
      date: r.date ?? r.partial ?? shown,
      resolved: r.date !== null,
      granularity: r.granularity,
      relative: r.relative,
    };
  });
}

/** Date expressions of a clean text; relative ones resolved against `published` (ISO) when given. */
export function findDates(text: string, published: string | null = null): DateMention[] {
  return analyzeDates(text, tokenView(text), published);
}
