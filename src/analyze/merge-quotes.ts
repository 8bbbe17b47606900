/**
 * Story-level quote merging: the same quote carried by several outlets becomes one quote listing
 * every document. Two quotes are the same when their key texts (letters and digits only) are equal,
 * or when one contains the other or their words overlap, in both cases covering at least
 * `minOverlap` of the longer one's words.
 */
import type { DocumentId, SentenceRef, StoryQuote } from '../core/index.js';
import { key } from '../text/index.js';
import type { QuoteMention } from './types.js';

export const quoteKey = (text: string): string =>
  key(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function overlap(a: string, b: string): number {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const sb = new Set(wb);
  const shared = wa.filter((w) => sb.has(w)).length;
  return shared / Math.max(wa.length, wb.length);
}

function sameQuote(a: string, b: string, minOverlap: number): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.split(' ').length / long.split(' ').length >= minOverlap) return true;
  return overlap(a, b) >= minOverlap;
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

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n;
}

export interface DocumentQuotes {
  readonly document: DocumentId;
  readonly quotes: readonly QuoteMention[];
  /** Sentence index of a clean-text offset in this document. */
  readonly sentenceAt: (offset: number) => number | null;
}

interface Group {
  readonly order: number;
  key: string;
  words: ReadonlySet<string>;
  text: string;
  mode: 'verbatim' | 'reported';
  speakers: Map<string, number>;
  documents: DocumentId[];
  documentSet: Set<DocumentId>;
  sources: SentenceRef[];
  sourceSet: Set<string>;
}

/**
 * Groups indexed by exact key and by word: a new quote is compared only with the groups sharing a
 * word with it (every group `sameQuote` can accept does), in creation order, so the first match is
 * the one a scan of all groups would find, without the (quotes × groups) scan.
 */
class QuoteGroups {
  readonly all: Group[] = [];
  private readonly exact = new Map<string, Group>();
  private readonly byWord = new Map<string, Group[]>();

  find(mode: Group['mode'], k: string, words: ReadonlySet<string>, minOverlap: number): Group | undefined {
    const same = this.exact.get(`${mode}|${k}`);
    if (same !== undefined) return same;
    // Only groups holding one of the quote's rarest words can match (prefix filtering, see `probeWords`).
    const seen = new Set<Group>();
    const candidates: Group[] = [];
    for (const w of this.probeWords(words, minOverlap)) {
      for (const g of this.byWord.get(w) ?? []) {
        if (g.mode !== mode || seen.has(g)) continue;
        seen.add(g);
        if (plausible(g.words.size, words.size, sharedCount(g.words, words), minOverlap)) candidates.push(g);
      }
    }
    candidates.sort((a, b) => a.order - b.order);
    return candidates.find((x) => sameQuote(x.key, k, minOverlap));
  }

  /**
   * The quote's rarest distinct words (fewest groups in the index first) that every candidate must
   * hit: a group passes `plausible` only when it shares at least `need` of the quote's `n` distinct
   * words (its own size is at least `minOverlap·n − 1`, and it shares `minOverlap` of the smaller
   * set), so by pigeonhole it holds one of any `n − need + 1` of them.
   */
  private probeWords(words: ReadonlySet<string>, minOverlap: number): string[] {
    const n = words.size;
    const smallest = Math.max(1, Math.ceil(minOverlap * n - 1 - 1e-9));
    const need = Math.max(1, Math.ceil(minOverlap * smallest - 1e-9));
    const byRarity = [...words].sort((a, b) => (this.byWord.get(a)?.length ?? 0) - (this.byWord.get(b)?.length ?? 0));
    return byRarity.slice(0, Math.max(1, n - need + 1));
  }

  add(g: Group): void {
    this.all.push(g);
    const exactKey = `${g.mode}|${g.key}`;
    if (!this.exact.has(exactKey)) this.exact.set(exactKey, g);
    for (const w of g.words) {
      const list = this.byWord.get(w);
      if (list === undefined) this.byWord.set(w, [g]);
      else list.push(g);
    }
  }
}

export function mergeQuotes(docs: readonly DocumentQuotes[], canonical: (name: string) => string | null, minOverlap: number): StoryQuote[] {
  const groups = new QuoteGroups();
  for (const d of docs) {
    for (const q of d.quotes) {
      const k = quoteKey(q.text);
      if (k.length === 0) continue;
      const words = new Set(k.split(' '));
      let g = groups.find(q.mode, k, words, minOverlap);
      if (g === undefined) {
        g = { order: groups.all.length, key: k, words, text: q.text, mode: q.mode, speakers: new Map(), documents: [], documentSet: new Set(), sources: [], sourceSet: new Set() };
        groups.add(g);
      }
      if (q.speaker !== null) {
        const s = canonical(q.speaker) ?? q.speaker;
        g.speakers.set(s, (g.speakers.get(s) ?? 0) + 1);
      }
      if (!g.documentSet.has(d.document)) {
        g.documentSet.add(d.document);
        g.documents.push(d.document);
      }
      const sentence = d.sentenceAt(q.start);
      const sourceKey = `${d.document}\u0000${sentence}`;
      if (sentence !== null && !g.sourceSet.has(sourceKey)) {
        g.sourceSet.add(sourceKey);
        g.sources.push({ document: d.document, sentence });
      }
    }
  }
  return groups.all.map((g): StoryQuote => {
    const speaker = [...g.speakers].reduce<[string, number] | null>((best, cur) => (best === null || cur[1] > best[1] ? cur : best), null);
    return { speaker: speaker?.[0] ?? null, text: g.text, mode: g.mode, documents: g.documents, sources: g.sources };
  });
}
