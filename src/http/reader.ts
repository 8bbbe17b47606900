import type { Digest, DigestSource } from '../core/index.js';
import { buildDigest } from '../pipeline/index.js';
import type { Store } from '../store/index.js';

export interface LatestDigest {
  readonly digest: Digest;
  readonly sources: readonly DigestSource[];
}

/**
 * The digest as of the store's latest finished run (null before the first one). A finished run never
 * changes, so the digest is built once per run, not once per request.
 */
export function latestDigestReader(
  store: Store,
  settings: { readonly words: number; readonly analysis: boolean },
): () => Promise<LatestDigest | null> {
  let cached: { readonly run: number; readonly latest: Promise<LatestDigest> } | null = null;
  return async () => {
    const done = (await store.runs()).filter((r) => r.status === 'done');
    const run = done[done.length - 1];
    if (run === undefined) return null;
    if (cached?.run !== run.id) {
      const latest = buildDigest(store, run, settings);
      cached = { run: run.id, latest };
      // A failed build is not remembered: the next request tries again.
      latest.catch(() => {
        if (cached?.latest === latest) cached = null;
      });
      return latest;
    }
    return cached.latest;
  };
}
