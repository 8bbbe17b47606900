import type {
  CleanDocument,
  DedupFingerprint,
  DocumentId,
  DuplicateKind,
  DuplicateLink,
  FurnitureCounts,
  FurnitureKeys,
  RejectCode,
  Sentence,
  StoryAnalysis,
  StoryId,
  SummarySentence,
} from '../core/index.js';

export type DocumentStatus = 'ok' | 'duplicate' | 'rejected';

/**
 * One input as the store keeps it. `key` is the idempotency key: the content hash for a cleaned article,
 * `<content hash>@<path>` for an exact copy found at another path, `rejected:<hash of path and bytes>`
 * for a rejected input. Inserting a key twice is a no-op.
 */
export interface NewDocument
  extends Pick<CleanDocument, 'id' | 'path' | 'title' | 'outlet' | 'dateline' | 'agency' | 'published' | 'url' | 'text' | 'paragraphs' | 'removed'> {
  readonly key: string;
  /**
   * Hash of the input's path and bytes (plus the record number inside a multi-record file), when the
   * input could be read again: the same input is then never cleaned into a second document, even when
   * cross-document cleaning of another batch would give a different text. Null for streams.
   */
  readonly source: string | null;
  readonly status: DocumentStatus;
  /** Decoded input before cleaning, when the ingest stage hands it over. */
  readonly raw: string | null;
  /** The clean document's content hash; null for rejected inputs. */
  readonly contentHash: string | null;
  /** Reject code, or the duplicate kind. */
  readonly reason: RejectCode | DuplicateKind | null;
  readonly detail: string | null;
  readonly duplicateOf: DocumentId | null;
  readonly sentences: readonly Sentence[];
  /** Set when `status` is `duplicate`; stored in the links table in the same transaction. */
  readonly link: DuplicateLink | null;
  /** Number of the run that first stored it. */
  readonly run: number;
  /**
   * The story clusterer's terms of `text` (`keyTerms`), stored with the document so replaying the
   * clustering need not read or tokenize the text again. Absent when not computed (see `terms`).
   */
  readonly terms?: readonly string[];
  /** The deduper's fingerprint of `text`, stored so replaying duplicate detection need not read the text. */
  readonly fingerprint?: DedupFingerprint;
  /**
   * What the document adds to its furniture group's counts (see `FurnitureCounts`), added in the same
   * transaction when the document is inserted. Null: it belongs to no group. Absent on a document that
   * is not rejected: not counted, and listed by `uncountedFurniture` until `countFurniture` counts it.
   */
  readonly furniture?: FurnitureKeys | null;
}

export interface StoredDocument extends Omit<NewDocument, 'sentences' | 'link' | 'terms' | 'fingerprint' | 'furniture'> {
  /** Arrival sequence, 1-based, strictly increasing in insertion order. */
  readonly seq: number;
}

/** A stored document without its text, paragraphs, removals and raw input: what listings need. */
export type StoredDocumentHead = Omit<StoredDocument, 'text' | 'paragraphs' | 'removed' | 'raw'>;

export interface StoredStory {
  readonly id: StoryId;
  readonly title: string | null;
  /** All members (independent reports and their duplicates) in arrival order. */
  readonly documents: readonly DocumentId[];
  readonly created: number;
  readonly updated: number;
}

export interface StoredSummary {
  readonly story: StoryId;
  /** Hash of the membership the summary was computed from; a mismatch means it is stale. */
  readonly membership: string;
  readonly words: number;
  readonly sentences: readonly SummarySentence[];
}

export interface StoredAnalysis {
  readonly story: StoryId;
  readonly membership: string;
  readonly analysis: StoryAnalysis;
}

export interface OutputMemberships {
  readonly summary: string | null;
  readonly analysis: string | null;
}

export type RunStatus = 'running' | 'done' | 'interrupted';

