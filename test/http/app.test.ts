import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/http/index.js';
import { defaultStages, ingestToStore, runDigest } from '../../src/pipeline/index.js';
import { openSqliteStore, type Store } from '../../src/store/index.js';

const ARTICLE_A = [
  'وزير الري يفتتح محطة جديدة لتحلية المياه في العقبة',
  'افتتح وزير المياه والري محطة جديدة لتحلية مياه البحر في مدينة العقبة صباح اليوم الأحد، بطاقة تبلغ خمسين ألف متر مكعب يوميا.',
  'وقال الوزير في كلمة خلال حفل الافتتاح إن "المحطة ستغطي حاجة المدينة من مياه الشرب حتى عام 2035".',
  'وأضاف أن الحكومة تعمل على مشروع أكبر لنقل المياه المحلاة إلى العاصمة عمان خلال السنوات المقبلة.',
  'وبلغت كلفة المحطة نحو مئة وعشرين مليون دولار، مولتها الحكومة بالشراكة مع القطاع الخاص.',
].join('\n');

const ARTICLE_B = [
  'افتتاح محطة لتحلية مياه البحر في العقبة بكلفة 120 مليون دولار',
  'دشنت الحكومة اليوم الأحد محطة لتحلية مياه البحر في العقبة، في خطوة تهدف إلى تخفيف أزمة المياه في جنوب المملكة.',
  'وأوضح وزير المياه والري أن المحطة ستنتج خمسين ألف متر مكعب يوميا، وأن العمل جار على مشروع الناقل الوطني.',
  'وتعاني المملكة من شح كبير في الموارد المائية، إذ تصنف بين أفقر دول العالم مائيا.',
].join('\n');

