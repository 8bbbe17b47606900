import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import { cleanDocument, type CleanDocument, type DocumentId, type StoryAnalysis } from '../../src/core/index.js';
import { createAnalysisQueue } from '../../src/pipeline/analysis-queue.js';
import { defaultStages, runDigest } from '../../src/pipeline/index.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

const doc = (id: string, paragraphs: string[], published: string | null = '2026-03-04'): CleanDocument =>
  cleanDocument({ id: id as DocumentId, path: `${id}.txt`, paragraphs, contentHash: id, outlet: `منفذ ${id}`, published });

// Two small stories in the style of the seeds (invented text).
const stories: CleanDocument[][] = [
  [
    doc('a1', ['أعلن وزير النقل الأردني سامر الخطيب أمس الثلاثاء تشغيل خط حافلات جديد بين عمّان والزرقاء.', 'وقال الخطيب للصحفيين: «سنبدأ التشغيل التجريبي مطلع الشهر المقبل بعشرين حافلة».']),
    doc('a2', ['قال وزير النقل سامر الخطيب إن الخط الجديد سيخدم نحو ثلاثين ألف راكب يومياً.', 'وأضاف: «سنبدأ التشغيل التجريبي مطلع الشهر المقبل بعشرين حافلة».']),
  ],
  [doc('b1', ['ضربت عاصفة رملية مدينة الكويت صباح اليوم الأحد، وأعلنت الإدارة العامة للطيران المدني تعليق الرحلات لثلاث ساعات.'])],
];

describe('analysis queue', () => {
  it('gives exactly what analyzeStory gives, from worker threads and in the calling thread alike', async () => {
    const expected = stories.map((s) => analyzeStory(s));
    const jobs = [...stories, ...stories, ...stories];
    for (const threads of [0, 1]) {
      let here = 0;
      const queue = createAnalysisQueue({ threads, analyze: (d) => (here++, analyzeStory(d)) });
      const all = Promise.all(jobs.map((s) => queue.add(s)));
      // A worker that starts answers every job; the calling thread helps only after a generous wait
      // (a loaded machine compiles the worker's TypeScript slowly).
      if (threads > 0) await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 60_000))]);
      await queue.drain();
      expect(await all).toEqual([...expected, ...expected, ...expected]);
      await queue.close();
      if (threads === 0) expect(here).toBe(jobs.length);
      else expect(here).toBeLessThan(jobs.length);
    }
  }, 120_000);

  it('runs in the calling thread what a worker could not take, and rejects what fails there', async () => {
    let here = 0;
    const analyze = (d: readonly CleanDocument[]): StoryAnalysis => {
      here++;
      if (d.length === 0) throw new Error('no documents');
      return analyzeStory(d);
    };
    const queue = createAnalysisQueue({ threads: 0, analyze });
    const ok = queue.add(stories[1] as CleanDocument[]);
    const bad = queue.add([]).catch((e: unknown) => e);
    await queue.drain();
    await expect(ok).resolves.toEqual(analyzeStory(stories[1] as CleanDocument[]));
    expect(await bad).toEqual(new Error('no documents'));
    expect(here).toBe(2);
    await queue.close();
    await expect(queue.add(stories[1] as CleanDocument[])).rejects.toThrow('closed');
  });
});

describe('analysis queue with failing workers', () => {
  const expected = stories.map((s) => analyzeStory(s));
  const run = async (code: string) => {
    let here = 0;
    const queue = createAnalysisQueue({ threads: 2, analyze: (d) => (here++, analyzeStory(d)), spawn: () => new Worker(code, { eval: true }) });
    const all = Promise.all(stories.map((s) => queue.add(s)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await queue.drain();
    const got = await all;
    await queue.close();
    return { got, here };
  };

  it('takes back the jobs of workers that die, and runs them in the calling thread', async () => {
    expect(await run('process.exit(3)')).toEqual({ got: expected, here: stories.length });
  });

  it('runs again in the calling thread a job a worker could not analyze', async () => {
    const failing = `require('node:worker_threads').parentPort.on('message', () => require('node:worker_threads').parentPort.postMessage({ ok: false, message: 'boom' }))`;
    expect(await run(failing)).toEqual({ got: expected, here: stories.length });
  });
});

describe('a digest with analysis on worker threads', () => {
  it('stores and returns the same digest as one analyzing in the main thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-queue-'));
    try {
      const run = (threads: number) =>
        runDigest([EXAMPLES], { db: join(dir, `t${threads}.sqlite`), stages: defaultStages({ analysisThreads: threads }), clock: () => '2026-11-22T00:00:00Z' });
      const inThread = await run(0);
      const onWorkers = await run(1);
      expect(onWorkers.outputs).toEqual(inThread.outputs);
      expect(onWorkers.digest).toEqual(inThread.digest);
      expect(inThread.digest.stories.filter((s) => s.entities.length > 0 && s.timeline.length > 0).length).toBeGreaterThan(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
