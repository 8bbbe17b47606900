import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument, documentId, type CleanDocument, type CleanDocumentFields } from '../../src/core/index.js';

/** A clean document from paragraphs, as the ingest stage would produce it (no I/O, no cleaning). */
export function cleanDoc(id: string, paragraphs: readonly string[], extra: Omit<CleanDocumentFields, 'id' | 'paragraphs' | 'path' | 'contentHash'> = {}): CleanDocument {
  const contentHash = `hash-of-${paragraphs.join('\n').length}-${id}`;
  return cleanDocument({ id: documentId(id), path: `${id}.txt`, paragraphs, contentHash, ...extra });
}

/**
 * A fixture folder of `.txt` articles: first line the title, then one paragraph per line; an optional
 * `dates.json` maps an article's name (without `.txt`) to its publication date.
 */
export function fixtureStory(dir: string): CleanDocument[] {
  const datesFile = join(dir, 'dates.json');
  const dates = existsSync(datesFile) ? (JSON.parse(readFileSync(datesFile, 'utf8')) as Record<string, string>) : {};
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title = '', ...rest] = readFileSync(join(dir, f), 'utf8').split('\n');
      const id = f.replace(/\.txt$/, '');
      const published = dates[id];
      return cleanDoc(id, rest.filter((l) => l.trim().length > 0), published === undefined ? { title } : { title, published });
    });
}
