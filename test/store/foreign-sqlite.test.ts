/** A SQLite database of another program given as --db is refused, and left exactly as it was. */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-foreign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function foreignDatabase(name: string, sql: string): string {
  const file = join(dir, name);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

describe('openStore on a SQLite file that is not a khulasa store', () => {
  it.each([
    ['an address book', 'CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'سلمى\')'],
    ['a Rails database', 'CREATE TABLE schema_migrations (version TEXT PRIMARY KEY); CREATE TABLE users (id INTEGER)'],
  ])('refuses %s as not-a-store and does not touch it', async (_what, sql) => {
    const file = foreignDatabase(`${_what.replace(/\W/g, '-')}.db`, sql);
    const before = readFileSync(file);
    const opened = await openStore(file);
    if (opened.ok) await opened.store.close();
    expect(opened).toMatchObject({ ok: false, code: 'not-a-store' });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('still opens an empty SQLite file, and a khulasa store again', async () => {
    const file = foreignDatabase('empty.db', '');
    for (let i = 0; i < 2; i++) {
      const opened = await openStore(file);
      expect(opened.ok).toBe(true);
      if (opened.ok) await opened.store.close();
    }
  });
});
