/** Tunables of plain-text cleaning. Defaults in `DEFAULT_PLAIN_OPTIONS`. */
export interface PlainOptions {
  /** A document whose letters are at least this share Arabic gets the Latin-line rule. Default 0.5; 0–1. */
  readonly arabicDocumentShare: number;
  /** Lines after a "read also" marker that are taken as its teaser headlines, at most. Default 6; 0–50. */
  readonly readAlsoTeasers: number;
  /** Header lines (before the first prose paragraph) of at most this many words are labels, longer ones decks. Default 3; 1–10. */
  readonly headerLabelWords: number;
  /** Footer lines (after the last prose paragraph) of at most this many words, not ending a sentence, are labels. Default 8; 1–30. */
  readonly footerLabelWords: number;
  /** A repeated paragraph is dropped only when it has at least this many words (short repeats are often content). Default 5; 1–50. */
  readonly minRepeatWords: number;
}

export const DEFAULT_PLAIN_OPTIONS: PlainOptions = { arabicDocumentShare: 0.5, readAlsoTeasers: 6, headerLabelWords: 3, footerLabelWords: 8, minRepeatWords: 5 };
