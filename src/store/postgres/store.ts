import pg from 'pg';
import { documentId, storyId, type DedupFingerprint, type DocumentId, type FurnitureCounts, type FurnitureKeys, type StoryId } from '../../core/index.js';
import type { NewDocument, OutputMemberships, RunRecord, Store, StoredDocumentHead, StoredAnalysis, StoredDocument, StoredStory, StoredSummary, StoryChanges } from '../types.js';
import { sumCounts } from '../furniture.js';
import { nextRunNumber, RUN_COUNTS_SQL } from '../run-number.js';
import { lockKey, migratePostgres } from './migrations.js';
import {
  toAnalysis,
  toDocument,
  toRun,
  toSummary,
  type AnalysisRow,
  type DocumentRow,
  type RunRow,
  type StoryRow,
  type SummaryRow,
} from './rows.js';
import { HEAD_COLUMNS, signatureBytes, toDocumentHead, toFingerprint, toLink, toSentence, type HeadRow, type LinkRow, type SentenceRow } from '../rows.js';

export interface PostgresStoreOptions {
  /**
   * PostgreSQL schema that holds the tables, created (with its tables) when missing. Default `khulasa`;
   * lower-case letters, digits and `_`, not starting with a digit, at most 63 characters. Several
   * stores can share one database under different schemas (the tests use a fresh schema each).
   */
  readonly schema?: string;
  /** Pooled connections for the store's transactions (one more is held for run locks). Default 4; 1 to 100. */
  readonly poolSize?: number;
  /** Give up connecting after this many milliseconds. Default 10000; 0 waits forever. */
  readonly connectTimeoutMs?: number;
}

export const POSTGRES_DEFAULTS: Required<PostgresStoreOptions> = { schema: 'khulasa', poolSize: 4, connectTimeoutMs: 10_000 };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a store in a PostgreSQL database (`postgres://` or `postgresql://` URL), creating and
 * migrating its schema when needed. Rejects with node-postgres's error when the server cannot be
 * reached or refuses the login (`openStore` turns those into coded failures).
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const o = { ...POSTGRES_DEFAULTS, ...options };
  if (!SCHEMA_NAME.test(o.schema)) throw new RangeError(`invalid schema name ${JSON.stringify(o.schema)} (lower-case letters, digits and _)`);
  if (!Number.isInteger(o.poolSize) || o.poolSize < 1 || o.poolSize > 100) throw new RangeError(`poolSize must be an integer from 1 to 100, not ${o.poolSize}`);
  const connection = { connectionString: url, connectionTimeoutMillis: o.connectTimeoutMs, application_name: 'khulasa' };
  const session = new pg.Client(connection);
  // A dropped connection surfaces as the next query's error; without a listener it would crash the process.
  session.on('error', () => {});
  try {
    await session.connect();
    await migratePostgres(session, o.schema);
  } catch (err) {
    await session.end().catch(() => {});
    throw err;
  }
  const pool = new pg.Pool({ ...connection, max: o.poolSize, options: `-c search_path=${o.schema}` });
  pool.on('error', () => {});
  return new PostgresStore(pool, session, o.schema);
}

type Queryable = Pick<pg.ClientBase, 'query'>;

