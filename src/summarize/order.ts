import type { CleanDocument } from '../core/index.js';
import type { Candidate } from './candidates.js';

/**
 * Milliseconds since the epoch of an ISO 8601 date or date-time; a date-time without an offset is
 * read as UTC (never as the machine's local time, which would make the order depend on where it
 * runs). Null when absent or unreadable.
 */
function publishedTime(published: string | null): number | null {
  if (published === null) return null;
  const iso = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/.test(published) ? `${published}Z` : published;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/**
 * Reading order: by position in the source article (leads first), then by publication time (unknown
 * last), then by input order. Sentences of one article therefore keep their order.
 */
export function readingOrder(chosen: readonly Candidate[], docs: readonly CleanDocument[]): Candidate[] {
  const times = docs.map((d) => publishedTime(d.published) ?? Infinity);
  return [...chosen].sort((a, b) => a.rank - b.rank || times[a.doc]! - times[b.doc]! || a.doc - b.doc);
}
