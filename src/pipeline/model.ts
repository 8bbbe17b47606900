import {
  instantOf,
  REJECT_MESSAGES,
  type Digest,
  type DigestDocument,
  type DigestSource,
  type DigestStory,
  type DocumentId,
  type RejectCode,
  type StoryId,
  type StoryStatus,
} from '../core/index.js';
import type { RunRecord, Store, StoredAnalysis, StoredDocumentHead, StoredStory } from '../store/index.js';
import { membershipHash, sameMembers } from './keys.js';
import { membersOf, storyReading, supersededVersions } from './versions.js';
import { windowTest } from './window.js';

const DUPLICATE_DETAILS = {
  exact: 'the same text as another input',
  near: 'a near copy of another input',
  syndicated: 'the same wire report as another input, republished',
} as const;

const countWords = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function digestDocument(d: StoredDocumentHead, story: StoryId | undefined, supersededBy: DocumentId | undefined): DigestDocument {
  const base = { id: d.id, path: d.path, title: d.title, outlet: d.outlet, agency: d.agency, published: d.published, status: d.status, url: d.url };
  const withStory = { ...base, ...(story ? { story } : {}), ...(supersededBy ? { supersededBy } : {}) };
  if (d.status === 'rejected' && d.reason) {
    const code = d.reason as RejectCode;
    return { ...withStory, reason: code, detail: d.detail ?? REJECT_MESSAGES[code] };
  }
  if (d.status === 'duplicate' && d.duplicateOf && d.reason) {
    const kind = d.reason as keyof typeof DUPLICATE_DETAILS;
    return { ...withStory, duplicateOf: d.duplicateOf, reason: kind, detail: DUPLICATE_DETAILS[kind] };
  }
  return withStory;
}

const statusOf = (s: StoredStory, run: number): StoryStatus => (s.created === run ? 'new' : s.updated === run ? 'changed' : 'unchanged');

export interface DigestSettings {
  readonly words: number;
  readonly analysis: boolean;
  /** Start of the time window (ISO date or date-time, see `window.ts`); absent: the whole store. */
  readonly since?: string;
}

/**
 * Reads the store and assembles digest.json's model, stories largest first, plus the articles the
 * summaries cite. With `since`, only the stories with an article in the window, and the articles of
 * those stories or of the window. `made`: analyses the caller has just stored (`refreshOutputs`), used
 * as they are instead of being read back; they must be what the store gives back, i.e. plain JSON values.
 */
export async function buildDigest(
  store: Store,
  run: RunRecord,
  settings: DigestSettings,
  made: ReadonlyMap<StoryId, StoredAnalysis> = new Map(),
): Promise<{ readonly digest: Digest; readonly sources: readonly DigestSource[] }> {
  const all = await store.documentHeads();
  const allStories = await store.stories();
  let docs = all;
  let stored = allStories;
  if (settings.since !== undefined) {
    const inWindow = windowTest(instantOf(settings.since), await store.runs());
    const recent = new Set(all.filter(inWindow).map((d) => d.id));
    stored = allStories.filter((s) => s.documents.some((id) => recent.has(id)));
    const shown = new Set<DocumentId>(stored.flatMap((s) => s.documents));
    docs = all.filter((d) => shown.has(d.id) || recent.has(d.id));
  }
  const byId = new Map<DocumentId, StoredDocumentHead>(docs.map((d) => [d.id, d]));
  const storedStoryOf = new Map<DocumentId, StoryId>();
  for (const s of stored) for (const d of s.documents) storedStoryOf.set(d, s.id);
  const seqOf = (id: DocumentId): number => byId.get(id)?.seq ?? Number.MAX_SAFE_INTEGER;

  const supersededBy = supersededVersions(all);
  const readings = new Map(
    stored.map((s) => {
      const members = membersOf(s.documents, byId);
      return [s.id, { members, reading: storyReading(members, supersededBy) }];
    }),
  );
  // A story whose article now stands in another story is left out; its documents are listed in the story of their latest version.
  const movedInto = new Map<StoryId, DocumentId[]>();
  for (const s of stored) {
    if (!readings.get(s.id)!.reading.left) continue;
    for (const id of s.documents) {
      const to = storedStoryOf.get(supersededBy.get(id) ?? id);
      if (to !== undefined && to !== s.id) movedInto.set(to, [...(movedInto.get(to) ?? []), id]);
    }
  }

  const stories: DigestStory[] = [];
  for (const s of stored) {
    const { members, reading } = readings.get(s.id)!;
    if (reading.left) continue;
    const summary = await store.summary(s.id);
    const analysis = settings.analysis ? (made.get(s.id) ?? (await store.analysis(s.id))) : null;
    const analysed = membershipHash(reading.analysed.map((d) => d.id));
    const current = analysis !== null && sameMembers(analysis.membership, analysed) ? analysis.analysis : null;
    const sentences = summary?.sentences ?? [];
    const outlets = [...new Set(members.map((d) => d.outlet).filter((o): o is string => o !== null))].sort();
    stories.push({
      id: s.id,
      title: s.title,
      documents: [...s.documents, ...(movedInto.get(s.id) ?? [])],
      summary: sentences,
      entities: current?.entities ?? [],
      quotes: current?.quotes ?? [],
      timeline: current?.timeline ?? [],
      disagreements: current?.disagreements ?? [],
      status: statusOf(s, run.number),
      created: s.created,
      updated: s.updated,
      outlets,
      outletCount: outlets.length,
      independentReports: reading.reports.length,
      summaryWords: sentences.reduce((n, x) => n + countWords(x.text), 0),
    });
  }
  stories.sort(
    (a, b) =>
      b.documents.length - a.documents.length ||
      b.independentReports - a.independentReports ||
      seqOf(a.documents[0]!) - seqOf(b.documents[0]!) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const cited = new Set<DocumentId>();
  for (const s of stories) {
    for (const x of s.summary) for (const ref of x.sources) cited.add(ref.document);
    for (const q of s.quotes) for (const ref of q.sources ?? []) cited.add(ref.document);
  }
  const sources: DigestSource[] = [];
  for (const id of [...cited].sort((a, b) => seqOf(a) - seqOf(b))) {
    const d = byId.has(id) ? await store.document(id) : null;
    if (d) sources.push({ id, paragraphs: d.paragraphs, sentences: await store.sentences(id) });
  }

  // Each document names the story that lists it.
  const storyOf = new Map<DocumentId, StoryId>();
  for (const s of stories) for (const d of s.documents) storyOf.set(d, s.id);
  const count = (status: StoredDocumentHead['status']): number => docs.filter((d) => d.status === status).length;
  const digest: Digest = {
    version: 1,
    run: { number: run.number, startedAt: run.startedAt, words: settings.words, ...(settings.since === undefined ? {} : { since: settings.since }) },
    counts: { documents: docs.length, ok: count('ok'), duplicate: count('duplicate'), rejected: count('rejected'), stories: stories.length },
    documents: docs.map((d) => digestDocument(d, storyOf.get(d.id), supersededBy.get(d.id))),
    stories,
  };
  return { digest, sources };
}
