import { bigramOverlap, cosine, type Candidate } from './candidates.js';
import type { ConceptWeights } from './concepts.js';
import { sameFact } from './facts.js';
import { widestRestatement } from './restatements.js';
import type { SummaryOptions } from './options.js';

interface Covered {
  readonly bigrams: Uint8Array;
  readonly terms: Uint8Array;
}

function gain(c: Candidate, w: ConceptWeights, covered: Covered, unigramWeight: number): number {
  let g = 0;
  for (const b of c.bigrams) if (covered.bigrams[b] === 0) g += w.bigrams[b]!;
  for (const u of c.terms.ids) if (covered.terms[u] === 0) g += unigramWeight * w.unigrams[u]!;
  return g;
}

/**
 * Budgeted greedy maximization of concept coverage (a monotone submodular objective, as in Lin &
 * Bilmes 2010) with a position prior. Each step takes, among the candidates that fit the remaining
 * budget and are not redundant with a sentence already taken, the one with the largest
 * `evidence × coverage / scale + (1 − repeat) × positionWeight / (1 + rank)`: coverage is the weight of
 * its concepts not yet covered divided by `words ^ lengthExponent`, `scale` the largest initial
 * coverage, `evidence = 1 − 1 / reports` (one article has no cross-document votes, so its lead order
 * decides; ten reports give coverage 0.9 of its weight), and `repeat` its largest key-term cosine with
 * a chosen sentence of another document (MMR applied to the prior, so a second outlet's lead saying the
 * same thing loses its bonus). Redundant with a taken sentence: sharing more than `redundancy` of the
 * key bigrams, a key-term cosine above `paraphrase`, or (option `sameFact`) another document's report
 * of the same fact in other words; with `sameFact`, the sentence taken for a fact is the version most
 * documents restate (`widestRestatement`). A leading-clause span of a sentence is a fallback: it is considered only
 * when its whole sentence no longer fits, and its value is scaled by the square root of the share of
 * the room it fills (`span words / min(sentence words, words left)`), so the longest clause that fits
 * is preferred and a short clause does not displace a whole sentence that fills the room as well. Spans neither vote in the concept weights nor set `scale`.
 * Ties go to the earlier document, then the earlier sentence.
 */
export function selectSentences(candidates: readonly Candidate[], w: ConceptWeights, reportCount: number, o: Required<SummaryOptions>): Candidate[] {
  const chosen: Candidate[] = [];
  const covered: Covered = { bigrams: new Uint8Array(w.bigrams.length), terms: new Uint8Array(w.unigrams.length) };
  const open = new Set(candidates);
  let left = o.words;
  const density = (c: Candidate): number => gain(c, w, covered, o.unigramWeight) / c.words ** o.lengthExponent;
  let scale = 0;
  for (const c of candidates) if (c.words === c.sentenceWords) scale = Math.max(scale, density(c));
  if (scale === 0) scale = 1;
  const evidence = 1 - 1 / Math.max(1, reportCount);
  /** Largest cosine with a chosen sentence of another document: a repeated lead loses its position bonus. */
  const repeats = new Map<Candidate, number>();
  for (;;) {
    let best: Candidate | null = null;
    let bestValue = -1;
    for (const c of open) {
      if (c.words > left) {
        open.delete(c);
        continue;
      }
      const isSpan = c.words < c.sentenceWords;
      if (isSpan && c.sentenceWords <= left) continue;
      const value = ((evidence * density(c)) / scale + ((1 - (repeats.get(c) ?? 0)) * o.positionWeight) / (1 + c.rank)) * Math.sqrt(c.words / Math.min(c.sentenceWords, left));
      if (value > bestValue) {
        best = c;
        bestValue = value;
      }
    }
    if (best === null) return chosen;
    if (o.sameFact) best = widestRestatement(best, open, left);
    open.delete(best);
    chosen.push(best);
    left -= best.words;
    for (const b of best.bigrams) covered.bigrams[b] = 1;
    for (const u of best.terms.ids) covered.terms[u] = 1;
    for (const c of open) {
      const similarity = cosine(c, best);
      const restated = o.sameFact && c.doc !== best.doc && sameFact(c.sentenceFact, best.fact);
      if (c.sentence === best.sentence || similarity > o.paraphrase || bigramOverlap(c, best) > o.redundancy || restated) open.delete(c);
      else if (c.doc !== best.doc && similarity > (repeats.get(c) ?? 0)) repeats.set(c, similarity);
    }
  }
}
