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

/** Digests kept per finished run, one per window asked for; a new run starts afresh. */
const KEPT_WINDOWS = 8;

/**
 * The digest as of the store's latest finished digest run (null before the first one), with the
 * summary length and time window that run used (the server's `words` only when the run recorded none),
 * or the window a request asks for (`since`, an ISO instant). A finished run never changes, so each
 * window's digest is built once per run, not once per request.
 */
export function latestDigestReader(
  store: Store,
  settings: { readonly words: number; readonly analysis: boolean },
): (since?: string) => Promise<LatestDigest | null> {
  let run: number | null = null;
  const built = new Map<string, Promise<LatestDigest>>();
  return async (asked) => {
    const done = (await store.runs()).filter((r) => r.status === 'done' && recorded(r).ingestOnly !== true);
    const latest = done[done.length - 1];
    if (latest === undefined) return null;
    if (run !== latest.id) {
      run = latest.id;
      built.clear();
    }
    const { words, since: recordedSince } = recorded(latest);
    const since = asked ?? (typeof recordedSince === 'string' ? recordedSince : undefined);
    const id = since ?? '';
    let digest = built.get(id);
    if (digest === undefined) {
      if (built.size >= KEPT_WINDOWS) built.clear();
      const made = buildDigest(store, latest, { ...settings, words: typeof words === 'number' ? words : settings.words, ...(since === undefined ? {} : { since }) });
      built.set(id, made);
      // A failed build is not remembered: the next request tries again.
      made.catch(() => {
        if (built.get(id) === made) built.delete(id);
      });
      digest = made;
    }
    return digest;
  };
}
