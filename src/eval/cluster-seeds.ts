import { isIngestOk } from '../core/index.js';
import { cleanBytes } from '../ingest/index.js';
import type { ArticleReader, SeedCleaner } from './cluster-corpus.js';

/** Seeds are raw scraper output: the ingest stage's cleaner turns them into article text. */
export const ingestSeedCleaner: SeedCleaner = (bytes, path) => {
  const outcome = cleanBytes(path, bytes);
  return isIngestOk(outcome) ? outcome.document.text : null;
};

/** Every file read by the ingest stage, as `khulasa digest` reads it: body and headline apart. */
export const ingestReader: ArticleReader = (bytes, path) => {
  const outcome = cleanBytes(path, bytes);
  return isIngestOk(outcome) ? { text: outcome.document.text, title: outcome.document.title } : null;
};
