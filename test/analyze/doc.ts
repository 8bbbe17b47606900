/** A clean document built from text, for tests. */
import { documentId, type CleanDocument } from '../../src/core/index.js';

export function doc(id: string, text: string, meta: { outlet?: string; published?: string } = {}): CleanDocument {
  return {
    kind: 'clean-document',
    id: documentId(id),
    path: `${id}.txt`,
    title: null,
    outlet: meta.outlet ?? null,
    dateline: null,
    agency: null,
    published: meta.published ?? null,
    url: null,
    paragraphs: text.split('\n'),
    text,
    removed: [],
    contentHash: id,
  };
}
