/**
 * A worker thread that analyses stories for `analysis-pool.ts`: one message in, one reply out, in
 * order. The analyzer is pure, so a story analysed here is the story analysed on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeStory, type AnalyzeOptions } from '../analyze/index.js';
import type { AnalysisReply, AnalysisTask } from './analysis-pool.js';

const port = parentPort;
if (port === null) throw new Error('analysis-worker.js runs only as a worker thread');
const options = (workerData as { readonly options?: AnalyzeOptions } | null)?.options;

port.on('message', (task: AnalysisTask) => {
  let reply: AnalysisReply;
  try {
    reply = { id: task.id, analysis: analyzeStory(task.docs, options) };
  } catch (err) {
    reply = { id: task.id, error: err instanceof Error ? { name: err.name, message: err.message } : { name: 'Error', message: String(err) } };
  }
  port.postMessage(reply);
});
