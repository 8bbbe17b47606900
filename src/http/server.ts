import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { App } from './app.js';
import { problem } from './problem.js';

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method: req.method ?? 'GET', headers };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(new URL(req.url ?? '/', origin), init);
}

/** Sends the whole body with its length; a HEAD answer gets the headers (and length) its GET would. */
async function send(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(response.headers);
  if (response.status !== 204 && response.status !== 304) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(head ? undefined : body);
}

/** Puts an app on a TCP port. Resolves once listening. */
export function listen(app: App, port: number, host: string): Promise<Server> {
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const server = createServer((req, res) => {
    let request: Request;
    try {
      request = toRequest(req, origin);
    } catch {
      // A target the URL parser refuses (`GET http://[ HTTP/1.1`): thrown here, it would end the process.
      const refused = problem(400, 'malformed', 'the request target is not a valid URL');
      refused.headers.set('connection', 'close');
      void send(res, refused, false);
      return;
    }
    app
      .fetch(request)
      .then((response) => send(res, response, req.method === 'HEAD'))
      .catch(async (err: unknown) => {
        // Once the headers are out, the answer cannot change: the connection is ended short instead.
        if (res.headersSent) return void res.destroy();
        await send(res, problem(500, 'internal', err instanceof Error ? err.message : String(err)), req.method === 'HEAD');
      })
      .catch(() => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
