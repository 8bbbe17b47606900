import type { DocumentFrequencies } from './idf.js';

/** A sparse term vector: parallel arrays, sorted by weight descending. */
export interface TermVector {
  readonly terms: readonly string[];
  /** Sublinear term frequency 1 + ln(tf) (names: times `nameWeight`), before IDF. */
  readonly tf: readonly number[];
  /** tf × idf at the time the document arrived. */
  readonly weights: readonly number[];
  readonly norm: number;
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
 * multiplied by 1 + `leadBoost`; names enter as their own features with tf `nameWeight`.
 */
export function documentVector(terms: readonly string[], names: readonly string[], p: VectorParams, df: DocumentFrequencies): TermVector {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lead = new Set(terms.slice(0, p.leadTerms));
  const nameWeight = p.nameWeight;
  const entries: { term: string; tf: number; weight: number }[] = [];
  for (const [term, count] of counts) {
    const tf = (1 + Math.log(count)) * (lead.has(term) ? 1 + p.leadBoost : 1);
    entries.push({ term, tf, weight: tf * df.idf(term) });
  }
  if (nameWeight > 0) {
    for (const name of new Set(names)) {
      const term = NAME_PREFIX + name;
      entries.push({ term, tf: nameWeight, weight: nameWeight * df.idf(term) });
    }
  }
  entries.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const kept = entries.slice(0, p.limit);
  let sq = 0;
  for (const e of kept) sq += e.weight * e.weight;
  return { terms: kept.map((e) => e.term), tf: kept.map((e) => e.tf), weights: kept.map((e) => e.weight), norm: Math.sqrt(sq) };
}
