import Database from 'better-sqlite3';
import { documentId, storyId, type DedupFingerprint, type DocumentId, type FurnitureCounts, type FurnitureKeys, type StoryId } from '../../core/index.js';
import type { NewDocument, OutputMemberships, RunRecord, Store, StoredDocumentHead, StoredAnalysis, StoredStory, StoredSummary, StoryChanges } from '../types.js';
import { sumCounts } from '../furniture.js';
import { nextRunNumber, RUN_COUNTS_SQL } from '../run-number.js';
import { migrate } from './migrations.js';
import { ownerAlive, ownerOf, registerInstance, releaseInstance } from './run-owner.js';
import {
  toAnalysis,
  toDocument,
  toRun,
  toSummary,
  type AnalysisRow,
  type DocumentRow,
  type RunRow,
  type SummaryRow,
} from './rows.js';
import { HEAD_COLUMNS, signatureBytes, toDocumentHead, toFingerprint, toLink, toSentence, type HeadRow, type LinkRow, type SentenceRow } from '../rows.js';

export interface SqliteStoreOptions {
  /**
   * `NORMAL` (default): in WAL mode a killed process loses nothing that was committed; a power cut may
   * lose the last commits but never corrupts the file, and a rerun redoes them (ingest is idempotent).
   * `FULL` also survives power cuts, at one fsync per transaction.
   */
  readonly synchronous?: 'NORMAL' | 'FULL';
}

export const SQLITE_DEFAULTS: Required<SqliteStoreOptions> = { synchronous: 'NORMAL' };

/** The error code of a SQLite file that holds another program's tables: khulasa never writes into it. */
export const FOREIGN_DATABASE = 'KHULASA_FOREIGN_DATABASE';

/**
 * The tables of a file that is not a khulasa store: none for a new file or a khulasa store (whose
 * `schema_migrations` has a `name` column; Rails' has only `version`), else every table it holds.
 */
function foreignTables(db: Database.Database): string[] {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as { name: string }[]).map((t) => t.name);
  if (tables.length === 0) return [];
  const ledger = tables.includes('schema_migrations') ? (db.prepare('PRAGMA table_info(schema_migrations)').all() as { name: string }[]).map((c) => c.name) : [];
  return ledger.includes('name') ? [] : tables;
}

