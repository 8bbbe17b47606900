import type { DuplicateLink } from '../core/index.js';

/** How a story is summarized. Every field has a default in {@link DEFAULT_SUMMARY_OPTIONS}. */
export interface SummaryOptions {
  /** Word budget: the summary never has more word and number tokens than this. Default 120; range ≥ 1. */
  readonly words?: number;
  /** Sentences with fewer words are fragments, never summary sentences. Default 6; range ≥ 1. */
  readonly minSentenceWords?: number;
  /**
   * A paragraph made of one sentence without final punctuation and shorter than this is a headline,
   * subheading or dateline line, never a summary sentence. Default 15.
   */
  readonly headlineWords?: number;
  /**
   * Also offer each sentence's leading clauses (up to a comma or semicolon before a connective) as
   * shorter candidate spans, so a long sentence's main clause can fill the end of the budget. Default true.
   */
  readonly clauseSpans?: boolean;
  /** Weight of a content-word unigram concept relative to a bigram concept. Default 0.3; range [0, 1]. */
  readonly unigramWeight?: number;
  /**
   * Strength of the position prior: a sentence at candidate position k of its article gets
   * `positionWeight / (1 + k)` added to its coverage value, which is scaled to at most 1. Default 2;
   * range ≥ 0 (0 ignores position, large values give a lead round-robin).
   */
  readonly positionWeight?: number;
  /**
   * A sentence's coverage is its uncovered concept weight divided by `words ^ lengthExponent`: 1
   * favours dense short sentences, 0 long ones. Default 0.5; range [0, 1].
   */
  readonly lengthExponent?: number;
  /**
   * Two sentences are redundant (only the first taken is kept) when more than this share of the
   * smaller one's key bigrams is found in the other. Default 0.3; range [0, 1].
   */
  readonly redundancy?: number;
  /** ... or when the cosine of their key-term vectors is above this (a paraphrase). Default 0.6; range [0, 1]. */
  readonly paraphrase?: number;
  /**
   * Two sentences of different documents that report the same fact — the same time (their first time
   * expressions name the same day, resolved against each article's publication date) and a count of
   * the same thing (people, degrees, ships ...), whatever the values — are restatements however they
   * are worded: only the first taken is kept, and it cites the others. Default true.
   */
  readonly sameFact?: boolean;
  /** A sentence of another document carries the same content when its key-term cosine reaches this. Default 0.5. */
  readonly sameContent?: number;
  /**
   * Duplicate links from the dedup stage: a document linked to an original votes with it as one
   * report, so a wire story re-published by ten sites counts once. Exact copies (same content hash)
   * are always one report. Default: none.
   */
  readonly duplicates?: readonly DuplicateLink[];
}

export const DEFAULT_SUMMARY_OPTIONS: Required<SummaryOptions> = {
  words: 120,
  minSentenceWords: 6,
  headlineWords: 15,
  clauseSpans: true,
  unigramWeight: 0.3,
  positionWeight: 2,
  lengthExponent: 0.5,
  redundancy: 0.3,
  paraphrase: 0.6,
  sameFact: true,
  sameContent: 0.5,
  duplicates: [],
};
