import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pageCounts, score, type ExtractionScore, type PageCounts } from './extraction-metric.js';

/** The article-extraction benchmark as stored in `corpora/scrapinghub-aeb`. */
export interface ExtractionCorpus {
  readonly dir: string;
  /** Page id → true article body. */
  readonly truth: ReadonlyMap<string, string>;
}

export function loadExtractionCorpus(dir: string): ExtractionCorpus {
  const raw = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  return { dir, truth: new Map(Object.entries(raw).map(([id, v]) => [id, v.articleBody ?? ''])) };
}

/** Names of the stored tool outputs (`output/<name>.json`). */
export const storedOutputs = (c: ExtractionCorpus): string[] =>
  readdirSync(join(c.dir, 'output'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

/** Score a tool's stored output file (`{ output: { id: { articleBody } } }`, or the map itself). */
export function scoreStored(c: ExtractionCorpus, name: string): ExtractionScore {
  const file = JSON.parse(readFileSync(join(c.dir, 'output', `${name}.json`), 'utf8')) as { output?: Record<string, { articleBody?: string }> } & Record<string, { articleBody?: string }>;
  const out = file.output ?? file;
  return scorePredictions(c, (id) => out[id]?.articleBody ?? '');
}

/** The raw bytes of a page (gunzipped). */
export const pageBytes = (c: ExtractionCorpus, id: string): Buffer => gunzipSync(readFileSync(join(c.dir, 'html', `${id}.html.gz`)));

export interface ScoredPage {
  readonly id: string;
  readonly counts: PageCounts;
}

/** Score any extractor: `predict(id)` gives the extracted text of page `id`. Pages in id order. */
export function scorePredictions(c: ExtractionCorpus, predict: (id: string) => string): ExtractionScore & { readonly perPage: readonly ScoredPage[] } {
  const perPage = [...c.truth.keys()].sort().map((id) => ({ id, counts: pageCounts(c.truth.get(id)!, predict(id)) }));
  return { ...score(perPage.map((p) => p.counts)), perPage };
}
