/** A clean document built from text, for tests. */
import { cleanDocument, documentId, type CleanDocument } from '../../src/core/index.js';

export function doc(id: string, text: string, meta: { outlet?: string; published?: string } = {}): CleanDocument {
  return cleanDocument({ id: documentId(id), path: `${id}.txt`, ...meta, paragraphs: text.split('\n'), contentHash: id });
}
