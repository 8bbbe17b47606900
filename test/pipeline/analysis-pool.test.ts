/**
 * Story analysis on worker threads (the compiled pool under dist/, which `npm test` builds first):
 * the same analyses as on the main thread, an analyzer error kept to its story, and a pool that never
 * keeps the process alive once its stories are done.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/index.js';
import type { CleanDocument } from '../../src/core/index.js';
import type * as Pool from '../../src/pipeline/analysis-pool.js';
import type * as Pipeline from '../../src/pipeline/index.js';
import { doc } from '../analyze/doc.js';

const compiled = (path: string): URL => new URL(`../../dist/${path}`, import.meta.url);
const built = existsSync(compiled('pipeline/analysis-worker.js'));
const pool = async (): Promise<typeof Pool> => (await import(compiled('pipeline/analysis-pool.js').href)) as typeof Pool;

const story: readonly CleanDocument[] = [
  doc('a', 'وقال وزير الخارجية الأردني أيمن الصفدي في عمّان أمس: «لن نقبل بأي حل يتجاهل حقوق اللاجئين».', { outlet: 'الأولى', published: '2026-11-20' }),
  doc('b', 'أكد الصفدي أن بلاده «لن تقبل بأي حل يتجاهل حقوق اللاجئين»، بعد لقائه المفوض الأممي في 19 تشرين الثاني.', { outlet: 'الثانية', published: '2026-11-20' }),
];
const broken = [{ ...story[0]!, paragraphs: undefined, text: undefined }] as unknown as readonly CleanDocument[];

const dir = mkdtempSync(join(tmpdir(), 'khulasa-analysis-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('the analysis pool (compiled; run `npm run build` first)', () => {
  it('gives the analysis the main thread gives, on one worker and on two', async () => {
    const { createAnalysisPool } = await pool();
    for (const workers of [1, 2]) {
      const p = createAnalysisPool({ workers });
      try {
        const [first, second] = await Promise.all([p.analyze(story), p.analyze(story.slice(1))]);
        expect(first).toEqual(analyzeStory(story));
        expect(second).toEqual(analyzeStory(story.slice(1)));
        expect(first?.quotes.length).toBeGreaterThan(0);
      } finally {
        await p.close();
      }
    }
  });

  it("rejects a story whose analysis throws with the analyzer's error, and analyses the next one", async () => {
    const { createAnalysisPool } = await pool();
    const p = createAnalysisPool({ workers: 1 });
    try {
      await expect(p.analyze(broken)).rejects.toMatchObject({ name: 'TypeError', message: expect.stringContaining('undefined') as unknown });
      expect(await p.analyze(story)).toEqual(analyzeStory(story));
    } finally {
      await p.close();
    }
  });

  it('rejects the stories still in a worker when the pool is closed', async () => {
    const { createAnalysisPool } = await pool();
    const p = createAnalysisPool({ workers: 1 });
    const rejected = expect(p.analyze(story)).rejects.toThrow('analysis pool closed');
    await p.close();
    await rejected;
  });

  it('lets the process exit as soon as its stories are analysed, long before the idle workers would stop', () => {
    const script = `
      const { createAnalysisPool } = await import(${JSON.stringify(compiled('pipeline/analysis-pool.js').href)});
      const p = createAnalysisPool({ workers: 2, idleMs: 600000 });
      p.start();
      const a = await p.analyze(${JSON.stringify(story)});
      console.log(a.quotes.length);`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
    expect(Number(child.stdout.trim())).toBeGreaterThan(0);
  });

  it('makes the same digest as analysis on the main thread', async () => {
    const { defaultStages, runDigest } = (await import(compiled('pipeline/index.js').href)) as typeof Pipeline;
    const examples = fileURLToPath(new URL('../../examples', import.meta.url));
    const analyses = async (analysisWorkers: number): Promise<unknown[][]> => {
      const r = await runDigest([examples], { db: join(dir, `w${analysisWorkers}.sqlite`), stages: defaultStages({ analysisWorkers }), clock: () => '2026-11-22T10:00:00.000Z' });
      expect(r.outputs.failed).toEqual([]);
      return r.digest.stories.map((s) => [s.id, s.entities, s.quotes, s.timeline, s.disagreements]);
    };
    const onMain = await analyses(0);
    expect(onMain.flatMap((s) => s[2] as unknown[]).length).toBeGreaterThan(10);
    expect(await analyses(1)).toEqual(onMain);
  });
});
