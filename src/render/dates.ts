import { DAY_MS } from '../core/index.js';

/** Month names as most Arabic outlets print them; the digest shows one system, the sources keep theirs. */
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'] as const;

const monthName = (mm: string): string | undefined => MONTHS[Number(mm) - 1];

/**
 * A timeline date for readers: `2026-11-14` → `14 نوفمبر 2026`, `2026-11` → `نوفمبر 2026`,
 * `--11-14` (day and month without a year) → `14 نوفمبر`, `--11` → `نوفمبر`, `2026-W47` → `الأسبوع 47 من 2026`.
 * A year is printed by its number: `0711` (ISO's four digits) → `711`, alone or in any of these forms.
 * Anything else (a relative expression kept as written) is returned unchanged.
 */
export function readableDate(date: string): string {
  if (/^\d{4}$/.test(date)) return String(Number(date));
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) {
    const month = monthName(full[2]!);
    return month ? `${Number(full[3])} ${month} ${Number(full[1])}` : date;
  }
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(date);
  if (monthOnly) {
    const month = monthName(monthOnly[2]!);
    return month ? `${month} ${Number(monthOnly[1])}` : date;
  }
  const noYear = /^--(\d{2})-(\d{2})$/.exec(date);
  if (noYear) {
    const month = monthName(noYear[1]!);
    return month ? `${Number(noYear[2])} ${month}` : date;
  }
  const monthNoYear = /^--(\d{2})$/.exec(date);
  if (monthNoYear) return monthName(monthNoYear[1]!) ?? date;
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week && Number(week[2]) >= 1 && Number(week[2]) <= 53) return `الأسبوع ${Number(week[2])} من ${Number(week[1])}`;
  return date;
}

/** The Monday of an ISO week (`2026-W47` → `2026-11-16`), so weeks sort among days. */
function weekStart(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 + ((week - 1) * 7 - jan4Weekday) * DAY_MS).toISOString().slice(0, 10);
}

/** A key that orders every date form `readableDate` knows: dates without a year after the dated ones. */
function sortKey(date: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) return weekStart(Number(week[1]), Number(week[2]));
  return date.startsWith('--') ? `9999${date.slice(1)}` : date;
}

/** A publication timestamp for readers: `2026-11-18T09:30:00` → `18 نوفمبر 2026، 09:30`; the zone is not converted. */
export function readableTimestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (!m) return value;
  const day = readableDate(m[1]!);
  if (day === m[1]) return value;
  return m[2] && m[2] !== '00:00' ? `${day}، ${m[2]}` : day;
}

const inUtc = (iso: string): string => `${readableTimestamp(iso)}${/(?:Z|[+-]00:?00)$/.test(iso) ? ' (UTC)' : ''}`;

/**
 * When a run was made, for the digest's header: `التشغيل رقم 2، 22 نوفمبر 2026، 00:38 (UTC)`, and the
 * start of its time window when it had one (`— أخبار منذ 20 نوفمبر 2026 (UTC)`).
 */
export function runLine(run: { readonly number: number; readonly startedAt: string; readonly since?: string }): string {
  const window = run.since === undefined ? '' : ` — أخبار منذ ${inUtc(run.since)}`;
  return `التشغيل رقم ${run.number}، ${inUtc(run.startedAt)}${window}`;
}

/** Resolved dates first, oldest first; then the relative expressions in their given order. */
export function timelineOrder<T extends { readonly date: string; readonly resolved: boolean }>(entries: readonly T[]): T[] {
  const resolved = entries.filter((t) => t.resolved).sort((a, b) => (sortKey(a.date) < sortKey(b.date) ? -1 : sortKey(a.date) > sortKey(b.date) ? 1 : 0));
  return [...resolved, ...entries.filter((t) => !t.resolved)];
}
