import type { DocumentId, StoryId } from '../core/index.js';
import type { RunRecord, Store, StoredDocumentHead, StoredStory } from '../store/index.js';
import type { DigestStages } from './stages.js';

export interface StoryUpdate {
  readonly stories: readonly StoredStory[];
  readonly created: number;
  readonly changed: number;
  readonly removed: number;
}

const sameMembers = (a: readonly DocumentId[], b: readonly DocumentId[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Documents whose stored terms are read in one call. */
const TERMS_PAGE = 500;

/** The terms of a document stored before the store kept them: computed from its text once, then kept. */
async function termsOnFirstUse(store: Store, stages: DigestStages, id: DocumentId): Promise<readonly string[]> {
  const doc = await store.document(id);
  const terms = stages.clusterTerms(doc?.text ?? '');
  await store.putTerms(id, terms);
  return terms;
}

/**
 * Replays clustering over every independent report in arrival order (ids are derived from founding
 * documents, so replay reproduces them) from the terms stored at ingest, a page at a time, attaches
 * each duplicate to its original's story, and writes only the stories whose membership differs from
 * the stored one.
 */
export async function updateStories(store: Store, run: RunRecord, stages: DigestStages, docs: readonly StoredDocumentHead[]): Promise<StoryUpdate> {
  const originals = docs.filter((d) => d.status === 'ok');
  const clusterer = stages.createClusterer(String(run.number));
  for (let i = 0; i < originals.length; i += TERMS_PAGE) {
    const page = originals.slice(i, i + TERMS_PAGE);
    const stored = await store.terms(page.map((d) => d.id));
    for (const d of page) {
      const terms = stored.get(d.id) ?? (await termsOnFirstUse(store, stages, d.id));
      clusterer.add({ id: d.id, title: d.title, published: d.published, terms });
    }
  }
  const clustered = clusterer.stories();
  const storyOf = new Map<DocumentId, StoryId>();
  for (const s of clustered) for (const d of s.documents) storyOf.set(d, s.id);
  const members = new Map<StoryId, DocumentId[]>(clustered.map((s) => [s.id, []]));
  for (const d of docs) {
    const story = storyOf.get(d.status === 'duplicate' && d.duplicateOf ? d.duplicateOf : d.id);
    if (story && d.status !== 'rejected') members.get(story)?.push(d.id);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  const previous = new Map((await store.stories()).map((s) => [s.id, s]));
  const upsert: StoredStory[] = [];
  const stories: StoredStory[] = [];
  let created = 0;
  let changed = 0;
  for (const [id, documents] of members) {
    if (documents.length === 0) continue;
    const title = documents.map((d) => byId.get(d)).find((d) => d?.status === 'ok' && d.title)?.title ?? null;
    const before = previous.get(id);
    let story: StoredStory;
    if (!before) {
      story = { id, title, documents, created: run.number, updated: run.number };
      created++;
    } else if (!sameMembers(before.documents, documents) || before.title !== title) {
      story = { id, title, documents, created: before.created, updated: run.number };
      changed++;
    } else {
      stories.push(before);
      continue;
    }
    upsert.push(story);
    stories.push(story);
  }
  const remove = [...previous.keys()].filter((id) => !members.get(id)?.length);
  await store.applyStories({ upsert, remove });
  return { stories, created, changed, removed: remove.length };
}
