import type { SummarySentence } from './story.js';

/** An extractive summary of one story: sentences in reading order and their total length in words. */
export interface Summary {
  readonly sentences: readonly SummarySentence[];
  /** Word and number tokens of all sentences (the text layer's `words`); never above the budget. */
  readonly words: number;
}
