import type { DocumentId, DuplicateKind, DuplicateLink } from '../core/index.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { createLshIndex } from './lsh.js';
import { agreement } from './minhash.js';
import { DEDUP_DEFAULTS, type DedupOptions } from './options.js';

export interface DedupInput {
  readonly id: DocumentId;
  /** Clean text (paragraphs joined by `\n`). */
  readonly text: string;
  /** Hash of the key text: equal hashes are exact duplicates. */
  readonly contentHash: string;
  readonly outlet?: string | null;
  /** Canonical wire agency credited by the text. Two different known agencies are never linked as syndicated. */
  readonly agency?: string | null;
  /** `fingerprint(text)` computed earlier with the same options (e.g. kept in the store): skips tokenizing on replay. */
  readonly fingerprint?: Fingerprint;
}

export interface Deduper {
  /**
   * Adds the next document in arrival order. Returns the link to the first-seen document of its
   * group when it is a copy, else null (it is an original, and later copies may link to it).
   */
  add(doc: DedupInput): DuplicateLink | null;
  /** Documents added so far. */
  readonly size: number;
}

interface Match {
  readonly kind: DuplicateKind;
  readonly candidate: number;
  readonly jaccard: number;
  readonly similarity: number;
}

/** An online deduper: exact (content hash), near (MinHash Jaccard) and syndicated (estimated containment). */
export function createDeduper(options: Partial<DedupOptions> = {}): Deduper {
  const o: DedupOptions = { ...DEDUP_DEFAULTS, ...options };
  const k = o.bands * o.rows;
  const lsh = createLshIndex({ bands: o.bands, rows: o.rows, seed: o.seed, maxBucketVisits: o.maxBucketVisits });
  const byHash = new Map<string, DocumentId>();
  const originalOf = new Map<DocumentId, DocumentId>();
  // Per indexed document (dense numbering): id, group original, shingle count, agency, signature.
  const ids: DocumentId[] = [];
  const agencies: (string | null)[] = [];
  let originals = new Int32Array(1024);
  let sizes = new Int32Array(1024);
  let signatures = new Uint32Array(1024 * k);
  let stamps = new Int32Array(1024).fill(-1);
  let added = 0;

  const ensureCapacity = (n: number): void => {
    if (n <= originals.length) return;
    const cap = Math.max(n, originals.length * 2);
    const grow = <T extends Int32Array | Uint32Array>(a: T, make: (size: number) => T, per: number): T => {
      const b = make(cap * per);
      b.set(a);
      return b;
    };
    originals = grow(originals, (s) => new Int32Array(s), 1);
    sizes = grow(sizes, (s) => new Int32Array(s), 1);
    signatures = grow(signatures, (s) => new Uint32Array(s), k);
    const oldStamps = stamps;
    stamps = new Int32Array(cap).fill(-1);
    stamps.set(oldStamps);
  };

  const classify = (fp: Fingerprint, agency: string | null, c: number): Match | null => {
    const jaccard = agreement(fp.signature, 0, signatures, c * k, k) / k;
    if (jaccard >= o.nearThreshold) return { kind: 'near', candidate: c, jaccard, similarity: jaccard };
    if (jaccard < o.syndicationMinJaccard) return null;
    const other = agencies[c] ?? null;
    if (agency !== null && other !== null && agency !== other) return null;
    const n = sizes[c]!;
    const contained = Math.min(1, ((jaccard / (1 + jaccard)) * (fp.shingles + n)) / Math.min(fp.shingles, n));
    return contained >= o.syndicationThreshold ? { kind: 'syndicated', candidate: c, jaccard, similarity: contained } : null;
  };

  const link = (kind: DuplicateKind, document: DocumentId, original: DocumentId, similarity: number): DuplicateLink => {
    originalOf.set(document, original);
    return { kind, document, original, similarity };
  };

  return {
    add(doc) {
      added++;
      const same = byHash.get(doc.contentHash);
      if (same !== undefined) return link('exact', doc.id, originalOf.get(same) ?? same, 1);
      byHash.set(doc.contentHash, doc.id);

      const fp = doc.fingerprint ?? fingerprint(doc.text, o);
      if (fp.shingles < o.minShingles || fp.signature.length !== k) return null;
      const agency = doc.agency ?? null;
      const self = ids.length;
      ensureCapacity(self + 1);
      let best: Match | null = null;
      lsh.forEachCandidate(fp.signature, (c) => {
        if (stamps[c] === self) return;
        stamps[c] = self;
        const m = classify(fp, agency, c);
        if (m !== null && (best === null || m.jaccard > best.jaccard || (m.jaccard === best.jaccard && c < best.candidate))) best = m;
      });
      const match = best as Match | null;
      ids.push(doc.id);
      agencies.push(agency);
      sizes[self] = fp.shingles;
      signatures.set(fp.signature, self * k);
      originals[self] = match === null ? self : originals[match.candidate]!;
      lsh.add(self, fp.signature);
      if (match === null) return null;
      return link(match.kind, doc.id, ids[originals[self]!]!, round(match.similarity));
    },
    get size() {
      return added;
    },
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
