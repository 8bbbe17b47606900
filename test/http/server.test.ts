import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { listen, type App } from '../../src/http/index.js';

describe('listen', () => {
  it('carries method, path, headers and body between a socket and the app', async () => {
    const seen: { method: string; path: string; type: string | null; body: string }[] = [];
    const app: App = {
      async fetch(request) {
        seen.push({ method: request.method, path: new URL(request.url).pathname, type: request.headers.get('content-type'), body: await request.text() });
        return new Response('مرحبا', { status: 201, headers: { 'x-test': 'yes' } });
      },
    };
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      const r = await fetch(`http://127.0.0.1:${port}/clean?name=a.txt`, { method: 'POST', body: 'نص', headers: { 'content-type': 'text/plain' } });
      expect(r.status).toBe(201);
      expect(r.headers.get('x-test')).toBe('yes');
      expect(await r.text()).toBe('مرحبا');
      expect(seen).toEqual([{ method: 'POST', path: '/clean', type: 'text/plain', body: 'نص' }]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('gives every answer its length, and a HEAD answer the length of its GET without the body', async () => {
    const app: App = { fetch: () => Promise.resolve(new Response('خلاصة', { headers: { 'content-type': 'text/plain; charset=utf-8' } })) };
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const { port } = server.address() as AddressInfo;
      const get = await fetch(`http://127.0.0.1:${port}/`);
      expect(get.headers.get('content-length')).toBe(String(Buffer.byteLength('خلاصة')));
      expect(await get.text()).toBe('خلاصة');
      const head = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('خلاصة')));
      expect(await head.text()).toBe('');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
