import type { Candidate, Vocabularies } from './candidates.js';

/**
 * Concept weights in the manner of Gillick & Favre (2009): a concept is a key-term bigram (or, with
 * a smaller weight, a key term), and it is worth the number of independent reports that carry it
 * beyond the first, plus half a point for each further sentence repeating it inside a report. So
 * content most outlets agree on is worth most, and a one-off phrase of one outlet is worth nothing.
 */
export interface ConceptWeights {
  /** Indexed by bigram id / term id. */
  readonly bigrams: Float64Array;
  readonly unigrams: Float64Array;
}

const REPEAT_CREDIT = 0.5;

function weigh(candidates: readonly Candidate[], reportOf: readonly number[], size: number, pick: (c: Candidate) => Int32Array): Float64Array {
  const reports = new Int32Array(size);
  const sentencesWith = new Int32Array(size);
  const lastDoc = new Int32Array(size).fill(-1);
  for (const c of candidates) {
    if (reportOf[c.doc] !== c.doc || c.words < c.sentenceWords) continue;
    for (const id of pick(c)) {
      if (lastDoc[id] !== c.doc) {
        lastDoc[id] = c.doc;
        reports[id]! += 1;
      }
      sentencesWith[id]! += 1;
    }
  }
  const weights = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    const r = reports[id]!;
    if (r > 0) weights[id] = Math.max(0, r - 1 + REPEAT_CREDIT * (sentencesWith[id]! - r));
  }
  return weights;
}

/** `reportOf[d]` is the first document with the content of `d`: later exact copies are not counted. */
export function conceptWeights(candidates: readonly Candidate[], reportOf: readonly number[], v: Vocabularies): ConceptWeights {
  return {
    bigrams: weigh(candidates, reportOf, v.bigrams.size, (c) => c.bigrams),
    unigrams: weigh(candidates, reportOf, v.terms.size, (c) => c.terms.ids),
  };
}
