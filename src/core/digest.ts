import type { DocumentId, StoryId } from './ids.js';
import type { RejectCode } from './outcome.js';
import type { DuplicateKind } from './story.js';
import type { Sentence } from './document.js';
import type { Disagreement, StoryEntity, StoryQuote, SummarySentence, TimelineEntry } from './story.js';

/**
 * `digest.json`, version 1. The fields of DESIGN.md are the contract (never renamed); the others are
 * additions a reader may ignore.
 */
export interface Digest {
  readonly version: 1;
  /**
   * Run that produced it: `number` counts finished runs; the time is metadata, not content. `since`:
   * the start of the time window the digest covers, when one was asked for (else the whole store).
   */
  readonly run: { readonly number: number; readonly startedAt: string; readonly words: number; readonly since?: string };
  readonly counts: DigestCounts;
  readonly documents: readonly DigestDocument[];
  readonly stories: readonly DigestStory[];
}

export interface DigestCounts {
  readonly documents: number;
  readonly ok: number;
  readonly duplicate: number;
  readonly rejected: number;
  readonly stories: number;
}

export interface DigestDocument {
  readonly id: DocumentId;
  readonly path: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly agency: string | null;
  readonly published: string | null;
  readonly status: 'ok' | 'duplicate' | 'rejected';
  readonly duplicateOf?: DocumentId;
  /** Reject code for `rejected`, duplicate kind for `duplicate`. */
  readonly reason?: RejectCode | DuplicateKind;
  /** Human-readable explanation of `reason`. */
  readonly detail?: string;
  readonly similarity?: number;
  readonly url: string | null;
  readonly story?: StoryId;
  /**
   * A later version of this article (a member of the same story at the same address): the story's
   * summary and analysis read that one instead. Absent when this is the article's latest version.
   */
  readonly supersededBy?: DocumentId;
}

/** `new`: first seen in this run; `changed`: membership changed in this run; `unchanged` otherwise. */
export type StoryStatus = 'new' | 'changed' | 'unchanged';

export interface DigestStory {
  readonly id: StoryId;
  readonly title: string | null;
  /** Every member: independent reports and their duplicates, in arrival order. */
  readonly documents: readonly DocumentId[];
  readonly summary: readonly SummarySentence[];
  readonly entities: readonly StoryEntity[];
  readonly quotes: readonly StoryQuote[];
  readonly timeline: readonly TimelineEntry[];
  readonly disagreements: readonly Disagreement[];
  readonly status: StoryStatus;
  readonly created: number;
  readonly updated: number;
  /** Distinct outlets over all members (a syndicated wire copy counts for its outlet). */
  readonly outlets: readonly string[];
  /** `outlets.length`: the N of "N outlets, K independent reports". */
  readonly outletCount: number;
  /** Members that are not duplicates of another member. */
  readonly independentReports: number;
  readonly summaryWords: number;
}

/** Clean text and sentences of a document, for readers that show the cited passages (index.html, HTTP). */
export interface DigestSource {
  readonly id: DocumentId;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly Sentence[];
}
