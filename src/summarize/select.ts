import { bigramOverlap, cosine, type Candidate } from './candidates.js';
import type { ConceptWeights } from './concepts.js';
import type { SummaryOptions } from './options.js';

export const isRedundant = (a: Candidate, b: Candidate, o: Required<SummaryOptions>): boolean =>
  bigramOverlap(a.bigrams, b.bigrams) > o.redundancy || cosine(a, b) > o.paraphrase;

function gain(c: Candidate, w: ConceptWeights, covered: ReadonlySet<string>, unigramWeight: number): number {
  let g = 0;
  for (const b of c.bigrams) if (!covered.has(b)) g += w.bigrams.get(b) ?? 0;
  for (const u of c.unigrams) if (!covered.has(u)) g += unigramWeight * (w.unigrams.get(u) ?? 0);
  return g;
}

/**
 * Budgeted greedy maximization of concept coverage (a monotone submodular objective, as in Lin &
 * Bilmes 2010) with a position prior. Each step takes, among the candidates that fit the remaining
 * budget and are not redundant with a sentence already taken, the one with the largest
 * `coverage / scale + positionWeight / (1 + rank)`, where coverage is the weight of its concepts not
 * yet covered divided by `words ^ lengthExponent` and `scale` is the largest initial coverage. Ties go
 * to the earlier document, then the earlier sentence.
 */
export function selectSentences(candidates: readonly Candidate[], w: ConceptWeights, o: Required<SummaryOptions>): Candidate[] {
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  const open = new Set(candidates);
  let left = o.words;
  const density = (c: Candidate): number => gain(c, w, covered, o.unigramWeight) / c.words ** o.lengthExponent;
  let scale = 0;
  for (const c of candidates) scale = Math.max(scale, density(c));
  if (scale === 0) scale = 1;
  for (;;) {
    let best: Candidate | null = null;
    let bestValue = -1;
    for (const c of open) {
      if (c.words > left) {
        open.delete(c);
        continue;
      }
      let overlap = 0;
      for (const t of chosen) if (t.doc !== c.doc) overlap = Math.max(overlap, cosine(c, t));
      const value = density(c) / scale + ((1 - overlap) * o.positionWeight) / (1 + c.rank);
      if (value > bestValue) {
        best = c;
        bestValue = value;
      }
    }
    if (best === null) return chosen;
    open.delete(best);
    chosen.push(best);
    left -= best.words;
    for (const b of best.bigrams) covered.add(b);
    for (const u of best.unigrams) covered.add(u);
    for (const c of open) if (isRedundant(c, best, o)) open.delete(c);
  }
}