const post = (app: App, path: string, body: string | Uint8Array): Promise<Response> => app.fetch(new Request(`http://khulasa.test${path}`, { method: 'POST', body }));
/** `/summarize` takes JSON: a string body alone would be declared text/plain (refused with 415). */
const postJson = (app: App, path: string, body: string): Promise<Response> =>
  app.fetch(new Request(`http://khulasa.test${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
const get = (app: App, path: string): Promise<Response> => app.fetch(new Request(`http://khulasa.test${path}`));

describe('the HTTP app', () => {
  let dir: string;
  let store: Store;
  let app: App;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khulasa-http-'));
    store = openSqliteStore(join(dir, 'store.sqlite'));
    app = createApp({ store });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers liveness and unknown routes with coded errors', async () => {
    expect((await get(app, '/healthz')).status).toBe(200);
    const missing = await get(app, '/nowhere');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    expect((await app.fetch(new Request('http://khulasa.test/clean'))).status).toBe(405);
  });

  it('answers a wrong method with 405 and the methods the path allows', async () => {
    const r = await app.fetch(new Request('http://khulasa.test/clean'));
    expect(r.headers.get('allow')).toBe('POST');
    const root = await app.fetch(new Request('http://khulasa.test/', { method: 'DELETE' }));
    expect(root.status).toBe(405);
    expect(root.headers.get('allow')).toBe('GET, HEAD');
    expect(((await root.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
  });

  it('answers the browser icon request without an error', async () => {
    expect((await get(app, '/favicon.ico')).status).toBe(204);
  });

  it('says there is no digest before the first run: a page for the reader, JSON for the API', async () => {
    const r = await get(app, '/');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await r.text();
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page).toContain('no-digest');
    expect(page).toContain('khulasa digest');
    const api = await get(app, '/digest.json');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('no-digest');
  });

  it('cleans one article and rejects binary bytes with a reason code', async () => {
    const ok = await post(app, '/clean?name=a.txt', ARTICLE_A);
    expect(ok.status).toBe(200);
    const doc = (await ok.json()) as { title: string; paragraphs: string[] };
    expect(doc.title).toContain('محطة');
    expect(doc.paragraphs.join('\n')).toContain('خمسين ألف متر مكعب');
    const bad = await post(app, '/clean?name=x.txt', new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8, 0, 0, 1, 2, 3, 4, 5, 6]));
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('binary');
  });

  it('refuses a file whose name gives a format khulasa does not read, as the command line does', async () => {
    const pdf = await post(app, '/clean?name=scan.pdf', ARTICLE_A);
    expect(pdf.status).toBe(415);
    const error = ((await pdf.json()) as { error: { code: string; detail?: string; message?: string } }).error;
    expect(error.code).toBe('unsupported');
    expect(JSON.stringify(error)).toContain('a PDF document');
  });

  it('summarizes posted articles with citations and refuses malformed requests', async () => {
    const r = await postJson(app, '/summarize', JSON.stringify({ articles: [{ text: ARTICLE_A }, { text: ARTICLE_B }], words: 60 }));
    expect(r.status).toBe(200);
    const body = (await r.json()) as { summary: { text: string; sources: { document: string }[] }[]; words: number; documents: string[] };
    expect(body.summary.length).toBeGreaterThan(0);
    expect(body.words).toBeLessThanOrEqual(60);
    for (const s of body.summary) expect(body.documents).toContain(s.sources[0]!.document);
    expect((await postJson(app, '/summarize', '{"articles": []}')).status).toBe(400);
    expect((await postJson(app, '/summarize', 'not json')).status).toBe(400);
    expect((await postJson(app, '/summarize', JSON.stringify({ articles: [{ text: ARTICLE_A }], words: null }))).status).toBe(400);
  });

  it('analyzes posted articles as one story: names, quotes with their speakers across the articles', async () => {
    const quoted = `${ARTICLE_B}\nوقال وزير المياه والري رائد أبو السعود في كلمة خلال حفل الافتتاح: «المحطة ستغطي حاجة المدينة من مياه الشرب حتى عام 2035».`;
    const r = await postJson(app, '/analyze', JSON.stringify({ articles: [{ text: quoted, outlet: 'الأولى' }, { text: ARTICLE_B, outlet: 'الثانية' }, { text: 'قصير' }] }));
    expect(r.status).toBe(200);
    const body = (await r.json()) as {
      entities: { name: string; type: string }[];
      quotes: { speaker: string | null; text: string; documents: string[] }[];
      timeline: unknown[];
      disagreements: unknown[];
      documents: string[];
      rejected: { index: number; code: string }[];
    };
    expect(body.entities).toContainEqual(expect.objectContaining({ name: 'العقبة', type: 'place' }));
    expect(body.quotes).toContainEqual(expect.objectContaining({ speaker: 'رائد أبو السعود', text: 'المحطة ستغطي حاجة المدينة من مياه الشرب حتى عام 2035' }));
    expect(body.quotes.find((q) => q.text.startsWith('المحطة ستغطي'))?.documents).toEqual(body.documents.slice(0, 1));
    // The other article says only "the minister"; the first names him with the same title.
    expect(body.quotes.find((q) => q.text.startsWith('المحطة ستنتج'))).toMatchObject({ speaker: 'رائد أبو السعود', documents: body.documents });
    expect(body.documents).toHaveLength(2);
    expect(body.rejected).toEqual([{ index: 2, code: 'too-short', detail: expect.any(String) as unknown }]);
    expect(Array.isArray(body.timeline) && Array.isArray(body.disagreements)).toBe(true);
    expect((await postJson(app, '/analyze', '{"articles": {}}')).status).toBe(400);
    expect((await post(app, '/analyze', JSON.stringify({ articles: [{ text: ARTICLE_A }] }))).status).toBe(415);
    expect((await postJson(app, '/analyze', JSON.stringify({ articles: [{ text: 'قصير' }] }))).status).toBe(422);
  });

  it('serves the latest digest as a page, as JSON and story by story', async () => {
    const examples = join(import.meta.dirname, '..', '..', 'examples');
    await runDigest([examples], { store, stages: defaultStages(), clock: () => '2026-11-21T00:00:00.000Z' });
    const page = await get(app, '/');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html[^>]*dir="rtl"/);
    const digest = (await (await get(app, '/digest.json')).json()) as { version: number; stories: { id: string; documents: string[] }[] };
    expect(digest.version).toBe(1);
    const first = digest.stories[0]!;
    const one = (await (await get(app, `/stories/${first.id}`)).json()) as { story: { id: string }; sources: { id: string }[] };
    expect(one.story.id).toBe(first.id);
    expect(one.sources.map((s) => s.id).sort()).toEqual(expect.arrayContaining([first.documents[0]]));
    expect((await get(app, '/stories/nope')).status).toBe(404);

    await runDigest([examples], { store, stages: defaultStages(), clock: () => '2026-11-22T00:00:00.000Z' });
    const next = (await (await get(app, '/digest.json')).json()) as { run: { number: number } };
    expect(next.run.number).toBe(2);
  });

  it('answers ?since= with that window of the latest digest, and a bad window with a 400', async () => {
    const examples = join(import.meta.dirname, '..', '..', 'examples');
    await runDigest([examples], { store, stages: defaultStages(), clock: () => '2026-11-19T06:00:00.000Z' });
    type Shown = { run: { since?: string }; stories: { id: string; documents: string[] }[]; documents: { id: string; published: string | null }[] };
    const all = (await (await get(app, '/digest.json')).json()) as Shown;
    const recent = (await (await get(app, '/digest.json?since=2026-11-19')).json()) as Shown;
    expect(all.run.since).toBeUndefined();
    expect(recent.run.since).toBe('2026-11-19T00:00:00.000Z');
    expect(recent.stories.length).toBeGreaterThan(0);
    expect(recent.stories.length).toBeLessThan(all.stories.length);
    const published = new Map(recent.documents.map((d) => [d.id, d.published]));
    for (const s of recent.stories) expect(s.documents.some((id) => (published.get(id) ?? '9999').slice(0, 10) >= '2026-11-19')).toBe(true);
    const gone = all.stories.find((s) => !recent.stories.some((r) => r.id === s.id))!;
    expect((await get(app, `/stories/${gone.id}?since=2026-11-19`)).status).toBe(404);
    expect((await get(app, `/stories/${gone.id}`)).status).toBe(200);
    const bad = await get(app, '/?since=yesterday');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'malformed', message: expect.stringContaining('since takes a date') });
  });
});

describe('the digest the reader serves', () => {
  it('is the latest digest run, with the summary length and time window that run used, whatever was ingested after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khulasa-http-run-'));
    const store = openSqliteStore(join(dir, 'store.sqlite'));
    try {
      mkdirSync(join(dir, 'in'));
      writeFileSync(join(dir, 'in', 'a.txt'), ARTICLE_A);
      writeFileSync(join(dir, 'b.txt'), ARTICLE_B);
      await runDigest([join(dir, 'in')], { store, words: 60, since: '2026-11-20', stages: defaultStages(), clock: () => '2026-11-21T00:00:00.000Z' });
      await ingestToStore([join(dir, 'b.txt')], store, { stages: defaultStages(), clock: () => '2026-11-21T01:00:00.000Z' });
      const app = createApp({ store, words: 120 });
      const digest = (await (await get(app, '/digest.json')).json()) as { run: { number: number; words: number } };
      expect(digest.run).toEqual({ number: 1, startedAt: '2026-11-21T00:00:00.000Z', words: 60, since: '2026-11-20' });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('src/http', () => {
  it('exports only its public names', async () => {
    expect(Object.keys(await import('../../src/http/index.js')).sort()).toEqual(['APP_DEFAULTS', 'createApp', 'listen']);
  });
});
