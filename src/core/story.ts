import type { DocumentId, StoryId } from './ids.js';

/**
 * `exact`: same key text. `near`: MinHash/LSH near-copy (small edits). `syndicated`: the same wire
 * report re-published with a new headline, paragraphs added, cut or reordered.
 */
export type DuplicateKind = 'exact' | 'near' | 'syndicated';

export interface DuplicateLink {
  readonly kind: DuplicateKind;
  readonly document: DocumentId;
  /** The earliest-seen document of the group; links always point to it, never chain. */
  readonly original: DocumentId;
  /** Estimated similarity that justified the link, in [0, 1]. */
  readonly similarity: number;
}

export interface Story {
  readonly kind: 'story';
  readonly id: StoryId;
  /** Members in arrival order. */
  readonly documents: readonly DocumentId[];
  /** Run number (or ISO time supplied by the caller) when the story was created / last changed. */
  readonly created: string;
  readonly updated: string;
}

export interface SentenceRef {
  readonly document: DocumentId;
  readonly sentence: number;
}

export interface SummarySentence {
  readonly text: string;
  /** First the cited source (the text is a span of its sentence), then the others carrying the same content. */
  readonly sources: readonly SentenceRef[];
}

export type EntityType = 'person' | 'place' | 'organization';

export interface StoryEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly variants: readonly string[];
  readonly mentions: number;
  readonly documents: readonly DocumentId[];
  /** The sentence where each document first names it (filled by the analyzer; absent from older data). */
  readonly sources?: readonly SentenceRef[];
}

export interface StoryQuote {
  readonly speaker: string | null;
  readonly text: string;
  /** `verbatim` for text inside quote marks; `reported` for indirect speech (قال إن ... without marks). */
  readonly mode: 'verbatim' | 'reported';
  readonly documents: readonly DocumentId[];
  /** The sentence of each document that carries it (filled by the analyzer; absent from older data). */
  readonly sources?: readonly SentenceRef[];
  /**
   * Other speakers some documents give the same quote, each with those documents (absent when every
   * document that names a speaker names `speaker`). The shown speaker is the one named most often.
   */
  readonly otherSpeakers?: readonly QuoteAttribution[];
}

/** A speaker some documents give a quote, and those documents. */
export interface QuoteAttribution {
  readonly speaker: string;
  readonly documents: readonly DocumentId[];
}

export interface TimelineEntry {
  /** ISO date when resolved (`2016-10-25`), or the relative expression as written when it cannot be. */
  readonly date: string;
  readonly resolved: boolean;
  /** The sentence the date was found in. */
  readonly text: string;
  /** What readers are shown of a sentence longer than 40 words: the clauses around the date, cuts marked `…`. */
  readonly excerpt?: string;
  readonly documents: readonly DocumentId[];
  /** The sentences that carry the date, one or more per document (filled by the analyzer). */
  readonly sources?: readonly SentenceRef[];
}

export interface DisagreementSide {
  readonly value: string;
  readonly documents: readonly DocumentId[];
  readonly outlets: readonly string[];
  /** Publication days (YYYY-MM-DD, sorted) of the side's documents, when every one of them is dated. */
  readonly published?: readonly string[];
}

export interface Disagreement {
  /** What is disputed, e.g. `count of ministers`, `day of the event`. */
  readonly topic: string;
  readonly sides: readonly DisagreementSide[];
  /**
   * The values follow the reports' days: every side was published on days before the next side's
   * (sides oldest first), so the figure was revised over time (a toll rising from one day's report to
   * the next) rather than told differently by outlets on the same day.
   */
  readonly update?: true;
}

export interface StoryAnalysis {
  readonly entities: readonly StoryEntity[];
  readonly quotes: readonly StoryQuote[];
  readonly timeline: readonly TimelineEntry[];
  readonly disagreements: readonly Disagreement[];
}
