/**
 * Versions of one article: documents at the same address (`url`, compared by `addressKey`) are the
 * same article fetched at different times (a feed read hourly, a page edited after publication), and
 * the latest to arrive is the article as it now stands. Earlier versions stay stored and listed, but
 * the summary and the analysis read the latest only: a corrected toll replaces the first one instead
 * of standing beside it as an outlet disagreeing with itself. Versions are matched across stories:
 * an article edited so much that its latest version joined another story has left its first one.
 */
import { addressKey, type DocumentId } from '../core/index.js';
import type { StoredDocumentHead } from '../store/index.js';

type Member = Pick<StoredDocumentHead, 'id' | 'url' | 'seq' | 'status' | 'reason'> & { readonly duplicateOf?: DocumentId | null };

/** Each earlier version's id → the id of the latest version at its address, among `documents`. */
export function supersededVersions(documents: readonly Member[]): ReadonlyMap<DocumentId, DocumentId> {
  // An exact copy carries its original's text, so it is no version of its own.
  const versions = documents.flatMap((d) => (d.url !== null && d.status !== 'rejected' && d.reason !== 'exact' ? [{ d, at: addressKey(d.url) }] : []));
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
  /**
   * Whether every member is an earlier version of an article whose latest version is in another story
   * (and no copy of it at another address is left in this one).
   */
  readonly left: boolean;
  /** What the summary reads: the independent reports, each as its latest version (which may have been stored as a near copy of the first). */
  readonly reports: T[];
  /** What the analysis reads: every member but exact copies and earlier versions. */
  readonly analysed: T[];
}

/**
 * What a story's outputs read. `superseded` is the versions of every stored document (`supersededVersions`),
 * so that a member whose latest version is in another story is read there; by default, the members'.
 */
export function storyReading<T extends Member>(members: readonly T[], superseded: ReadonlyMap<DocumentId, DocumentId> = supersededVersions(members)): StoryReading<T> {
  const byId = new Map(members.map((d) => [d.id, d]));
  // A copy at another address (another outlet printing the first text) still reports an earlier
  // version whose latest went to another story: that version stays this story's report.
  const copied = new Set<DocumentId>();
  for (const d of members) {
    const original = d.status === 'duplicate' && d.duplicateOf ? byId.get(d.duplicateOf) : undefined;
    if (original && !superseded.has(d.id) && !sameAddress(d, original)) copied.add(original.id);
  }
  const elsewhere = (d: Member): boolean => superseded.has(d.id) && !byId.has(superseded.get(d.id)!);
  const earlier = (d: Member): boolean => superseded.has(d.id) && !(elsewhere(d) && copied.has(d.id));
  const replacing = new Set<DocumentId>();
  for (const d of members) if (d.status === 'ok' && earlier(d)) replacing.add(superseded.get(d.id)!);
  return {
    left: members.length > 0 && members.every((d) => earlier(d) && elsewhere(d)),
    reports: members.filter((d) => !earlier(d) && (d.status === 'ok' || replacing.has(d.id))),
    analysed: members.filter((d) => d.reason !== 'exact' && !earlier(d)),
  };
}

/** The documents of a stored story found among `byId` (the documents at hand), in the story's order. */
export const membersOf = <T>(documents: readonly DocumentId[], byId: ReadonlyMap<DocumentId, T>): T[] =>
  documents.map((id) => byId.get(id)).filter((d): d is T => d !== undefined);

const sameAddress = (a: Member, b: Member): boolean => a.url !== null && b.url !== null && addressKey(a.url) === addressKey(b.url);
