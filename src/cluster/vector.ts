import type { Vocabulary } from './vocabulary.js';

/** A sparse term vector over term ids: parallel arrays, sorted by weight descending. */
export interface TermVector {
  readonly terms: readonly number[];
  /** tf × idf at the time the document arrived; tf is 1 + ln(count), boosted for lead terms and names. */
  readonly weights: readonly number[];
  readonly norm: number;
  /** Every distinct term id of the document (for document frequencies), not only the kept ones. */
  readonly distinct: readonly number[];
}

export const NAME_PREFIX = '\u0001';

export interface VectorParams {
  readonly nameWeight: number;
  readonly leadTerms: number;
  readonly leadBoost: number;
  readonly limit: number;
}

/**
 * The document's `limit` highest-weighted terms. Terms among the first `leadTerms` get their tf
 * multiplied by 1 + `leadBoost`; names (already prefixed with NAME_PREFIX) enter as their own
 * features with tf `nameWeight`.
 */
export function documentVector(terms: readonly string[], names: readonly string[], p: VectorParams, vocabulary: Vocabulary): TermVector {
  // Count in a small per-document map first: the vocabulary is looked up once per distinct term.
  const byTerm = new Map<string, number>();
  for (const t of terms) byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
  const lead = new Set(terms.slice(0, p.leadTerms));
  const counts = new Map<number, number>();
  const entries: { id: number; weight: number }[] = [];
  for (const [term, count] of byTerm) {
    const id = vocabulary.id(term);
    counts.set(id, count);
    const tf = (1 + Math.log(count)) * (lead.has(term) ? 1 + p.leadBoost : 1);
    entries.push({ id, weight: tf * vocabulary.idf(id) });
  }
  if (p.nameWeight > 0) {
    for (const name of new Set(names)) {
      const id = vocabulary.id(name);
      if (counts.has(id)) continue;
      counts.set(id, 1);
      entries.push({ id, weight: p.nameWeight * vocabulary.idf(id) });
    }
  }
  entries.sort((a, b) => b.weight - a.weight || a.id - b.id);
  const kept = entries.slice(0, p.limit);
  let sq = 0;
  for (const e of kept) sq += e.weight * e.weight;
  return { terms: kept.map((e) => e.id), weights: kept.map((e) => e.weight), norm: Math.sqrt(sq), distinct: [...counts.keys()] };
}
