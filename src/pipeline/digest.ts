/**
 * The digest, as a recipe: ingest → (outlet furniture) → duplicates → stories → summaries and
 * analysis → the digest model. Everything lands in the store as it is made, so an interrupted run
 * loses at most the document in flight, and the next run picks up where it stopped.
 */
import { instantOf, type Digest, type DigestSource, type SkippedInput } from '../core/index.js';
import { openStore, type RunRecord, type Store } from '../store/index.js';
import { ingestInto, type IngestCounts } from './ingest-to-store.js';
import { buildDigest } from './model.js';
import { refreshOutputs, type OutputCounts } from './outputs.js';
import type { ProgressListener } from './progress.js';
import type { DigestStages } from './stages.js';
import { updateStories, type StoryUpdate } from './stories.js';

export interface DigestOptions {
  /** Where the store is: a SQLite file (created when missing) or a `postgres://` URL. Default `khulasa.sqlite` (relative to the process). Ignored when `store` is given. */
  readonly db?: string;
  /** An open store to use instead of `db`; the caller closes it. */
  readonly store?: Store;
  /** Summary length in words. Default 120; 10 to 2000. */
  readonly words?: number;
  /** Extract entities, quotes, timeline and disagreements. Default true. */
  readonly analysis?: boolean;
  /**
   * Only the stories with an article published (or, when its date is unknown, stored) at or after this
   * ISO date or date-time (a time without a zone is UTC). Default: every story in the store.
   */
  readonly since?: string;
  /** The stages to run; `defaultStages()` gives the real ones. */
  readonly stages: DigestStages;
  /** Source of the run's timestamps (the only clock read anywhere in a run). Default: the system clock. */
  readonly clock?: () => string;
  readonly onProgress?: ProgressListener;
  /**
   * Files and folders never read from a given folder (absolute, or relative to the process): khulasa's
   * own store and output files when they lie among the inputs (`khulasa digest .`). Default none.
   */
  readonly exclude?: readonly string[];
}

export const DIGEST_DEFAULTS = {
  db: 'khulasa.sqlite',
  words: 120,
  analysis: true,
  clock: (): string => new Date().toISOString(),
} as const;

export interface DigestResult {
  readonly digest: Digest;
  readonly sources: readonly DigestSource[];
  readonly run: RunRecord;
  readonly ingest: IngestCounts;
  /** Files under the given folders left unread (khulasa's own digest files, hidden files and folders, editor backups), with why; not documents. */
  readonly skipped: readonly SkippedInput[];
  readonly stories: Omit<StoryUpdate, 'stories'>;
  readonly outputs: OutputCounts;
}

/** Opens the store at a location for the library entry points; a store that cannot be opened is an error with its code. */
async function open(location: string): Promise<Store> {
  const opened = await openStore(location);
  if (!opened.ok) throw Object.assign(new Error(opened.message), { code: opened.code });
  return opened.store;
}

export async function runDigest(paths: readonly string[], options: DigestOptions): Promise<DigestResult> {
  const o = { ...DIGEST_DEFAULTS, ...options };
  // Refused before anything is read or stored: an unreadable window would silently empty the digest.
  if (o.since !== undefined && Number.isNaN(instantOf(o.since))) throw Object.assign(new Error(`since "${o.since}" is not an ISO date or date-time`), { code: 'malformed' });
  const store = options.store ?? (await open(o.db));
  const progress = o.onProgress ?? (() => {});
  const settings = { words: o.words, analysis: o.analysis && o.stages.analyze !== undefined, ...(o.since === undefined ? {} : { since: o.since }) };
  try {
    const run = await store.beginRun(o.clock(), { paths, ...settings });
    const skipped: SkippedInput[] = [];
    const ingest = await ingestInto(store, run, paths, o.stages, progress, o.exclude, (s) => skipped.push(s));
    const docs = await store.documentHeads();
    progress({ phase: 'stories', done: 0, total: null });
    const { stories, ...storyCounts } = await updateStories(store, run, o.stages, docs);
    const { made, ...outputs } = await refreshOutputs(store, stories, docs, o.stages, settings, progress);
    progress({ phase: 'digest', done: 0, total: null });
    const { digest, sources } = await buildDigest(store, run, settings, made);
    const finished = await store.finishRun(run.id, o.clock());
    return { digest, sources, run: finished, ingest, skipped, stories: storyCounts, outputs };
  } finally {
    if (!options.store) await store.close();
  }
}

/** Ingest only (the `ingest --db` command): stores the inputs as a run of its own, without stories. */
export async function ingestToStore(
  paths: readonly string[],
  db: string | Store,
  options: Pick<DigestOptions, 'stages' | 'clock' | 'onProgress' | 'exclude'>,
): Promise<{ readonly run: RunRecord; readonly ingest: IngestCounts; readonly skipped: readonly SkippedInput[] }> {
  const store = typeof db === 'string' ? await open(db) : db;
  const clock = options.clock ?? DIGEST_DEFAULTS.clock;
  try {
    const run = await store.beginRun(clock(), { paths, ingestOnly: true });
    const skipped: SkippedInput[] = [];
    const ingest = await ingestInto(store, run, paths, options.stages, options.onProgress, options.exclude, (s) => skipped.push(s));
    return { run: await store.finishRun(run.id, clock()), ingest, skipped };
  } finally {
    if (typeof db === 'string') await store.close();
  }
}
