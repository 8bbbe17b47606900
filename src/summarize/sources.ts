import type { CleanDocument, SentenceRef } from '../core/index.js';
import { cosine, type Candidate } from './candidates.js';

/**
 * The cited sentence first, then for every other document the sentence most similar to it, when that
 * similarity reaches `threshold` (key-term cosine), in input order.
 */
export function sourcesOf(c: Candidate, byDoc: readonly (readonly Candidate[])[], docs: readonly CleanDocument[], threshold: number): SentenceRef[] {
  const refs: SentenceRef[] = [{ document: docs[c.doc]!.id, sentence: c.sentence.index }];
  byDoc.forEach((others, d) => {
    if (d === c.doc) return;
    let best: Candidate | null = null;
    let bestSim = threshold;
    for (const o of others) {
      const sim = cosine(c, o);
      if (sim >= bestSim && (best === null || sim > bestSim)) {
        best = o;
        bestSim = sim;
      }
    }
    if (best !== null) refs.push({ document: docs[d]!.id, sentence: best.sentence.index });
  });
  return refs;
}
