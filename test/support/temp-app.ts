import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createApp, type App } from '../../src/http/index.js';
import { openSqliteStore } from '../../src/store/index.js';

/** The HTTP app over a fresh SQLite store in a temporary folder, closed and removed after the calling file's tests. */
export function tempApp(name: string): App {
  const dir = mkdtempSync(join(tmpdir(), `khulasa-http-${name}-`));
  const store = openSqliteStore(join(dir, 'store.sqlite'));
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return createApp({ store });
}
