import { documentId, type DedupFingerprint, type DuplicateKind, type DuplicateLink, type RejectCode, type Sentence } from '../core/index.js';
import type { DocumentStatus, StoredDocumentHead } from './types.js';

/** Row shapes both backends read the same way (the driver-specific ones are in each backend's rows.ts). */
export interface SentenceRow {
  idx: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export const toSentence = (r: SentenceRow): Sentence => ({ index: r.idx, paragraph: r.paragraph, start: r.start, end: r.end, text: r.text });

export interface LinkRow {
  document: string;
  original: string;
  kind: DuplicateKind;
  similarity: number;
}

export const toLink = (r: LinkRow): DuplicateLink => ({
  kind: r.kind,
  document: documentId(r.document),
  original: documentId(r.original),
  similarity: r.similarity,
});

/** The columns of `StoredDocumentHead`: everything but the text, paragraphs, removals and raw input. */
export const HEAD_COLUMNS = 'seq, id, key, source, path, status, title, outlet, dateline, agency, published, url, content_hash, reason, detail, duplicate_of, run';

/** A document row without its text columns; `seq` is a string where the driver returns BIGINT as one. */
export interface HeadRow {
  seq: number | string;
  id: string;
  key: string;
  source: string | null;
  path: string;
  status: DocumentStatus;
  title: string | null;
  outlet: string | null;
  dateline: string | null;
  agency: string | null;
  published: string | null;
  url: string | null;
  content_hash: string | null;
  reason: string | null;
  detail: string | null;
  duplicate_of: string | null;
  run: number;
}

export const toDocumentHead = (r: HeadRow): StoredDocumentHead => ({
  seq: Number(r.seq),
  id: documentId(r.id),
  key: r.key,
  source: r.source,
  path: r.path,
  status: r.status,
  title: r.title,
  outlet: r.outlet,
  dateline: r.dateline,
  agency: r.agency,
  published: r.published,
  url: r.url,
  contentHash: r.content_hash,
  reason: r.reason as RejectCode | DuplicateKind | null,
  detail: r.detail,
  duplicateOf: r.duplicate_of === null ? null : documentId(r.duplicate_of),
  run: r.run,
});

/** A signature as bytes, little-endian whatever the machine, so a store file moves between machines. */
export function signatureBytes(signature: Uint32Array): Buffer {
  const out = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) out.writeUInt32LE(signature[i] as number, i * 4);
  return out;
}

function signatureOf(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(bytes.byteLength >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** A fingerprint row (shingle count, signature bytes) as the deduper takes it; null where none is stored. */
export const toFingerprint = (shingles: number | null, signature: Uint8Array | null): DedupFingerprint | null =>
  signature === null ? null : { shingles: shingles ?? 0, signature: signatureOf(signature) };
