import type { Digest, DigestSource } from '../core/index.js';
import { buildDigest } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

export interface LatestDigest {
  readonly digest: Digest;
  readonly sources: readonly DigestSource[];
}

/** The digest as of the store's latest finished run, or null before the first one. */
export async function latestDigest(store: Store, settings: { readonly words: number; readonly analysis: boolean }): Promise<LatestDigest | null> {
  const runs = await store.runs();
  const done = runs.filter((r) => r.status === 'done');
  const run = done[done.length - 1];
  return run === undefined ? null : buildDigest(store, run, settings);
}
