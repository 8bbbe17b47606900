import type { CleanDocument, Removed } from '../core/index.js';
import { withParagraphs } from './document.js';
import { matchKey } from './plain/line.js';

/** Tunables of cross-document furniture learning. Defaults in `DEFAULT_LEARN_OPTIONS`. */
export interface LearnOptions {
  /** A line must recur in at least this many documents of one outlet. Default 3; valid 2–1,000. */
  readonly minDocuments: number;
  /** ...and in at least this share of the outlet's documents. Default 0.5; valid 0–1. */
  readonly minShare: number;
  /** Longer paragraphs are never learned as furniture (shared background paragraphs are content). Default 40 words; 1–500. */
  readonly maxWords: number;
}

export const DEFAULT_LEARN_OPTIONS: LearnOptions = { minDocuments: 3, minShare: 0.5, maxWords: 40 };

const hostOf = (url: string | null): string | null => {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/**
 * The group whose documents `learnOutletFurniture` compares: the outlet, else the URL's host; null
 * for a document with neither (it is never changed). Documents of different groups never affect each
 * other, so a caller may pass only the groups it needs.
 */
export const furnitureGroup = (d: Pick<CleanDocument, 'outlet' | 'url'>): string | null =>
  d.outlet !== null ? `outlet:${matchKey(d.outlet)}` : hostOf(d.url) !== null ? `host:${hostOf(d.url)}` : null;

/**
 * The cross-document pass: a paragraph that recurs in many documents of one outlet is that outlet's
 * furniture (a slogan, a standard footer, a tag line). Returns the documents in the same order with
 * those paragraphs removed as `outlet-furniture`, and text, hash and id recomputed. Documents without
 * an outlet or URL, and outlets with too few documents, come back unchanged.
 */
export function learnOutletFurniture(docs: readonly CleanDocument[], options: Partial<LearnOptions> = {}): CleanDocument[] {
  const o = { ...DEFAULT_LEARN_OPTIONS, ...options };
  const groups = new Map<string, CleanDocument[]>();
  for (const d of docs) {
    const k = furnitureGroup(d);
    if (k === null) continue;
    const members = groups.get(k);
    if (members === undefined) groups.set(k, [d]);
    else members.push(d);
  }
  const furniture = new Map<string, Set<string>>();
  for (const [k, members] of groups) {
    if (members.length < o.minDocuments) continue;
    const counts = new Map<string, number>();
    for (const d of members) {
      for (const p of new Set(d.paragraphs.filter((p) => p.split(/\s+/).length <= o.maxWords).map(matchKey))) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    const needed = Math.max(o.minDocuments, Math.ceil(o.minShare * members.length));
    const lines = new Set([...counts].filter(([line, n]) => n >= needed && line !== '').map(([line]) => line));
    if (lines.size > 0) furniture.set(k, lines);
  }
  return docs.map((d) => {
    const lines = furniture.get(furnitureGroup(d) ?? '');
    if (lines === undefined) return d;
    const kept: string[] = [];
    const removed: Removed[] = [];
    for (const p of d.paragraphs) {
      if (lines.has(matchKey(p))) removed.push({ text: p, reason: 'outlet-furniture' });
      else kept.push(p);
    }
    return removed.length === 0 ? d : withParagraphs(d, kept, removed);
  });
}
