import type { DocumentId, DuplicateKind, DuplicateLink } from '../core/index.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';
import { createGeneration, type Generation, type Match } from './generation.js';
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

/**
 * An online deduper: exact (content hash), near (MinHash Jaccard) and syndicated (estimated
 * containment). Memory is bounded by `window`: documents live in two generations of window/2
 * arrivals; when the newer is full the older is dropped.
 */
export function createDeduper(options: Partial<DedupOptions> = {}): Deduper {
  const o: DedupOptions = { ...DEDUP_DEFAULTS, ...options };
  const k = o.bands * o.rows;
  const generationSize = Math.max(1, Math.ceil(o.window / 2));
  let previous: Generation | null = null;
  let current = createGeneration(o);
  let inCurrent = 0;
  let added = 0;

  const better = (a: Match | null, b: Match | null): Match | null => (b !== null && (a === null || b.jaccard > a.jaccard) ? b : a);
  const link = (kind: DuplicateKind, document: DocumentId, original: DocumentId, similarity: number): DuplicateLink => ({ kind, document, original, similarity });

  return {
    add(doc) {
      added++;
      if (inCurrent === generationSize) {
        previous = current;
        current = createGeneration(o);
        inCurrent = 0;
      }
      inCurrent++;
      const same = current.exact(doc.contentHash) ?? previous?.exact(doc.contentHash);
      if (same !== undefined) {
        current.rememberHash(doc.contentHash, same);
        return link('exact', doc.id, same, 1);
      }
      const fp = doc.fingerprint ?? fingerprint(doc.text, o);
      if (fp.shingles < o.minShingles || fp.signature.length !== k) {
        current.rememberHash(doc.contentHash, doc.id);
        return null;
      }
      const agency = doc.agency ?? null;
      // The older generation first, so that a tie goes to the earlier document.
      const match = better(previous?.match(fp, agency) ?? null, current.match(fp, agency));
      const original = match?.original ?? doc.id;
      current.rememberHash(doc.contentHash, original);
      current.index(original, fp, agency);
      return match === null ? null : link(match.kind, doc.id, original, round(match.similarity));
    },
    get size() {
      return added;
    },
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
