import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';
import { dropSchema, freshSchema, PG_SKIP_REASON, PG_URL } from './pg-fixture.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const REFUSED = 'postgres://someone:s3cret@127.0.0.1:1/khulasa';

describe('--db with a postgres:// URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-cli-pg-'));
  const schemas: string[] = [];
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const s of schemas) await dropSchema(s);
  });

  it.each([
    ['digest', EXAMPLES, '--out', join(dir, 'never')],
    ['ingest', EXAMPLES],
  ])('%s: an unreachable server is a coded one-line error and exit 2, not a stack trace', async (...argv) => {
    const io = memoryIo(dir);
    expect(await main([...argv, '--db', REFUSED], io)).toBe(2);
    const err = io.err.join('');
    expect(err.split('\n')[0]).toMatch(/^khulasa \w+: cannot open the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/khulasa: unreachable \(/);
    expect(err).not.toContain('s3cret');
    expect(err).not.toMatch(/^\s+at /m);
    expect(io.out.join('')).toBe('');
  });

  it.skipIf(!PG_URL)('digest of the examples gives the same documents and stories as with SQLite, and a rerun changes nothing', async () => {
    const schema = freshSchema();
    schemas.push(schema);
    const url = new URL(PG_URL);
    url.searchParams.set('schema', schema);
    const digest = async (db: string): Promise<Record<string, unknown>> => {
      const io = memoryIo(dir);
      expect(await main(['digest', EXAMPLES, '--db', db, '--out', join(dir, 'out'), '--json'], io)).toBe(0);
      return JSON.parse(io.out.join('')) as Record<string, unknown>;
    };
    const lite = await digest(join(dir, 'k.sqlite'));
    expect((lite.stories as unknown[]).length).toBeGreaterThan(3);
    const pg = await digest(url.href);
    expect(pg.documents).toEqual(lite.documents);
    expect(pg.stories).toEqual(lite.stories);
    expect(JSON.stringify(pg.stories)).toBe(JSON.stringify(lite.stories));
    const again = await digest(url.href);
    expect(again.documents).toEqual(pg.documents);
    expect((again.stories as { status: string }[]).map((s) => s.status).every((s) => s === 'unchanged')).toBe(true);
  });
  if (!PG_URL) console.log(PG_SKIP_REASON);
});
