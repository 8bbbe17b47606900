import type { DocumentId } from '../core/index.js';
import type { Store, StoredDocument, StoredStory } from '../store/index.js';
import { toClean } from './documents.js';
import { membershipHash } from './keys.js';
import type { ProgressListener } from './progress.js';
import type { DigestStages } from './stages.js';

export interface OutputCounts {
  readonly summarized: number;
  readonly analyzed: number;
}

/**
 * Recomputes the summary (over the independent reports) and the analysis (over every member but exact
 * copies) of the stories whose inputs changed since they were last computed; the others are left as stored.
 */
export async function refreshOutputs(
  store: Store,
  stories: readonly StoredStory[],
  docs: readonly StoredDocument[],
  stages: DigestStages,
  settings: { readonly words: number; readonly analysis: boolean },
  progress: ProgressListener = () => {},
): Promise<OutputCounts> {
  const byId = new Map<DocumentId, StoredDocument>(docs.map((d) => [d.id, d]));
  const membersOf = (s: StoredStory, keep: (d: StoredDocument) => boolean): StoredDocument[] =>
    s.documents.map((id) => byId.get(id)).filter((d): d is StoredDocument => d !== undefined && keep(d));
  let summarized = 0;
  let analyzed = 0;
  for (const [i, story] of stories.entries()) {
    progress({ phase: 'summaries', done: i + 1, total: stories.length });
    const reports = membersOf(story, (d) => d.status === 'ok');
    const summaryKey = membershipHash(reports.map((d) => d.id), 'words', String(settings.words));
    if ((await store.summary(story.id))?.membership !== summaryKey) {
      const sentences = stages.summarize(reports.map(toClean), settings.words);
      await store.putSummary({ story: story.id, membership: summaryKey, words: settings.words, sentences });
      summarized++;
    }
    if (!settings.analysis || !stages.analyze) continue;
    const analysed = membersOf(story, (d) => d.reason !== 'exact');
    const analysisKey = membershipHash(analysed.map((d) => d.id));
    if ((await store.analysis(story.id))?.membership !== analysisKey) {
      await store.putAnalysis({ story: story.id, membership: analysisKey, analysis: stages.analyze(analysed.map(toClean)) });
      analyzed++;
    }
  }
  return { summarized, analyzed };
}
