/** OPTIONS asks which methods a route takes: the answer is 204 with Allow, as RFC 9110 describes, not 405. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/index.js';
import { openSqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-http-options-'));
const store = openSqliteStore(join(dir, 'store.sqlite'));
const app = createApp({ store });
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const options = (path: string): Promise<Response> => app.fetch(new Request(`http://khulasa.test${path}`, { method: 'OPTIONS' }));

describe('OPTIONS', () => {
  it.each([
    ['/', 'GET, HEAD, OPTIONS'],
    ['/summarize', 'POST, OPTIONS'],
    ['/stories/abc', 'GET, HEAD, OPTIONS'],
  ])('on %s answers 204 with Allow: %s', async (path, allow) => {
    const response = await options(path);
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe(allow);
    expect(await response.text()).toBe('');
  });

  it('on an unknown route is 404 not-found, like any method', async () => {
    expect((await options('/nowhere')).status).toBe(404);
  });
});
