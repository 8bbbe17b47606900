/**
 * Crash safety: `khulasa digest` is killed (SIGKILL) at seeded random moments, rerun each time, and
 * finally run to completion; its store must then hold exactly what an uninterrupted run's store holds.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exited, runCli, spawnCli } from './cli.js';
import { seededRandom } from '../../src/core/index.js';
import { writePile } from './pile.js';

/** Each chain starts from an empty store: it is killed KILLS_PER_CHAIN times, then run to completion. */
const CHAINS = 4;
const KILLS_PER_CHAIN = 4;
const SEED = 20261121;

const TABLES: Readonly<Record<string, string>> = {
  documents: 'SELECT * FROM documents ORDER BY seq',
  sentences: 'SELECT * FROM sentences ORDER BY document, idx',
  links: 'SELECT * FROM links ORDER BY document',
  stories: 'SELECT * FROM stories ORDER BY id',
  story_members: 'SELECT * FROM story_members ORDER BY story, position',
  summaries: 'SELECT * FROM summaries ORDER BY story',
  analyses: 'SELECT * FROM analyses ORDER BY story',
};

function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(Object.entries(TABLES).map(([t, q]) => [t, db.prepare(q).all()]));
  } finally {
    db.close();
  }
}

function state(file: string): { integrity: string; documents: number; stories: number; summaries: number; done: number } {
  const db = new Database(file);
  try {
    const n = (q: string): number => (db.prepare(q).get() as { n: number }).n;
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      documents: n('SELECT COUNT(*) AS n FROM documents'),
      stories: n('SELECT COUNT(*) AS n FROM stories'),
      summaries: n('SELECT COUNT(*) AS n FROM summaries'),
      done: n("SELECT COUNT(*) AS n FROM runs WHERE status = 'done'"),
    };
  } finally {
    db.close();
  }
}

/** Share of the run's work visible in the store: documents weigh 0.6, stories 0.1, summaries 0.3. */
function progressOf(file: string, documents: number, stories: number): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const n = (q: string): number => (db.prepare(q).get() as { n: number }).n;
      return (
        (0.6 * n('SELECT COUNT(*) AS n FROM documents')) / documents +
        (0.1 * n('SELECT COUNT(*) AS n FROM stories')) / stories +
        (0.3 * n('SELECT COUNT(*) AS n FROM summaries')) / stories
      );
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('crash safety of khulasa digest', () => {
  let dir: string;
  let pile: string;
  let files: number;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'khulasa-crash-'));
    pile = join(dir, 'pile');
    files = writePile(pile, { stories: 24, reportsPerStory: 5, copyShare: 0.15, seed: 11 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses and doubles nothing when killed at random moments (${CHAINS} chains of up to ${KILLS_PER_CHAIN} kills)`, async () => {
    const started = performance.now();
    const reference = await runCli(['digest', pile, '--db', 'ref.sqlite', '--out', 'ref-out'], dir);
    const baselineMs = performance.now() - started;
    expect(reference.code).toBe(0);
    const expected = dump(join(dir, 'ref.sqlite'));
    expect(expected.documents).toHaveLength(files);

    const rnd = seededRandom(SEED);
    const seen: ReturnType<typeof state>[] = [];
    const stories = expected.stories!.length;
    for (let chain = 0; chain < CHAINS; chain++) {
      const db = join(dir, `crash-${chain}.sqlite`);
      for (let i = 0; i < KILLS_PER_CHAIN && !(existsSync(db) && state(db).done > 0); i++) {
        const child = spawnCli(['digest', pile, '--db', db, '--out', `crash-out-${chain}`], dir);
        // The first kill of a chain lands at a random time (often while inputs are still being read);
        // the others when the store reaches a random point of the work (documents, then stories and summaries).
        const before = progressOf(db, files, stories);
        const target = before + rnd() * (1 - before);
        const deadline = i === 0 ? performance.now() + target * baselineMs : Infinity;
        while (child.exitCode === null && child.signalCode === null) {
          if (performance.now() >= deadline || (i > 0 && progressOf(db, files, stories) >= target)) break;
          await sleep(4);
        }
        child.kill('SIGKILL');
        await exited(child);
        if (!existsSync(db)) continue;
        const s = state(db);
        expect(s.integrity).toBe('ok');
        expect(s.documents).toBeLessThanOrEqual(files);
        seen.push(s);
      }
      const final = await runCli(['digest', pile, '--db', db, '--out', `crash-out-${chain}`], dir);
      expect(final.code).toBe(0);
      expect(dump(db)).toEqual(expected);
    }
    // The kills must have interrupted real work, not only process start-up or finished runs.
    const partial = seen.filter((s) => s.done === 0 && (s.documents > 0 || s.stories > 0));
    expect(partial.length).toBeGreaterThan(0);
  }, 120_000);
});
