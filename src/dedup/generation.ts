import type { DocumentId, DuplicateKind } from '../core/index.js';
import type { Fingerprint } from './fingerprint.js';
import { createLshIndex } from './lsh.js';
import { agreement } from './minhash.js';
import type { DedupOptions } from './options.js';

export interface Match {
  readonly kind: DuplicateKind;
  /** The first-seen document of the candidate's group. */
  readonly original: DocumentId;
  readonly jaccard: number;
  readonly similarity: number;
}

/**
 * The documents of one stretch of arrivals: their exact hashes, signatures, LSH buckets and group
 * originals. The deduper keeps two and drops the older when the newer is full (bounded memory).
 */
export interface Generation {
  /** The group original of an earlier document with this content hash, if any here. */
  exact(contentHash: string): DocumentId | undefined;
  /** The best near or syndicated match here, if any. */
  match(fp: Fingerprint, agency: string | null): Match | null;
  rememberHash(contentHash: string, original: DocumentId): void;
  index(original: DocumentId, fp: Fingerprint, agency: string | null): void;
  /** Documents indexed (signatures kept). */
  readonly size: number;
}

export function createGeneration(o: DedupOptions): Generation {
  const k = o.bands * o.rows;
  const lsh = createLshIndex({ bands: o.bands, rows: o.rows, seed: o.seed, maxBucketVisits: o.maxBucketVisits });
  const byHash = new Map<string, DocumentId>();
  const originals: DocumentId[] = [];
  const agencies: (string | null)[] = [];
  let sizes = new Int32Array(1024);
  let signatures = new Uint32Array(1024 * k);
  let stamps = new Int32Array(1024).fill(-1);
  let queries = 0;

  const grow = (n: number): void => {
    if (n <= sizes.length) return;
    const cap = Math.max(n, sizes.length * 2);
    const s = new Int32Array(cap);
    s.set(sizes);
    sizes = s;
    const g = new Uint32Array(cap * k);
    g.set(signatures);
    signatures = g;
    const t = new Int32Array(cap).fill(-1);
    t.set(stamps);
    stamps = t;
  };

  const classify = (fp: Fingerprint, agency: string | null, c: number): Match | null => {
    const jaccard = agreement(fp.signature, 0, signatures, c * k, k) / k;
    const original = originals[c]!;
    if (jaccard >= o.nearThreshold) return { kind: 'near', original, jaccard, similarity: jaccard };
    if (jaccard < o.syndicationMinJaccard) return null;
    const other = agencies[c] ?? null;
    if (agency !== null && other !== null && agency !== other) return null;
    const n = sizes[c]!;
    const contained = Math.min(1, ((jaccard / (1 + jaccard)) * (fp.shingles + n)) / Math.min(fp.shingles, n));
    return contained >= o.syndicationThreshold ? { kind: 'syndicated', original, jaccard, similarity: contained } : null;
  };

  return {
    exact: (h) => byHash.get(h),
    match(fp, agency) {
      const query = queries++;
      let best: Match | null = null;
      let bestAt = -1;
      lsh.forEachCandidate(fp.signature, (c) => {
        if (stamps[c] === query) return;
        stamps[c] = query;
        const m = classify(fp, agency, c);
        if (m !== null && (best === null || m.jaccard > best.jaccard || (m.jaccard === best.jaccard && c < bestAt))) {
          best = m;
          bestAt = c;
        }
      });
      return best;
    },
    rememberHash(h, original) {
      if (!byHash.has(h)) byHash.set(h, original);
    },
    index(original, fp, agency) {
      const self = originals.length;
      grow(self + 1);
      originals.push(original);
      agencies.push(agency);
      sizes[self] = fp.shingles;
      signatures.set(fp.signature, self * k);
      lsh.add(self, fp.signature);
    },
    get size() {
      return originals.length;
    },
  };
}
