/**
 * `POST /summarize` takes JSON only: a body of another declared type (`curl -d` sends a form type, a
 * browser's `fetch` of a string sends text/plain) is refused with 415 instead of being read as JSON.
 * An empty summary (nothing fits the budget) says so in the body, as the command line says it on stderr.
 */
import { describe, expect, it } from 'vitest';
import { tempApp } from '../support/temp-app.js';
import { LONG_SENTENCES } from '../support/long-sentences.js';

const app = tempApp('summarize');

const ARTICLE = [
  'بلدية صفاقس تطلق مشروعا لتجديد شبكة الإنارة العمومية',
  'أطلقت بلدية صفاقس صباح اليوم الاثنين مشروعا لتجديد شبكة الإنارة العمومية في الأحياء الشمالية للمدينة بكلفة تقارب ثلاثة ملايين دينار.',
  'وقال رئيس البلدية في ندوة صحفية إن المشروع يشمل تركيب ثمانية آلاف مصباح موفر للطاقة خلال ستة أشهر.',
  'وأضاف أن المشروع سيخفض فاتورة الكهرباء للبلدية بنحو الثلث ابتداء من العام المقبل.',
].join('\n');

const body = JSON.stringify({ articles: [{ text: ARTICLE }], words: 40 });

const postWith = (contentType: string | null, text = body): Promise<Response> => {
  const headers = new Headers();
  if (contentType !== null) headers.set('content-type', contentType);
  // A Uint8Array body carries no type of its own (a string would add text/plain).
  return app.fetch(new Request('http://khulasa.test/summarize', { method: 'POST', body: new TextEncoder().encode(text), headers }));
};

const errorCode = async (r: Response): Promise<string> => ((await r.json()) as { error: { code: string } }).error.code;

describe('POST /summarize content types', () => {
  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'])(
    'refuses %s with 415 unsupported',
    async (type) => {
      const r = await postWith(type);
      expect(r.status).toBe(415);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.headers.get('accept-post')).toBe('application/json');
      expect(await errorCode(r)).toBe('unsupported');
    },
  );

  it('refuses a JSON body declared in a charset other than UTF-8 (JSON is UTF-8)', async () => {
    const r = await postWith('application/json; charset=windows-1256');
    expect(r.status).toBe(415);
    expect(await errorCode(r)).toBe('unsupported');
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"', 'application/problem+json', null])('accepts %s', async (type) => {
    const r = await postWith(type);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { summary: unknown[] }).summary.length).toBeGreaterThan(0);
  });

  it('still reads the body of an accepted type: broken JSON is 400 malformed', async () => {
    const r = await postWith('application/json', '{"articles": [');
    expect(r.status).toBe(400);
    expect(await errorCode(r)).toBe('malformed');
  });
});

describe('POST /summarize body encoding', () => {
  it('reads a UTF-8 body that starts with a byte order mark (Windows editors write one)', async () => {
    const r = await postWith('application/json', `\uFEFF${body}`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { summary: unknown[] }).summary.length).toBeGreaterThan(0);
  });
});

describe('POST /summarize warnings', () => {
  it('says in the body that nothing fits the word budget, keeping summary and words', async () => {
    const r = await postWith('application/json', JSON.stringify({ articles: [{ text: LONG_SENTENCES }], words: 10 }));
    expect(r.status).toBe(200);
    const answer = (await r.json()) as { summary: unknown[]; words: number; warnings: { code: string; message: string }[] };
    expect(answer.summary).toEqual([]);
    expect(answer.words).toBe(0);
    expect(answer.warnings.map((w) => w.code)).toEqual(['empty-summary']);
    expect(answer.warnings[0]!.message).toMatch(/10 words/);
  });

  it('gives an empty warnings list when the summary is not empty', async () => {
    const answer = (await (await postWith('application/json')).json()) as { summary: unknown[]; warnings: unknown[] };
    expect(answer.summary.length).toBeGreaterThan(0);
    expect(answer.warnings).toEqual([]);
  });
});
