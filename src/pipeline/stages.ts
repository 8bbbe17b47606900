import type {
  CleanDocument,
  DedupFingerprint,
  DocumentId,
  DuplicateLink,
  FurnitureKeys,
  FurniturePrior,
  IngestOutcome,
  Sentence,
  StoryAnalysis,
  StoryId,
  SummarySentence,
} from '../core/index.js';

/** What the ingest stage yields, with the decoded input and a hash of its bytes when it has them. */
export type StagedOutcome = IngestOutcome & { readonly raw?: string; readonly bytesHash?: string };

/** What the deduper reads of a document; `text` is not read when a fingerprint is given. */
export type DedupDocument = Pick<CleanDocument, 'id' | 'text' | 'contentHash' | 'outlet' | 'agency'>;

/** An online deduper: `add` in arrival order; returns the link when the document repeats an earlier one. */
export interface Deduper {
  add(doc: DedupDocument, fingerprint?: DedupFingerprint): DuplicateLink | null;
}

export interface ClusteredStory {
  readonly id: StoryId;
  readonly documents: readonly DocumentId[];
}

/** What the clusterer reads of an independent report: the terms stored at ingest, not the text. */
export interface ClusterDocument {
  readonly id: DocumentId;
  readonly title: string | null;
  readonly published: string | null;
  /** `clusterTerms` of the document's clean text. */
  readonly terms: readonly string[];
}

/** An online clusterer: `add` the independent reports in arrival order, then read the stories. */
export interface StoryClusterer {
  add(doc: ClusterDocument): void;
  stories(): readonly ClusteredStory[];
}

/**
 * The stages as the pipeline calls them. `defaultStages` wires the real ones; tests pass doubles.
 * Every function must be deterministic: same input in the same order, same output.
 */
export interface DigestStages {
  /** One outcome per input article, in a deterministic order. */
  ingest(paths: readonly string[]): AsyncIterable<StagedOutcome>;
  /**
   * Cross-document pass over one batch (outlet furniture); returns the documents in the same order.
   * With `prior`, as if the documents counted there had come before `docs` (see `furnitureKeys`).
   */
  learnFurniture(docs: readonly CleanDocument[], prior?: FurniturePrior): readonly CleanDocument[];
  /**
   * The group `learnFurniture` compares a document within (its outlet, else its host); documents of
   * other groups never change its result. Default: none, and the furniture context is every stored article.
   */
  readonly furnitureGroup?: (doc: Pick<CleanDocument, 'outlet' | 'url'>) => string | null;
  /**
   * What a document (as it was before furniture was removed) adds to its group's furniture counts:
   * the group and the keys of the lines `learnFurniture` counts; null for no group. With it, the
   * store keeps these counts and a rerun reads them instead of the stored articles. Default: none,
   * and the furniture context is read as documents.
   */
  readonly furnitureKeys?: (doc: Pick<CleanDocument, 'outlet' | 'url' | 'paragraphs'>) => FurnitureKeys | null;
  createDeduper(): Deduper;
  /** The fingerprint `Deduper.add` accepts for a text; stored at ingest. Default: none, and a replay reads the texts. */
  readonly dedupFingerprint?: (text: string) => DedupFingerprint;
  /** The clusterer's terms of a clean text, computed once at ingest and kept in the store for every replay. */
  clusterTerms(text: string): readonly string[];
  /** Groups independent reports (added in arrival order) into stories; ids stable when replayed in the same order. */
  createClusterer(runLabel: string): StoryClusterer;
  summarize(docs: readonly CleanDocument[], words: number): readonly SummarySentence[];
  /** Entities, quotes, timeline, disagreements of one story; without it the digest carries none. */
  readonly analyze?: (docs: readonly CleanDocument[]) => StoryAnalysis;
  /** Identity of an input (path and bytes) for idempotence; default: hash the file behind the path. */
  readonly sourceKey?: (path: string) => string | null;
  /** The one sentence splitter whose indices summaries cite. */
  sentences(text: string): readonly Sentence[];
  /**
   * Identity of the code and options behind `summarize` and `analyze`. A stored output computed under
   * another version is recomputed even when its story's members are the same. Default: none (outputs
   * are reused whenever the members match).
   */
  readonly versions?: OutputVersions;
}

export interface OutputVersions {
  readonly summary: string;
  readonly analysis: string;
}
