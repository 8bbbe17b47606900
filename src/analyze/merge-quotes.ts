/**
 * Story-level quote merging: the same quote carried by several outlets becomes one quote listing
 * every document. Two quotes are the same when their key texts (letters and digits only) are equal,
 * or when one contains the other or their words overlap, in both cases covering at least
 * `minOverlap` of the longer one's words.
 */
import type { DocumentId, QuoteAttribution, SentenceRef, StoryQuote } from '../core/index.js';
import { key } from '../text/index.js';
import type { QuoteMention } from './types.js';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 a letter or digit, 2 not (the regex is asked once per character). */
const letterOrDigitTable = new Uint8Array(0x10000);

function bmpLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let v = letterOrDigitTable[c] as number;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    letterOrDigitTable[c] = v;
  }
  return v === 1;
}

/**
 * The words of a quote's key text: its runs of letters and digits (`\p{L}\p{N}`, by code point), in
 * order. A loop with a per-character table instead of a Unicode-property regex replace (same result).
 */
function quoteWords(text: string): string[] {
  const k = key(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < k.length; ) {
    const c = k.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < k.length && (k.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const inside = pair ? LETTER_OR_DIGIT.test(k.slice(i, i + 2)) : bmpLetterOrDigit(c);
    if (inside) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(k.slice(start, i));
      start = -1;
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) words.push(k.slice(start));
  return words;
}

/** A quote's key text: its letters and digits, runs of anything else as one space, trimmed. */
export const quoteKey = (text: string): string => quoteWords(text).join(' ');

function overlap(wa: readonly string[], wb: readonly string[], sb: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of wa) if (sb.has(w)) shared++;
  return shared / Math.max(wa.length, wb.length);
}

interface Keyed {
  readonly key: string;
  /** `key` split at spaces. */
  readonly wordList: readonly string[];
  readonly words: ReadonlySet<string>;
}

function sameQuote(a: Keyed, b: Keyed, minOverlap: number): boolean {
  if (a.key === b.key) return true;
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (long.key.includes(short.key) && short.wordList.length / long.wordList.length >= minOverlap) return true;
  return overlap(a.wordList, b.wordList, b.words) >= minOverlap;
}

/**
 * Cheap bound before `sameQuote`, from the two word-set sizes and the words they share: the smaller
 * set must be large enough to cover the share, and share enough of its own words.
 */
function plausible(sizeA: number, sizeB: number, shared: number, minOverlap: number): boolean {
  const small = Math.min(sizeA, sizeB);
  const large = Math.max(sizeA, sizeB);
  if (small < minOverlap * large - 1) return false;
  return shared >= minOverlap * small;
}

export interface DocumentQuotes {
  readonly document: DocumentId;
  readonly quotes: readonly QuoteMention[];
  /** Sentence index of a clean-text offset in this document. */
  readonly sentenceAt: (offset: number) => number | null;
}

interface Group extends Keyed {
  readonly order: number;
  readonly text: string;
  readonly mode: 'verbatim' | 'reported';
  /** Each speaker named: how many times, and in which documents (in order). */
  readonly speakers: Map<string, { n: number; readonly documents: DocumentId[] }>;
  readonly documents: DocumentId[];
  /** Index (in `docs`) of the last document added: quotes come document by document. */
  lastDocument: number;
  readonly sources: SentenceRef[];
  /** Sources already listed, as `document index × SENTENCE_SPAN + sentence`. */
  readonly sourceSet: Set<number>;
  /** The last search that counted this group's words (see `QuoteGroups.find`). */
  seen: number;
  /** Words of the current search's quote this group holds (valid while `seen` is that search). */
  shared: number;
}

/** More sentences than any document has: document and sentence indexes packed in one number. */
const SENTENCE_SPAN = 2 ** 26;

/**
 * Groups indexed by exact key and by word, per mode: a new quote is compared only with the groups
 * sharing a word with it (every group `sameQuote` can accept does), in creation order, so the first
 * match is the one a scan of all groups would find, without the (quotes × groups) scan.
 */
