import type { CleanDocument, Sentence } from '../core/index.js';
import { key, keyTerms, sentences, words } from '../text/index.js';
import { factFrame, frameUpTo, NO_FACT, type FactFrame } from './facts.js';
import { cosineOf, overlapOf, sparseVector, type SparseVector, type Vocabulary } from './features.js';
import type { SummaryOptions } from './options.js';
import { clauseEnds } from './spans.js';

/** A sentence that may enter the summary, with what the scorer needs to know about it. */
export interface Candidate {
  /** Index of its document in the input. */
  readonly doc: number;
  readonly sentence: Sentence;
  /** `[start, end)` in the document's clean text: the sentence, less a leading dateline or discourse opener, or a trailing credit. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  /** Words of the whole sentence (after dateline and credit): more than `words` for a leading-clause span. */
  readonly sentenceWords: number;
  /** Position among the candidates of its document, from 0. */
  readonly rank: number;
  /** Key terms (ids in the term vocabulary) with their counts. */
  readonly terms: SparseVector;
  /** Distinct key-term bigrams (ids in the bigram vocabulary), ascending. */
  readonly bigrams: Int32Array;
  /** When the reported fact happened and what it counts (`facts.ts`), to tell another outlet's restatement. */
  readonly fact: FactFrame;
  /** The same for its whole sentence: a leading clause of a sentence that restates a fact restates it too. */
  readonly sentenceFact: FactFrame;
}

/** The vocabularies one summary's candidates share. */
export interface Vocabularies {
  readonly terms: Vocabulary;
  readonly bigrams: Vocabulary;
}

const FINAL_PUNCTUATION = /[.!?؟…](?:["'»”’)\]]*)\s*$/u;
const FURNITURE = /https?:|www\.|@|©|\|/iu;
/** `القاهرة (رويترز) - ` or `واشنطن - ` at the start of an article: at most four words, then a dash. */
const LEADING_DATELINE = /^\s*(?:[^\s.!?؟،,:()-]+\s+){0,3}[^\s.!?؟،,:()-]+\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s+/u;
/**
 * A discourse opener that only links to what came before (`إلى ذلك،`, `من جهة أخرى،`, `وفي سياق متصل،`):
 * out of its article it says nothing, so the span starts after it.
 */
const LEADING_OPENER = /^\s*و?(?:إلى ذلك|الى ذلك|من جهة أخرى|من جهة اخرى|من ناحية أخرى|من ناحية اخرى|في غضون ذلك|في الأثناء|في هذه الأثناء|في سياق متصل|في هذا السياق|في السياق ذاته|في السياق نفسه|في المقابل|بالإضافة إلى ذلك|علاوة على ذلك|فضلا عن ذلك|كذلك|أيضا|أيضاً|بدوره|بدورها|من جهته|من جهتها|من جانبه|من جانبها)\s*[،,]\s+/u;
/** `... (أ ف ب)` or `... - (رويترز)` closing a sentence without final punctuation: at most four words, no digits. */
const TRAILING_CREDIT = /\s*[-–—]?\s*\(\s*[^()\s\p{Nd}]+(?:\s+[^()\s\p{Nd}]+){0,3}\s*\)\s*$/u;

export const cosine = (a: Candidate, b: Candidate): number => cosineOf(a.terms, b.terms);

/** Share of the smaller sentence's key bigrams that the other sentence also has. */
export const bigramOverlap = (a: Candidate, b: Candidate): number => overlapOf(a.bigrams, b.bigrams);

function bigramIds(terms: readonly string[], vocabulary: Vocabulary): Int32Array {
  const ids = new Set<number>();
  for (let i = 0; i + 1 < terms.length; i++) ids.add(vocabulary.id(`${terms[i]!} ${terms[i + 1]!}`));
  return Int32Array.from([...ids].sort((a, b) => a - b));
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
  const opener = LEADING_OPENER.exec(text);
  if (opener && opener[0].length < text.length) {
    start += opener[0].length;
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
 * subheadings, the title repeated, datelines and furniture lines are left out. Fact frames are read
 * only with `readFacts` (they only ever compare sentences of different documents).
 */
export function documentCandidates(doc: CleanDocument, docIndex: number, o: Required<SummaryOptions>, v: Vocabularies, readFacts: boolean): Candidate[] {
  const all = sentences(doc.text);
  const title = doc.title === null ? '' : key(doc.title);
  const out: Candidate[] = [];
  let ranks = 0;
  for (const s of all) {
    const { start, end } = span(doc, s, ranks === 0);
    const text = doc.text.slice(start, end);
    const wordCount = words(text).length;
    if (wordCount < o.minSentenceWords) continue;
    if (isHeadlineLike(s, all, wordCount, o.headlineWords)) continue;
    if (FURNITURE.test(text)) continue;
    if (title.length > 0 && title.includes(key(text))) continue;
    const rank = ranks++;
    const fact = readFacts ? factFrame(text, doc.published) : NO_FACT;
    const make = (e: number, n: number, terms: readonly string[]): Candidate => ({
      doc: docIndex,
      sentence: s,
      start,
      end: start + e,
      text: text.slice(0, e),
      words: n,
      sentenceWords: wordCount,
      rank,
      terms: sparseVector(terms.map((x) => v.terms.id(x))),
      bigrams: bigramIds(terms, v.bigrams),
      fact: e === text.length ? fact : frameUpTo(fact, e),
      sentenceFact: fact,
    });
    const ends = o.clauseSpans ? clauseEnds(text) : [];
    if (ends.length === 0) {
      out.push(make(text.length, wordCount, keyTerms(text)));
      continue;
    }
    // Key terms and words are token-local and the clauses split between tokens, so a clause span's
    // features are those of its pieces: each piece is read once.
    const cuts = [0, ...ends, text.length];
    const pieces = cuts.slice(1).map((e, i) => text.slice(cuts[i], e));
    const pieceTerms = pieces.map((p) => keyTerms(p));
    out.push(make(text.length, wordCount, pieceTerms.flat()));
    let n = 0;
    ends.forEach((e, i) => {
      n += words(pieces[i]!).length;
      if (n >= o.minSentenceWords) out.push(make(e, n, pieceTerms.slice(0, i + 1).flat()));
    });
  }
  return out;
}
