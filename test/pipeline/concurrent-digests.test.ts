/**
 * Two digests at once on one SQLite store (two `khulasa digest` processes, here two store instances of
 * one process): each run has its own number, and every input is stored once, under the run that read it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigest } from '../../src/pipeline/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { doubleStages, PILE } from './doubles.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-concurrent-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writePile(sub: string, names: readonly string[]): string {
  const folder = join(dir, sub);
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(join(folder, name), PILE[name]!);
  return folder;
}

describe('two digests at once on one store', () => {
  it('get distinct run numbers and store each input once, under the run that read it', async () => {
    const file = join(dir, 'k.sqlite');
    const piles = [writePile('one', ['a1.txt', 'b1.txt', 'c1.txt']), writePile('two', ['a2.txt', 'b2.txt', 'bad.txt'])];
    const stores = [openSqliteStore(file), openSqliteStore(file)];
    try {
      const results = await Promise.all(piles.map((pile, i) => runDigest([pile], { store: stores[i]!, stages: doubleStages(), clock: () => '2026-11-22T09:00:00.000Z' })));
      const [one, two] = results.map((r) => r.run.number) as [number, number];
      expect(one).not.toBe(two);
      const documents = await stores[0]!.documentHeads();
      expect(documents).toHaveLength(6);
      const folderOf = (path: string): string => (path.startsWith(piles[0]!) ? 'one' : 'two');
      expect(Object.fromEntries(['one', 'two'].map((f) => [f, [...new Set(documents.filter((d) => folderOf(d.path) === f).map((d) => d.run))]]))).toEqual({ one: [one], two: [two] });
      for (const r of results) expect(r.ingest).toMatchObject({ inputs: 3, added: 3 });
    } finally {
      for (const s of stores) await s.close();
    }
  });
});
