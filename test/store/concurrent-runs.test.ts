/**
 * Two workers on one store at once (two `khulasa digest` processes, or two connections of one process)
 * get distinct run numbers, so what each run stored (`documents.run`) and what each run made new or
 * changed stays its own. A rerun after a crash still reuses the crashed run's number.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore, openSqliteStore, type Store } from '../../src/store/index.js';
import { sampleDocument } from './conformance.js';
import { dropSchema, freshSchema, PG_SKIP_REASON, PG_URL } from './pg-fixture.js';

if (!PG_URL) console.log(PG_SKIP_REASON);

interface Location {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const sqliteLocation = (): Location => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-runs-'));
  return { open: async () => openSqliteStore(join(dir, 'k.sqlite')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
};

const postgresLocation = (): Location => {
  const schema = freshSchema();
  return { open: () => openPostgresStore(PG_URL, { schema }), cleanup: () => dropSchema(schema) };
};

describe.each([
  ['sqlite', sqliteLocation, false],
  ['postgres', postgresLocation, !PG_URL],
] as const)('concurrent runs (%s)', (_name, makeLocation, skip) => {
  const opened: Store[] = [];
  const locations: Location[] = [];
  const fresh = async (workers: number): Promise<Store[]> => {
    const location = makeLocation();
    locations.push(location);
    const stores: Store[] = [];
    for (let i = 0; i < workers; i++) stores.push(await location.open());
    opened.push(...stores);
    return stores;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    for (const l of locations.splice(0)) await l.cleanup();
  });

  it.skipIf(skip)('give two runs begun at once distinct numbers, and each stored document the number of its own run', async () => {
    const [a, b] = (await fresh(2)) as [Store, Store];
    const [runA, runB] = await Promise.all([a.beginRun('2026-11-22T10:00:00Z', {}), b.beginRun('2026-11-22T10:00:00Z', {})]);
    expect(runA.number).not.toBe(runB.number);
    await a.addDocument(sampleDocument(1, { run: runA.number }));
    await b.addDocument(sampleDocument(2, { run: runB.number }));
    const byRun = (n: number) => Promise.resolve(a.documentHeads()).then((ds) => ds.filter((d) => d.run === n).map((d) => d.id));
    expect(await byRun(runA.number)).toEqual(['doc-1']);
    expect(await byRun(runB.number)).toEqual(['doc-2']);
  });

  it.skipIf(skip)('number a run begun after both finished above both, whichever finished first', async () => {
    const [a, b] = (await fresh(2)) as [Store, Store];
    const runA = await a.beginRun('2026-11-22T10:00:00Z', {});
    const runB = await b.beginRun('2026-11-22T10:00:01Z', {});
    await b.finishRun(runB.id, '2026-11-22T10:01:00Z');
    await a.finishRun(runA.id, '2026-11-22T10:02:00Z');
    const next = await a.beginRun('2026-11-22T10:03:00Z', {});
    expect(next.number).toBeGreaterThan(Math.max(runA.number, runB.number));
  });

  it.skipIf(skip)('number a run begun while another runs above it, and one begun after a finished one above that', async () => {
    const [a, b] = (await fresh(2)) as [Store, Store];
    const runA = await a.beginRun('2026-11-22T10:00:00Z', {});
    const runB = await b.beginRun('2026-11-22T10:00:01Z', {});
    await b.finishRun(runB.id, '2026-11-22T10:01:00Z');
    // A is still running: a third run takes neither A's number nor B's.
    const runC = await b.beginRun('2026-11-22T10:02:00Z', {});
    expect(new Set([runA.number, runB.number, runC.number]).size).toBe(3);
  });
});
