import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPostgresUrl, openStore, type StoreOpening } from '../../src/store/index.js';
import { dropSchema, freshSchema, PG_SKIP_REASON, PG_URL } from './pg-fixture.js';

/** Nothing listens on port 1 of the loopback address: the connection is refused at once. */
const REFUSED = 'postgres://someone:s3cret@127.0.0.1:1/khulasa';

const failed = (o: StoreOpening): Extract<StoreOpening, { ok: false }> => {
  if (o.ok) throw new Error(`expected a failure, got a ${o.store.backend} store`);
  return o;
};

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tells URLs from file paths', () => {
    expect(['postgres://h/db', 'postgresql://u@h:5433/db', 'POSTGRES://h/db'].map(isPostgresUrl)).toEqual([true, true, true]);
    expect(['k.sqlite', '/var/k.sqlite', 'postgres.sqlite', 'sqlite://x', 'postgres:/x'].map(isPostgresUrl)).toEqual([false, false, false, false, false]);
  });

  it('names why a SQLite file cannot be a store', async () => {
    writeFileSync(join(dir, 'notes.sqlite'), 'these are notes, not a database '.repeat(200));
    expect(failed(await openStore('notes.sqlite', { cwd: dir })).code).toBe('not-a-store');
    // A folder where the file should be: SQLite cannot open it (root ignores file modes, so no chmod here).
    mkdirSync(join(dir, 'taken.sqlite'));
    expect(failed(await openStore('taken.sqlite', { cwd: dir })).code).toBe('permission-denied');
  });

  it('opens a SQLite file relative to the given folder, creating the folder', async () => {
    const opened = await openStore(join('nested', 'k.sqlite'), { cwd: dir });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.location).toBe(join(dir, 'nested', 'k.sqlite'));
    expect(opened.store.backend).toBe('sqlite');
    await opened.store.close();
  });

  it('codes an unreachable server and never shows the password', async () => {
    const f = failed(await openStore(REFUSED));
    expect(f.code).toBe('unreachable');
    expect(f.location).toBe('postgres://someone:***@127.0.0.1:1/khulasa');
    expect(f.message).toMatch(/^cannot open the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/khulasa: unreachable \(/);
    expect(f.message).not.toContain('s3cret');
    expect(f.message).not.toContain('\n');
  });

  it('codes a URL it cannot use without connecting', async () => {
    expect(failed(await openStore('postgres://[nowhere/db')).code).toBe('bad-location');
    expect(failed(await openStore(`${REFUSED}?schema=Not-A-Name`)).code).toBe('bad-location');
  });

  describe.skipIf(!PG_URL)('with a server', () => {
    if (!PG_URL) console.log(PG_SKIP_REASON);

    it('opens the schema named in the URL', async () => {
      const schema = freshSchema();
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      const opened = await openStore(url.href);
      if (!opened.ok) throw new Error(opened.message);
      try {
        expect(opened.store.backend).toBe('postgres');
        expect(await opened.store.documents()).toEqual([]);
      } finally {
        await opened.store.close();
        await dropSchema(schema);
      }
    });

    it('codes a database that does not exist', async () => {
      const url = new URL(PG_URL);
      url.pathname = '/khulasa_no_such_database';
      expect(failed(await openStore(url.href)).code).toBe('no-database');
    });
  });
});
