import { isIngestOk, sameAddress, type CleanDocument, type DedupFingerprint, type FurnitureKeys, type FurniturePrior, type SkippedInput } from '../core/index.js';
import type { DocumentStatus, RunRecord, Store, StoredDocumentHead } from '../store/index.js';
import type { DocumentId } from '../core/index.js';
import { beforeFurniture, duplicateRecord, exactCopyRecord, okRecord, rejectedRecord, toClean } from './documents.js';
import { listInputs } from './list-inputs.js';
import type { ProgressListener } from './progress.js';
import { sourceKeys } from './source-key.js';
import type { Deduper, DigestStages, StagedOutcome } from './stages.js';

export interface IngestCounts {
  /** Inputs seen in this run. */
  readonly inputs: number;
  /** Of those, newly stored (the rest were already in the store). */
  readonly added: number;
  readonly ok: number;
  readonly duplicate: number;
  readonly rejected: number;
}

/**
 * Stores every input of `paths` once. A file already stored (same path and bytes, see `sourceKeys`) is
 * not even read again; a new article is keyed by its content hash. The deduper is rebuilt by replaying
 * the stored documents in arrival order, then fed the new ones, so a document's status depends only on
 * what arrived before it: the same whether the run was interrupted or not. Each document is one
 * transaction, with its cluster terms when it is an independent report. The stored texts are read only
 * when the inputs hold an article not stored yet (for the furniture context and the deduper replay).
 * Files and folders in `exclude` are not read when a given folder holds them (see `listInputs`); the
 * digest files khulasa wrote into a folder are not read either, and are told to `onSkipped`.
 */
export async function ingestInto(
  store: Store,
  run: RunRecord,
  paths: readonly string[],
  stages: DigestStages,
  progress: ProgressListener = () => {},
  exclude: readonly string[] = [],
  onSkipped: (skipped: SkippedInput) => void = () => {},
): Promise<IngestCounts> {
  const heads = await store.documentHeads();
  const sourceOf = stages.sourceKey ?? sourceKeys();
  const known = new Map<string, StoredDocumentHead>();
  for (const d of heads) if (d.source !== null) known.set(d.source, d);
  // The stored records of multi-record files (`crawl.warc.gz#2`), by file: a file known as a whole (its
  // damaged end was stored) is not read again, and its records still count.
  const recordsOf = new Map<string, StoredDocumentHead[]>();
  for (const d of heads) {
    const file = /^(.*)#\d+$/.exec(d.path)?.[1];
    if (file === undefined || d.source === null) continue;
    const records = recordsOf.get(file);
    if (records === undefined) recordsOf.set(file, [d]);
    else records.push(d);
  }
  const counts = { ok: 0, duplicate: 0, rejected: 0 };
  let inputs = 0;
  const skipKnown = (file: string): boolean => {
    const d = known.get(sourceOf(file) ?? '');
    if (d === undefined) return false;
    const records = (recordsOf.get(file) ?? []).filter((r) => known.get(sourceOf(r.path) ?? '') === r);
    for (const r of [d, ...records]) {
      counts[r.status]++;
      inputs++;
    }
    return true;
  };
  const outcomes: StagedOutcome[] = [];
  for await (const o of stages.ingest(await listInputs(paths, skipKnown, exclude, onSkipped))) {
    outcomes.push(o);
    progress({ phase: 'ingest', done: outcomes.length, total: null });
  }

  // Furniture is learned over the stored articles (as they were before their outlet furniture was
  // removed) plus the new ones, so what a new article loses does not depend on how earlier runs were
  // split. With `furnitureKeys` the store keeps, per group, what learning needs of the stored articles
  // (members, and per line in how many it occurs), and only the counts of the new articles' lines are
  // read; otherwise the stored articles of the new ones' furniture groups are read.
  const fresh = outcomes.filter(isIngestOk).filter((o) => !known.has(sourceOf(o.path) ?? ''));
  const freshDocs = fresh.map((o) => o.document);
  const keysOf = stages.furnitureKeys;
  // Each new article's keys, computed once: for the counts read now and for the counts stored with it.
  const keys = new Map<CleanDocument, FurnitureKeys | null>(keysOf === undefined ? [] : freshDocs.map((d) => [d, keysOf(d)]));
  let learned: readonly CleanDocument[] = [];
  if (fresh.length > 0 && keysOf !== undefined) {
    learned = stages.learnFurniture(freshDocs, await furniturePrior(store, [...keys.values()], keysOf));
  } else if (fresh.length > 0) {
    const context = await furnitureContext(store, heads, freshDocs, stages);
    learned = stages.learnFurniture([...context, ...freshDocs]).slice(context.length);
  }
  const byOutcome = new Map<StagedOutcome, CleanDocument>(fresh.map((o, i) => [o, learned[i] ?? o.document]));
  // What each new article adds to the counts: its keys from before furniture was removed (`o.document`).
  const furnitureOf = (ingested: CleanDocument): { furniture?: FurnitureKeys | null } => (keysOf === undefined ? {} : { furniture: keys.get(ingested) ?? null });

  const byHash = new Map<string, { readonly id: DocumentId; readonly path: string; readonly url: string | null; readonly status: DocumentStatus }>();
  for (const d of heads) if (d.status !== 'rejected' && d.reason !== 'exact') byHash.set(d.key, d);
  // Only a fresh article ever reaches the deduper; it is replayed first over the stored documents.
  const deduper = stages.createDeduper();
  if (fresh.length > 0) await replayDeduper(store, heads, deduper, stages);

  let added = 0;
  for (const [i, o] of outcomes.entries()) {
    progress({ phase: 'dedup', done: i + 1, total: outcomes.length });
    const source = sourceOf(o.path);
    const before = source === null ? undefined : known.get(source);
    if (before) {
      counts[before.status]++;
      continue;
    }
    const at = { run: run.number, source, raw: o.raw ?? null };
    if (!isIngestOk(o)) {
      counts.rejected++;
      if (await store.addDocument(rejectedRecord(o, source ?? o.bytesHash ?? `${o.code}\u0000${o.detail}`, at))) added++;
      continue;
    }
    const doc = byOutcome.get(o) ?? o.document;
    const same = byHash.get(doc.contentHash);
    if (same) {
      // The same text at the same path, or at the same address (a feed item fetched again, now
      // `feed.xml#5` where it was `#3`; a page saved twice): the stored article, not a copy of it.
      if (same.path === doc.path || sameAddress(same.url, doc.url)) {
        counts[same.status === 'duplicate' ? 'duplicate' : 'ok']++;
        continue;
      }
      counts.duplicate++;
      // An exact copy adds no document to its outlet's furniture counts: its lines recur because the article does.
      if (await store.addDocument({ ...exactCopyRecord(doc, same, at), ...(keysOf === undefined ? {} : { furniture: null }) })) added++;
      continue;
    }
    const fingerprint = stages.dedupFingerprint?.(doc.text);
    const link = deduper.add(doc, fingerprint);
    const sentences = stages.sentences(doc.text);
    const kept = { ...(fingerprint === undefined ? {} : { fingerprint }), ...furnitureOf(o.document) };
    const record = link ? { ...duplicateRecord(doc, link, sentences, at), ...kept } : { ...okRecord(doc, sentences, at), terms: stages.clusterTerms(doc.text), ...kept };
    counts[record.status === 'duplicate' ? 'duplicate' : 'ok']++;
    if (await store.addDocument(record)) added++;
    byHash.set(doc.contentHash, record);
  }
  return { inputs: inputs + outcomes.length, added, ...counts };
}

