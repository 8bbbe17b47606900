/** A request the URL parser cannot read (`GET http://[ HTTP/1.1`) is answered 400, and the server goes on serving. */
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listen, type App } from '../../src/http/index.js';

/** Sends raw bytes and returns the first line of the answer ('' when the connection closes without one). */
const rawStatusLine = (port: number, raw: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let answer = '';
    socket.on('data', (c: Buffer) => {
      answer += c.toString();
      if (answer.includes('\r\n')) {
        socket.destroy();
        resolve(answer.split('\r\n')[0]!);
      }
    });
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });

describe('a request target that is not a URL', { timeout: 10_000 }, () => {
  it.each(['http://[', '//['])('(%s) is 400 and the server keeps answering', async (target) => {
    const app: App = { fetch: () => Promise.resolve(new Response('ok')) };
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      expect(await rawStatusLine(port, `GET ${target} HTTP/1.1\r\nHost: khulasa.test\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
