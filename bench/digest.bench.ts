/**
 * `npm run bench -- digest`: the whole digest (ingest → dedup → stories → summaries [→ analysis] →
 * digest model, into a fresh SQLite store) on generated piles of several sizes, then an incremental
 * run adding 5% new articles. Two configurations: no analysis, and analysis (its stage CPU measured
 * in-process). Each runs in its own process so peak memory is its own, `--runs` times (configurations
 * alternating), and a summary gives every run and the medians: on a shared machine a 2-second run
 * varies by ±20%. It runs the compiled pipeline (`dist/`, built by `npm run bench`), as the CLI does.
 * Each process first applies the CLI's V8 setting for short runs (`tuneForShortRuns`, as
 * `bin/khulasa.js` does); `--v8-defaults` measures with Node's defaults instead.
 * `real` in place of a size digests the real articles of the public corpora instead (the 50 TAC 2011
 * sources, the 153 EASC articles; its incremental run adds the five seeds): the generated piles' words
 * are random letters, so they name few people and places, and real news costs the analysis several times
 * more per article. Asked for when ../shared/corpora (or $KHULASA_CORPORA) or ../shared/seeds is absent,
 * each of its rows fails saying which folder is missing.
 * Usage: digest.bench.ts [--runs N] [--v8-defaults] [sizes... | real] (default 3 runs, sizes 1000 5000, and
 * real when the corpora and seeds are here).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realArticleFolders } from '../src/eval/cluster-corpus.js';
import type * as Runtime from '../src/cli/runtime.js';
import type * as Pipeline from '../src/pipeline/index.js';
import type { DigestStages } from '../src/pipeline/index.js';
import { writePile } from '../test/e2e/pile.js';
import { cpuSeconds, fmt, inChildProcess, mainThreadSeconds, measure, median } from './measure.js';

const REPORTS_PER_STORY = 5;
const DEFAULT_RUNS = 3;

/** What one process measured, printed as one JSON line for the parent. */
interface Row {
  /** `real`: the corpora's articles; else a generated pile. */
  readonly pile: 'generated' | 'real';
  readonly files: number;
  readonly analysis: boolean;
  readonly stories: number;
  readonly wall: number;
  readonly cpu: number;
  /** CPU (all threads) spent inside the analysis stage of the first run; 0 without analysis. */
  readonly analysisCpu: number;
  /** The first run's main-thread CPU (NaN off Linux): wall time on an idle machine, less I/O waits. */
  readonly mainCpu: number;
  /** Main-thread CPU inside the analysis stage of the first run; 0 without analysis. */
  readonly analysisMainCpu: number;
  readonly peakRssMB: number;
  readonly extra: number;
  readonly secondWall: number;
  readonly secondCpu: number;
  readonly secondPeakRssMB: number;
}

/** Every file of `from` (walked) copied flat into `to`, named by its order; how many. */
function copyFlat(from: string, to: string, prefix: string): number {
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  files.forEach((f, i) => cpSync(f, join(to, `${prefix}${i}.txt`)));
  return files.length;
}

/** The real articles: TAC sources and EASC articles as day 1, the seeds as day 2; throws with what is missing. */
function writeRealPile(dir: string): { readonly files: number; readonly extra: number } {
  const folders = realArticleFolders();
  if ('missing' in folders) throw new Error(`real articles: ${folders.missing}`);
  const files = copyFlat(folders.tac, join(dir, 'day1'), 'tac-') + copyFlat(folders.easc, join(dir, 'day1'), 'easc-');
  return { files, extra: copyFlat(folders.seeds, join(dir, 'day2'), 'seed-') };
}

/** Sizes are generated piles; `real` on the command line (this value) stands for the real articles. */
const REAL = -1;

