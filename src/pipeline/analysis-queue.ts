/**
 * Story analyses run on worker threads while the calling thread summarizes: analysis is the
 * digest's dearest per-story step, and on a machine with a spare core it need not add its whole
 * cost to the run's time. The result is the same as analyzing in the calling thread (the analysis
 * is a pure function of the documents); a worker that cannot start or dies hands its jobs back to
 * the calling thread, so a run never loses an analysis to a thread.
 */
import { Worker } from 'node:worker_threads';
import type { CleanDocument, StoryAnalysis } from '../core/index.js';

export interface AnalysisQueue {
  /** Queues one story's analysis; resolves with what `analyze` would return for these documents. */
  add(docs: readonly CleanDocument[]): Promise<StoryAnalysis>;
  /**
   * Runs queued jobs no worker has taken in the calling thread, one at a time, yielding between
   * them so the workers keep taking jobs too; resolves when every queued job has finished.
   */
  drain(): Promise<void>;
  /** Stops the workers; jobs still queued run in the calling thread first. */
  close(): Promise<void>;
}

export interface AnalysisQueueOptions {
  /** Worker threads. 0 runs every job in the calling thread (at `drain`). */
  readonly threads: number;
  /** The analysis itself, run in the calling thread for jobs no worker takes. */
  readonly analyze: (docs: readonly CleanDocument[]) => StoryAnalysis;
  /** Options passed to `analyzeStory` in the workers (structured-cloneable). */
  readonly workerOptions?: unknown;
  /** Starts one worker; default: the analysis worker of this folder. Tests pass workers that fail. */
  readonly spawn?: (workerOptions: unknown) => Worker;
}

interface Job {
  readonly docs: readonly CleanDocument[];
  readonly resolve: (a: StoryAnalysis) => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Jobs posted to a worker ahead of its answers: the calling thread reads worker messages only when
 * it yields, so a worker holding one job would sit idle between its answer and the next turn.
 */
const IN_FLIGHT_PER_WORKER = 2;

type Reply = { readonly ok: true; readonly analysis: StoryAnalysis } | { readonly ok: false; readonly message: string };

/**
 * The worker's entry: the compiled `.js` beside this file, or under a TypeScript runner (tests,
 * benches) the `.ts` source loaded through tsx, which a worker does not inherit.
 */
function startWorker(workerOptions: unknown): Worker {
  const here = import.meta.url;
  const data = { options: workerOptions };
  if (here.endsWith('.ts')) {
    const entry = new URL('./analysis-worker.ts', here).href;
    const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData: data });
  }
  return new Worker(new URL('./analysis-worker.js', here), { workerData: data });
}

export function createAnalysisQueue(options: AnalysisQueueOptions): AnalysisQueue {
  const waiting: Job[] = [];
  // Jobs a worker failed to analyze: only the calling thread runs them (where they fail as they would without workers).
  const failed: Job[] = [];
  // Jobs posted to each live worker, oldest first (a worker answers in order).
  const posted = new Map<Worker, Job[]>();
  let closed = false;
  // Resolved (and replaced) whenever a worker answers or goes away: what `drain` waits on.
  let wake: () => void = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = (): void => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };

  const inFlight = (): number => [...posted.values()].reduce((n, jobs) => n + jobs.length, 0);

  const dispatch = (): void => {
    for (const [worker, jobs] of posted) {
      while (jobs.length < IN_FLIGHT_PER_WORKER && waiting.length > 0) {
        const job = waiting.shift() as Job;
        jobs.push(job);
        // A worker with work keeps the process alive until it answers; an idle one does not.
        worker.ref();
        worker.postMessage(job.docs);
      }
    }
  };

  const retire = (worker: Worker): void => {
    const jobs = posted.get(worker);
    if (jobs === undefined) return;
    posted.delete(worker);
    // The jobs a dead worker held go back to the front: they run in the calling thread or another worker.
    waiting.unshift(...jobs);
    void worker.terminate();
    dispatch();
    notify();
  };

  for (let i = 0; i < options.threads; i++) {
    let worker: Worker;
    try {
      worker = (options.spawn ?? startWorker)(options.workerOptions);
    } catch {
      break;
    }
    worker.unref();
    posted.set(worker, []);
    worker.on('message', (reply: Reply) => {
      const jobs = posted.get(worker) ?? [];
      const job = jobs.shift();
      if (jobs.length === 0) worker.unref();
      if (job !== undefined) {
        if (reply.ok) job.resolve(reply.analysis);
        else failed.push(job);
      }
      dispatch();
      notify();
    });
    worker.on('error', () => retire(worker));
    worker.on('exit', () => retire(worker));
  }

  const runOneHere = (): boolean => {
    const job = failed.shift() ?? waiting.shift();
    if (job === undefined) return false;
    try {
      job.resolve(options.analyze(job.docs));
    } catch (e) {
      job.reject(e);
    }
    return true;
  };

  const yieldToWorkers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  const drain = async (): Promise<void> => {
    for (;;) {
      await yieldToWorkers();
      if (runOneHere()) continue;
      if (inFlight() === 0) break;
      await changed;
    }
  };

  return {
    add(docs) {
      if (closed) return Promise.reject(new Error('analysis queue closed'));
      const result = new Promise<StoryAnalysis>((resolve, reject) => waiting.push({ docs, resolve, reject }));
      dispatch();
      return result;
    },
    drain,
    async close() {
      await drain();
      closed = true;
      const workers = [...posted.keys()];
      posted.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
