/**
 * The development / held-out split of the summarization corpora. Parameters of the summarizer are
 * chosen on the development part only; the held-out part (and the whole) is reported beside it, so a
 * figure that only the tuning data supports shows up as a gap between the two.
 */
import type { TopicFilter } from './summaries.js';

export interface Split {
  readonly name: string;
  readonly development: TopicFilter;
  readonly heldOut: TopicFilter;
}

/** TAC 2011: topics M000–M002 for development, M003–M004 held out. */
export const TAC_SPLIT: Split = {
  name: 'TAC 2011: development M000–M002, held out M003–M004',
  development: (_, id) => id <= 'M002',
  heldOut: (_, id) => id > 'M002',
};

/** EASC: articles at odd positions (0-based, topics in numeric order: Topic2, Topic4, ...) for development, the others held out. */
export const EASC_SPLIT: Split = {
  name: 'EASC: development = odd positions (Topic2, Topic4, ...), held out = even positions (Topic1, Topic3, ...)',
  development: (index) => index % 2 === 1,
  heldOut: (index) => index % 2 === 0,
};
