/**
 * The answers `listen` writes itself (a request target the URL parser refuses, an app that throws)
 * have the same shape as every answer of the app: `problem()`'s JSON body, with a Content-Length.
 */
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listen, type App } from '../../src/http/index.js';

/** Sends raw bytes and returns the whole answer, read until the server closes the connection. */
const rawAnswer = (port: number, raw: string): Promise<{ head: string; body: string }> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let answer = '';
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    socket.on('close', () => {
      const at = answer.indexOf('\r\n\r\n');
      resolve({ head: answer.slice(0, at), body: answer.slice(at + 4) });
    });
    socket.on('error', reject);
  });

async function withServer(app: App, test: (port: number) => Promise<void>): Promise<void> {
  const server = await listen(app, 0, '127.0.0.1');
  try {
    await test((server.address() as AddressInfo).port);
  } finally {
    await new Promise((done) => server.close(done));
  }
}

/** What `problem()` writes: the JSON of `{ error: { code, message } }`, indented by two, and a line end. */
const problemShaped = (body: string, code: string): void => {
  const parsed = JSON.parse(body) as { error: { code: string; message: string } };
  expect(parsed.error.code).toBe(code);
  expect(typeof parsed.error.message).toBe('string');
  expect(body).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
};

describe('answers the server writes itself', { timeout: 10_000 }, () => {
  it('a request target that is not a URL: 400 malformed, in the problem shape, with its length, and the connection closed', async () => {
    await withServer({ fetch: () => Promise.resolve(new Response('ok')) }, async (port) => {
      const { head, body } = await rawAnswer(port, 'GET http://[ HTTP/1.1\r\nHost: khulasa.test\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400/);
      expect(head).toMatch(/\r\ncontent-type: application\/json; charset=utf-8/i);
      expect(head).toMatch(new RegExp(`\\r\\ncontent-length: ${Buffer.byteLength(body)}`, 'i'));
      expect(head).toMatch(/\r\nconnection: close/i);
      problemShaped(body, 'malformed');
    });
  });

  it('an app that fails: 500 internal in the problem shape, and the server goes on', async () => {
    let calls = 0;
    const app: App = { fetch: () => (++calls === 1 ? Promise.reject(new Error('the store went away')) : Promise.resolve(new Response('ok'))) };
    await withServer(app, async (port) => {
      const { head, body } = await rawAnswer(port, 'GET /digest.json HTTP/1.1\r\nHost: khulasa.test\r\nConnection: close\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 500/);
      expect(head).toMatch(/\r\ncontent-type: application\/json; charset=utf-8/i);
      problemShaped(body, 'internal');
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    });
  });
});
