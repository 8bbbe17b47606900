/**
 * Story analysis on worker threads, beside the main thread's summaries and store writes: a digest
 * run analyses its stories in parallel with the rest of its work instead of after it. Workers start
 * on the first story and stop after `idleMs` without work; while idle they do not keep the process
 * alive. A story whose worker fails is rejected with the error, and the next story gets a new worker.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analyze/index.js';
import type { CleanDocument, StoryAnalysis } from '../core/index.js';

/** One story sent to a worker. */
export interface AnalysisTask {
  readonly id: number;
  readonly docs: readonly CleanDocument[];
}

/** A worker's answer: the analysis, or the analyzer's error (name and message). */
export type AnalysisReply =
  | { readonly id: number; readonly analysis: StoryAnalysis }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

export interface AnalysisPoolOptions {
  /** Worker threads. Default: one fewer than the cores, at most 3 (the main thread keeps one). ≥ 1. */
  readonly workers?: number;
  /** A pool without work for this long stops its workers (they start again on the next story). Default 5000 ms, ≥ 0. */
  readonly idleMs?: number;
  /** Passed to `analyzeStory` in every worker. */
  readonly analyze?: AnalyzeOptions;
}

export interface AnalysisPool {
  analyze(docs: readonly CleanDocument[]): Promise<StoryAnalysis>;
  /** Starts the workers now (they load the analyzer while the caller does other work); idle ones stop after `idleMs`. */
  start(): void;
  /** Stops the workers now; stories still in them are rejected. */
  close(): Promise<void>;
}

const WORKER_FILE = new URL('./analysis-worker.js', import.meta.url);

/** Cores to spare for analysis beside the main thread: 0 on one core. */
export const spareCores = (): number => Math.min(3, availableParallelism() - 1);

/**
 * Whether workers can run here: the compiled worker file exists beside this one (from TypeScript
 * sources, as under the test runner, there is no `.js` to start and analysis stays on the main thread).
 */
export const workersAvailable = (): boolean => existsSync(fileURLToPath(WORKER_FILE));

interface Pending {
  readonly resolve: (a: StoryAnalysis) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const size = Math.max(1, options.workers ?? spareCores());
  const idleMs = Math.max(0, options.idleMs ?? 5000);
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let nextId = 0;
  let idle: NodeJS.Timeout | null = null;

  const busy = (): number => slots.reduce((n, s) => n + (s?.pending.size ?? 0), 0);

  const fail = (i: number, slot: Slot, err: Error): void => {
    if (slots[i] !== slot && slot.pending.size === 0) return;
    if (slots[i] === slot) slots[i] = null;
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
    void slot.worker.terminate();
    settle();
  };

  function settle(): void {
    for (const s of slots) if (s !== null && s.pending.size === 0) s.worker.unref();
    if (busy() > 0 || idle !== null) return;
    idle = setTimeout(() => {
      idle = null;
      if (busy() === 0) void stopAll();
    }, idleMs);
    idle.unref();
  }

  function start(i: number): Slot {
    // Node's own options (`--input-type`, `--import` ...) are the main script's; V8's flags are shared anyway.
    const worker = new Worker(WORKER_FILE, { workerData: { options: options.analyze }, execArgv: [] });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: AnalysisReply) => {
      const p = slot.pending.get(reply.id);
      if (p === undefined) return;
      slot.pending.delete(reply.id);
      if ('analysis' in reply) p.resolve(reply.analysis);
      else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
      settle();
    });
    worker.on('error', (err) => fail(i, slot, err));
    worker.on('exit', (code) => fail(i, slot, new Error(`analysis worker stopped (exit code ${code})`)));
    slots[i] = slot;
    return slot;
  }

  async function stopAll(): Promise<void> {
    const running = slots.filter((s): s is Slot => s !== null);
    slots.fill(null);
    for (const s of running) {
      for (const p of s.pending.values()) p.reject(new Error('analysis pool closed'));
      s.pending.clear();
    }
    await Promise.all(running.map((s) => s.worker.terminate()));
  }

  const wake = (): void => {
    if (idle !== null) clearTimeout(idle);
    idle = null;
  };

  return {
    start() {
      wake();
      for (let i = 0; i < size; i++) if (slots[i] === null) start(i);
      settle();
    },
    analyze(docs) {
      wake();
      // The least loaded worker, starting one where a slot is empty.
      let best = 0;
      for (let i = 1; i < size; i++) if ((slots[i]?.pending.size ?? -1) < (slots[best]?.pending.size ?? -1)) best = i;
      const slot = slots[best] ?? start(best);
      const id = nextId++;
      return new Promise<StoryAnalysis>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, docs } satisfies AnalysisTask);
      });
    },
    async close() {
      wake();
      await stopAll();
    },
  };
}