/** Opens (creating and migrating when needed) a store in one SQLite file; `:memory:` for tests. A file holding another program's tables is refused (`FOREIGN_DATABASE`). */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const { synchronous } = { ...SQLITE_DEFAULTS, ...options };
  const db = new Database(file);
  const foreign = foreignTables(db);
  if (foreign.length > 0) {
    db.close();
    throw Object.assign(new Error(`it is the database of another program (tables ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', ...' : ''}), left untouched`), { code: FOREIGN_DATABASE });
  }
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  readonly backend = 'sqlite';
  private readonly q;
  private readonly instance = registerInstance();

  constructor(private readonly db: Database.Database) {
    this.q = {
      runs: db.prepare('SELECT * FROM runs ORDER BY id'),
      run: db.prepare('SELECT * FROM runs WHERE id = ?'),
      running: db.prepare("SELECT id, owner FROM runs WHERE status = 'running' ORDER BY id"),
      interrupt: db.prepare("UPDATE runs SET status = 'interrupted' WHERE id = ?"),
      runCounts: db.prepare(RUN_COUNTS_SQL),
      insertRun: db.prepare("INSERT INTO runs (number, status, started_at, options, owner) VALUES (?, 'running', ?, ?, ?)"),
      finishRun: db.prepare("UPDATE runs SET status = 'done', finished_at = ? WHERE id = ?"),
      hasKey: db.prepare('SELECT 1 FROM documents WHERE key = ?'),
      bySource: db.prepare('SELECT * FROM documents WHERE source = ? ORDER BY seq LIMIT 1'),
      insertDocument: db.prepare(`INSERT INTO documents
        (id, key, source, path, status, title, outlet, dateline, agency, published, url, raw, text, paragraphs, removed,
         content_hash, reason, detail, duplicate_of, run)
        VALUES (@id, @key, @source, @path, @status, @title, @outlet, @dateline, @agency, @published, @url, @raw, @text,
         @paragraphs, @removed, @contentHash, @reason, @detail, @duplicateOf, @run)
        ON CONFLICT (key) DO NOTHING`),
      insertSentence: db.prepare('INSERT INTO sentences (document, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)'),
      insertLink: db.prepare('INSERT INTO links (document, original, kind, similarity) VALUES (?, ?, ?, ?)'),
      putTerms: db.prepare(`INSERT INTO document_terms (document, terms) SELECT id, ? FROM documents WHERE id = ?
        ON CONFLICT (document) DO UPDATE SET terms = excluded.terms`),
      documents: db.prepare('SELECT * FROM documents ORDER BY seq'),
      documentsOf: db.prepare('SELECT * FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq'),
      heads: db.prepare(`SELECT ${HEAD_COLUMNS} FROM documents ORDER BY seq`),
      // The ids come as one JSON array, so one statement serves any number of them.
      putFingerprint: db.prepare(`INSERT INTO document_fingerprints (document, shingles, signature) SELECT id, ?, ? FROM documents WHERE id = ?
        ON CONFLICT (document) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature`),
      fingerprints: db.prepare(`SELECT d.id AS id, f.shingles AS shingles, f.signature AS signature FROM json_each(?) j
        JOIN documents d ON d.id = j.value LEFT JOIN document_fingerprints f ON f.document = d.id`),
      terms: db.prepare(`SELECT d.id AS id, t.terms AS terms FROM json_each(?) j
        JOIN documents d ON d.id = j.value LEFT JOIN document_terms t ON t.document = d.id`),
      countMember: db.prepare(`INSERT INTO furniture_groups (grp, members) VALUES (?, ?)
        ON CONFLICT (grp) DO UPDATE SET members = members + excluded.members`),
      countLine: db.prepare(`INSERT INTO furniture_lines (grp, line, documents) VALUES (?, ?, ?)
        ON CONFLICT (grp, line) DO UPDATE SET documents = documents + excluded.documents`),
      markUncounted: db.prepare('INSERT OR IGNORE INTO furniture_uncounted (document) VALUES (?)'),
      markCounted: db.prepare('DELETE FROM furniture_uncounted WHERE document = ?'),
      uncounted: db.prepare('SELECT u.document AS id FROM furniture_uncounted u JOIN documents d ON d.id = u.document ORDER BY d.seq'),
      groupMembers: db.prepare('SELECT members FROM furniture_groups WHERE grp = ?'),
      // CROSS JOIN keeps the asked keys as the outer loop: one primary-key lookup each, whatever the group's size.
      groupLines: db.prepare(`SELECT l.line AS line, l.documents AS documents FROM json_each(?) j
        CROSS JOIN furniture_lines l ON l.grp = ? AND l.line = j.value`),
      document: db.prepare('SELECT * FROM documents WHERE id = ?'),
      sentences: db.prepare('SELECT idx, paragraph, start, end, text FROM sentences WHERE document = ? ORDER BY idx'),
      links: db.prepare('SELECT l.* FROM links l JOIN documents d ON d.id = l.document ORDER BY d.seq'),
      stories: db.prepare('SELECT * FROM stories ORDER BY id'),
      members: db.prepare('SELECT story, document FROM story_members ORDER BY story, position'),
      upsertStory: db.prepare(`INSERT INTO stories (id, title, created, updated) VALUES (?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, created = excluded.created, updated = excluded.updated`),
      clearMembers: db.prepare('DELETE FROM story_members WHERE story = ?'),
      insertMember: db.prepare('INSERT INTO story_members (story, position, document) VALUES (?, ?, ?)'),
      deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
      summary: db.prepare('SELECT * FROM summaries WHERE story = ?'),
      outputMemberships: db.prepare(`SELECT s.id, su.membership AS summary, a.membership AS analysis FROM stories s
        LEFT JOIN summaries su ON su.story = s.id LEFT JOIN analyses a ON a.story = s.id`),
      putSummary: db.prepare(`INSERT INTO summaries (story, membership, words, sentences) VALUES (?, ?, ?, ?)
        ON CONFLICT (story) DO UPDATE SET membership = excluded.membership, words = excluded.words, sentences = excluded.sentences`),
      analysis: db.prepare('SELECT * FROM analyses WHERE story = ?'),
      putAnalysis: db.prepare(`INSERT INTO analyses (story, membership, analysis) VALUES (?, ?, ?)
        ON CONFLICT (story) DO UPDATE SET membership = excluded.membership, analysis = excluded.analysis`),
    };
  }

  /**
   * A run still marked running is interrupted when its owner process is gone; a live one is left alone.
   * The number (see `nextRunNumber`) is read and taken under the write lock (an immediate transaction),
   * so two processes beginning at once never read the same state.
   */
  async beginRun(startedAt: string, options: unknown): Promise<RunRecord> {
    return this.db.transaction(() => {
      for (const r of this.q.running.all() as { id: number; owner: string | null }[]) if (!ownerAlive(r.owner)) this.q.interrupt.run(r.id);
      const counted = this.q.runCounts.get() as { done: number; highest: number };
      const number = nextRunNumber(counted.done, counted.highest);
      const id = Number(this.q.insertRun.run(number, startedAt, JSON.stringify(options ?? null), ownerOf(this.instance)).lastInsertRowid);
      return toRun(this.q.run.get(id) as RunRow);
    }).immediate();
  }

  async finishRun(id: number, finishedAt: string): Promise<RunRecord> {
    this.q.finishRun.run(finishedAt, id);
    const row = this.q.run.get(id) as RunRow | undefined;
    if (!row) throw new Error(`no run ${id}`);
    return toRun(row);
  }

  async runs(): Promise<readonly RunRecord[]> {
    return (this.q.runs.all() as RunRow[]).map(toRun);
  }

  async hasKey(key: string): Promise<boolean> {
    return this.q.hasKey.get(key) !== undefined;
  }

  async bySource(source: string) {
    const row = this.q.bySource.get(source) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async addDocument(doc: NewDocument): Promise<boolean> {
    return this.db.transaction(() => {
      const inserted = this.q.insertDocument.run({
        ...doc,
        paragraphs: JSON.stringify(doc.paragraphs),
        removed: JSON.stringify(doc.removed),
      }).changes;
      if (inserted === 0) return false;
      for (const s of doc.sentences) this.q.insertSentence.run(doc.id, s.index, s.paragraph, s.start, s.end, s.text);
      if (doc.link) this.q.insertLink.run(doc.link.document, doc.link.original, doc.link.kind, doc.link.similarity);
      if (doc.terms) this.q.putTerms.run(JSON.stringify(doc.terms), doc.id);
      if (doc.fingerprint) this.q.putFingerprint.run(doc.fingerprint.shingles, signatureBytes(doc.fingerprint.signature), doc.id);
      if (doc.furniture !== undefined) this.addCounts([doc.furniture]);
      else if (doc.status !== 'rejected') this.q.markUncounted.run(doc.id);
      return true;
    })();
  }

  async documents(ids?: readonly DocumentId[]) {
    const rows = ids === undefined ? this.q.documents.all() : this.q.documentsOf.all(JSON.stringify(ids));
    return (rows as DocumentRow[]).map(toDocument);
  }

  async documentHeads(): Promise<readonly StoredDocumentHead[]> {
    return (this.q.heads.all() as HeadRow[]).map(toDocumentHead);
  }

  async terms(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, readonly string[] | null>> {
    const rows = this.q.terms.all(JSON.stringify(ids)) as { id: string; terms: string | null }[];
    return new Map(rows.map((r) => [documentId(r.id), r.terms === null ? null : (JSON.parse(r.terms) as string[])]));
  }

  async putTerms(id: DocumentId, terms: readonly string[]): Promise<void> {
    this.q.putTerms.run(JSON.stringify(terms), id);
  }

  async fingerprints(ids: readonly DocumentId[]): Promise<ReadonlyMap<DocumentId, DedupFingerprint | null>> {
    const rows = this.q.fingerprints.all(JSON.stringify(ids)) as { id: string; shingles: number | null; signature: Buffer | null }[];
    return new Map(rows.map((r) => [documentId(r.id), toFingerprint(r.shingles, r.signature)]));
  }

  async putFingerprint(id: DocumentId, fingerprint: DedupFingerprint): Promise<void> {
    this.q.putFingerprint.run(fingerprint.shingles, signatureBytes(fingerprint.signature), id);
  }

  async furnitureCounts(lines: ReadonlyMap<string, readonly string[]>): Promise<ReadonlyMap<string, FurnitureCounts>> {
    return this.db.transaction(() => {
      const out = new Map<string, FurnitureCounts>();
      for (const [group, keys] of lines) {
        const members = (this.q.groupMembers.get(group) as { members: number } | undefined)?.members ?? 0;
        const rows = members === 0 ? [] : (this.q.groupLines.all(JSON.stringify(keys), group) as { line: string; documents: number }[]);
        out.set(group, { members, lines: new Map(rows.map((r) => [r.line, r.documents])) });
      }
      return out;
    })();
  }

  async uncountedFurniture(): Promise<readonly DocumentId[]> {
    return (this.q.uncounted.all() as { id: string }[]).map((r) => documentId(r.id));
  }

  async countFurniture(documents: ReadonlyMap<DocumentId, FurnitureKeys | null>): Promise<void> {
    this.db.transaction(() => {
      const counted: (FurnitureKeys | null)[] = [];
      for (const [id, furniture] of documents) if (this.q.markCounted.run(id).changes > 0) counted.push(furniture);
      this.addCounts(counted);
    })();
  }

  /** Adds memberships to the counts; call inside a transaction. Summed first, so each row is written once. */
  private addCounts(memberships: readonly (FurnitureKeys | null)[]): void {
    for (const [group, { members, lines }] of sumCounts(memberships)) {
      this.q.countMember.run(group, members);
      for (const [line, n] of lines) this.q.countLine.run(group, line, n);
    }
  }

  async document(id: DocumentId) {
    const row = this.q.document.get(id) as DocumentRow | undefined;
    return row ? toDocument(row) : null;
  }

  async sentences(id: DocumentId) {
    return (this.q.sentences.all(id) as SentenceRow[]).map(toSentence);
  }

  async links() {
    return (this.q.links.all() as LinkRow[]).map(toLink);
  }

  async stories(): Promise<readonly StoredStory[]> {
    const members = new Map<string, DocumentId[]>();
    for (const m of this.q.members.all() as { story: string; document: string }[]) {
      const list = members.get(m.story) ?? [];
      list.push(documentId(m.document));
      members.set(m.story, list);
    }
    return (this.q.stories.all() as { id: string; title: string | null; created: number; updated: number }[]).map((r) => ({
      id: storyId(r.id),
      title: r.title,
      documents: members.get(r.id) ?? [],
      created: r.created,
      updated: r.updated,
    }));
  }

  async applyStories(changes: StoryChanges): Promise<void> {
    this.db.transaction(() => {
      for (const id of changes.remove) this.q.deleteStory.run(id);
      for (const s of changes.upsert) {
        this.q.upsertStory.run(s.id, s.title, s.created, s.updated);
        this.q.clearMembers.run(s.id);
        s.documents.forEach((d, i) => this.q.insertMember.run(s.id, i, d));
      }
    })();
  }

  async outputMemberships(): Promise<ReadonlyMap<StoryId, OutputMemberships>> {
    const rows = this.q.outputMemberships.all() as { id: string; summary: string | null; analysis: string | null }[];
    return new Map(rows.map((r) => [storyId(r.id), { summary: r.summary, analysis: r.analysis }]));
  }

  async summary(story: StoryId) {
    const row = this.q.summary.get(story) as SummaryRow | undefined;
    return row ? toSummary(row) : null;
  }

  async putSummary(s: StoredSummary): Promise<void> {
    this.q.putSummary.run(s.story, s.membership, s.words, JSON.stringify(s.sentences));
  }

  async analysis(story: StoryId) {
    const row = this.q.analysis.get(story) as AnalysisRow | undefined;
    return row ? toAnalysis(row) : null;
  }

  async putAnalysis(a: StoredAnalysis): Promise<void> {
    this.q.putAnalysis.run(a.story, a.membership, JSON.stringify(a.analysis));
  }

  async close(): Promise<void> {
    releaseInstance(this.instance);
    if (this.db.open) this.db.close();
  }
}
