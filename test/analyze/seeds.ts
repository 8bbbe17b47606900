/** Loads ../shared/seeds as clean documents (ingest's cleanBytes), or null when the folder is absent. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIngestOk, type CleanDocument } from '../../src/core/index.js';
import { cleanBytes } from '../../src/ingest/index.js';
import { REPO_ROOT } from '../../src/eval/corpora.js';

export const SEEDS_DIR = resolve(REPO_ROOT, '..', 'shared', 'seeds');

export function loadSeeds(): CleanDocument[] | null {
  if (!existsSync(SEEDS_DIR)) return null;
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const outcome = cleanBytes(resolve(SEEDS_DIR, f), readFileSync(resolve(SEEDS_DIR, f)));
      return isIngestOk(outcome) ? [outcome.document] : [];
    });
}
