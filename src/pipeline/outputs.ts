import type { CleanDocument, DocumentId, StoryAnalysis, StoryId } from '../core/index.js';
import type { Store, StoredAnalysis, StoredDocumentHead, StoredStory } from '../store/index.js';
import { toClean } from './documents.js';
import { membershipHash, outputKey } from './keys.js';
import type { ProgressListener } from './progress.js';
import type { DigestStages } from './stages.js';
import { membersOf, storyReading, supersededVersions } from './versions.js';

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

/** The counts, and the analyses this call computed and stored, by story (what `buildDigest` would read back). */
export interface OutputRefresh extends OutputCounts {
  readonly made: ReadonlyMap<StoryId, StoredAnalysis>;
}

/**
 * Recomputes the summary (over the independent reports) and the analysis (over every member but exact
 * copies), each article in its latest version (`versions.ts`), of the stories whose inputs changed
 * since they were last computed; the others are left as stored (a stored output made by another
 * version of the stages is recomputed too). Whether a story changed is read from the listing and the
 * stored outputs' membership hashes (read once, without the outputs); texts are read only for the
 * stories recomputed. The analyses computed are also returned (`made`), so that the digest model of
 * the same run need not read them back from the store and parse them again.
 */
export async function refreshOutputs(
  store: Store,
  stories: readonly StoredStory[],
  docs: readonly StoredDocumentHead[],
  stages: DigestStages,
  settings: { readonly words: number; readonly analysis: boolean },
  progress: ProgressListener = () => {},
): Promise<OutputRefresh> {
  const byId = new Map<DocumentId, StoredDocumentHead>(docs.map((d) => [d.id, d]));
  const superseded = supersededVersions(docs);
  let summarized = 0;
  let analyzed = 0;
  const failed: StageFailure[] = [];
  const made = new Map<StoryId, StoredAnalysis>();
  const kept = await store.outputMemberships();
  for (const [i, story] of stories.entries()) {
    progress({ phase: 'summaries', done: i + 1, total: stories.length });
    const texts = new Map<DocumentId, CleanDocument>();
    const clean = (heads: readonly StoredDocumentHead[]): Promise<CleanDocument[]> => readClean(store, heads, texts);
    const { reports, analysed } = storyReading(membersOf(story.documents, byId), superseded);
    const summaryKey = outputKey(membershipHash(reports.map((d) => d.id), 'words', String(settings.words)), stages.versions?.summary ?? '');
    if ((kept.get(story.id)?.summary ?? null) !== summaryKey) {
      const sentences = stages.summarize(await clean(reports), settings.words);
      await store.putSummary({ story: story.id, membership: summaryKey, words: settings.words, sentences });
      summarized++;
    }
    if (!settings.analysis || !stages.analyze) continue;
    const analysisKey = outputKey(membershipHash(analysed.map((d) => d.id)), stages.versions?.analysis ?? '');
    if ((kept.get(story.id)?.analysis ?? null) !== analysisKey) {
      const docs = await clean(analysed);
      let analysis: StoryAnalysis;
      try {
        analysis = stages.analyze(docs);
      } catch (err) {
        failed.push({ story: story.id, stage: 'analysis', message: firstLine(err) });
        continue;
      }
      const stored = { story: story.id, membership: analysisKey, analysis };
      await store.putAnalysis(stored);
      made.set(story.id, stored);
      analyzed++;
    }
  }
  return { summarized, analyzed, failed, made };
}
