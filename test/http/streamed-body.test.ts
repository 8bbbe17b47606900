/** A body sent without a length (chunked) is held to the same limit as one that declares it, while it arrives. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/index.js';
import { openSqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-http-stream-'));
const store = openSqliteStore(join(dir, 'store.sqlite'));
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A body of `chunks` chunks of `size` bytes, produced on demand; `pulled()` says how many were read. */
function endlessBody(chunks: number, size: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) controller.close();
      else {
        pulled++;
        controller.enqueue(new Uint8Array(size).fill(0x61));
      }
    },
  });
  return { body, pulled: () => pulled };
}

describe('a streamed request body', () => {
  it.each(['/clean', '/summarize'])('over the limit on %s is refused once the limit is passed, not read to its end', async (path) => {
    const app = createApp({ store, maxBodyBytes: 1000 });
    const { body, pulled } = endlessBody(1000, 100);
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', body, duplex: 'half' };
    const response = await app.fetch(new Request(`http://khulasa.test${path}`, init));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too-large');
    expect(pulled()).toBeLessThan(20);
  });

  it('within the limit is read whole', async () => {
    const app = createApp({ store, maxBodyBytes: 1000 });
    const { body } = endlessBody(5, 100);
    const init: RequestInit & { duplex: 'half' } = { method: 'POST', body, duplex: 'half' };
    const response = await app.fetch(new Request('http://khulasa.test/summarize', init));
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('malformed');
  });
});
