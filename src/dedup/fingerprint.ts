import type { DedupFingerprint } from '../core/index.js';
import { keyTokens } from '../text/index.js';
import { minhashSignature } from './minhash.js';
import { DEDUP_DEFAULTS, type DedupOptions } from './options.js';
import { shingleSet } from './shingles.js';

/** What the deduper keeps of a text (the shared `DedupFingerprint`). */
export type Fingerprint = DedupFingerprint;

type FingerprintOptions = Pick<DedupOptions, 'shingleWidth' | 'bands' | 'rows' | 'seed'>;

/** The fingerprint of a clean text: key tokens → shingles → MinHash. Pure; store it to skip this work on replay. */
export function fingerprint(text: string, options: Partial<FingerprintOptions> = {}): Fingerprint {
  const o = { ...DEDUP_DEFAULTS, ...options };
  const set = shingleSet(keyTokens(text), o.shingleWidth, o.seed);
  return { shingles: set.length, signature: minhashSignature(set, { numHashes: o.bands * o.rows, seed: o.seed }) };
}