class PostgresStore implements Store {
  readonly backend = 'postgres';
  /** Runs this store began and has not finished; it holds a session advisory lock on each. */
  private readonly ownRuns = new Set<number>();
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    /** Holds the session-level advisory locks that tell other workers a run is alive. */
    private readonly session: pg.Client,
    private readonly schema: string,
  ) {}

  private async tx<T>(work: (c: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (err) {
      // A connection that cannot even roll back is broken: destroy it rather than return it to the pool.
      const broken = await client.query('ROLLBACK').then(
        () => undefined,
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
      client.release(broken);
      throw err;
    }
  }

  private lock(c: Queryable, what: string) {
    return c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(this.schema, what)]);
  }

  private runLock(id: number): string {
    return lockKey(this.schema, `run/${id}`);
  }

  /**
   * A run still `running` belongs to a live worker exactly when that worker's session still holds the
   * run's advisory lock; a crashed worker's connection is gone and its lock with it. Runs this store
   * began itself are marked interrupted too, as in SQLite (beginning a run abandons the previous one).
   */
  async beginRun(startedAt: string, options: unknown): Promise<RunRecord> {
    return this.tx(async (c) => {
      await this.lock(c, 'runs');
      const running = await c.query<{ id: string }>("SELECT id FROM runs WHERE status = 'running' ORDER BY id");
      for (const { id: text } of running.rows) {
        const id = Number(text);
        const own = this.ownRuns.delete(id);
        if (!own) {
          const free = await this.session.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got', [this.runLock(id)]);
          if (!free.rows[0]?.got) continue;
        }
        await this.session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.runLock(id)]);
        await c.query("UPDATE runs SET status = 'interrupted' WHERE id = $1", [id]);
      }
      const counted = await c.query<{ done: string; highest: string }>(RUN_COUNTS_SQL);
      const inserted = await c.query<RunRow>("INSERT INTO runs (number, status, started_at, options) VALUES ($1, 'running', $2, $3::json) RETURNING *", [
        nextRunNumber(Number(counted.rows[0]?.done ?? 0), Number(counted.rows[0]?.highest ?? 0)),
        startedAt,
        JSON.stringify(options ?? null),
      ]);
      const run = toRun(inserted.rows[0]!);
      // Taken before COMMIT releases the 'runs' lock, so no other worker ever sees this run unlocked.
      await this.session.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [this.runLock(run.id)]);
      this.ownRuns.add(run.id);
      return run;
    });
  }

  async finishRun(id: number, finishedAt: string): Promise<RunRecord> {
    const row = (await this.pool.query<RunRow>("UPDATE runs SET status = 'done', finished_at = $1 WHERE id = $2 RETURNING *", [finishedAt, id])).rows[0];
    // A session that is gone has released its locks already; the run is finished either way.
    if (this.ownRuns.delete(id)) await this.session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [this.runLock(id)]).catch(() => {});
    if (!row) throw new Error(`no run ${id}`);
    return toRun(row);
  }

  async runs(): Promise<readonly RunRecord[]> {
    return (await this.pool.query<RunRow>('SELECT * FROM runs ORDER BY id')).rows.map(toRun);
  }

  async hasKey(key: string): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM documents WHERE key = $1', [key])).rowCount ?? 0) > 0;
  }

  async bySource(source: string): Promise<StoredDocument | null> {
    const row = (await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE source = $1 ORDER BY seq LIMIT 1', [source])).rows[0];
    return row ? toDocument(row) : null;
  }

  /**
   * Inserts take a transaction-level lock, so arrival numbers are handed out in commit order: a reader
   * that has seen document N has seen every document before it, whichever worker stored them.
   */
  async addDocument(doc: NewDocument): Promise<boolean> {
    return this.tx(async (c) => {
      await this.lock(c, 'documents');
      const inserted = await c.query(
        `INSERT INTO documents
          (id, key, source, path, status, title, outlet, dateline, agency, published, url, raw, text, paragraphs, removed,
           content_hash, reason, detail, duplicate_of, run)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::json, $15::json, $16, $17, $18, $19, $20)
         ON CONFLICT (key) DO NOTHING`,
        [
          doc.id,
          doc.key,
          doc.source,
          doc.path,
          doc.status,
          doc.title,
          doc.outlet,
          doc.dateline,
          doc.agency,
          doc.published,
          doc.url,
          doc.raw === null ? null : Buffer.from(doc.raw, 'utf8'),
          doc.text,
          JSON.stringify(doc.paragraphs),
          JSON.stringify(doc.removed),
          doc.contentHash,
          doc.reason,
          doc.detail,
          doc.duplicateOf,
          doc.run,
        ],
      );
      if (inserted.rowCount === 0) return false;
      if (doc.sentences.length > 0) {
        const s = doc.sentences;
        await c.query(
          `INSERT INTO sentences (document, idx, paragraph, start, "end", text)
           SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::text[])`,
          [doc.id, s.map((x) => x.index), s.map((x) => x.paragraph), s.map((x) => x.start), s.map((x) => x.end), s.map((x) => x.text)],
        );
      }
      const link = doc.link;
      if (link) await c.query('INSERT INTO links (document, original, kind, similarity) VALUES ($1, $2, $3, $4)', [link.document, link.original, link.kind, link.similarity]);
      if (doc.terms) await c.query('INSERT INTO document_terms (document, terms) VALUES ($1, $2::text[])', [doc.id, doc.terms]);
      const fp = doc.fingerprint;
      if (fp) await c.query('INSERT INTO document_fingerprints (document, shingles, signature) VALUES ($1, $2, $3)', [doc.id, fp.shingles, signatureBytes(fp.signature)]);
      if (doc.furniture !== undefined) await addCounts(c, [doc.furniture]);
      else if (doc.status !== 'rejected') await c.query('INSERT INTO furniture_uncounted (document) VALUES ($1) ON CONFLICT DO NOTHING', [doc.id]);
      return true;
    });
  }

  async documents(ids?: readonly DocumentId[]): Promise<readonly StoredDocument[]> {
    const rows = ids === undefined
      ? await this.pool.query<DocumentRow>('SELECT * FROM documents ORDER BY seq')
      : await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE id = ANY($1::text[]) ORDER BY seq', [ids]);
    return rows.rows.map(toDocument);
  }

  async documentHeads(): Promise<readonly StoredDocumentHead[]> {
    return (await this.pool.query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM documents ORDER BY seq`)).rows.map(toDocumentHead);
  }

  async terms(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, readonly string[] | null>> {
    const rows = await this.pool.query<{ id: string; terms: string[] | null }>(
      'SELECT d.id, t.terms FROM documents d LEFT JOIN document_terms t ON t.document = d.id WHERE d.id = ANY($1::text[])',
      [ids],
    );
    return new Map(rows.rows.map((r) => [documentId(r.id), r.terms]));
  }

  async putTerms(id: DocumentId, terms: readonly string[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO document_terms (document, terms) SELECT id, $2::text[] FROM documents WHERE id = $1
       ON CONFLICT (document) DO UPDATE SET terms = excluded.terms`,
      [id, terms],
    );
  }

  async fingerprints(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, DedupFingerprint | null>> {
    const rows = await this.pool.query<{ id: string; shingles: number | null; signature: Buffer | null }>(
      'SELECT d.id, f.shingles, f.signature FROM documents d LEFT JOIN document_fingerprints f ON f.document = d.id WHERE d.id = ANY($1::text[])',
      [ids],
    );
    return new Map(rows.rows.map((r) => [documentId(r.id), toFingerprint(r.shingles, r.signature)]));
  }

  async putFingerprint(id: DocumentId, fingerprint: DedupFingerprint): Promise<void> {
    await this.pool.query(
      `INSERT INTO document_fingerprints (document, shingles, signature) SELECT id, $2, $3 FROM documents WHERE id = $1
       ON CONFLICT (document) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature`,
      [id, fingerprint.shingles, signatureBytes(fingerprint.signature)],
    );
  }

  /** One statement, so members and line counts come from one snapshot. */
  async furnitureCounts(lines: ReadonlyMap<string, readonly string[]>): Promise<ReadonlyMap<string, FurnitureCounts>> {
    const groups = [...lines.keys()];
    const pairs = [...lines].flatMap(([g, keys]) => keys.map((k) => [g, k] as const));
    const rows = await this.pool.query<{ grp: string; line: string | null; n: number }>(
      `SELECT grp, NULL::text AS line, members AS n FROM furniture_groups WHERE grp = ANY($1::text[])
       UNION ALL
       SELECT l.grp, l.line, l.documents FROM unnest($2::text[], $3::text[]) AS q(grp, line)
         JOIN furniture_lines l ON l.grp = q.grp AND l.line = q.line`,
      [groups, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const out = new Map(groups.map((g) => [g, { members: 0, lines: new Map<string, number>() }]));
    for (const r of rows.rows) {
      const g = out.get(r.grp);
      if (g === undefined) continue;
      if (r.line === null) g.members = Number(r.n);
      else g.lines.set(r.line, Number(r.n));
    }
    return out;
  }

  async uncountedFurniture(): Promise<readonly DocumentId[]> {
    const rows = await this.pool.query<{ id: string }>('SELECT u.document AS id FROM furniture_uncounted u JOIN documents d ON d.id = u.document ORDER BY d.seq');
    return rows.rows.map((r) => documentId(r.id));
  }

  /** Under the documents lock, like inserts, so two workers' counting never interleave (nor deadlock on rows). */
  async countFurniture(documents: ReadonlyMap<DocumentId, FurnitureKeys | null>): Promise<void> {
    if (documents.size === 0) return;
    await this.tx(async (c) => {
      await this.lock(c, 'documents');
      const marked = await c.query<{ document: string }>('DELETE FROM furniture_uncounted WHERE document = ANY($1::text[]) RETURNING document', [[...documents.keys()]]);
      await addCounts(c, marked.rows.map((r) => documents.get(documentId(r.document)) ?? null));
    });
  }

  async document(id: DocumentId): Promise<StoredDocument | null> {
    const row = (await this.pool.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id])).rows[0];
    return row ? toDocument(row) : null;
  }

  async sentences(id: DocumentId) {
    const rows = await this.pool.query<SentenceRow>('SELECT idx, paragraph, start, "end", text FROM sentences WHERE document = $1 ORDER BY idx', [id]);
    return rows.rows.map(toSentence);
  }

  async links() {
    return (await this.pool.query<LinkRow>('SELECT l.* FROM links l JOIN documents d ON d.id = l.document ORDER BY d.seq')).rows.map(toLink);
  }

  /** One statement, so stories and memberships come from one snapshot; `COLLATE "C"` orders ids byte-wise, as SQLite does. */
  async stories(): Promise<readonly StoredStory[]> {
    const rows = await this.pool.query<StoryRow & { documents: string[] }>(
      `SELECT s.id, s.title, s.created, s.updated,
              COALESCE(array_agg(m.document ORDER BY m.position) FILTER (WHERE m.document IS NOT NULL), '{}') AS documents
         FROM stories s LEFT JOIN story_members m ON m.story = s.id
        GROUP BY s.id ORDER BY s.id COLLATE "C"`,
    );
    return rows.rows.map((r) => ({ id: storyId(r.id), title: r.title, documents: r.documents.map(documentId), created: r.created, updated: r.updated }));
  }

  async applyStories(changes: StoryChanges): Promise<void> {
    await this.tx(async (c) => {
      if (changes.remove.length > 0) await c.query('DELETE FROM stories WHERE id = ANY($1::text[])', [changes.remove]);
      for (const s of changes.upsert) {
        await c.query(
          `INSERT INTO stories (id, title, created, updated) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, created = excluded.created, updated = excluded.updated`,
          [s.id, s.title, s.created, s.updated],
        );
        await c.query('DELETE FROM story_members WHERE story = $1', [s.id]);
        await c.query('INSERT INTO story_members (story, position, document) SELECT $1, n - 1, d FROM unnest($2::text[]) WITH ORDINALITY AS m(d, n)', [
          s.id,
          s.documents,
        ]);
      }
    });
  }

  async outputMemberships(): Promise<ReadonlyMap<StoryId, OutputMemberships>> {
    const rows = await this.pool.query<{ id: string; summary: string | null; analysis: string | null }>(
      `SELECT s.id, su.membership AS summary, a.membership AS analysis FROM stories s
        LEFT JOIN summaries su ON su.story = s.id LEFT JOIN analyses a ON a.story = s.id`,
    );
    return new Map(rows.rows.map((r) => [storyId(r.id), { summary: r.summary, analysis: r.analysis }]));
  }

  async summary(story: StoryId): Promise<StoredSummary | null> {
    const row = (await this.pool.query<SummaryRow>('SELECT * FROM summaries WHERE story = $1', [story])).rows[0];
    return row ? toSummary(row) : null;
  }

  async putSummary(s: StoredSummary): Promise<void> {
    await this.pool.query(
      `INSERT INTO summaries (story, membership, words, sentences) VALUES ($1, $2, $3, $4::json)
       ON CONFLICT (story) DO UPDATE SET membership = excluded.membership, words = excluded.words, sentences = excluded.sentences`,
      [s.story, s.membership, s.words, JSON.stringify(s.sentences)],
    );
  }

  async analysis(story: StoryId): Promise<StoredAnalysis | null> {
    const row = (await this.pool.query<AnalysisRow>('SELECT * FROM analyses WHERE story = $1', [story])).rows[0];
    return row ? toAnalysis(row) : null;
  }

  async putAnalysis(a: StoredAnalysis): Promise<void> {
    await this.pool.query(
      `INSERT INTO analyses (story, membership, analysis) VALUES ($1, $2, $3::json)
       ON CONFLICT (story) DO UPDATE SET membership = excluded.membership, analysis = excluded.analysis`,
      [a.story, a.membership, JSON.stringify(a.analysis)],
    );
  }

  /** Ends the connections; the session's run locks go with it, so unfinished runs read as interrupted. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
    await this.session.end().catch(() => {});
  }
}

/** Adds memberships to the counts, one statement per table; call inside a transaction. */
async function addCounts(c: pg.ClientBase, memberships: readonly (FurnitureKeys | null)[]): Promise<void> {
  const sums = [...sumCounts(memberships)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (sums.length === 0) return;
  await c.query(
    `INSERT INTO furniture_groups (grp, members) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (grp) DO UPDATE SET members = furniture_groups.members + excluded.members`,
    [sums.map(([g]) => g), sums.map(([, s]) => s.members)],
  );
  const rows = sums.flatMap(([g, s]) => [...s.lines].map(([line, n]) => [g, line, n] as const));
  if (rows.length === 0) return;
  await c.query(
    `INSERT INTO furniture_lines (grp, line, documents) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
     ON CONFLICT (grp, line) DO UPDATE SET documents = furniture_lines.documents + excluded.documents`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
}
