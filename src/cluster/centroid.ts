import type { TermVector } from './vector.js';

/**
 * The sum of its documents' tf-idf vectors (each with the IDF of its arrival time) and the sum of
 * squares of those sums, kept exact as documents are added. Holds at most `cap` terms: past
 * 2 × cap it keeps the cap heaviest (amortized). A packed copy (term ids and sums in typed arrays)
 * is rebuilt after a change, so scoring reads arrays instead of looking terms up.
 */
export interface Centroid {
  readonly sums: Map<number, number>;
  squares: number;
  packed: { readonly ids: Int32Array; readonly sums: Float64Array } | null;
}

export const emptyCentroid = (): Centroid => ({ sums: new Map(), squares: 0, packed: null });

export function addToCentroid(c: Centroid, v: TermVector, cap: number): void {
  c.packed = null;
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

function pack(c: Centroid): NonNullable<Centroid['packed']> {
  if (c.packed !== null) return c.packed;
  const ids = new Int32Array(c.sums.size);
  const sums = new Float64Array(c.sums.size);
  let i = 0;
  for (const [t, s] of c.sums) {
    ids[i] = t;
    sums[i++] = s;
  }
  c.packed = { ids, sums };
  return c.packed;
}

/**
 * Cosine between a document and a centroid. `weights` holds the document's weight at each term id
 * (zero elsewhere): the caller spreads the document once and scores every candidate against it.
 */
export function cosine(weights: Float64Array, norm: number, c: Centroid): number {
  if (norm === 0 || c.squares <= 0) return 0;
  const p = pack(c);
  let dot = 0;
  for (let i = 0; i < p.ids.length; i++) {
    const w = weights[p.ids[i]!];
    if (w !== undefined && w !== 0) dot += w * p.sums[i]!;
  }
  return Math.min(1, dot / (norm * Math.sqrt(c.squares)));
}
