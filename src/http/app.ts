/**
 * The HTTP service as a value: `createApp(options).fetch(request)` answers a WHATWG `Request`, so tests
 * call it in-process and `server.ts` puts it on a socket. Routes:
 *
 *   GET  /                 the web reader: the latest digest of the store as one page
 *   GET  /digest.json      the latest digest (the `digest.json` contract)
 *   GET  /stories/:id      one story of the latest digest with the clean text of its documents
 *                          (these three take `?since=1d` (a date, a date and time, or an age): another
 *                          time window than the latest run's; see `parseSince`)
 *   POST /clean            body: one article (text, HTML or JSON; `?name=x.html` names its type), a form upload of one file,
 *                          or a URL-encoded form whose first field is the article → the clean document
 *   POST /summarize        JSON body (415 for another declared type): `{ "articles": [ { "text" | "html", "title"?, ... } ], "words"? }`
 *                          → `{ summary, words, documents, rejected, warnings }` (`empty-summary` when nothing fits)
 *   POST /analyze          the same `articles` read as one story → `{ entities, quotes, timeline, disagreements,
 *                          documents, rejected }` (the `digest.json` story fields)
 *   GET  /healthz          liveness
 *   GET  /favicon.ico      204, so a browser's automatic request does not log an error
 *
 * OPTIONS on any route answers 204 with the methods it takes in `Allow`.
 */
import { analyzeStory } from '../analyze/index.js';
import { cleanBytes } from '../ingest/index.js';
import { summarize } from '../summarize/index.js';
import type { CleanDocument } from '../core/index.js';
import { arabicFontCss, renderHtml } from '../render/index.js';
import type { Store } from '../store/index.js';
import { firstUpload, isMultipart, urlEncodedField } from './form.js';
import { notJson } from './media-type.js';
import { parseSince } from '../pipeline/index.js';
import { json, problem, rejected } from './problem.js';
import { noDigestPage } from './pages.js';
import { latestDigestReader, type LatestDigest } from './reader.js';

export interface AppOptions {
  readonly store: Store;
  /** Summary length in words for /summarize when the request gives none. Default 120; 10 to 2000. */
  readonly words?: number;
  /** Largest request body accepted, in bytes. Default 16 MiB. */
  readonly maxBodyBytes?: number;
}

export const APP_DEFAULTS = { words: 120, maxBodyBytes: 16 * 2 ** 20 } as const;

export interface App {
  fetch(request: Request): Promise<Response>;
}

type Handler = (request: Request, url: URL, params: readonly string[]) => Promise<Response>;

/** An article of a posted list that was not accepted, by its index in the list. */
interface Rejection {
  readonly index: number;
  readonly code: string;
  readonly detail: string;
}

