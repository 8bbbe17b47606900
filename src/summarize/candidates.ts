import type { CleanDocument, Sentence } from '../core/index.js';
import { key, keyTerms, sentences, words } from '../text/index.js';
import type { SummaryOptions } from './options.js';

/** A sentence that may enter the summary, with what the scorer needs to know about it. */
export interface Candidate {
  /** Index of its document in the input. */
  readonly doc: number;
  readonly sentence: Sentence;
  /** `[start, end)` in the document's clean text: the sentence, less a leading dateline or trailing credit. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  /** Position among the candidates of its document, from 0. */
  readonly rank: number;
  readonly terms: readonly string[];
  readonly bigrams: ReadonlySet<string>;
  readonly unigrams: ReadonlySet<string>;
  readonly vector: ReadonlyMap<string, number>;
  readonly norm: number;
}

const FINAL_PUNCTUATION = /[.!?؟…](?:["'»”’)\]]*)\s*$/u;
const FURNITURE = /https?:|www\.|@|©|\|/iu;
/** `القاهرة (رويترز) - ` or `واشنطن - ` at the start of an article: at most four words, then a dash. */
const LEADING_DATELINE = /^\s*(?:[^\s.!?؟،,:()-]+\s+){0,3}[^\s.!?؟،,:()-]+\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s+/u;
/** `... (أ ف ب)` or `... - (رويترز)` closing a sentence without final punctuation. */
const TRAILING_CREDIT = /\s*[-–—]?\s*\([^()]{1,20}\)\s*$/u;

export const bigramsOf = (terms: readonly string[]): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) out.add(`${terms[i]!} ${terms[i + 1]!}`);
  return out;
};

function termVector(terms: readonly string[]): { vector: Map<string, number>; norm: number } {
  const vector = new Map<string, number>();
  for (const t of terms) vector.set(t, (vector.get(t) ?? 0) + 1);
  let sq = 0;
  for (const v of vector.values()) sq += v * v;
  return { vector, norm: Math.sqrt(sq) };
}

export function cosine(a: Candidate, b: Candidate): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [t, v] of small) dot += v * (large.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}

/** Share of the smaller set's bigrams that the other sentence also has. */
export function bigramOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

function isHeadlineLike(s: Sentence, all: readonly Sentence[], wordCount: number, headlineWords: number): boolean {
  const alone = !all.some((o) => o !== s && o.paragraph === s.paragraph);
  return alone && wordCount < headlineWords && !FINAL_PUNCTUATION.test(s.text);
}

function span(doc: CleanDocument, s: Sentence, firstOfDocument: boolean): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  let text = doc.text.slice(start, end);
  const lead = firstOfDocument ? LEADING_DATELINE.exec(text) : null;
  if (lead && lead[0].length < text.length) {
    start += lead[0].length;
    text = doc.text.slice(start, end);
  }
  const credit = TRAILING_CREDIT.exec(text);
  if (credit && credit.index > 0) end = start + credit.index;
  while (end > start && /\s/u.test(doc.text[end - 1]!)) end--;
  while (start < end && /\s/u.test(doc.text[start]!)) start++;
  return { start, end };
}

/**
 * The sentences of one document that may be summary sentences, in order. Fragments, headlines and
 * subheadings, the title repeated, datelines and furniture lines are left out.
 */
export function documentCandidates(doc: CleanDocument, docIndex: number, o: Required<SummaryOptions>): Candidate[] {
  const all = sentences(doc.text);
  const title = doc.title === null ? '' : key(doc.title);
  const out: Candidate[] = [];
  for (const s of all) {
    const { start, end } = span(doc, s, out.length === 0);
    const text = doc.text.slice(start, end);
    const wordCount = words(text).length;
    if (wordCount < o.minSentenceWords) continue;
    if (isHeadlineLike(s, all, wordCount, o.headlineWords)) continue;
    if (FURNITURE.test(text)) continue;
    if (title.length > 0 && title.includes(key(text))) continue;
    const terms = keyTerms(text);
    const { vector, norm } = termVector(terms);
    out.push({
      doc: docIndex,
      sentence: s,
      start,
      end,
      text,
      words: wordCount,
      rank: out.length,
      terms,
      bigrams: bigramsOf(terms),
      unigrams: new Set(terms),
      vector,
      norm,
    });
  }
  return out;
}
