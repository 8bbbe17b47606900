import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { documentId } from '../../src/core/index.js';
import { MIGRATIONS, migrate, openSqliteStore, schemaVersion } from '../../src/store/index.js';
import { storeConformance } from './conformance.js';

storeConformance('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-store-'));
  return {
    open: async () => openSqliteStore(join(dir, 'k.sqlite')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite specifics', () => {
  it("leaves a live process's run running and marks runs whose process is gone interrupted", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-store-'));
    try {
      const file = join(dir, 'k.sqlite');
      const a = openSqliteStore(file);
      const b = openSqliteStore(file);
      const runA = await a.beginRun('2026-11-22T10:00:00Z', {});
      const gone = spawnSync(process.execPath, ['-e', '']).pid!;
      const db = new Database(file);
      const add = db.prepare("INSERT INTO runs (number, status, started_at, options, owner) VALUES (1, 'running', 'then', '{}', ?)");
      const owner = (host: string, pid: number) => JSON.stringify({ host, pid, instance: 'x' });
      const dead = Number(add.run(owner(hostname(), gone)).lastInsertRowid);
      const elsewhere = Number(add.run(owner(`not-${hostname()}`, gone)).lastInsertRowid);
      const legacy = Number(add.run(null).lastInsertRowid);
      db.close();
      const runB = await b.beginRun('2026-11-22T10:00:01Z', {});
      const status = new Map((await b.runs()).map((r) => [r.id, r.status]));
      expect([runA.id, dead, elsewhere, legacy, runB.id].map((id) => status.get(id))).toEqual(['running', 'interrupted', 'running', 'interrupted', 'running']);
      // Closing A without finishing is how a crash inside this process looks: the next run interrupts it.
      await a.close();
      await b.finishRun(runB.id, '2026-11-22T10:01:00Z');
      await b.beginRun('2026-11-22T10:02:00Z', {});
      expect((await b.runs()).find((r) => r.id === runA.id)?.status).toBe('interrupted');
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses WAL and records every migration once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-store-'));
    try {
      const file = join(dir, 'k.sqlite');
      void openSqliteStore(file).close();
      const db = new Database(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
      expect(migrate(db)).toBe(0);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migrates a file made by an earlier version and keeps its rows', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO runs (number, status, started_at, options) VALUES (1, 'done', 'then', '{}')").run();
    expect(migrate(db)).toBe(MIGRATIONS.length - 1);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 1 });
    db.close();
  });

  it('migrates a file from before cluster terms: its documents have none until given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-store-'));
    try {
      const file = join(dir, 'k.sqlite');
      const db = new Database(file);
      migrate(db, MIGRATIONS.slice(0, 2));
      db.prepare(`INSERT INTO documents (id, key, path, status, text, paragraphs, removed, run)
        VALUES ('doc-1', 'hash-1', '/in/a.txt', 'ok', 'نص قديم', '["نص قديم"]', '[]', 1)`).run();
      db.close();
      const store = openSqliteStore(file);
      const id = documentId('doc-1');
      expect((await store.documentHeads()).map((d) => d.id)).toEqual([id]);
      expect(await store.terms([id])).toEqual(new Map([[id, null]]));
      await store.putTerms(id, ['نص', 'قديم']);
      expect(await store.terms([id])).toEqual(new Map([[id, ['نص', 'قديم']]]));
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls a failing migration back and keeps the earlier ones', () => {
    const db = new Database(':memory:');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['a', 'schema_migrations']);
    expect(migrate(db, steps.slice(0, 1))).toBe(0);
    db.close();
  });

  it('exports only the public names', async () => {
    expect(Object.keys(await import('../../src/store/index.js')).sort()).toEqual([
      'MIGRATIONS',
      'POSTGRES_DEFAULTS',
      'SQLITE_DEFAULTS',
      'STORE_OPEN_MESSAGES',
      'isPostgresUrl',
      'migrate',
      'openPostgresStore',
      'openSqliteStore',
      'openStore',
      'schemaVersion',
    ]);
  });
});
