import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/store.js';
import { FOREIGN_DATABASE, openSqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

/** Why a store could not be opened. The one place that turns a code into words is `STORE_OPEN_MESSAGES`. */
export type StoreOpenCode = 'bad-location' | 'unreachable' | 'login-refused' | 'no-database' | 'permission-denied' | 'not-a-store' | 'failed';

export const STORE_OPEN_MESSAGES: Readonly<Record<StoreOpenCode, string>> = {
  'bad-location': 'the store location is not a file path or a valid postgres:// URL',
  unreachable: 'the database server cannot be reached',
  'login-refused': 'the database server refused the login',
  'no-database': 'the database does not exist',
  'permission-denied': 'this user may not create or open the store, by its database role or by file and folder permissions',
  'not-a-store': 'the file exists but is not a khulasa store',
  failed: 'the store could not be opened',
};

export type StoreOpening =
  | { readonly ok: true; readonly store: Store; readonly location: string }
  | {
      readonly ok: false;
      readonly code: StoreOpenCode;
      readonly location: string;
      readonly detail: string;
      /** One line for standard error: location, code, what it means, and the driver's words. */
      readonly message: string;
    };

const failure = (code: StoreOpenCode, location: string, detail: string): StoreOpening => ({
  ok: false,
  code,
  location,
  detail,
  message: `cannot open the store ${location}: ${code} (${STORE_OPEN_MESSAGES[code]}: ${detail})`,
});

export interface OpenStoreOptions {
  /** Folder a relative SQLite path is resolved against. Default: the process's working folder. */
  readonly cwd?: string;
  /** Only for URLs. A `schema` parameter in the URL (`?schema=name`) takes precedence over `postgres.schema`. */
  readonly postgres?: PostgresStoreOptions;
  /**
   * The caller only reads (serving a digest). Default false: a SQLite file this user may not write is
   * refused at once (`permission-denied`) instead of failing at the run's first write.
   */
  readonly readOnly?: boolean;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export const isPostgresUrl = (location: string): boolean => POSTGRES_URL.test(location);

/**
 * Opens the store at `location`: a `postgres://` or `postgresql://` URL opens PostgreSQL; anything
 * else is a SQLite file (created with its folder when missing). Never rejects: failures come back as
 * a code with a one-line detail, and `location` is safe to print (a URL's password is masked).
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<StoreOpening> {
  if (isPostgresUrl(location)) return openPostgres(location, options.postgres ?? {});
  const file = resolve(options.cwd ?? process.cwd(), location);
  try {
    mkdirSync(dirname(file), { recursive: true });
    if (options.readOnly !== true && !writable(file)) return failure('permission-denied', file, 'the file is read-only for this user, and the command writes to it');
    return { ok: true, store: openSqliteStore(file), location: file };
  } catch (err) {
    return failure(sqliteCodeOf(err), file, messageOf(err));
  }
}

/** False when `file` exists and this user may not write it (SQLite would open it read-only and fail later). */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

async function openPostgres(location: string, options: PostgresStoreOptions): Promise<StoreOpening> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return failure('bad-location', '(unparsable postgres URL)', 'the URL cannot be parsed');
  }
  const shown = masked(url);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  try {
    const store = await openPostgresStore(url.href, schema === null ? options : { ...options, schema });
    return { ok: true, store, location: shown };
  } catch (err) {
    return failure(err instanceof RangeError ? 'bad-location' : codeOf(err), shown, messageOf(err));
  }
}

function masked(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}

/** better-sqlite3 errors carry SQLite's result code; creating the folder fails with a system one. */
function sqliteCodeOf(err: unknown): StoreOpenCode {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB' || code === FOREIGN_DATABASE) return 'not-a-store';
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission-denied';
  return 'failed';
}

/** node-postgres errors carry a SQLSTATE (`code`) from the server or a system error code from the socket. */
function codeOf(err: unknown): StoreOpenCode {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'].includes(code)) return 'unreachable';
  if (code === '28P01' || code === '28000') return 'login-refused';
  if (code === '3D000') return 'no-database';
  if (code === '42501') return 'permission-denied';
  if (code.startsWith('08') || /timeout|terminated/i.test(messageOf(err))) return 'unreachable';
  return 'failed';
}

function messageOf(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return err.errors.map(messageOf).join('; ');
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
