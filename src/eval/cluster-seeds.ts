import { isIngestOk } from '../core/index.js';
import { cleanBytes } from '../ingest/index.js';
import type { SeedCleaner } from './cluster-corpus.js';

/** Seeds are raw scraper output: the ingest stage's cleaner turns them into article text. */
export const ingestSeedCleaner: SeedCleaner = (bytes, path) => {
  const outcome = cleanBytes(path, bytes);
  return isIngestOk(outcome) ? outcome.document.text : null;
};
