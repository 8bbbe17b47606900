import type { CleanDocument, IngestRejected, Sentence } from '../core/index.js';
import type { NewDocument, StoredDocument } from '../store/index.js';
import { copyId, copyKey, rejectedId, rejectedKey } from './keys.js';
import type { DocumentId, DuplicateLink } from '../core/index.js';

/** A stored, non-rejected document as the stages see it. */
export const toClean = (d: StoredDocument): CleanDocument => ({
  kind: 'clean-document',
  id: d.id,
  path: d.path,
  title: d.title,
  outlet: d.outlet,
  dateline: d.dateline,
  agency: d.agency,
  published: d.published,
  url: d.url,
  paragraphs: d.paragraphs,
  text: d.text,
  removed: d.removed,
  contentHash: d.contentHash ?? '',
});

const fromClean = (doc: CleanDocument, run: number, sentences: readonly Sentence[], raw: string | null) => ({
  id: doc.id,
  key: doc.contentHash,
  path: doc.path,
  title: doc.title,
  outlet: doc.outlet,
  dateline: doc.dateline,
  agency: doc.agency,
  published: doc.published,
  url: doc.url,
  raw,
  text: doc.text,
  paragraphs: doc.paragraphs,
  removed: doc.removed,
  contentHash: doc.contentHash,
  sentences,
  run,
});

export const okRecord = (doc: CleanDocument, run: number, sentences: readonly Sentence[], raw: string | null): NewDocument => ({
  ...fromClean(doc, run, sentences, raw),
  status: 'ok',
  reason: null,
  detail: null,
  duplicateOf: null,
  link: null,
});

export const duplicateRecord = (
  doc: CleanDocument,
  link: DuplicateLink,
  run: number,
  sentences: readonly Sentence[],
  raw: string | null,
): NewDocument => ({
  ...fromClean(doc, run, sentences, raw),
  status: 'duplicate',
  reason: link.kind,
  detail: null,
  duplicateOf: link.original,
  link,
});

/** The same clean text already stored from another path: an exact copy, linked to the stored one. */
export const exactCopyRecord = (doc: CleanDocument, original: { readonly id: DocumentId }, run: number, raw: string | null): NewDocument => {
  const id = copyId(original.id, doc.path);
  const link: DuplicateLink = { kind: 'exact', document: id, original: original.id, similarity: 1 };
  return { ...fromClean(doc, run, [], raw), id, key: copyKey(doc.contentHash, doc.path), status: 'duplicate', reason: 'exact', detail: null, duplicateOf: original.id, link };
};

export const rejectedRecord = (outcome: IngestRejected, evidence: string, run: number): NewDocument => {
  const key = rejectedKey(outcome.path, evidence);
  return {
    id: rejectedId(key),
    key,
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
    run,
  };
};