export function createApp(options: AppOptions): App {
  const o = { ...APP_DEFAULTS, ...options };
  const latestDigest = latestDigestReader(o.store, { words: o.words, analysis: true });
  let fontCss: string | null | undefined;

  const tooLarge = (): Response => problem(413, 'too-large', `the body is larger than ${o.maxBodyBytes} bytes`);
  /** The request body, counted as it arrives: one sent without a length (chunked) is refused as soon as it passes the limit. */
  const body = async (request: Request): Promise<Uint8Array | Response> => {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > o.maxBodyBytes) return tooLarge();
    if (request.body === null) return new Uint8Array(0);
    const parts: Uint8Array[] = [];
    let size = 0;
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      if (size > o.maxBodyBytes) {
        await reader.cancel();
        return tooLarge();
      }
      parts.push(chunk.value);
    }
    return Buffer.concat(parts, size);
  };

  /** The digest a request asks for: the latest run's, or with `?since=` another window of it; a bad window is a 400. */
  const asked = async (url: URL): Promise<LatestDigest | null | Response> => {
    const value = url.searchParams.get('since');
    if (value === null) return latestDigest();
    const since = parseSince(value, Date.now());
    return since.ok ? latestDigest(since.since) : problem(400, 'malformed', `since ${since.error}`);
  };

  const reader: Handler = async (_req, url) => {
    const latest = await asked(url);
    if (latest instanceof Response) return latest;
    if (latest === null) return noDigestPage();
    fontCss ??= arabicFontCss();
    return new Response(renderHtml(latest.digest, latest.sources, { fontCss }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
  };

  const digestJson: Handler = async (_req, url) => {
    const latest = await asked(url);
    if (latest instanceof Response) return latest;
    return latest === null ? problem(404, 'no-digest', 'the store holds no finished digest run yet') : json(latest.digest);
  };

  const story: Handler = async (_req, url, [id]) => {
    const latest = await asked(url);
    if (latest instanceof Response) return latest;
    const found = latest?.digest.stories.find((s) => s.id === id);
    if (!latest || !found) return problem(404, 'no-such-story', `no story ${id ?? ''} in the latest digest`);
    const members = new Set<string>(found.documents);
    return json({ story: found, sources: latest.sources.filter((s) => members.has(s.id)) });
  };

  const clean: Handler = async (request, url) => {
    let bytes = await body(request);
    if (bytes instanceof Response) return bytes;
    let name = url.searchParams.get('name');
    const contentType = request.headers.get('content-type');
    if (contentType !== null && isMultipart(contentType)) {
      const upload = await firstUpload(bytes, contentType);
      if (typeof upload === 'string') return problem(400, 'malformed', `${upload}: send the article as a file field, or as the body itself`);
      bytes = upload.bytes;
      name ??= upload.name;
    } else if (contentType !== null) {
      bytes = urlEncodedField(bytes, contentType) ?? bytes;
    }
    const outcome = cleanBytes(name ?? 'request', bytes);
    return outcome.kind === 'ok' ? json(outcome.document) : rejected(outcome.code, outcome.detail);
  };

  /**
   * The JSON body of /summarize and /analyze: `{ "articles": [...], ...rest }`, each article cleaned
   * (the rejected ones listed by index), or the response that refuses the request.
   */
  const postedArticles = async (request: Request): Promise<Response | { readonly input: Record<string, unknown>; readonly docs: CleanDocument[]; readonly rejections: Rejection[] }> => {
    const wrongType = notJson(request.headers.get('content-type'));
    if (wrongType !== null) {
      const refused = rejected('unsupported', wrongType);
      // What this route takes (the Accept-Post field of W3C LDP; RFC 9110 leaves 415's hint to the server).
      refused.headers.set('accept-post', 'application/json');
      return refused;
    }
    const bytes = await body(request);
    if (bytes instanceof Response) return bytes;
    let input: unknown;
    try {
      input = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      return problem(400, 'malformed', 'the body is not JSON');
    }
    const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const articles = fields['articles'];
    if (!Array.isArray(articles) || articles.length === 0) return problem(400, 'malformed', 'give a non-empty "articles" array');
    const docs: CleanDocument[] = [];
    const rejections: Rejection[] = [];
    articles.forEach((article, index) => {
      const outcome = cleanBytes(`article-${index}.json`, new TextEncoder().encode(JSON.stringify(article)));
      if (outcome.kind === 'ok') docs.push(outcome.document);
      else rejections.push({ index, code: outcome.code, detail: outcome.detail });
    });
    if (docs.length === 0) return json({ error: { code: 'no-articles', message: 'every article was rejected' }, rejected: rejections }, 422);
    return { input: fields, docs, rejections };
  };

  const summarizeArticles: Handler = async (request) => {
    const posted = await postedArticles(request);
    if (posted instanceof Response) return posted;
    // Absent means the default; `null` or any other non-integer is refused.
    const words = posted.input['words'] === undefined ? o.words : posted.input['words'];
    if (typeof words !== 'number' || !Number.isInteger(words) || words < 10 || words > 2000) {
      return problem(400, 'malformed', '"words" must be an integer from 10 to 2000');
    }
    const { docs, rejections } = posted;
    const result = summarize(docs, { words });
    // An empty summary is a valid answer, but a client should not have to guess why it got one.
    const warnings = result.sentences.length === 0 ? [{ code: 'empty-summary', message: `no summary sentence fits in ${words} words; a larger "words" gives one` }] : [];
    return json({ summary: result.sentences, words: result.words, documents: docs.map((d) => d.id), rejected: rejections, warnings });
  };

  /** The posted articles read as one story: its names, quotes with their speakers, timeline and disagreements. */
  const analyzeArticles: Handler = async (request) => {
    const posted = await postedArticles(request);
    if (posted instanceof Response) return posted;
    const { entities, quotes, timeline, disagreements } = analyzeStory(posted.docs);
    return json({ entities, quotes, timeline, disagreements, documents: posted.docs.map((d) => d.id), rejected: posted.rejections });
  };

  const routes: readonly (readonly [string, RegExp, Handler])[] = [
    ['GET', /^\/$/, reader],
    ['GET', /^\/digest\.json$/, digestJson],
    ['GET', /^\/stories\/([\w-]+)$/, story],
    ['POST', /^\/clean$/, clean],
    ['POST', /^\/summarize$/, summarizeArticles],
    ['POST', /^\/analyze$/, analyzeArticles],
    ['GET', /^\/healthz$/, async () => json({ ok: true })],
    ['GET', /^\/favicon\.ico$/, async () => new Response(null, { status: 204 })],
  ];

  return {
    async fetch(request) {
      const url = new URL(request.url);
      const matching = routes.filter(([, pattern]) => pattern.test(url.pathname));
      if (matching.length === 0) return problem(404, 'not-found', `no route for ${url.pathname}`);
      const route = matching.find(([method]) => method === request.method || (method === 'GET' && request.method === 'HEAD'));
      if (!route) {
        const allowed = [...new Set(matching.flatMap(([method]) => (method === 'GET' ? ['GET', 'HEAD'] : [method])))].join(', ');
        if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow: `${allowed}, OPTIONS` } });
        const response = problem(405, 'method-not-allowed', `${request.method} is not allowed on ${url.pathname} (allowed: ${allowed})`);
        response.headers.set('allow', allowed);
        return response;
      }
      const [, pattern, handler] = route;
      try {
        return await handler(request, url, pattern.exec(url.pathname)!.slice(1));
      } catch (err) {
        return problem(500, 'internal', (err as Error).message);
      }
    },
  };
}
