import type { Candidate } from './candidates.js';
import { sameFact } from './facts.js';

const isWhole = (c: Candidate): boolean => c.words === c.sentenceWords;

/** How many documents other than its own report the fact of `c` among `pool`. */
function reach(c: Candidate, pool: readonly Candidate[]): number {
  const docs = new Set<number>();
  for (const o of pool) if (o.doc !== c.doc && !docs.has(o.doc) && sameFact(c.fact, o.fact)) docs.add(o.doc);
  return docs.size;
}

/**
 * The sentence to take for the fact of `best`: among `best` and the whole sentences of other documents
 * in `open` that restate its fact and fit in `left` words, the one whose fact the most documents
 * report, so the one kept is the version the others restate (a lead giving the toll and the magnitude
 * rather than one giving only the magnitude). Ties, and a clause span, keep `best`.
 */
export function widestRestatement(best: Candidate, open: ReadonlySet<Candidate>, left: number): Candidate {
  if (!isWhole(best)) return best;
  const restating = [...open].filter((c) => c !== best && isWhole(c) && c.doc !== best.doc && sameFact(best.fact, c.fact));
  if (restating.length === 0) return best;
  const everyone = [...open].filter((c) => isWhole(c) && c.fact.anchors.length > 0 && c.fact.counts.length > 0);
  let chosen = best;
  let most = reach(best, everyone);
  for (const c of restating) {
    if (c.words > left) continue;
    const n = reach(c, everyone);
    if (n > most) {
      chosen = c;
      most = n;
    }
  }
  return chosen;
}
