export type {
  DocumentStatus,
  NewDocument,
  OutputMemberships,
  RunRecord,
  RunStatus,
  Store,
  StoredAnalysis,
  StoredDocument,
  StoredDocumentHead,
  StoredStory,
  StoredSummary,
  StoryChanges,
} from './types.js';
export { openSqliteStore, SQLITE_DEFAULTS, type SqliteStoreOptions } from './sqlite/store.js';
export { MIGRATIONS, migrate, schemaVersion, type Migration } from './sqlite/migrations.js';
export { openPostgresStore, POSTGRES_DEFAULTS, type PostgresStoreOptions } from './postgres/store.js';
export { isPostgresUrl, openStore, STORE_OPEN_MESSAGES, type OpenStoreOptions, type StoreOpenCode, type StoreOpening } from './open.js';