export interface RunRecord {
  /** Row id: every attempt gets one, interrupted or not. */
  readonly id: number;
  /**
   * Run number as stories see it: one above the finished runs and above any finished or live running
   * run's number (`run-number.ts`), so alone on a store it is finished runs plus one, two runs at once
   * never share one, and a rerun after a crash reuses the crashed run's number.
   */
  readonly number: number;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly options: unknown;
}

export interface StoryChanges {
  readonly upsert: readonly StoredStory[];
  readonly remove: readonly StoryId[];
}

/**
 * Persistent state of khulasa. Every method is one transaction; a crash between two calls leaves
 * the store as it was after the last completed call. Backends: `sqlite/` (embedded, default); a
 * PostgreSQL backend must pass `test/store/conformance.ts` too.
 */
export interface Store {
  readonly backend: string;
  /** Marks runs left `running` by a crash as `interrupted` and starts a new one. */
  beginRun(startedAt: string, options: unknown): Promise<RunRecord>;
  finishRun(id: number, finishedAt: string): Promise<RunRecord>;
  runs(): Promise<readonly RunRecord[]>;

  hasKey(key: string): Promise<boolean>;
  /** The document stored from this input (see `NewDocument.source`), if any. */
  bySource(source: string): Promise<StoredDocument | null>;
  /** Inserts the document, its sentences and its duplicate link; `false` when the key was already there. */
  addDocument(doc: NewDocument): Promise<boolean>;
  /** All documents in arrival order; with `ids`, only those (an id not stored is left out), still in arrival order. */
  documents(ids?: readonly DocumentId[]): Promise<readonly StoredDocument[]>;
  /** All documents in arrival order, without their text (`StoredDocumentHead`). */
  documentHeads(): Promise<readonly StoredDocumentHead[]>;
  /**
   * The stored cluster terms of these documents, by id. A document stored without terms (before the
   * store kept them, or added without them) maps to null; an id not stored is left out.
   */
  terms(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, readonly string[] | null>>;
  /** Stores a document's cluster terms, replacing any stored ones; a no-op for an id not stored. */
  putTerms(id: DocumentId, terms: readonly string[]): Promise<void>;
  /** The stored dedup fingerprints of these documents, by id; null where none is stored, an id not stored left out. */
  fingerprints(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, DedupFingerprint | null>>;
  /** Stores a document's fingerprint, replacing any stored one; a no-op for an id not stored. */
  putFingerprint(id: DocumentId, fingerprint: DedupFingerprint): Promise<void>;
  /**
   * For each group asked, its counted members and the counts of the asked lines; a group with no
   * counted member maps to `{ members: 0, lines: empty }`.
   */
  furnitureCounts(lines: ReadonlyMap<string, readonly string[]>): Promise<ReadonlyMap<string, FurnitureCounts>>;
  /** Stored non-rejected documents whose furniture is not counted (stored before the store counted, or without `furniture`), in arrival order. */
  uncountedFurniture(): Promise<readonly DocumentId[]>;
  /**
   * Counts these documents' furniture (null: no group) in one transaction and marks them counted; a
   * document already counted, or not stored, is left alone, so counting twice never counts double.
   */
  countFurniture(documents: ReadonlyMap<DocumentId, FurnitureKeys | null>): Promise<void>;
  document(id: DocumentId): Promise<StoredDocument | null>;
  sentences(id: DocumentId): Promise<readonly Sentence[]>;
  links(): Promise<readonly DuplicateLink[]>;

  stories(): Promise<readonly StoredStory[]>;
  /** Applies all story changes at once (memberships are replaced whole). */
  applyStories(changes: StoryChanges): Promise<void>;
  /**
   * For every stored story, the membership hash of its stored summary and analysis (null when there is
   * none): what a staleness check needs, without reading the outputs themselves.
   */
  outputMemberships(): Promise<ReadonlyMap<StoryId, OutputMemberships>>;
  summary(story: StoryId): Promise<StoredSummary | null>;
  putSummary(summary: StoredSummary): Promise<void>;
  analysis(story: StoryId): Promise<StoredAnalysis | null>;
  putAnalysis(analysis: StoredAnalysis): Promise<void>;

  close(): Promise<void>;
}
