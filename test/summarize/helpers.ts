import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId, type CleanDocument } from '../../src/core/index.js';

/** A clean document from paragraphs, as the ingest stage would produce it (no I/O, no cleaning). */
export function cleanDoc(id: string, paragraphs: readonly string[], extra: Partial<CleanDocument> = {}): CleanDocument {
  const text = paragraphs.join('\n');
  return {
    kind: 'clean-document',
    id: documentId(id),
    path: `${id}.txt`,
    title: null,
    outlet: null,
    dateline: null,
    agency: null,
    published: null,
    url: null,
    paragraphs,
    text,
    removed: [],
    contentHash: `hash-of-${text.length}-${id}`,
    ...extra,
  };
}

/** A fixture folder of `.txt` articles: first line the title, then one paragraph per line. */
export function fixtureStory(dir: string): CleanDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title = '', ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
      return cleanDoc(f.replace(/\.txt$/, ''), rest.filter((l) => l.trim().length > 0), { title });
    });
}
