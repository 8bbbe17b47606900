import { DAY_MS } from '../core/index.js';
import { key, type Token } from '../text/index.js';

/**
 * When a sentence says something happened, as far as its words tell: a calendar day (days since
 * 1970-01-01) when the text or the article's publication date fixes one, else what the words name (a
 * day of a month, a weekday), and the half of the day (`فجر`/`صباح` 0, `مساء`/`ليلة` 1) when given.
 */
export interface TimeAnchor {
  readonly day: number | null;
  /** `month * 32 + day of month`, from an explicit date or a resolved day. */
  readonly dayOfMonth: number | null;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number | null;
  readonly half: 0 | 1 | null;
}

const normalized = (words: readonly string[]): string[] => words.map((w) => key(w));
const indexOf = (groups: readonly (readonly string[])[]): Map<string, number> => {
  const m = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const w of normalized(g)) m.set(w, i);
  });
  return m;
};

/** Weekday names, Sunday first. */
const WEEKDAYS = indexOf([['الأحد'], ['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']]);

/** Month names, January first: Egyptian/Gulf, Levantine (first word of two-word names), Maghrebi. */
const MONTHS = indexOf([
  ['يناير', 'جانفي', 'كانون'],
  ['فبراير', 'فيفري', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'ابريل', 'إبريل', 'أفريل', 'نيسان'],
  ['مايو', 'ماي', 'أيار'],
  ['يونيو', 'يونيه', 'جوان', 'حزيران'],
  ['يوليو', 'يوليه', 'جويلية', 'تموز'],
  ['أغسطس', 'اغسطس', 'أوت', 'آب'],
  ['سبتمبر', 'شتنبر', 'أيلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين'],
  ['نوفمبر', 'نونبر'],
  ['ديسمبر', 'دجنبر', 'دجمبر'],
]);
/** Whether a key word is a month name, or the first word of one (`تشرين`): after a number it ends a date, not a count. */
export const isMonthWord = (k: string): boolean => MONTHS.has(k);

/** `كانون الثاني` is January, `كانون الأول` December; `تشرين الأول` October, `تشرين الثاني` November. */
const TWO_WORD_MONTHS = new Map<string, readonly [string, number][]>([
  [key('كانون'), [[key('الثاني'), 0], [key('الأول'), 11]]],
  [key('تشرين'), [[key('الأول'), 9], [key('الثاني'), 10]]],
]);

const RELATIVE_DAYS = new Map<string, number>([
  [key('اليوم'), 0],
  [key('أمس'), -1],
  [key('البارحة'), -1],
  [key('غدا'), 1],
  [key('غداً'), 1],
  [key('الليلة'), 0],
]);

/** Day parts: the first half of the day (dawn to noon) and the second (afternoon to night). */
const HALVES = new Map<string, 0 | 1>([
  ...normalized(['فجر', 'فجرا', 'الفجر', 'صباح', 'صباحا', 'الصباح', 'ظهر', 'ظهرا', 'الظهر', 'ظهيرة']).map((w): [string, 0] => [w, 0]),
  ...normalized(['عصر', 'عصرا', 'العصر', 'مساء', 'مساءا', 'المساء', 'ليلة', 'ليل', 'ليلا', 'الليلة', 'الليل']).map((w): [string, 1] => [w, 1]),
]);

/** Words that may sit inside a time expression without ending it: `يوم السبت`, `12 من تشرين`, `أول أمس`. */
const GLUE = new Set(normalized(['يوم', 'من', 'أول']));
const OF = key('من');
const FIRST = key('أول');
const PAST = new Set(normalized(['الماضي', 'الفائت', 'المنصرم']));
const NEXT = new Set(normalized(['المقبل', 'القادم']));

/**
 * Every word a time expression needs (a weekday, a relative day or a month): a sentence without any
 * names no day, and its tokens need not be read.
 */
const DAY_WORDS = new Set([...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(), ...MONTHS.keys()]);
const SHORTEST_DAY_WORD = Math.min(...[...DAY_WORDS].map((w) => w.length));
const LONGEST_DAY_WORD = Math.max(...[...DAY_WORDS].map((w) => w.length));

