import type { CleanDocument, SentenceRef } from '../core/index.js';
import { cosine, type Candidate } from './candidates.js';
import { sameFact } from './facts.js';

/**
 * The cited sentence first, then for every other document, in input order, the sentence that carries
 * the same content: the most similar one when its key-term cosine reaches `threshold`, else (with
 * `sameFact`, which gives the candidates their fact frames) the most similar of those reporting the
 * same fact in other words (`facts.ts`), so the outlets whose restatement was left out are cited.
 */
export function sourcesOf(c: Candidate, byDoc: readonly (readonly Candidate[])[], docs: readonly CleanDocument[], threshold: number): SentenceRef[] {
  const refs: SentenceRef[] = [{ document: docs[c.doc]!.id, sentence: c.sentence.index }];
  byDoc.forEach((others, d) => {
    if (d === c.doc) return;
    let best: Candidate | null = null;
    let bestSim = -1;
    let bestSame = false;
    for (const o of others) {
      const sim = cosine(c, o);
      const same = sim >= threshold;
      if (!same && (bestSame || !sameFact(c.fact, o.fact))) continue;
      if (best === null || (same && !bestSame) || sim > bestSim) {
        best = o;
        bestSim = sim;
        bestSame = same;
      }
    }
    if (best !== null) refs.push({ document: docs[d]!.id, sentence: best.sentence.index });
  });
  return refs;
}
