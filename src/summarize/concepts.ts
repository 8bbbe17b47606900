import type { Candidate } from './candidates.js';

/**
 * Concept weights in the manner of Gillick & Favre (2009): a concept is a key-term bigram (or, with
 * a smaller weight, a key term), and it is worth the number of independent reports that carry it
 * beyond the first, plus half a point for each further sentence repeating it inside a report. So
 * content most outlets agree on is worth most, and a one-off phrase of one outlet is worth nothing.
 */
export interface ConceptWeights {
  readonly bigrams: ReadonlyMap<string, number>;
  readonly unigrams: ReadonlyMap<string, number>;
}

const REPEAT_CREDIT = 0.5;

function weigh(candidates: readonly Candidate[], reportOf: readonly number[], pick: (c: Candidate) => ReadonlySet<string>): Map<string, number> {
  const reports = new Map<string, Set<number>>();
  const sentencesWith = new Map<string, number>();
  for (const c of candidates) {
    if (reportOf[c.doc] !== c.doc) continue;
    for (const g of pick(c)) {
      let r = reports.get(g);
      if (r === undefined) reports.set(g, (r = new Set()));
      r.add(c.doc);
      sentencesWith.set(g, (sentencesWith.get(g) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [g, r] of reports) {
    const w = r.size - 1 + REPEAT_CREDIT * (sentencesWith.get(g)! - r.size);
    if (w > 0) weights.set(g, w);
  }
  return weights;
}

/** `reportOf[d]` is the first document with the content of `d`: later exact copies are not counted. */
export function conceptWeights(candidates: readonly Candidate[], reportOf: readonly number[]): ConceptWeights {
  return {
    bigrams: weigh(candidates, reportOf, (c) => c.bigrams),
    unigrams: weigh(candidates, reportOf, (c) => c.unigrams),
  };
}
