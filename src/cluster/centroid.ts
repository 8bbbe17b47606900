import type { TermVector } from './vector.js';

/**
 * The sum of its documents' tf-idf vectors (each with the IDF of its arrival time) and the sum of
 * squares of those sums, kept exact as documents are added so a cosine costs one lookup per
 * document term. Holds at most `cap` terms: past 2 × cap it keeps the cap heaviest (amortized).
 */
export interface Centroid {
  readonly sums: Map<number, number>;
  squares: number;
}

export const emptyCentroid = (): Centroid => ({ sums: new Map(), squares: 0 });

export function addToCentroid(c: Centroid, v: TermVector, cap: number): void {
  for (let i = 0; i < v.terms.length; i++) {
    const old = c.sums.get(v.terms[i]!) ?? 0;
    const sum = old + v.weights[i]!;
    c.squares += sum * sum - old * old;
    c.sums.set(v.terms[i]!, sum);
  }
  if (c.sums.size <= 2 * cap) return;
  const ranked = [...c.sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap);
  c.sums.clear();
  c.squares = 0;
  for (const [t, s] of ranked) {
    c.sums.set(t, s);
    c.squares += s * s;
  }
}

/** Cosine between a document vector and a centroid. */
export function cosine(v: TermVector, c: Centroid): number {
  if (v.norm === 0 || c.squares <= 0) return 0;
  let dot = 0;
  for (let i = 0; i < v.terms.length; i++) {
    const s = c.sums.get(v.terms[i]!);
    if (s !== undefined) dot += v.weights[i]! * s;
  }
  return Math.min(1, dot / (v.norm * Math.sqrt(c.squares)));
}
