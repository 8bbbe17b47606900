/** Month names as most Arabic outlets print them; the digest shows one system, the sources keep theirs. */
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'] as const;

const monthName = (mm: string): string | undefined => MONTHS[Number(mm) - 1];

/**
 * A timeline date for readers: `2026-11-14` → `14 نوفمبر 2026`, `2026-11` → `نوفمبر 2026`,
 * `--11-14` (day and month without a year) → `14 نوفمبر`. Anything else (a relative expression kept
 * as written) is returned unchanged.
 */
export function readableDate(date: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (full) {
    const month = monthName(full[2]!);
    return month ? `${Number(full[3])} ${month} ${full[1]}` : date;
  }
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(date);
  if (monthOnly) {
    const month = monthName(monthOnly[2]!);
    return month ? `${month} ${monthOnly[1]}` : date;
  }
  const noYear = /^--(\d{2})-(\d{2})$/.exec(date);
  if (noYear) {
    const month = monthName(noYear[1]!);
    return month ? `${Number(noYear[2])} ${month}` : date;
  }
  return date;
}

/** A publication timestamp for readers: `2026-11-18T09:30:00` → `18 نوفمبر 2026، 09:30`; the zone is not converted. */
export function readableTimestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (!m) return value;
  const day = readableDate(m[1]!);
  if (day === m[1]) return value;
  return m[2] && m[2] !== '00:00' ? `${day}، ${m[2]}` : day;
}

/** Resolved dates first, oldest first; then the relative expressions in their given order. */
export function timelineOrder<T extends { readonly date: string; readonly resolved: boolean }>(entries: readonly T[]): T[] {
  const sortable = (d: string): string => (d.startsWith('--') ? `9999${d.slice(1)}` : d);
  const resolved = entries.filter((t) => t.resolved).sort((a, b) => (sortable(a.date) < sortable(b.date) ? -1 : sortable(a.date) > sortable(b.date) ? 1 : 0));
  return [...resolved, ...entries.filter((t) => !t.resolved)];
}
