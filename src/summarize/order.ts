import type { CleanDocument } from '../core/index.js';
import type { Candidate } from './candidates.js';

/**
 * Reading order: by position in the source article (leads first), then by publication time (unknown
 * last), then by input order. Sentences of one article therefore keep their order.
 */
export function readingOrder(chosen: readonly Candidate[], docs: readonly CleanDocument[]): Candidate[] {
  const time = (c: Candidate): string => docs[c.doc]!.published ?? '\uffff';
  return [...chosen].sort((a, b) => a.rank - b.rank || (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0) || a.doc - b.doc);
}
