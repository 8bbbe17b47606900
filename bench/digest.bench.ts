/**
 * `npm run bench -- digest`: the whole digest (ingest → dedup → stories → summaries [→ analysis] →
 * digest model, into a fresh SQLite store) on generated piles of several sizes, with and without
 * analysis, then an incremental run adding 5% new articles. Each configuration runs in its own
 * process so peak memory is its own. Usage: digest.bench.ts [sizes...] (default 1000 5000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStages, runDigest, type DigestStages } from '../src/pipeline/index.js';
import { writePile } from '../test/e2e/pile.js';
import { fmt, measure } from './measure.js';

const REPORTS_PER_STORY = 5;

async function one(size: number, analysis: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-bench-'));
  try {
    const stories = Math.max(1, Math.round(size / (REPORTS_PER_STORY * 1.1)));
    const files = writePile(join(dir, 'day1'), { stories, reportsPerStory: REPORTS_PER_STORY, seed: size });
    const extra = writePile(join(dir, 'day2'), { stories: Math.max(1, Math.round(stories / 20)), reportsPerStory: REPORTS_PER_STORY, seed: size + 1 });
    const db = join(dir, 'k.sqlite');
    let result: Awaited<ReturnType<typeof runDigest>> | undefined;
    // CPU (all threads) spent inside the analysis stage of the first run: its share, read in-process.
    let analysisCpu = 0;
    const stages = defaultStages();
    const analyze = stages.analyze;
    const timed: DigestStages = analyze === undefined ? stages : {
      ...stages,
      analyze: (docs) => {
        const c0 = process.cpuUsage();
        try {
          return analyze(docs);
        } finally {
          const c = process.cpuUsage(c0);
          analysisCpu += (c.user + c.system) / 1e6;
        }
      },
    };
    const cpu0 = process.cpuUsage();
    const first = await measure(async () => {
      result = await runDigest([join(dir, 'day1')], { db, stages: timed, analysis });
    });
    const cpu1 = process.cpuUsage(cpu0);
    const second = await measure(async () => {
      await runDigest([join(dir, 'day1'), join(dir, 'day2')], { db, stages: defaultStages(), analysis });
    });
    const cpu2 = process.cpuUsage(cpu0);
    const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
    const c = result!.digest.counts;
    console.log(
      `| ${files} | ${analysis ? 'yes' : 'no'} | ${c.stories} | ${fmt(first.seconds)} | ${fmt(cpuSeconds(cpu1))} | ${analysis ? fmt(analysisCpu, 2) : ''} | ${fmt(files / first.seconds, 0)} | ${fmt(first.peakRssMB, 0)} | +${extra}: ${fmt(second.seconds)} (CPU ${fmt(cpuSeconds(cpu2) - cpuSeconds(cpu1))}) | ${fmt(second.peakRssMB, 0)} |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, sizeArg, analysisArg] = process.argv.slice(2);
if (mode === '--one') {
  await one(Number(sizeArg), analysisArg === 'yes');
} else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('Generated pile: 5 reports per story by different outlets, about 10% near copies; fresh SQLite store per row.');
  console.log('| articles | analysis | stories | first run s | its CPU s | of which analysis stage CPU s | articles/s | peak RSS MB | incremental run (new files): s (CPU s) | its peak RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const size of sizes.length ? sizes : [1000, 5000]) {
    for (const analysis of [false, true]) {
      const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--one', String(size), analysis ? 'yes' : 'no'], {
        stdio: 'inherit',
      });
      if (r.status !== 0) process.exitCode = 1;
    }
  }
}
