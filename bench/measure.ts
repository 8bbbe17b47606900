import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/** Shared helpers for benchmarks: wall time, and peak resident memory sampled while the work runs. */
export interface Measurement {
  readonly seconds: number;
  readonly peakRssMB: number;
  readonly peakHeapMB: number;
}

export async function measure(work: () => unknown | Promise<unknown>): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  sample();
  return { seconds, peakRssMB: peakRss / 2 ** 20, peakHeapMB: peakHeap / 2 ** 20 };
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** Peak resident memory of the whole process so far (the kernel's high-water mark), in MB. */
export const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/** Seconds of a `process.cpuUsage()` value (user + system, all threads). */
export const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

/**
 * CPU seconds the main thread has run so far (Linux `/proc/<pid>/task/<pid>/schedstat`, nanoseconds),
 * or NaN elsewhere. Unlike `process.cpuUsage()` it leaves out V8's compiler and GC helper threads,
 * which on an otherwise idle second core add CPU but no wall time.
 */
export function mainThreadSeconds(): number {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds used by this process since `start` (a `process.cpuUsage()` value). */
export const cpuSecondsSince = (start: NodeJS.CpuUsage): number => cpuSeconds(process.cpuUsage(start));

/** The median; for an even count, the mean of the two middle values. */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs the benchmark file `self` (an `import.meta.url`) again in a fresh Node process, with the same
 * runtime flags and `args`, so that its peak memory and warm-up are its own; returns the JSON object
 * it printed on its last line of standard output.
 */
export function inChildProcess<T>(self: string, args: readonly string[]): T {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(self), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !last.startsWith('{')) throw new Error(`benchmark child ${args.join(' ')} failed (exit ${child.status})`);
  return JSON.parse(last) as T;
}
