import type { CleanDocument, DocumentId, StoryAnalysis, StoryId } from '../core/index.js';
import type { Store, StoredDocumentHead, StoredStory } from '../store/index.js';
import { toClean } from './documents.js';
import { membershipHash, outputKey } from './keys.js';
import type { ProgressListener } from './progress.js';
import type { DigestStages } from './stages.js';

/** A story whose analysis threw: an analyzer bug, kept to that story (its analysis is left out and tried again next run). */
export interface StageFailure {
  readonly story: StoryId;
  readonly stage: 'analysis';
  /** The error's name and first line. */
  readonly message: string;
}

export interface OutputCounts {
  readonly summarized: number;
  readonly analyzed: number;
  readonly failed: readonly StageFailure[];
}

/** Analyses started and not yet stored; beyond this many the run waits for the oldest. */
const MAX_IN_FLIGHT = 8;

interface InFlight {
  readonly story: StoryId;
  readonly key: string;
  readonly result: Promise<StoryAnalysis>;
  settled: boolean;
}

const firstLine = (err: unknown): string => (err instanceof Error ? `${err.name}: ${err.message.split('\n')[0] ?? ''}` : String(err));

/** The clean documents behind `heads`, each read from the store once per `cache`. */
async function readClean(store: Store, heads: readonly StoredDocumentHead[], cache: Map<DocumentId, CleanDocument>): Promise<CleanDocument[]> {
  const out: CleanDocument[] = [];
  for (const { id } of heads) {
    let doc = cache.get(id);
    if (doc === undefined) {
      const stored = await store.document(id);
      if (stored === null) continue;
      doc = toClean(stored);
      cache.set(id, doc);
    }
    out.push(doc);
  }
  return out;
}

/**
 * Recomputes the summary (over the independent reports) and the analysis (over every member but exact
 * copies) of the stories whose inputs changed since they were last computed; the others are left as
 * stored (a stored output made by another version of the stages is recomputed too). Whether a story changed is read from the listing and the stored outputs' membership hashes
 * (read once, without the outputs); texts are read only for the stories recomputed.
 */
export async function refreshOutputs(
  store: Store,
  stories: readonly StoredStory[],
  docs: readonly StoredDocumentHead[],
  stages: DigestStages,
  settings: { readonly words: number; readonly analysis: boolean },
  progress: ProgressListener = () => {},
): Promise<OutputCounts> {
  const byId = new Map<DocumentId, StoredDocumentHead>(docs.map((d) => [d.id, d]));
  const membersOf = (s: StoredStory, keep: (d: StoredDocumentHead) => boolean): StoredDocumentHead[] =>
    s.documents.map((id) => byId.get(id)).filter((d): d is StoredDocumentHead => d !== undefined && keep(d));
  let summarized = 0;
  let analyzed = 0;
  const failed: StageFailure[] = [];
  const kept = await store.outputMemberships();
  // Analyses under way (on worker threads when `analyze` answers with a promise), stored in story order.
  const inFlight: InFlight[] = [];
  const land = async (): Promise<void> => {
    const head = inFlight.shift();
    if (head === undefined) return;
    let analysis: StoryAnalysis;
    try {
      analysis = await head.result;
    } catch (err) {
      failed.push({ story: head.story, stage: 'analysis', message: firstLine(err) });
      return;
    }
    await store.putAnalysis({ story: head.story, membership: head.key, analysis });
    analyzed++;
  };
  for (const [i, story] of stories.entries()) {
    progress({ phase: 'summaries', done: i + 1, total: stories.length });
    const texts = new Map<DocumentId, CleanDocument>();
    const clean = (heads: readonly StoredDocumentHead[]): Promise<CleanDocument[]> => readClean(store, heads, texts);
    const reports = membersOf(story, (d) => d.status === 'ok');
    const summaryKey = outputKey(membershipHash(reports.map((d) => d.id), 'words', String(settings.words)), stages.versions?.summary ?? '');
    if ((kept.get(story.id)?.summary ?? null) !== summaryKey) {
      const sentences = stages.summarize(await clean(reports), settings.words);
      await store.putSummary({ story: story.id, membership: summaryKey, words: settings.words, sentences });
      summarized++;
    }
    const analyze = stages.analyze;
    if (!settings.analysis || analyze === undefined) continue;
    const analysed = membersOf(story, (d) => d.reason !== 'exact');
    const key = outputKey(membershipHash(analysed.map((d) => d.id)), stages.versions?.analysis ?? '');
    if ((kept.get(story.id)?.analysis ?? null) !== key) {
      const members = await clean(analysed);
      const entry: InFlight = { story: story.id, key, result: (async () => analyze(members))(), settled: false };
      entry.result.then(() => (entry.settled = true), () => (entry.settled = true));
      inFlight.push(entry);
    }
    while (inFlight.length > MAX_IN_FLIGHT || inFlight[0]?.settled === true) await land();
  }
  while (inFlight.length > 0) await land();
  return { summarized, analyzed, failed };
}
