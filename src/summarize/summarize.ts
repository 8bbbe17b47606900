import type { CleanDocument, DuplicateLink, Summary } from '../core/index.js';
import { documentCandidates } from './candidates.js';
import { conceptWeights } from './concepts.js';
import { Vocabulary } from './features.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './options.js';
import { readingOrder } from './order.js';
import { selectSentences } from './select.js';
import { sourcesOf } from './sources.js';

/**
 * For each document, the index of the first document of its report: exact copies (same content hash)
 * and documents linked to the same original are one report when outlets vote for content.
 */
function reports(docs: readonly CleanDocument[], duplicates: readonly DuplicateLink[]): number[] {
  const original = new Map<string, string>(duplicates.map((l) => [l.document, l.original]));
  const first = new Map<string, number>();
  return docs.map((d, i) => {
    const group = original.get(d.id) ?? d.id;
    const keys = [`hash:${d.contentHash}`, `report:${group}`];
    const seen = keys.map((k) => first.get(k)).find((x) => x !== undefined);
    for (const k of keys) if (!first.has(k)) first.set(k, seen ?? i);
    return seen ?? i;
  });
}

/**
 * An extractive summary of the documents of one story: sentences chosen for the content most reports
 * carry, each a span of its document's clean text, citing it and the other documents that say the same.
 */
export function summarize(docs: readonly CleanDocument[], options: SummaryOptions = {}): Summary {
  const o = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const vocabularies = { terms: new Vocabulary(), bigrams: new Vocabulary() };
  const readFacts = o.sameFact && docs.length > 1;
  const byDoc = docs.map((d, i) => documentCandidates(d, i, o, vocabularies, readFacts));
  const candidates = byDoc.flat();
  const reportOf = reports(docs, o.duplicates);
  const chosen = selectSentences(candidates, conceptWeights(candidates, reportOf, vocabularies), new Set(reportOf).size, o);
  const ordered = readingOrder(chosen, docs);
  /** Other outlets' versions are looked for among whole sentences: a clause span adds nothing to match. */
  const wholeByDoc = byDoc.map((cs) => cs.filter((c) => c.words === c.sentenceWords));
  return {
    sentences: ordered.map((c) => ({ text: c.text, sources: sourcesOf(c, wholeByDoc, docs, o.sameContent) })),
    words: ordered.reduce((n, c) => n + c.words, 0),
  };
}
