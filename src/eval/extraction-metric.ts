/**
 * The scoring of the article-extraction benchmark (scrapinghub/article-extraction-benchmark):
 * shingles of four `\w+` tokens compared as multisets, each page's counts normalized to sum to 1;
 * precision and recall are means over the pages where they are defined.
 */

/** Python's `re.findall(r'\w+', text)` with Unicode semantics: letters, numbers and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

const SHINGLE_SIZE = 4;

/** Shingles as the benchmark builds them: a page with fewer than n tokens gives one shorter shingle. */
export function shingles(text: string, n: number = SHINGLE_SIZE): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle === '') continue;
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Normalized true positives, false positives and false negatives of one page. */
export function pageCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface ExtractionScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pages: number;
}

export function score(pages: readonly PageCounts[]): ExtractionScore {
  const withPredictions = pages.filter((c) => c.tp + c.fp > 0);
  const withTruth = pages.filter((c) => c.tp + c.fn > 0);
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(withPredictions.map((c) => c.tp / (c.tp + c.fp)));
  const recall = mean(withTruth.map((c) => c.tp / (c.tp + c.fn)));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}
