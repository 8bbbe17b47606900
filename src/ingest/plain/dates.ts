import { key } from '../../text/index.js';

/**
 * Publication dates printed in the text (`الثلاثاء 25 تشرين الأول (أكتوبر) 2016`, `2016/10/25`,
 * `25-10-2016 14:30`). Month names in the key form of every regional system (ARABIC.md §5).
 */
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['كانون الثاني', 1], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الاول', 12],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يوليو', 7], ['اغسطس', 8],
  ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
  ['ماي', 5], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['جوان', 6], ['جويليه', 7], ['اوت', 8],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
];
const MONTH_ALTERNATION = MONTHS.map(([m]) => m).join('|');
const MONTH_OF = new Map(MONTHS);

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number, time?: string, half?: string): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  const [h = 0, min = 0, sec = 0] = time.split(':').map(Number);
  const afternoon = half === 'م' || half === 'مساء' || half === 'pm';
  const hour = afternoon && h < 12 ? h + 12 : !afternoon && half !== undefined && h === 12 ? 0 : h;
  return `${date}T${pad(hour)}:${pad(min)}:${pad(sec)}`;
}

/** A time after the date, with an optional afternoon marker (`م`, `مساء`, `pm`) captured separately. */
const TIME = '(?:\\s*(?:-|,|،)?\\s*(?:الساعه\\s*)?(\\d{1,2}:\\d{2}(?::\\d{2})?)(?:\\s*(م|مساء|pm|ص|صباحا|am)(?![\\p{L}]))?)?';
const NUMERIC_DMY = new RegExp(`(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)${TIME}`, 'u');
const NUMERIC_YMD = new RegExp(`(?<!\\d)(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?!\\d)(?:T|\\s+)?(\\d{1,2}:\\d{2}(?::\\d{2})?)?`, 'u');
const NAMED = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_ALTERNATION})(?:\\s*[(/]\\s*(?:${MONTH_ALTERNATION})\\s*\\)?)?\\s*[,،]?\\s+(\\d{4})(?!\\d)${TIME}`, 'u');

/** The first date written in the text as ISO 8601, or null. Hours are kept when printed beside the date. */
export function findDate(text: string): string | null {
  const k = key(text).toLowerCase();
  const ymd = NUMERIC_YMD.exec(k);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd[4]);
  const named = NAMED.exec(k);
  if (named) return isoDate(Number(named[3]), MONTH_OF.get(named[2]!) ?? 0, Number(named[1]), named[4], named[5]);
  const dmy = NUMERIC_DMY.exec(k);
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), dmy[4], dmy[5]);
  return null;
}

const WEEKDAYS = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FILLERS = ['م', 'هـ', 'ه', 'gmt', 'utc', 'am', 'pm', 'ص', 'مساء', 'صباحا', 'الساعه', 'توقيت', 'غرينتش', 'في', 'يوم'];
/** Hijri month names (key forms) and `الموافق`: a Hijri date printed with its Gregorian equivalent is still a date line. */
const HIJRI = ['محرم', 'صفر', 'ربيع', 'الاول', 'الثاني', 'الاخر', 'جمادي', 'الاولي', 'الاخره', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو', 'ذي', 'القعده', 'الحجه', 'الموافق', 'هجري', 'هجريه', 'ميلادي'];
const DATE_WORDS = new Set([...WEEKDAYS, ...FILLERS, ...HIJRI, ...MONTHS.flatMap(([m]) => m.split(' '))]);

/** True when the line is only a date (with weekday, time and month glosses), nothing else. */
export function isDateOnlyLine(text: string): boolean {
  if (findDate(text) === null) return false;
  const words = key(text).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.every((w) => DATE_WORDS.has(w));
}

const WEEKDAY_WORDS = new Set(WEEKDAYS);

/** What sets a leading date off from the prose after it: a comma, colon or dash. */
const SEPARATOR = '[،,:\\-–—ـ]';
const DATE_SEPARATOR = new RegExp(`^\\s*${SEPARATOR}`, 'u');
const ENDS_WITH_SEPARATOR = new RegExp(`${SEPARATOR}$`, 'u');
const SEPARATORS_BEFORE = new RegExp(`^(?:\\s|${SEPARATOR})+`, 'u');
const SEPARATORS_AFTER = new RegExp(`(?:\\s|${SEPARATOR})+$`, 'u');

/**
 * A date opening a body paragraph, as WikiNews and many sites print one (`السبت 26 مارس 2005 ،
 * الأرقام ...`): the date (from a weekday or a number up to the word completing it, or up to a
 * separator after a time) and the rest of the paragraph, or null. A date opening with a number must
 * be set off by a separator: without one it is the sentence's subject (`1 مايو 2005 هو عيد العمال`).
 * Not a date that is the sentence's adverbial (`في 23 مارس ...`).
 */
export function leadingDate(paragraph: string): { readonly span: string; readonly rest: string } | null {
  const tokens = [...paragraph.matchAll(/\S+/gu)].slice(0, 8);
  const first = key(tokens[0]?.[0] ?? '').toLowerCase();
  const weekdayLed = WEEKDAY_WORDS.has(first.replace(/[^\p{L}]+/gu, ''));
  if (!weekdayLed && !/^\d/u.test(first)) return null;
  const cut = (end: number): { readonly span: string; readonly rest: string } | null => {
    const rest = paragraph.slice(end).replace(SEPARATORS_BEFORE, '');
    return rest.split(/\s+/u).length >= 5 ? { span: paragraph.slice(0, end).replace(SEPARATORS_AFTER, ''), rest } : null;
  };
  let complete = -1;
  for (const t of tokens) {
    const words = key(t[0]).toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w !== '');
    if (!words.every((w) => /^\d{1,4}$/u.test(w) || DATE_WORDS.has(w))) break;
    const end = t.index + t[0].length;
    if (findDate(paragraph.slice(0, end)) === null) continue;
    if (ENDS_WITH_SEPARATOR.test(t[0]) || DATE_SEPARATOR.test(paragraph.slice(end))) return cut(end);
    if (complete < 0) complete = end;
  }
  return weekdayLed && complete >= 0 ? cut(complete) : null;
}
