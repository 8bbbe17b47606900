/** A story whose analysis throws (an analyzer bug) costs that story its analysis, not the whole run. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CleanDocument } from '../../src/core/index.js';
import { runDigest } from '../../src/pipeline/index.js';
import { doubleStages, PILE } from './doubles.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-analysis-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runDigest when the analysis of one story throws', () => {
  it('finishes the run, reports the story, and analyzes the others', async () => {
    const pile = join(dir, 'in');
    mkdirSync(pile, { recursive: true });
    for (const [name, text] of Object.entries(PILE)) writeFileSync(join(pile, name), text);
    const stages = doubleStages();
    const analyze = stages.analyze;
    if (analyze === undefined) throw new Error('the doubles analyze');
    const failing = {
      ...stages,
      analyze: (docs: readonly CleanDocument[]) => {
        if (docs.some((d) => d.text.includes('الميناء'))) throw new TypeError("Cannot read properties of undefined (reading 'key')");
        return analyze(docs);
      },
    };
    const r = await runDigest([pile], { db: join(dir, 'k.sqlite'), stages: failing, clock: () => '2026-11-22T10:00:00.000Z' });
    const port = r.digest.stories.find((s) => s.title?.includes('الميناء') ?? false)!;
    expect(r.outputs.failed).toEqual([{ story: port.id, stage: 'analysis', message: "TypeError: Cannot read properties of undefined (reading 'key')" }]);
    expect(port.entities).toEqual([]);
    expect(port.summary.length).toBeGreaterThan(0);
    expect(r.outputs.analyzed).toBe(2);
    for (const s of r.digest.stories.filter((s) => s !== port)) expect(s.entities.length).toBeGreaterThan(0);
    // Nothing was stored for it, so the next run tries again.
    const again = await runDigest([pile], { db: join(dir, 'k.sqlite'), stages: failing, clock: () => '2026-11-22T11:00:00.000Z' });
    expect(again.outputs.failed.map((f) => f.story)).toEqual([port.id]);
    expect(again.outputs.analyzed).toBe(0);
  });
});
