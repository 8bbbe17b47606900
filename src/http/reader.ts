import type { Digest, DigestSource } from '../core/index.js';
import { buildDigest } from '../pipeline/index.js';
import type { RunRecord, Store } from '../store/index.js';

export interface LatestDigest {
  readonly digest: Digest;
  readonly sources: readonly DigestSource[];
}

/** What a digest run recorded of its settings; ingest-only runs (`khulasa ingest --db`) made no stories. */
interface RecordedOptions {
  readonly words?: unknown;
  readonly since?: unknown;
  readonly ingestOnly?: unknown;
}

const recorded = (run: RunRecord): RecordedOptions => (typeof run.options === 'object' && run.options !== null ? (run.options as RecordedOptions) : {});

/**
 * The digest as of the store's latest finished digest run (null before the first one), with the
 * summary length and time window that run used (the server's `words` only when the run recorded none). A finished run
 * never changes, so the digest is built once per run, not once per request.
 */
export function latestDigestReader(
  store: Store,
  settings: { readonly words: number; readonly analysis: boolean },
): () => Promise<LatestDigest | null> {
  let cached: { readonly run: number; readonly latest: Promise<LatestDigest> } | null = null;
  return async () => {
    const done = (await store.runs()).filter((r) => r.status === 'done' && recorded(r).ingestOnly !== true);
    const run = done[done.length - 1];
    if (run === undefined) return null;
    if (cached?.run !== run.id) {
      const { words, since } = recorded(run);
      const latest = buildDigest(store, run, { ...settings, words: typeof words === 'number' ? words : settings.words, ...(typeof since === 'string' ? { since } : {}) });
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
