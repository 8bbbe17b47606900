/** Entry of an analysis worker thread (see analysis-queue.ts): one story's documents in, its analysis out. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeStory, type AnalyzeOptions } from '../analyze/index.js';
import type { CleanDocument } from '../core/index.js';

const options = ((workerData as { options?: AnalyzeOptions } | null)?.options ?? {}) as AnalyzeOptions;

parentPort?.on('message', (docs: readonly CleanDocument[]) => {
  try {
    parentPort?.postMessage({ ok: true, analysis: analyzeStory(docs, options) });
  } catch (e) {
    parentPort?.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
