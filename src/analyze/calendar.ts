/** Calendar arithmetic on UTC dates: ISO strings, ISO weeks, Hijri (Umm al-Qura, via Node's ICU) to Gregorian. */
import { DAY_MS } from '../core/index.js';

export { DAY_MS };

export const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
/** A year in ISO 8601's four digits (`0711`). */
export const isoYear = (y: number): string => String(y).padStart(4, '0');
export const isoMonth = (y: number, m: number): string => `${isoYear(y)}-${String(m).padStart(2, '0')}`;

/** `published` (ISO date or date-time) → UTC midnight of that day, or null when unreadable. */
export function dayOf(published: string | null | undefined): number | null {
  if (published === null || published === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

export function isoWeek(t: number): string {
  const d = new Date(t);
  const day = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = t + (4 - day) * DAY_MS;
  const y = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(y, 0, 1)) / DAY_MS / 7) + 1;
  return `${y}-W${String(week).padStart(2, '0')}`;
}

export const validDay = (y: number, m: number, d: number): boolean => {
  const t = Date.UTC(y, m - 1, d);
  const x = new Date(t);
  return x.getUTCFullYear() === y && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
};

let hijriFormat: Intl.DateTimeFormat | null = null;
function hijriParts(t: number): { y: number; m: number; d: number } {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = hijriFormat.formatToParts(new Date(t));
  const get = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? 'NaN', 10);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Gregorian UTC day of a Hijri date, by searching around the arithmetic estimate; null if none matches. */
export function hijriToGregorian(y: number, m: number, d: number): number | null {
  const estimate = Date.UTC(622, 6, 16) + Math.round(((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) * DAY_MS / DAY_MS) * DAY_MS;
  for (let delta = 0; delta <= 8; delta++) {
    for (const t of delta === 0 ? [estimate] : [estimate + delta * DAY_MS, estimate - delta * DAY_MS]) {
      const h = hijriParts(t);
      if (h.y === y && h.m === m && h.d === d) return t;
    }
  }
  return null;
}

/** The Hijri year of a Gregorian UTC day. */
export const hijriYearOf = (t: number): number => hijriParts(t).y;
