import { hashString, type CleanDocument, type FurnitureKeys, type FurniturePrior, type Removed } from '../core/index.js';
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

/** Seeds of the two 32-bit hashes that make a line's 64-bit key. */
const LINE_SEEDS = [0x6b68756c, 0x61736121] as const;

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** A line's key as counts are kept: two seeded 32-bit hashes of its `matchKey` (64 bits, 16 hex digits). */
const lineKey = (key: string): string => hex8(hashString(key, LINE_SEEDS[0])) + hex8(hashString(key, LINE_SEEDS[1]));

/** The match keys of the paragraphs learning may count as furniture (short enough, not empty), once each. */
const countedLines = (paragraphs: readonly string[], maxWords: number): Set<string> =>
  new Set(paragraphs.filter((p) => p.split(/\s+/).length <= maxWords).map(matchKey).filter((k) => k !== ''));

/**
 * A document's group and line keys as `learnOutletFurniture` counts them; null for a document with no
 * group. Give it the document as it was before furniture was removed (stored: kept and removed
 * `outlet-furniture` paragraphs together).
 */
export function furnitureKeys(d: Pick<CleanDocument, 'outlet' | 'url' | 'paragraphs'>, options: Partial<LearnOptions> = {}): FurnitureKeys | null {
  const group = furnitureGroup(d);
  if (group === null) return null;
  const { maxWords } = { ...DEFAULT_LEARN_OPTIONS, ...options };
  return { group, lines: [...countedLines(d.paragraphs, maxWords)].map(lineKey) };
}

/**
 * The cross-document pass: a paragraph that recurs in many documents of one outlet is that outlet's
 * furniture (a slogan, a standard footer, a tag line). Returns the documents in the same order with
 * those paragraphs removed as `outlet-furniture`, and text, hash and id recomputed. Copies of one
 * article (same `contentHash`) count as one document. Documents without
 * an outlet or URL, and outlets with too few documents, come back unchanged. `prior` (default none)
 * holds the counts of documents learned before (`furnitureKeys` of each, summed per group): the result
 * is the one of passing those documents before `docs`, without them.
 */
export function learnOutletFurniture(docs: readonly CleanDocument[], options: Partial<LearnOptions> = {}, prior?: FurniturePrior): CleanDocument[] {
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
  for (const [k, all] of groups) {
    // Copies of one article (the same text saved twice) are one article: its lines recur because it does.
    const members = [...new Map(all.map((d) => [d.contentHash, d])).values()];
    const before = prior?.get(k);
    const total = members.length + (before?.members ?? 0);
    if (total < o.minDocuments) continue;
    const counts = new Map<string, number>();
    for (const d of members) for (const p of countedLines(d.paragraphs, o.maxWords)) counts.set(p, (counts.get(p) ?? 0) + 1);
    if (before !== undefined && before.members > 0) for (const [line, n] of counts) counts.set(line, n + (before.lines.get(lineKey(line)) ?? 0));
    const needed = Math.max(o.minDocuments, Math.ceil(o.minShare * total));
    const lines = new Set([...counts].filter(([, n]) => n >= needed).map(([line]) => line));
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
