import type { CleanDocument, Summary } from '../core/index.js';
import { documentCandidates } from './candidates.js';
import { conceptWeights } from './concepts.js';
import { Vocabulary } from './features.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './options.js';
import { readingOrder } from './order.js';
import { selectSentences } from './select.js';
import { sourcesOf } from './sources.js';

/** Exact copies (same content hash) count as one report when outlets vote for content. */
function reports(docs: readonly CleanDocument[]): number[] {
  const first = new Map<string, number>();
  return docs.map((d, i) => {
    const seen = first.get(d.contentHash);
    if (seen !== undefined) return seen;
    first.set(d.contentHash, i);
    return i;
  });
}

/**
 * An extractive summary of the documents of one story: sentences chosen for the content most reports
 * carry, each a span of its document's clean text, citing it and the other documents that say the same.
 */
export function summarize(docs: readonly CleanDocument[], options: SummaryOptions = {}): Summary {
  const o = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const vocabularies = { terms: new Vocabulary(), bigrams: new Vocabulary() };
  const byDoc = docs.map((d, i) => documentCandidates(d, i, o, vocabularies));
  const candidates = byDoc.flat();
  const chosen = selectSentences(candidates, conceptWeights(candidates, reports(docs), vocabularies), o);
  const ordered = readingOrder(chosen, docs);
  return {
    sentences: ordered.map((c) => ({ text: c.text, sources: sourcesOf(c, byDoc, docs, o.sameContent) })),
    words: ordered.reduce((n, c) => n + c.words, 0),
  };
}
