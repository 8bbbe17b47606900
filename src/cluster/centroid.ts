import type { DocumentFrequencies } from './idf.js';
import type { TermVector } from './vector.js';

/**
 * The sum of its documents' tf vectors, weighted by the current IDF when compared, so early and late
 * documents are judged by the same statistics. Holds at most `cap` terms: past 2 × cap it keeps the
 * cap heaviest (amortized pruning). The norm is cached and refreshed when the centroid changes or
 * the corpus has grown by a tenth since (IDF drifts slowly).
 */
export interface Centroid {
  readonly sums: Map<string, number>;
  norm: number;
  /** Corpus size when `norm` was computed; -1 when stale. */
  normAt: number;
}

export const emptyCentroid = (): Centroid => ({ sums: new Map(), norm: 0, normAt: -1 });

export function addToCentroid(c: Centroid, v: TermVector, cap: number, df: DocumentFrequencies): void {
  for (let i = 0; i < v.terms.length; i++) c.sums.set(v.terms[i]!, (c.sums.get(v.terms[i]!) ?? 0) + v.tf[i]!);
  c.normAt = -1;
  if (c.sums.size <= 2 * cap) return;
  const ranked = [...c.sums].map(([t, s]) => ({ t, s, w: s * df.idf(t) }));
  ranked.sort((a, b) => b.w - a.w || (a.t < b.t ? -1 : 1));
  c.sums.clear();
  for (const r of ranked.slice(0, cap)) c.sums.set(r.t, r.s);
}

function centroidNorm(c: Centroid, df: DocumentFrequencies): number {
  if (c.normAt >= 0 && df.documents <= c.normAt * 1.1) return c.norm;
  let sq = 0;
  for (const [t, s] of c.sums) {
    const w = s * df.idf(t);
    sq += w * w;
  }
  c.norm = Math.sqrt(sq);
  c.normAt = df.documents;
  return c.norm;
}

/** Cosine between a document vector and a centroid under the current IDF. */
export function cosine(v: TermVector, c: Centroid, df: DocumentFrequencies): number {
  if (v.norm === 0) return 0;
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const s = c.sums.get(v.terms[i]!);
    if (s !== undefined) dot += v.weights[i]! * s * df.idf(v.terms[i]!);
  }
  if (dot === 0) return 0;
  const norm = centroidNorm(c, df);
  return norm === 0 ? 0 : Math.min(1, dot / (v.norm * norm));
}

/** Cosine between two centroids under the current IDF. */
export function centroidCosine(a: Centroid, b: Centroid, df: DocumentFrequencies): number {
  const [small, large] = a.sums.size <= b.sums.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, s] of small.sums) {
    const other = large.sums.get(t);
    if (other !== undefined) {
      const idf = df.idf(t);
      dot += s * other * idf * idf;
    }
  }
  if (dot === 0) return 0;
  const na = centroidNorm(a, df);
  const nb = centroidNorm(b, df);
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / (na * nb));
}

/** Adds `from`'s sums into `into` (story merge), pruning as `addToCentroid` does. */
export function mergeCentroid(into: Centroid, from: Centroid, cap: number, df: DocumentFrequencies): void {
  const terms = [...from.sums.keys()];
  addToCentroid(into, { terms, tf: terms.map((t) => from.sums.get(t)!), weights: [], norm: 0 }, cap, df);
}
