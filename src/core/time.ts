/** Milliseconds in a day (UTC days: no daylight saving). */
export const DAY_MS = 86_400_000;

/** An ISO date-time without a zone, the T written or a space (`2026-11-20 06:00`, as many feeds write it). */
const UNZONED = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)$/i;

/**
 * Milliseconds since the epoch of a publication date or a run's timestamp: an ISO date (`2026-11-20`)
 * or date-time, a date-time without a zone read as UTC — never in the machine's time zone, so that
 * windows, reading orders and story time gaps are the same wherever khulasa runs. Other forms go to
 * `Date.parse` as they are (`Fri, 20 Nov 2026 06:00:00 GMT`). NaN when unreadable.
 */
export function instantOf(iso: string): number {
  const s = iso.trim();
  const unzoned = UNZONED.exec(s);
  return Date.parse(unzoned ? `${unzoned[1]}T${unzoned[2]}Z` : s);
}
