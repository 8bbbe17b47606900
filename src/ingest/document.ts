import { createHash } from 'node:crypto';
import { cleanDocument, documentId, type CleanDocument, type Removed } from '../core/index.js';
import { key } from '../text/index.js';
import type { Extracted } from './plain/extracted.js';

/** sha256 of the key text, first 32 hex digits (128 bits): equal hashes are exact duplicates. */
export const contentHash = (text: string): string => createHash('sha256').update(key(text)).digest('hex').slice(0, 32);

/** The document id is the content hash's first 16 hex digits, so the same article gets the same id on every run. */
const idFromHash = (hash: string): string => hash.slice(0, 16);

export function makeDocument(path: string, e: Extracted, url: string | null): CleanDocument {
  const hash = contentHash(e.paragraphs.join('\n'));
  const { title, outlet, dateline, agency, published, paragraphs, removed } = e;
  return cleanDocument({ id: documentId(idFromHash(hash)), path, title, outlet, dateline, agency, published, url, paragraphs, removed, contentHash: hash });
}

/** The same document with other paragraphs (and more removals): text, hash and id recomputed. */
export function withParagraphs(doc: CleanDocument, paragraphs: readonly string[], removed: readonly Removed[]): CleanDocument {
  const hash = contentHash(paragraphs.join('\n'));
  return cleanDocument({ ...doc, paragraphs, removed: [...doc.removed, ...removed], contentHash: hash, id: documentId(idFromHash(hash)) });
}