/**
 * The stored counts of the lines of the new articles (`fresh`: their keys), per group. Stored articles not counted yet (stored
 * before the store kept counts) are read and counted first, once per store.
 */
async function furniturePrior(store: Store, fresh: readonly (FurnitureKeys | null)[], keysOf: (doc: CleanDocument) => FurnitureKeys | null): Promise<FurniturePrior> {
  const uncounted = await store.uncountedFurniture();
  if (uncounted.length > 0) {
    const stored = await store.documents(uncounted);
    await store.countFurniture(new Map(stored.map((d) => [d.id, keysOf(beforeFurniture(d))])));
  }
  const wanted = new Map<string, Set<string>>();
  for (const keys of fresh) {
    if (keys === null) continue;
    const lines = wanted.get(keys.group) ?? new Set<string>();
    for (const line of keys.lines) lines.add(line);
    wanted.set(keys.group, lines);
  }
  return wanted.size === 0 ? new Map() : store.furnitureCounts(new Map([...wanted].map(([g, lines]) => [g, [...lines]])));
}

/** The stored articles `learnFurniture` must see beside `fresh`, in one read: those of their furniture groups (all when the stages group nothing). */
async function furnitureContext(store: Store, heads: readonly StoredDocumentHead[], fresh: readonly CleanDocument[], stages: DigestStages): Promise<CleanDocument[]> {
  const group = stages.furnitureGroup;
  // With groups, a document without one (no outlet, no URL) is compared with none: never context.
  const wanted = new Set<string | null>(group === undefined ? [] : fresh.map(group));
  wanted.delete(null);
  const ids = heads.filter((h) => h.status !== 'rejected' && (group === undefined || wanted.has(group(h)))).map((h) => h.id);
  return ids.length === 0 ? [] : (await store.documents(ids)).map(beforeFurniture);
}

/**
 * Feeds the deduper every stored document it saw before, in arrival order, from stored fingerprints;
 * a document stored without one (by an earlier version, or stages without fingerprints) is read and
 * fingerprinted, and the fingerprint kept for the next run.
 */
async function replayDeduper(store: Store, heads: readonly StoredDocumentHead[], deduper: Deduper, stages: DigestStages): Promise<void> {
  const replayed = heads.filter((d) => d.status !== 'rejected' && d.reason !== 'exact');
  const prints: ReadonlyMap<DocumentId, DedupFingerprint | null> = stages.dedupFingerprint === undefined ? new Map() : await store.fingerprints(replayed.map((d) => d.id));
  const missing = replayed.filter((h) => (prints.get(h.id) ?? null) === null).map((h) => h.id);
  const texts = new Map((missing.length === 0 ? [] : await store.documents(missing)).map((d) => [d.id, d]));
  for (const h of replayed) {
    const stored = prints.get(h.id) ?? null;
    if (stored !== null) {
      deduper.add({ id: h.id, text: '', contentHash: h.contentHash ?? '', outlet: h.outlet, agency: h.agency }, stored);
      continue;
    }
    const d = texts.get(h.id);
    if (d === undefined) continue;
    const fingerprint = stages.dedupFingerprint?.(d.text);
    deduper.add(toClean(d), fingerprint);
    if (fingerprint !== undefined) await store.putFingerprint(h.id, fingerprint);
  }
}
