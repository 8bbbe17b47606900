import { instantOf, type CleanDocument } from '../core/index.js';
import type { Candidate } from './candidates.js';

/**
 * Reading order: by position in the source article (leads first), then by publication time (unknown
 * last), then by input order. Sentences of one article therefore keep their order.
 */
export function readingOrder(chosen: readonly Candidate[], docs: readonly CleanDocument[]): Candidate[] {
  // Unknown or unreadable publication times sort last.
  const times = docs.map((d) => instantOf(d.published ?? '')).map((t) => (Number.isNaN(t) ? Infinity : t));
  return [...chosen].sort((a, b) => a.rank - b.rank || times[a.doc]! - times[b.doc]! || a.doc - b.doc);
}
