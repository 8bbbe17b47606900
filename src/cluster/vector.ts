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
  // Distinct terms in order of first occurrence (the order new ids are assigned in), with their
  // counts; a term is a lead term when it first occurs among the first `leadTerms`.
  const slotOf = new Map<string, number>();
  const ids: number[] = [];
  const counts: number[] = [];
  const firstAt: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const slot = slotOf.get(term);
    if (slot === undefined) {
      slotOf.set(term, ids.length);
      ids.push(vocabulary.id(term));
      counts.push(1);
      firstAt.push(i);
    } else counts[slot]!++;
  }
  const weights: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const tf = (1 + Math.log(counts[k]!)) * (firstAt[k]! < p.leadTerms ? 1 + p.leadBoost : 1);
    weights.push(tf * vocabulary.idf(ids[k]!));
  }
  if (p.nameWeight > 0) {
    for (const name of new Set(names)) {
      if (slotOf.has(name)) continue;
      const id = vocabulary.id(name);
      ids.push(id);
      weights.push(p.nameWeight * vocabulary.idf(id));
    }
  }
  const order = Array.from({ length: ids.length }, (_, k) => k).sort((a, b) => weights[b]! - weights[a]! || ids[a]! - ids[b]!);
  const kept = order.slice(0, p.limit);
  const keptIds = kept.map((k) => ids[k]!);
  const keptWeights = kept.map((k) => weights[k]!);
  let sq = 0;
  for (const w of keptWeights) sq += w * w;
  return { terms: keptIds, weights: keptWeights, norm: Math.sqrt(sq), distinct: ids };
}
