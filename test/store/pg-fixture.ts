import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Connection URL of a PostgreSQL database the tests may create schemas in; unset skips the PostgreSQL tests. */
export const PG_URL = process.env.KHULASA_TEST_PG ?? '';

export const PG_SKIP_REASON = 'PostgreSQL store tests skipped: set KHULASA_TEST_PG to a connection URL (postgres://user:password@host:port/database)';

/** A schema name no other test (or test run) uses. */
export const freshSchema = (): string => `khulasa_t_${process.pid}_${randomBytes(6).toString('hex')}`;

/** Runs `work` on a connection of its own, outside any store. */
export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const dropSchema = (schema: string): Promise<void> =>
  withAdmin(async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
