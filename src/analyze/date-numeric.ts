/**
 * Numeric dates: day/month/year as the Arab press writes them (`17/10/2016`، `17-10-2016`،
 * `7 / 7 / 2005`، `1.5.2005`) and year/month/day as dated headings and archives do (`2005/01/08`،
 * `2005-01-08`), in one token or split at the separators.
 */
import { validDay } from './calendar.js';
import type { Tok } from './tokens.js';

export interface NumericDay {
  /** The token after the date. */
  readonly to: number;
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
/** Between the parts of a split date: one separator, a space on either side at most. */
const SEPARATOR = /^ ?([/.-]) ?$/;

/** A year/month/day or day/month/year triple that names a real day, or null. */
function triple(a: string, b: string, c: string): Omit<NumericDay, 'to'> | null {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  if (a.length === 4 && c.length <= 2 && validDay(x, y, z)) return { year: x, month: y, day: z };
  if (c.length === 4 && a.length <= 2 && validDay(z, y, x)) return { year: z, month: y, day: x };
  return null;
}

/** The digits of a number token written in digits alone, or null. */
export const digits = (t: Tok | undefined): string | null => (t !== undefined && t.kind === 'number' && /^\d+$/.test(t.key) ? t.key : null);

/** The numeric date written from token `i`, or null. */
export function numericDayAt(toks: readonly Tok[], i: number): NumericDay | null {
  const t = toks[i];
  if (t === undefined || t.kind !== 'number') return null;
  const one = DAY_FIRST.exec(t.key) ?? YEAR_FIRST.exec(t.key);
  if (one !== null) {
    const d = triple(one[1] as string, one[3] as string, one[4] as string);
    return d === null ? null : { ...d, to: i + 1 };
  }
  const a = digits(t);
  const b = digits(toks[i + 1]);
  const c = digits(toks[i + 2]);
  if (a === null || b === null || c === null) return null;
  const s1 = SEPARATOR.exec((toks[i + 1] as Tok).gap);
  const s2 = SEPARATOR.exec((toks[i + 2] as Tok).gap);
  if (s1 === null || s2 === null || s1[1] !== s2[1]) return null;
  const d = triple(a, b, c);
  return d === null ? null : { ...d, to: i + 3 };
}
