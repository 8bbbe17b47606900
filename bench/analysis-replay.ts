/**
 * The analysis stage alone, as the digest bench runs it, for checking that a speed change keeps the
 * output identical and for measuring its CPU without the rest of the digest.
 *
 *   analysis-replay.ts dump <dir> [sizes...]  runs the compiled digest (dist/) on the digest bench's
 *     generated piles (same seeds) and saves, per size, the documents of every story as the pipeline
 *     handed them to `analyze` (<dir>/stories-<size>.json);
 *   analysis-replay.ts hash <dir> [sizes...]  analyzes those stories again in this process, once, in
 *     the digest's order, with `analyzeStory` from src/ (through tsx) or dist/ (`--dist`), and prints
 *     the SHA-256 of the analyses' JSON and the CPU seconds the analyses took, all threads and main
 *     thread (cold code, as in a digest; run one size per process for cold figures);
 *   analysis-replay.ts first <dir> <size>  analyzes only the first two stories, printing each one's
 *     main-thread milliseconds: the first is mostly the stage's one-time work.
 *
 * `--skip` (hash) does everything but the analyses: the baseline to subtract from an instruction count
 * of the whole process, e.g. under `valgrind --tool=callgrind`. Default sizes 1000 5000.
 * Run with `node --import tsx bench/analysis-replay.ts ...`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Analyze from '../src/analyze/index.js';
import type { CleanDocument } from '../src/core/index.js';
import type * as Pipeline from '../src/pipeline/index.js';
import { writePile } from '../test/e2e/pile.js';
import { cpuSeconds, fmt, mainThreadSeconds } from './measure.js';

const REPORTS_PER_STORY = 5;

async function dump(dir: string, size: number): Promise<void> {
  const { defaultStages, runDigest } = (await import(new URL('../dist/pipeline/index.js', import.meta.url).href)) as typeof Pipeline;
  const work = mkdtempSync(join(tmpdir(), 'khulasa-replay-'));
  try {
    const stories = Math.max(1, Math.round(size / (REPORTS_PER_STORY * 1.1)));
    writePile(join(work, 'day1'), { stories, reportsPerStory: REPORTS_PER_STORY, seed: size });
    const stages = defaultStages();
    const seen: (readonly CleanDocument[])[] = [];
    await runDigest([join(work, 'day1')], {
      db: join(work, 'k.sqlite'),
      stages: { ...stages, analyze: (docs) => (seen.push(docs), stages.analyze!(docs)) },
      analysis: true,
    });
    writeFileSync(join(dir, `stories-${size}.json`), JSON.stringify(seen));
    console.log(`${size}: ${seen.length} stories, ${seen.reduce((n, s) => n + s.length, 0)} documents`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function analyzer(fromDist: boolean): Promise<typeof Analyze.analyzeStory> {
  const url = new URL(fromDist ? '../dist/analyze/index.js' : '../src/analyze/index.js', import.meta.url).href;
  return ((await import(url)) as typeof Analyze).analyzeStory;
}

const readStories = (dir: string, size: number): CleanDocument[][] =>
  JSON.parse(readFileSync(join(dir, `stories-${size}.json`), 'utf8')) as CleanDocument[][];

async function hash(dir: string, size: number, fromDist: boolean, skip: boolean): Promise<void> {
  const analyzeStory = await analyzer(fromDist);
  const stories = readStories(dir, size);
  const h = createHash('sha256');
  const c0 = process.cpuUsage();
  const m0 = mainThreadSeconds();
  const analyses = skip ? [] : stories.map((docs) => analyzeStory(docs));
  const cpu = cpuSeconds(process.cpuUsage(c0));
  const main = mainThreadSeconds() - m0;
  for (const a of analyses) h.update(JSON.stringify(a)).update('\n');
  console.log(`${size}: sha256 ${h.digest('hex').slice(0, 16)}  analysis CPU ${fmt(cpu, 3)} s, main thread ${fmt(main, 3)} s  (${stories.length} stories)`);
}

async function first(dir: string, size: number, fromDist: boolean): Promise<void> {
  const analyzeStory = await analyzer(fromDist);
  const ms = readStories(dir, size)
    .slice(0, 2)
    .map((docs) => {
      const m0 = mainThreadSeconds();
      analyzeStory(docs);
      return (mainThreadSeconds() - m0) * 1000;
    });
  console.log(`${size}: main thread, first story ${fmt(ms[0] ?? Number.NaN, 0)} ms, second ${fmt(ms[1] ?? Number.NaN, 0)} ms`);
}

const [mode, dir, ...rest] = process.argv.slice(2);
const fromDist = rest.includes('--dist');
const skip = rest.includes('--skip');
const sizes = rest.map(Number).filter((n) => n > 0);
if ((mode !== 'dump' && mode !== 'hash' && mode !== 'first') || dir === undefined) {
  console.error('usage: analysis-replay.ts dump|hash|first <dir> [sizes...] [--dist] [--skip]');
  process.exitCode = 2;
} else {
  for (const size of sizes.length ? sizes : [1000, 5000]) {
    if (mode === 'dump') await dump(dir, size);
    else if (mode === 'hash') await hash(dir, size, fromDist, skip);
    else await first(dir, size, fromDist);
  }
}
