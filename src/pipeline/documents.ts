import { cleanDocument, type CleanDocument, type DocumentId, type DuplicateLink, type IngestRejected, type Sentence } from '../core/index.js';
import type { NewDocument, StoredDocument } from '../store/index.js';
import { copyId, copyKey, rejectedId, rejectedKey } from './keys.js';

/** A stored, non-rejected document as the stages see it. */
export const toClean = (d: StoredDocument): CleanDocument => cleanDocument({ ...d, contentHash: d.contentHash ?? '' });

/** A stored article with the paragraphs the cross-document furniture pass removed put back (for relearning). */
export const beforeFurniture = (d: StoredDocument): CleanDocument => {
  const furniture = d.removed.filter((r) => r.reason === 'outlet-furniture').map((r) => r.text);
  const clean = toClean(d);
  return furniture.length === 0 ? clean : { ...clean, paragraphs: [...d.paragraphs, ...furniture] };
};

/** Where a record comes from: the run storing it, the input's source key and decoded text when known. */
export interface Arrival {
  readonly run: number;
  readonly source: string | null;
  readonly raw: string | null;
}

const fromClean = (doc: CleanDocument, sentences: readonly Sentence[], at: Arrival) => ({
  id: doc.id,
  key: doc.contentHash,
  source: at.source,
  path: doc.path,
  title: doc.title,
  outlet: doc.outlet,
  dateline: doc.dateline,
  agency: doc.agency,
  published: doc.published,
  url: doc.url,
  raw: at.raw,
  text: doc.text,
  paragraphs: doc.paragraphs,
  removed: doc.removed,
  contentHash: doc.contentHash,
  sentences,
  run: at.run,
});

export const okRecord = (doc: CleanDocument, sentences: readonly Sentence[], at: Arrival): NewDocument => ({
  ...fromClean(doc, sentences, at),
  status: 'ok',
  reason: null,
  detail: null,
  duplicateOf: null,
  link: null,
});

export const duplicateRecord = (doc: CleanDocument, link: DuplicateLink, sentences: readonly Sentence[], at: Arrival): NewDocument => ({
  ...fromClean(doc, sentences, at),
  status: 'duplicate',
  reason: link.kind,
  detail: null,
  duplicateOf: link.original,
  link,
});

/** The same clean text already stored from another path: an exact copy, linked to the stored one. */
export const exactCopyRecord = (doc: CleanDocument, original: { readonly id: DocumentId }, at: Arrival): NewDocument => {
  const id = copyId(original.id, doc.path);
  const link: DuplicateLink = { kind: 'exact', document: id, original: original.id, similarity: 1 };
  return { ...fromClean(doc, [], at), id, key: copyKey(doc.contentHash, doc.path), status: 'duplicate', reason: 'exact', detail: null, duplicateOf: original.id, link };
};

/** A rejected input is keyed by its path and bytes (`evidence`: the source key, else what made it fail). */
export const rejectedRecord = (outcome: IngestRejected, evidence: string, at: Arrival): NewDocument => {
  const key = rejectedKey(outcome.path, evidence);
  return {
    id: rejectedId(key),
    key,
    source: at.source,
    path: outcome.path,
    status: 'rejected',
    title: null,
    outlet: null,
    dateline: null,
    agency: null,
    published: null,
    url: null,
    raw: null,
    text: '',
    paragraphs: [],
    removed: [],
    contentHash: null,
    reason: outcome.code,
    detail: outcome.detail,
    duplicateOf: null,
    sentences: [],
    link: null,
    run: at.run,
  };
};
