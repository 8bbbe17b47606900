/**
 * Versions of one article within a story: members at the same address (`url`, compared by
 * `addressKey`) are the same article fetched at different times (a feed read hourly, a page edited
 * after publication), and the latest to arrive is the article as it now stands. Earlier versions stay stored and listed, but the
 * summary and the analysis read the latest only: a corrected toll replaces the first one instead of
 * standing beside it as an outlet disagreeing with itself.
 */
import { addressKey, type DocumentId } from '../core/index.js';
import type { StoredDocumentHead } from '../store/index.js';

type Member = Pick<StoredDocumentHead, 'id' | 'url' | 'seq' | 'status' | 'reason'>;

/** Each earlier version's id → the id of the latest version at its address. */
function supersededVersions(members: readonly Member[]): ReadonlyMap<DocumentId, DocumentId> {
  // An exact copy carries its original's text, so it is no version of its own.
  const versions = members.flatMap((d) => (d.url !== null && d.status !== 'rejected' && d.reason !== 'exact' ? [{ d, at: addressKey(d.url) }] : []));
  const latest = new Map<string, Member>();
  for (const { d, at } of versions) {
    const seen = latest.get(at);
    if (seen === undefined || d.seq > seen.seq) latest.set(at, d);
  }
  const out = new Map<DocumentId, DocumentId>();
  for (const { d, at } of versions) {
    const last = latest.get(at)!;
    if (last.id !== d.id) out.set(d.id, last.id);
  }
  return out;
}

/** What a story's outputs read, each article in its latest version. */
export interface StoryReading<T> {
  /** Each earlier version's id → the id of the latest version at its address. */
  readonly superseded: ReadonlyMap<DocumentId, DocumentId>;
  /** What the summary reads: the independent reports, each as its latest version (which may have been stored as a near copy of the first). */
  readonly reports: T[];
  /** What the analysis reads: every member but exact copies and earlier versions. */
  readonly analysed: T[];
}

export function storyReading<T extends Member>(members: readonly T[]): StoryReading<T> {
  const superseded = supersededVersions(members);
  const replacing = new Set<DocumentId>();
  for (const d of members) if (d.status === 'ok' && superseded.has(d.id)) replacing.add(superseded.get(d.id)!);
  return {
    superseded,
    reports: members.filter((d) => !superseded.has(d.id) && (d.status === 'ok' || replacing.has(d.id))),
    analysed: members.filter((d) => d.reason !== 'exact' && !superseded.has(d.id)),
  };
}
