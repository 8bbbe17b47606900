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

export function sameQuote(a: string, b: string, minOverlap: number): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.split(' ').length / long.split(' ').length >= minOverlap) return true;
  return overlap(a, b) >= minOverlap;
}

/** Cheap bound before `sameQuote`: the smaller word set must be large enough to cover the share. */
function plausible(a: ReadonlySet<string>, b: ReadonlySet<string>, minOverlap: number): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < minOverlap * large.size - 1) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= minOverlap * small.size;
}

export interface DocumentQuotes {
  readonly document: DocumentId;
  readonly quotes: readonly QuoteMention[];
  /** Sentence index of a clean-text offset in this document. */
  readonly sentenceAt: (offset: number) => number | null;
}

interface Group {
  key: string;
  words: ReadonlySet<string>;
  text: string;
  mode: 'verbatim' | 'reported';
  speakers: Map<string, number>;
  documents: DocumentId[];
  sources: SentenceRef[];
}

export function mergeQuotes(docs: readonly DocumentQuotes[], canonical: (name: string) => string | null, minOverlap: number): StoryQuote[] {
  const groups: Group[] = [];
  for (const d of docs) {
    for (const q of d.quotes) {
      const k = quoteKey(q.text);
      if (k.length === 0) continue;
      const words = new Set(k.split(' '));
      let g =
        groups.find((x) => x.mode === q.mode && x.key === k) ??
        groups.find((x) => x.mode === q.mode && plausible(x.words, words, minOverlap) && sameQuote(x.key, k, minOverlap));
      if (g === undefined) {
        g = { key: k, words, text: q.text, mode: q.mode, speakers: new Map(), documents: [], sources: [] };
        groups.push(g);
      }
      if (q.speaker !== null) {
        const s = canonical(q.speaker) ?? q.speaker;
        g.speakers.set(s, (g.speakers.get(s) ?? 0) + 1);
      }
      if (!g.documents.includes(d.document)) g.documents.push(d.document);
      const sentence = d.sentenceAt(q.start);
      if (sentence !== null && !g.sources.some((s) => s.document === d.document && s.sentence === sentence)) g.sources.push({ document: d.document, sentence });
    }
  }
  return groups.map((g): StoryQuote => {
    const speaker = [...g.speakers].reduce<[string, number] | null>((best, cur) => (best === null || cur[1] > best[1] ? cur : best), null);
    return { speaker: speaker?.[0] ?? null, text: g.text, mode: g.mode, documents: g.documents, sources: g.sources };
  });
}
