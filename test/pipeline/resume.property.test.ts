/** Property: wherever a run stops (a stage throwing after k documents), the next run ends in the same store. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDigest } from '../../src/pipeline/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { doubleStages, PILE } from './doubles.js';

const clock = (): string => '2026-11-21T12:00:00.000Z';

async function contents(db: string): Promise<unknown> {
  const store = openSqliteStore(db);
  try {
    const stories = await store.stories();
    const documents = await store.documents();
    return {
      documents,
      terms: await store.terms(documents.map((d) => d.id)),
      links: await store.links(),
      stories,
      summaries: await Promise.all(stories.map((s) => store.summary(s.id))),
      analyses: await Promise.all(stories.map((s) => store.analysis(s.id))),
    };
  } finally {
    await store.close();
  }
}

describe('resuming an interrupted digest', () => {
  it('reaches the store an uninterrupted run reaches, for any pile and any stopping point', async () => {
    const names = Object.keys(PILE);
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1 }), fc.array(fc.nat({ max: 8 }), { minLength: 1, maxLength: 3 }), async (files, stops) => {
        const dir = mkdtempSync(join(tmpdir(), 'khulasa-resume-'));
        try {
          const pile = join(dir, 'in');
          mkdirSync(pile);
          for (const f of files) writeFileSync(join(pile, f), PILE[f]!);
          await runDigest([pile], { db: join(dir, 'whole.sqlite'), stages: doubleStages(), clock });
          const db = join(dir, 'resumed.sqlite');
          for (const stop of stops) await runDigest([pile], { db, stages: doubleStages(undefined, stop), clock }).catch(() => undefined);
          await runDigest([pile], { db, stages: doubleStages(), clock });
          expect(await contents(db)).toEqual(await contents(join(dir, 'whole.sqlite')));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25, seed: 6 },
    );
  });
});
