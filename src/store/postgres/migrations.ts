import type pg from 'pg';

export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  /** Runs with `search_path` set to the store's schema, so table names are unqualified. */
  readonly sql: string;
}

/**
 * Append only: a released migration is never edited; a change of schema is a new entry. The tables
 * mirror the SQLite ones column for column. JSON columns are `json` (kept as written, so key order
 * survives; `jsonb` would reorder keys); `raw` is `bytea` because PostgreSQL text cannot hold NUL.
 */
export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE runs (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        number INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'interrupted')),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        options JSON NOT NULL
      );
      CREATE TABLE documents (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        source TEXT,
        path TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'rejected')),
        title TEXT, outlet TEXT, dateline TEXT, agency TEXT, published TEXT, url TEXT,
        raw BYTEA,
        text TEXT NOT NULL,
        paragraphs JSON NOT NULL,
        removed JSON NOT NULL,
        content_hash TEXT,
        reason TEXT,
        detail TEXT,
        duplicate_of TEXT REFERENCES documents(id),
        run INTEGER NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents(content_hash);
      CREATE INDEX documents_source ON documents(source);
      CREATE TABLE sentences (
        document TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document, idx)
      );
      CREATE TABLE links (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        original TEXT NOT NULL REFERENCES documents(id),
        kind TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'syndicated')),
        similarity DOUBLE PRECISION NOT NULL
      );
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL
      );
      CREATE TABLE story_members (
        story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (story, position)
      );
      CREATE INDEX story_members_document ON story_members(document);
      CREATE TABLE summaries (
        story TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        membership TEXT NOT NULL,
        words INTEGER NOT NULL,
        sentences JSON NOT NULL
      );
      CREATE TABLE analyses (
        story TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        membership TEXT NOT NULL,
        analysis JSON NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'documents keep their cluster terms',
    sql: `
      CREATE TABLE document_terms (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        terms TEXT[] NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'documents keep their dedup fingerprints',
    sql: `
      CREATE TABLE document_fingerprints (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        shingles INTEGER NOT NULL,
        signature BYTEA NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'furniture counts per group and line',
    // Documents stored before are listed as uncounted; the pipeline counts them once, from their text.
    sql: `
      CREATE TABLE furniture_groups (
        grp TEXT PRIMARY KEY,
        members INTEGER NOT NULL
      );
      CREATE TABLE furniture_lines (
        grp TEXT NOT NULL,
        line TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (grp, line)
      );
      CREATE TABLE furniture_uncounted (
        document TEXT PRIMARY KEY REFERENCES documents(id)
      );
      INSERT INTO furniture_uncounted (document) SELECT id FROM documents WHERE status <> 'rejected';
    `,
  },
];

/** Double-quoted identifier; schema names are validated before they get here, this is belt and braces. */
const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Key of a transaction- or session-level advisory lock, namespaced by schema so tests and tenants never collide. */
export const lockKey = (schema: string, what: string): string => `khulasa/${schema}/${what}`;

/**
 * Creates the schema when missing and applies the migrations it has not seen, all in ONE transaction
 * that first takes an advisory lock on the schema: two workers starting at once queue on the lock, and
 * the second finds nothing left to do. PostgreSQL DDL is transactional, so a failing migration leaves
 * the schema exactly as it was (all pending migrations or none). Returns how many were applied.
 */
export async function migratePostgres(
  client: pg.ClientBase,
  schema: string,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(schema, 'migrate')]);
    // Not `CREATE SCHEMA IF NOT EXISTS`: that needs CREATE on the database even when the schema exists.
    const found = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (found.rowCount === 0) await client.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const current = await versionIn(client);
    let applied = 0;
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied++;
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  }
}

const versionIn = async (client: pg.ClientBase): Promise<number> =>
  Number((await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0);

/** Highest migration recorded in the schema; 0 when the schema or its migration table does not exist. */
export async function postgresSchemaVersion(client: pg.ClientBase, schema: string): Promise<number> {
  const exists = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'schema_migrations']);
  if (exists.rowCount === 0) return 0;
  return Number((await client.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${quoteIdent(schema)}.schema_migrations`)).rows[0]?.v ?? 0);
}
