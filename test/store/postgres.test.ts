import { afterEach, describe, expect, it } from 'vitest';
import { documentId } from '../../src/core/index.js';
import { openPostgresStore, type Store } from '../../src/store/index.js';
import { migratePostgres, POSTGRES_MIGRATIONS, postgresSchemaVersion } from '../../src/store/postgres/migrations.js';
import { sampleDocument, storeConformance } from './conformance.js';
import { dropSchema, freshSchema, PG_SKIP_REASON, PG_URL, withAdmin } from './pg-fixture.js';

if (!PG_URL) console.log(PG_SKIP_REASON);

describe.skipIf(!PG_URL)('postgres', () => {
  storeConformance('postgres', async () => {
    const schema = freshSchema();
    return { open: () => openPostgresStore(PG_URL, { schema }), cleanup: () => dropSchema(schema) };
  });
});

/** Ends the server connection holding an advisory lock (a worker crashing, as the server sees it); how many it ended. */
const killLockHolder = (key: string): Promise<number> =>
  withAdmin(async (c) => {
    const ended = await c.query(
      `SELECT pg_terminate_backend(l.pid) FROM pg_locks l, (SELECT hashtextextended($1, 0) AS k) h
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.classid::text::bigint = (h.k >> 32) & 4294967295 AND l.objid::text::bigint = h.k & 4294967295`,
      [key],
    );
    return ended.rowCount ?? 0;
  });