class QuoteGroups {
  readonly all: Group[] = [];
  private readonly exact = { verbatim: new Map<string, Group>(), reported: new Map<string, Group>() };
  private readonly byWord = { verbatim: new Map<string, Group[]>(), reported: new Map<string, Group[]>() };
  /** Searches so far: a group whose `seen` equals the current search has its `shared` counted in it. */
  private searches = 0;

  find(mode: Group['mode'], quote: Keyed, minOverlap: number): Group | undefined {
    const same = this.exact[mode].get(quote.key);
    if (same !== undefined) return same;
    // The words each group shares with the quote, counted in one walk of the word index.
    const stamp = ++this.searches;
    const byWord = this.byWord[mode];
    const touched: Group[] = [];
    for (const w of quote.words) {
      const holding = byWord.get(w);
      if (holding === undefined) continue;
      for (const g of holding) {
        if (g.seen !== stamp) {
          g.seen = stamp;
          g.shared = 0;
          touched.push(g);
        }
        g.shared++;
      }
    }
    let first: Group | undefined;
    for (const g of touched) {
      if ((first === undefined || g.order < first.order) && plausible(g.words.size, quote.words.size, g.shared, minOverlap) && sameQuote(g, quote, minOverlap)) first = g;
    }
    return first;
  }

  add(g: Group): void {
    this.all.push(g);
    const exact = this.exact[g.mode];
    if (!exact.has(g.key)) exact.set(g.key, g);
    const byWord = this.byWord[g.mode];
    for (const w of g.words) {
      const list = byWord.get(w);
      if (list === undefined) byWord.set(w, [g]);
      else list.push(g);
    }
  }
}

export function mergeQuotes(docs: readonly DocumentQuotes[], canonical: (name: string) => string | null, minOverlap: number): StoryQuote[] {
  const groups = new QuoteGroups();
  // A document's sources are keyed by its first index here (two entries of one document share them).
  const firstIndex = new Map<DocumentId, number>();
  docs.forEach((d, i) => {
    if (!firstIndex.has(d.document)) firstIndex.set(d.document, i);
  });
  for (let di = 0; di < docs.length; di++) {
    const d = docs[di] as DocumentQuotes;
    const source = (firstIndex.get(d.document) ?? di) * SENTENCE_SPAN;
    for (const q of d.quotes) {
      const wordList = quoteWords(q.text);
      if (wordList.length === 0) continue;
      const quote: Keyed = { key: wordList.join(' '), wordList, words: new Set(wordList) };
      let g = groups.find(q.mode, quote, minOverlap);
      if (g === undefined) {
        g = {
          order: groups.all.length, key: quote.key, wordList, words: quote.words, text: q.text, mode: q.mode, speakers: new Map(), documents: [], lastDocument: -1, sources: [], sourceSet: new Set(), seen: 0, shared: 0,
        };
        groups.add(g);
      }
      if (q.speaker !== null) {
        const s = canonical(q.speaker) ?? q.speaker;
        const named = g.speakers.get(s);
        if (named === undefined) g.speakers.set(s, { n: 1, documents: [d.document] });
        else {
          named.n++;
          if (named.documents[named.documents.length - 1] !== d.document && !named.documents.includes(d.document)) named.documents.push(d.document);
        }
      }
      if (g.lastDocument !== di && !g.documents.includes(d.document)) g.documents.push(d.document);
      g.lastDocument = di;
      const sentence = d.sentenceAt(q.start);
      if (sentence !== null && !g.sourceSet.has(source + sentence)) {
        g.sourceSet.add(source + sentence);
        g.sources.push({ document: d.document, sentence });
      }
    }
  }
  return groups.all.map((g): StoryQuote => {
    let speaker: string | null = null;
    let best = 0;
    for (const [name, { n }] of g.speakers) {
      if (speaker === null || n > best) {
        speaker = name;
        best = n;
      }
    }
    const others: QuoteAttribution[] = [];
    for (const [name, { documents }] of g.speakers) if (name !== speaker) others.push({ speaker: name, documents });
    return { speaker, text: g.text, mode: g.mode, documents: g.documents, sources: g.sources, ...(others.length > 0 ? { otherSpeakers: others } : {}) };
  });
}
