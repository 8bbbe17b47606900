/** POST /clean takes one article: a JSON-lines or WARC body is refused in words an HTTP user can act on. */
import { describe, expect, it } from 'vitest';
import { tempApp } from '../support/temp-app.js';

const app = tempApp('records');

describe('POST /clean with a file of many articles', () => {
  it('is 415 unsupported, saying to send one article or use khulasa ingest (not a library function name)', async () => {
    const lines = ['{"title":"أ","text":"نص أول"}', '{"title":"ب","text":"نص ثان"}'].join('\n');
    const response = await app.fetch(new Request('http://khulasa.test/clean?name=feed.jsonl', { method: 'POST', body: lines }));
    expect(response.status).toBe(415);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('khulasa ingest');
    expect(error.message).not.toContain('ingestPaths');
  });
});
