import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeQuotes, quoteKey } from '../../src/analyze/merge-quotes.js';
import type { DocumentId } from '../../src/core/index.js';
import { key } from '../../src/text/index.js';
import type { QuoteMention } from '../../src/analyze/types.js';

/**
 * The reference the indexed merge must reproduce: each quote joins its exact key's group of its mode
 * (verbatim or reported), else the first earlier group of its mode (creation order) that shares a word
 * with it, passes the size bound and is the same quote — found by scanning every group.
 */
function sameQuote(a: string, b: string, m: number): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && short.split(' ').length / long.split(' ').length >= m) return true;
  const wa = a.split(' ');
  const wb = new Set(b.split(' '));
  return wa.filter((w) => wb.has(w)).length / Math.max(wa.length, b.split(' ').length) >= m;
}

function plausible(a: ReadonlySet<string>, b: ReadonlySet<string>, m: number): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  const small = Math.min(a.size, b.size);
  return shared > 0 && small >= m * Math.max(a.size, b.size) - 1 && shared >= m * small;
}

type Mode = QuoteMention['mode'];

function scanMerge(quotes: readonly { doc: string; text: string; mode: Mode }[], m: number): string[][] {
  const groups: { key: string; mode: Mode; words: Set<string>; docs: string[] }[] = [];
  for (const q of quotes) {
    const k = quoteKey(q.text);
    if (k.length === 0) continue;
    const words = new Set(k.split(' '));
    const ofMode = groups.filter((x) => x.mode === q.mode);
    let g = ofMode.find((x) => x.key === k) ?? ofMode.find((x) => plausible(x.words, words, m) && sameQuote(x.key, k, m));
    if (g === undefined) groups.push((g = { key: k, mode: q.mode, words, docs: [] }));
    if (!g.docs.includes(q.doc)) g.docs.push(q.doc);
  }
  return groups.map((g) => g.docs);
}

const vocabulary = ['الحكومة', 'ستواصل', 'دعم', 'الأسعار', 'في', 'العام', 'المقبل', 'لن', 'نقبل', 'والحكومة', 'دعما', 'ال'];

describe('mergeQuotes (per-mode word index, shared words counted) agrees with a scan of all groups', () => {
  it('groups the same quotes, in the same order, for any texts, modes and overlap threshold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), fc.constantFrom<Mode>('verbatim', 'reported')), { maxLength: 30 }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (items, m) => {
          const quotes = items.map(([d, ws, mode]) => ({ doc: `d${d}`, text: ws.join(' '), mode }));
          const byDoc = new Map<string, QuoteMention[]>();
          for (const q of quotes) {
            const list = byDoc.get(q.doc) ?? [];
            list.push({ kind: 'quote-mention', start: 0, end: 0, text: q.text, mode: q.mode, speaker: null, cue: null });
            byDoc.set(q.doc, list);
          }
          const docs = [...byDoc].map(([document, qs]) => ({ document: document as DocumentId, quotes: qs, sentenceAt: () => null }));
          const ordered = docs.flatMap((d) => d.quotes.map((q) => ({ doc: d.document as string, text: q.text, mode: q.mode })));
          expect(mergeQuotes(docs, () => null, m).map((q) => q.documents as readonly string[])).toEqual(scanMerge(ordered, m));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('quoteKey (a character-class loop) agrees with the Unicode-property regex it replaced', () => {
  const reference = (text: string): string => key(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const pieces = ['قال', 'الوزير', '«', '»', '،', '.', ' ', '\n', '٣', '3', 'a', 'Z', 'é', 'ً', 'ـ', '😀', '𝐀', '\uD800', '\uDC00', '-', '—', '؟', 'ة', 'ى', 'ﻻ', '中'];
  it('gives the same key for any mix of letters, digits, marks, punctuation and astral or lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(quoteKey(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
