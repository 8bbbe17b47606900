/**
 * `npm run bench -- pipeline`: how a digest run scales with the pile already stored. A first digest of
 * N generated articles (analysis on, SQLite store in a temporary folder), then a rerun over the same
 * folder plus 1% new articles. Each run is its own process, so its peak RSS is its own. Prints wall and
 * CPU seconds, peak RSS (and those of a third run that finds nothing new), CPU per phase (from the progress events) and a hash of digest.json (fixed
 * clock, temporary folder masked, so two versions of the code can be compared for identical output).
 * Usage: pipeline.bench.ts [sizes...] (default 5000 20000).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultStages, runDigest, type DigestPhase } from '../src/pipeline/index.js';
import { renderJson } from '../src/render/index.js';
import { writePile } from '../test/e2e/pile.js';
import { cpuSecondsSince, fmt, inChildProcess, measure } from './measure.js';

const REPORTS_PER_STORY = 5;

/** One digest run over `folders` into `db`; prints one JSON line for the parent. */
async function run(db: string, folders: readonly string[]): Promise<void> {
  const phases = new Map<DigestPhase, number>();
  let phase: DigestPhase | null = null;
  let mark = process.cpuUsage();
  const close = (): void => {
    if (phase === null) return;
    const now = process.cpuUsage();
    phases.set(phase, (phases.get(phase) ?? 0) + cpuSecondsSince(mark));
    mark = now;
  };
  let digestJson = '';
  let added = 0;
  const cpu0 = process.cpuUsage();
  const m = await measure(async () => {
    const r = await runDigest(folders, {
      db,
      stages: defaultStages(),
      analysis: true,
      clock: () => '2026-11-21T00:00:00.000Z',
      onProgress: (e) => {
        if (e.phase === phase) return;
        close();
        phase = e.phase;
      },
    });
    close();
    added = r.ingest.added;
    digestJson = renderJson(r.digest);
  });
  const cpu = cpuSecondsSince(cpu0);
  const hash = createHash('sha256').update(digestJson.replaceAll(dirname(folders[0]!), '<pile>')).digest('hex').slice(0, 12);
  const byPhase = Object.fromEntries([...phases].map(([k, v]) => [k, Number(v.toFixed(1))]));
  console.log(JSON.stringify({ seconds: m.seconds, cpu, rss: m.peakRssMB, added, hash, byPhase }));
}

type RunResult = { seconds: number; cpu: number; rss: number; added: number; hash: string; byPhase: Record<string, number> };
const child = (db: string, folders: readonly string[]): RunResult => inChildProcess<RunResult>(import.meta.url, ['--run', db, ...folders]);

function scenario(size: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-pipeline-bench-'));
  try {
    const stories = Math.max(1, Math.round(size / (REPORTS_PER_STORY * 1.1)));
    const files = writePile(join(dir, 'day1'), { stories, reportsPerStory: REPORTS_PER_STORY, seed: size });
    const extra = writePile(join(dir, 'day2'), { stories: Math.max(1, Math.round(stories / 100)), reportsPerStory: REPORTS_PER_STORY, seed: size + 1 });
    const db = join(dir, 'k.sqlite');
    const first = child(db, [join(dir, 'day1')]);
    const again = child(db, [join(dir, 'day1'), join(dir, 'day2')]);
    const idle = child(db, [join(dir, 'day1'), join(dir, 'day2')]);
    const phases = (p: Record<string, number>): string => Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(
      `| ${files} | ${fmt(first.seconds)} | ${fmt(first.cpu)} | ${fmt(first.rss, 0)} | +${extra} (${again.added} stored) | ${fmt(again.seconds)} | ${fmt(again.cpu)} | ${fmt(again.rss, 0)} | ${phases(again.byPhase)} (first run: ${phases(first.byPhase)}) | ${fmt(idle.cpu)} / ${fmt(idle.rss, 0)} | ${first.hash} / ${again.hash} |`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, db, ...folders] = process.argv.slice(2);
if (mode === '--run') {
  await run(db!, folders);
} else {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  console.log('Generated pile (test/e2e/pile.ts): 5 reports per story, about 10% near copies; analysis on; SQLite store in a temporary folder.');
  console.log('| articles | first run s | its CPU s | its peak RSS MB | rerun adds | rerun s | its CPU s | its peak RSS MB | rerun CPU s by phase (first run in brackets) | nothing new: CPU s / peak RSS MB | digest.json sha256 (first / rerun) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const size of sizes.length ? sizes : [5000, 20000]) scenario(size);
}
