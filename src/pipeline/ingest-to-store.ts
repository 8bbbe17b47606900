import { isIngestOk, type CleanDocument } from '../core/index.js';
import type { DocumentStatus, RunRecord, Store } from '../store/index.js';
import type { DocumentId } from '../core/index.js';
import { duplicateRecord, exactCopyRecord, okRecord, rejectedRecord, toClean } from './documents.js';
import type { ProgressListener } from './progress.js';
import { sourceKeys } from './source-key.js';
import type { DigestStages, StagedOutcome } from './stages.js';

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
 * Stores every input of `paths` once: an input already stored (same path and bytes, see `sourceKeys`)
 * is skipped whatever its cleaning would give now; a new one is keyed by its content hash. The deduper is rebuilt by replaying the stored documents in
 * arrival order, then fed the new ones, so a document's status depends only on what arrived before it:
 * the same whether the run was interrupted or not. Each document is one transaction.
 */
export async function ingestInto(
  store: Store,
  run: RunRecord,
  paths: readonly string[],
  stages: DigestStages,
  progress: ProgressListener = () => {},
): Promise<IngestCounts> {
  const outcomes: StagedOutcome[] = [];
  for await (const o of stages.ingest(paths)) {
    outcomes.push(o);
    progress({ phase: 'ingest', done: outcomes.length, total: null });
  }
  const cleaned = stages.learnFurniture(outcomes.filter(isIngestOk).map((o) => o.document));
  const byOutcome = new Map<StagedOutcome, CleanDocument>();
  outcomes.filter(isIngestOk).forEach((o, i) => byOutcome.set(o, cleaned[i] ?? o.document));

  const stored = await store.documents();
  const byHash = new Map<string, { readonly id: DocumentId; readonly path: string; readonly status: DocumentStatus }>();
  const deduper = stages.createDeduper();
  for (const d of stored) {
    if (d.status === 'rejected' || d.reason === 'exact') continue;
    byHash.set(d.key, d);
    deduper.add(toClean(d));
  }

  const sourceOf = stages.sourceKey ?? sourceKeys();
  let added = 0;
  const counts = { ok: 0, duplicate: 0, rejected: 0 };
  for (const [i, o] of outcomes.entries()) {
    progress({ phase: 'dedup', done: i + 1, total: outcomes.length });
    const source = sourceOf(o.path);
    const known = source === null ? null : await store.bySource(source);
    if (known) {
      counts[known.status]++;
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
      if (same.path === doc.path) {
        counts[same.status === 'duplicate' ? 'duplicate' : 'ok']++;
        continue;
      }
      counts.duplicate++;
      if (await store.addDocument(exactCopyRecord(doc, same, at))) added++;
      continue;
    }
    const link = deduper.add(doc);
    const sentences = stages.sentences(doc.text);
    const record = link ? duplicateRecord(doc, link, sentences, at) : okRecord(doc, sentences, at);
    counts[record.status === 'duplicate' ? 'duplicate' : 'ok']++;
    if (await store.addDocument(record)) added++;
    byHash.set(doc.contentHash, record);
  }
  return { inputs: outcomes.length, added, ...counts };
}
