import { isRejection } from '../core/index.js';
import { decodeBytes, extractHtml, extractMain } from '../ingest/index.js';
import { pageBytes, scorePredictions, type ExtractionCorpus } from './extraction.js';
import type { ExtractionScore } from './extraction-metric.js';

/** Published F1 of the stored outputs, which the scorer must reproduce (corpora/README.md). */
export const PUBLISHED_F1: Readonly<Record<string, number>> = { readability_js: 0.947, trafilatura: 0.958 };

export interface KhulasaScores {
  /** Readability over linkedom plus khulasa's block filters: the main-content step alone. */
  readonly mainContent: ExtractionScore;
  /** What `extractHtml` returns: main content, then the clean-up every document gets. */
  readonly cleaned: ExtractionScore;
  readonly pages: number;
  readonly pagesPerSecond: number;
}

/** Decode every page as ingest does (charset from `<meta>`, else detection), then extract and score. */
export function scoreKhulasa(c: ExtractionCorpus): KhulasaScores {
  const html = new Map<string, string>();
  for (const id of c.truth.keys()) {
    const d = decodeBytes(pageBytes(c, id), { html: true });
    html.set(id, isRejection(d) ? '' : d.text);
  }
  const mainContent = scorePredictions(c, (id) => extractMain(html.get(id)!).paragraphs.join('\n'));
  const t0 = performance.now();
  const cleaned = scorePredictions(c, (id) => extractHtml(html.get(id)!).paragraphs.join('\n'));
  const seconds = (performance.now() - t0) / 1000;
  return { mainContent, cleaned, pages: html.size, pagesPerSecond: html.size / seconds };
}
