/**
 * The digest's time window (`since`): a store kept across daily runs holds every story it ever made,
 * and a monitor reading today's digest wants today's news. An article is in the window when it was
 * published at or after `since`; when its publication time is unknown, when it arrived (the start of
 * the run that stored it). A story is in the digest when one of its articles is in the window, and
 * then with all of its articles, old ones included: they are the story's context and its summary's
 * sources.
 */
import type { RunRecord, StoredDocumentHead } from '../store/index.js';

const ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * Milliseconds since the epoch of an ISO date (`2026-11-20`) or date-time; a date-time without a zone
 * is read as UTC, so the window does not move with the machine's time zone. NaN when unreadable.
 */
export function instantOf(iso: string): number {
  const s = iso.trim();
  return Date.parse(s.includes('T') && !ZONED.test(s) ? `${s}Z` : s);
}

/** Whether a stored article is in the window that starts at `since` (milliseconds), given when each run started. */
export function windowTest(since: number, runs: readonly RunRecord[]): (d: StoredDocumentHead) => boolean {
  // A run number is shared by a crashed attempt and its rerun: the earliest start is when the articles came.
  const arrived = new Map<number, number>();
  for (const r of runs) {
    const t = instantOf(r.startedAt);
    if (t < (arrived.get(r.number) ?? Infinity)) arrived.set(r.number, t);
  }
  return (d) => {
    const published = d.published === null ? NaN : instantOf(d.published);
    return (Number.isNaN(published) ? (arrived.get(d.run) ?? -Infinity) : published) >= since;
  };
}