describe.skipIf(!PG_URL)('postgres specifics', () => {
  const opened: Store[] = [];
  const schemas: string[] = [];
  const open = async (schema: string): Promise<Store> => {
    const store = await openPostgresStore(PG_URL, { schema });
    opened.push(store);
    return store;
  };
  const fresh = (): string => {
    const schema = freshSchema();
    schemas.push(schema);
    return schema;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    for (const s of schemas.splice(0)) await dropSchema(s);
  });

  it('migrates once when two workers start at the same moment', async () => {
    const schema = fresh();
    await Promise.all([open(schema), open(schema), open(schema)]);
    const recorded = await withAdmin(async (c) => (await c.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`)).rows);
    expect(recorded).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version })));
    expect(await withAdmin((c) => postgresSchemaVersion(c, schema))).toBe(POSTGRES_MIGRATIONS.at(-1)!.version);
    expect(await withAdmin((c) => migratePostgres(c, schema))).toBe(0);
  });

  it('applies pending migrations all together or not at all', async () => {
    const schema = fresh();
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER);' },
      { version: 3, name: 'three', sql: 'CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    await withAdmin(async (c) => {
      expect(await migratePostgres(c, schema, steps.slice(0, 1))).toBe(1);
      await c.query(`INSERT INTO "${schema}".a VALUES (7)`);
      await expect(migratePostgres(c, schema, steps)).rejects.toThrow(/nowhere/);
      expect(await postgresSchemaVersion(c, schema)).toBe(1);
      const tables = await c.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name', [schema]);
      expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(['a', 'schema_migrations']);
      expect(await migratePostgres(c, schema, steps.slice(0, 2))).toBe(1);
      expect((await c.query(`SELECT x FROM "${schema}".a`)).rows).toEqual([{ x: 7 }]);
    });
  });

  it('migrates a schema from before cluster terms: its documents have none until given', async () => {
    const schema = fresh();
    await withAdmin(async (c) => {
      await migratePostgres(c, schema, POSTGRES_MIGRATIONS.slice(0, 1));
      await c.query(
        `INSERT INTO "${schema}".documents (id, key, path, status, text, paragraphs, removed, run)
         VALUES ('doc-1', 'hash-1', '/in/a.txt', 'ok', 'نص قديم', '["نص قديم"]', '[]', 1)`,
      );
    });
    const store = await open(schema);
    const id = documentId('doc-1');
    expect((await store.documentHeads()).map((d) => d.id)).toEqual([id]);
    expect(await store.terms([id])).toEqual(new Map([[id, null]]));
    await store.putTerms(id, ['نص', 'قديم']);
    expect(await store.terms([id])).toEqual(new Map([[id, ['نص', 'قديم']]]));
  });

  it('migrates a schema from before furniture counts: its non-rejected documents are listed as uncounted', async () => {
    const schema = fresh();
    await withAdmin(async (c) => {
      await migratePostgres(c, schema, POSTGRES_MIGRATIONS.slice(0, 3));
      await c.query(
        `INSERT INTO "${schema}".documents (id, key, path, status, text, paragraphs, removed, run) VALUES
           ('doc-1', 'hash-1', '/in/a.txt', 'ok', 'نص', '["نص"]', '[]', 1),
           ('doc-2', 'rejected:2', '/in/b.bin', 'rejected', '', '[]', '[]', 1),
           ('doc-3', 'hash-3', '/in/c.txt', 'duplicate', 'نص', '["نص"]', '[]', 1)`,
      );
    });
    const store = await open(schema);
    expect(await store.uncountedFurniture()).toEqual([documentId('doc-1'), documentId('doc-3')]);
    await store.countFurniture(new Map([[documentId('doc-1'), { group: 'g', lines: ['a'] }], [documentId('doc-3'), { group: 'g', lines: ['a'] }]]));
    expect(await store.uncountedFurniture()).toEqual([]);
    expect((await store.furnitureCounts(new Map([['g', ['a']]]))).get('g')).toEqual({ members: 2, lines: new Map([['a', 2]]) });
  });

  it('stores a key once when two workers add it at the same time', async () => {
    const schema = fresh();
    const [a, b] = [await open(schema), await open(schema)];
    for (let round = 1; round <= 5; round++) {
      const doc = sampleDocument(round);
      const results = await Promise.all([a.addDocument(doc), b.addDocument(doc), a.addDocument(doc), b.addDocument(doc)]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
    const docs = await a.documents();
    expect(docs.map((d) => d.key)).toEqual(['hash-1', 'hash-2', 'hash-3', 'hash-4', 'hash-5']);
    for (const d of docs) expect(await b.sentences(d.id)).toHaveLength(2);
  });

  it('hands out arrival numbers in commit order to concurrent workers', async () => {
    const schema = fresh();
    const [a, b] = [await open(schema), await open(schema)];
    const added = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? a : b).addDocument(sampleDocument(i + 1))));
    expect(added.every(Boolean)).toBe(true);
    const seqs = (await b.documents()).map((d) => d.seq);
    expect(seqs).toHaveLength(24);
    expect(new Set(seqs).size).toBe(24);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it("leaves a live worker's run running and marks a crashed worker's run interrupted", async () => {
    const schema = fresh();
    const a = await open(schema);
    const b = await open(schema);
    const runA = await a.beginRun('2026-11-21T10:00:00Z', {});
    const runB = await b.beginRun('2026-11-21T10:00:01Z', {});
    expect((await b.runs()).map((r) => [r.id, r.status])).toEqual([
      [runA.id, 'running'],
      [runB.id, 'running'],
    ]);
    // A crash: the server loses the connection that holds the lock saying A's run is alive.
    const killed = await killLockHolder(`khulasa/${schema}/run/${runA.id}`);
    expect(killed).toBe(1);
    await expect(a.documents()).resolves.toEqual([]);
    await b.finishRun(runB.id, '2026-11-21T10:02:00Z');
    const c = await open(schema);
    const runC = await c.beginRun('2026-11-21T10:03:00Z', {});
    expect(runC.number).toBe(runB.number + 1);
    expect((await c.runs()).map((r) => r.status)).toEqual(['interrupted', 'done', 'running']);
  });

  it('finishes a run whose lock connection the server dropped, without crashing the process', async () => {
    const schema = fresh();
    const a = await open(schema);
    const run = await a.beginRun('2026-11-21T10:00:00Z', {});
    expect(await killLockHolder(`khulasa/${schema}/run/${run.id}`)).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(await a.finishRun(run.id, '2026-11-21T10:01:00Z')).toMatchObject({ status: 'done' });
  });

  it('round-trips text PostgreSQL cannot hold in a text column (NUL in the raw input)', async () => {
    const store = await open(fresh());
    const raw = 'نص\u0000خام';
    await store.addDocument(sampleDocument(1, { raw }));
    expect((await store.document(documentId('doc-1')))?.raw).toBe(raw);
  });
});