/** Whether the key text of a sentence may hold a time expression (a fast test before `timeAnchors`). */
export function mayNameADay(keyText: string): boolean {
  let start = 0;
  for (let i = 0; i <= keyText.length; i++) {
    const code = i < keyText.length ? keyText.charCodeAt(i) : 0x20;
    if (code >= 0x0621 && code <= 0x064a) continue;
    if (i - start >= SHORTEST_DAY_WORD && i - start <= LONGEST_DAY_WORD && DAY_WORDS.has(keyText.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

/** 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Days since 1970-01-01 of a calendar date (`month` 0–11). */
const utcDay = (year: number, month: number, date: number): number => Math.round(Date.UTC(year, month, date) / DAY_MS);

/** The calendar day an ISO date or date-time names (its own local date, as written); null when unreadable. */
export function publicationDay(published: string | null): number | null {
  const m = published === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m === null ? null : utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The value of a digit token (`key` writes Arabic-Indic and Persian digits as 0–9); null for `1,5` or `17/10`. */
const digitValue = (text: string): number | null => {
  const ascii = key(text);
  return /^\d+$/.test(ascii) ? Number(ascii) : null;
};

interface Parts {
  relative: number | null;
  weekday: number | null;
  weekdayShift: -1 | 0 | 1;
  dayOfMonth: number | null;
  month: number | null;
  year: number | null;
  half: 0 | 1 | null;
}

const emptyParts = (): Parts => ({ relative: null, weekday: null, weekdayShift: 0, dayOfMonth: null, month: null, year: null, half: null });

function resolve(p: Parts, published: number | null): TimeAnchor | null {
  if (p.relative === null && p.weekday === null && (p.dayOfMonth === null || p.month === null)) return null;
  let day: number | null = null;
  if (p.dayOfMonth !== null && p.month !== null) {
    if (p.year !== null) day = utcDay(p.year, p.month, p.dayOfMonth);
    else if (published !== null) {
      const year = new Date(published * DAY_MS).getUTCFullYear();
      const candidates = [year - 1, year, year + 1].map((y) => utcDay(y, p.month!, p.dayOfMonth!));
      day = candidates.reduce((a, b) => (Math.abs(b - published) < Math.abs(a - published) ? b : a));
    }
  } else if (published !== null && p.relative !== null) day = published + p.relative;
  else if (published !== null && p.weekday !== null) {
    const back = (weekdayOf(published) - p.weekday + 7) % 7;
    if (p.weekdayShift === 1) day = published + ((p.weekday - weekdayOf(published) + 7) % 7 || 7);
    else day = published - (p.weekdayShift === -1 ? back || 7 : back);
  }
  if (day !== null) {
    const date = new Date(day * DAY_MS);
    return { day, dayOfMonth: date.getUTCMonth() * 32 + date.getUTCDate(), weekday: weekdayOf(day), half: p.half };
  }
  return {
    day: null,
    dayOfMonth: p.dayOfMonth !== null && p.month !== null ? p.month * 32 + p.dayOfMonth : null,
    weekday: p.weekday,
    half: p.half,
  };
}

/**
 * The time expressions of a run of tokens, in order, each with the offset where it starts: a
 * maximal run of day parts, relative days (`اليوم`, `أمس`), weekdays and dates (`14 تشرين الثاني
 * 2026`), joined by spaces, brackets and glue words, that names at least a day. `published` (a day
 * number) turns relative days and bare weekdays into calendar days: a bare weekday is the latest one
 * on or before publication (the news reports what happened), `المقبل` the next, `الماضي` the previous.
 */
export function timeAnchors(tokens: readonly Token[], published: number | null): { readonly at: number; readonly anchor: TimeAnchor }[] {
  const out: { at: number; anchor: TimeAnchor }[] = [];
  let parts = emptyParts();
  let start = -1;
  const close = (): void => {
    const anchor = start < 0 ? null : resolve(parts, published);
    if (anchor !== null) out.push({ at: start, anchor });
    parts = emptyParts();
    start = -1;
  };
  const words = tokens.filter((t) => t.kind !== 'space');
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (t.kind === 'punct' && /^[()]$/u.test(t.text)) continue;
    const k = t.kind === 'word' ? key(t.text) : '';
    const value = t.kind === 'number' ? digitValue(t.text) : null;
    const m = value !== null && value >= 1 && value <= 31 ? monthAt(words, i + 1) : null;
    const begin = (): void => {
      if (start < 0) start = t.start;
    };
    if (HALVES.has(k) && !RELATIVE_DAYS.has(k)) {
      if (parts.half !== null) close();
      begin();
      parts.half = HALVES.get(k)!;
    } else if (RELATIVE_DAYS.has(k)) {
      if (parts.relative !== null) close();
      begin();
      parts.relative = RELATIVE_DAYS.get(k)!;
      if (HALVES.has(k)) parts.half = HALVES.get(k)!;
      if (parts.relative === -1 && i > 0 && key(words[i - 1]!.text) === FIRST) parts.relative = -2;
    } else if (WEEKDAYS.has(k)) {
      if (parts.weekday !== null) close();
      begin();
      parts.weekday = WEEKDAYS.get(k)!;
    } else if (start >= 0 && parts.weekday !== null && parts.relative === null && PAST.has(k)) parts.weekdayShift = -1;
    else if (start >= 0 && parts.weekday !== null && parts.relative === null && NEXT.has(k)) parts.weekdayShift = 1;
    else if (value !== null && m !== null) {
      if (parts.dayOfMonth !== null) close();
      begin();
      parts.dayOfMonth = value;
      parts.month = m.month;
      i = m.last;
      const year = i + 1 < words.length && words[i + 1]!.kind === 'number' ? digitValue(words[i + 1]!.text) : null;
      if (year !== null && year >= 1900 && year <= 2100) {
        parts.year = year;
        i++;
      }
    } else if (start >= 0 && GLUE.has(k)) continue;
    else close();
  }
  close();
  return out;
}

/** The month named at `i` (after an optional `من`), and the index of its last word. */
function monthAt(words: readonly Token[], i: number): { month: number; last: number } | null {
  let j = i;
  if (j < words.length && words[j]!.kind === 'word' && key(words[j]!.text) === OF) j++;
  const w = words[j];
  if (w === undefined || w.kind !== 'word') return null;
  const k = key(w.text);
  const second = TWO_WORD_MONTHS.get(k);
  if (second !== undefined) {
    const next = words[j + 1];
    const hit = next === undefined ? undefined : second.find(([name]) => name === key(next.text));
    if (hit !== undefined) return { month: hit[1], last: j + 1 };
  }
  const month = MONTHS.get(k);
  return month === undefined || second !== undefined ? null : { month, last: j };
}

/**
 * Whether two anchors name the same time, at the finest level both know: the calendar day, else the
 * day of the month, else the weekday; never when they name opposite halves of the day.
 */
export function sameTime(a: TimeAnchor, b: TimeAnchor): boolean {
  if (a.half !== null && b.half !== null && a.half !== b.half) return false;
  if (a.day !== null && b.day !== null) return a.day === b.day;
  if (a.dayOfMonth !== null && b.dayOfMonth !== null) return a.dayOfMonth === b.dayOfMonth;
  if (a.weekday !== null && b.weekday !== null) return a.weekday === b.weekday;
  return false;
}