async function one(size: number, analysis: boolean): Promise<Row> {
  const { defaultStages, runDigest } = (await import(new URL('../dist/pipeline/index.js', import.meta.url).href)) as typeof Pipeline;
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-bench-'));
  try {
    const stories = Math.max(1, Math.round(size / (REPORTS_PER_STORY * 1.1)));
    const real = size === REAL ? writeRealPile(dir) : null;
    const files = real?.files ?? writePile(join(dir, 'day1'), { stories, reportsPerStory: REPORTS_PER_STORY, seed: size });
    const extra = real?.extra ?? writePile(join(dir, 'day2'), { stories: Math.max(1, Math.round(stories / 20)), reportsPerStory: REPORTS_PER_STORY, seed: size + 1 });
    const db = join(dir, 'k.sqlite');
    let result: Awaited<ReturnType<typeof runDigest>> | undefined;
    // CPU (all threads) spent inside the analysis stage of the first run: its share, read in-process.
    let analysisCpu = 0;
    let analysisMainCpu = 0;
    const stages = defaultStages();
    const analyze = stages.analyze;
    const timed: DigestStages = analyze === undefined ? stages : {
      ...stages,
      analyze: (docs) => {
        const c0 = process.cpuUsage();
        const m0 = mainThreadSeconds();
        try {
          return analyze(docs);
        } finally {
          analysisCpu += cpuSeconds(process.cpuUsage(c0));
          analysisMainCpu += mainThreadSeconds() - m0;
        }
      },
    };
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadSeconds();
    const first = await measure(async () => {
      result = await runDigest([join(dir, 'day1')], { db, stages: timed, analysis });
    });
    const cpu1 = process.cpuUsage(cpu0);
    const mainCpu = mainThreadSeconds() - main0;
    const second = await measure(async () => {
      await runDigest([join(dir, 'day1'), join(dir, 'day2')], { db, stages, analysis });
    });
    const cpu2 = process.cpuUsage(cpu0);
    return {
      pile: real === null ? 'generated' : 'real', files, analysis, stories: result!.digest.counts.stories, wall: first.seconds, cpu: cpuSeconds(cpu1), analysisCpu, mainCpu, analysisMainCpu,
      peakRssMB: first.peakRssMB, extra, secondWall: second.seconds, secondCpu: cpuSeconds(cpu2) - cpuSeconds(cpu1), secondPeakRssMB: second.peakRssMB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


const label = (r: Row): string => (r.pile === 'real' ? `${r.files} real` : String(r.files));

function table(rows: readonly Row[]): void {
  console.log('| articles | analysis | stories | first run wall s | its CPU s (all threads) | of which analysis stage CPU s | its main-thread CPU s | of which analysis stage | articles/s | peak RSS MB | incremental run (new files): wall s (CPU s) | its peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${label(r)} | ${r.analysis ? 'yes' : 'no'} | ${r.stories} | ${fmt(r.wall, 2)} | ${fmt(r.cpu)} | ${r.analysis ? fmt(r.analysisCpu, 2) : ''} | ${fmt(r.mainCpu, 2)} | ${r.analysis ? fmt(r.analysisMainCpu, 2) : ''} | ${fmt(r.files / r.wall, 0)} | ${fmt(r.peakRssMB, 0)} | +${r.extra}: ${fmt(r.secondWall)} (CPU ${fmt(r.secondCpu)}) | ${fmt(r.secondPeakRssMB, 0)} |`,
    );
  }
}

/**
 * Per size, against the same digest without analysis (medians, then each run ÷ the median without):
 * the analysis stage's CPU, and the wall time, CPU and main-thread CPU that analysis adds to the whole
 * run. Main-thread CPU is the steadier proxy for wall time on a loaded machine.
 */
function summary(rows: readonly Row[]): void {
  console.log('\n| articles | runs | without analysis: wall s; CPU s; main-thread CPU s (medians) | analysis stage CPU ÷ CPU without | wall added to the run | CPU added to the run | main-thread CPU added to the run |');
  console.log('|---|---|---|---|---|---|---|');
  for (const pile of [...new Set(rows.map(label))]) {
    const of = (analysis: boolean): Row[] => rows.filter((r) => label(r) === pile && r.analysis === analysis);
    const none = of(false);
    if (none.length === 0) continue;
    const wall0 = median(none.map((r) => r.wall));
    const cpu0 = median(none.map((r) => r.cpu));
    const main0 = median(none.map((r) => r.mainCpu));
    const pct = (xs: readonly number[], base: number): string =>
      xs.length === 0 ? '' : `${fmt((100 * median(xs)) / base, 0)}%; ${xs.map((x) => `${fmt((100 * x) / base, 0)}%`).join(' / ')}`;
    console.log(
      `| ${pile} | ${none.length} | ${fmt(wall0, 2)}; ${fmt(cpu0, 2)}; ${fmt(main0, 2)} | ${pct(of(true).map((r) => r.analysisCpu), cpu0)} | ${pct(of(true).map((r) => r.wall - wall0), wall0)} | ${pct(of(true).map((r) => r.cpu - cpu0), cpu0)} | ${pct(of(true).map((r) => r.mainCpu - main0), main0)} |`,
    );
  }
}

const args = process.argv.slice(2);
const v8Defaults = args.includes('--v8-defaults');
if (args[0] === '--one') {
  if (!v8Defaults) ((await import(new URL('../dist/cli/runtime.js', import.meta.url).href)) as typeof Runtime).tuneForShortRuns();
  console.log(JSON.stringify(await one(Number(args[1]), args[2] === 'yes')));
} else {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || DEFAULT_RUNS) : DEFAULT_RUNS;
  const sizes = args.filter((_, i) => runsAt < 0 || (i !== runsAt && i !== runsAt + 1)).map((a) => (a === 'real' ? REAL : Number(a))).filter((n) => n === REAL || (n > 0 && Number.isFinite(n)));
  console.log(`Generated piles: 5 reports per story by different outlets, about 10% near copies (rows marked real: the corpora's articles); a fresh process and SQLite store per row; ${runs} runs per configuration; V8 ${v8Defaults ? "with Node's defaults" : 'tuned for short runs as the CLI is'}.`);
  const rows: Row[] = [];
  for (const size of sizes.length ? sizes : [1000, 5000, ...('missing' in realArticleFolders() ? [] : [REAL])]) {
    for (let run = 0; run < runs; run++) {
      for (const analysis of [false, true]) {
        try {
          rows.push(inChildProcess<Row>(import.meta.url, ['--one', String(size), analysis ? 'yes' : 'no', ...(v8Defaults ? ['--v8-defaults'] : [])]));
        } catch (err) {
          console.error((err as Error).message);
          process.exitCode = 1;
        }
      }
    }
  }
  table(rows);
  summary(rows);
}
