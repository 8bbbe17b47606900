import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Append only: a released migration is never edited; a change of schema is a new entry. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        number INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'interrupted')),
        started_at TEXT NOT NULL,
        finished_at TEXT,
        options TEXT NOT NULL
      );
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'rejected')),
        title TEXT, outlet TEXT, dateline TEXT, agency TEXT, published TEXT, url TEXT,
        raw TEXT,
        text TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        removed TEXT NOT NULL,
        content_hash TEXT,
        reason TEXT,
        detail TEXT,
        duplicate_of TEXT REFERENCES documents(id),
        run INTEGER NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents(content_hash);
      CREATE TABLE sentences (
        document TEXT NOT NULL REFERENCES documents(id),
        idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document, idx)
      ) WITHOUT ROWID;
      CREATE TABLE links (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        original TEXT NOT NULL REFERENCES documents(id),
        kind TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'syndicated')),
        similarity REAL NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        title TEXT,
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE story_members (
        story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        document TEXT NOT NULL REFERENCES documents(id),
        PRIMARY KEY (story, position)
      ) WITHOUT ROWID;
      CREATE INDEX story_members_document ON story_members(document);
      CREATE TABLE summaries (
        story TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        membership TEXT NOT NULL,
        words INTEGER NOT NULL,
        sentences TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE analyses (
        story TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        membership TEXT NOT NULL,
        analysis TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'documents remember the input they came from',
    sql: `
      ALTER TABLE documents ADD COLUMN source TEXT;
      CREATE INDEX documents_source ON documents(source);
    `,
  },
  {
    version: 3,
    name: 'documents keep their cluster terms',
    // A table of its own (not a column of documents): reading the terms of every document on replay
    // then never walks the documents' long rows; a document without a row here has none stored.
    sql: `
      CREATE TABLE document_terms (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        terms TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'runs record their owner process',
    sql: `ALTER TABLE runs ADD COLUMN owner TEXT;`,
  },
  {
    version: 5,
    name: 'documents keep their dedup fingerprints',
    sql: `
      CREATE TABLE document_fingerprints (
        document TEXT PRIMARY KEY REFERENCES documents(id),
        shingles INTEGER NOT NULL,
        signature BLOB NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: 'furniture counts per group and line',
    // Documents stored before are listed as uncounted; the pipeline counts them once, from their text.
    sql: `
      CREATE TABLE furniture_groups (
        grp TEXT PRIMARY KEY,
        members INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE furniture_lines (
        grp TEXT NOT NULL,
        line TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (grp, line)
      ) WITHOUT ROWID;
      CREATE TABLE furniture_uncounted (
        document TEXT PRIMARY KEY REFERENCES documents(id)
      );
      INSERT INTO furniture_uncounted (document) SELECT id FROM documents WHERE status <> 'rejected';
    `,
  },
];

/** Applies the migrations the file has not seen yet, each in its own transaction, in order. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL
  )`);
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name);
    })();
    applied++;
  }
  return applied;
}

export const schemaVersion = (db: Database.Database): number =>
  (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
