/** An empty summary from `POST /summarize` (nothing fits the budget) says so in the body, as the command line says it on stderr. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/index.js';
import { openSqliteStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-http-summarize-'));
const store = openSqliteStore(join(dir, 'store.sqlite'));
const app = createApp({ store });
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = [
  'بلدية صفاقس تطلق مشروعا لتجديد شبكة الإنارة العمومية',
  'أطلقت بلدية صفاقس صباح اليوم الاثنين مشروعا لتجديد شبكة الإنارة العمومية في الأحياء الشمالية للمدينة بكلفة تقارب ثلاثة ملايين دينار.',
  'وقال رئيس البلدية في ندوة صحفية إن المشروع يشمل تركيب ثمانية آلاف مصباح موفر للطاقة خلال ستة أشهر.',
  'وأضاف أن المشروع سيخفض فاتورة الكهرباء للبلدية بنحو الثلث ابتداء من العام المقبل.',
].join('\n');

/** Two sentences of over thirty words with no comma: no sentence, nor a leading clause of one, fits in ten words. */
const LONG_SENTENCES = [
  'أعلنت الهيئة الوطنية للأرصاد الجوية في بيان أصدرته مساء اليوم الثلاثاء عن توقعات بهطول أمطار غزيرة',
  'مصحوبة برياح قوية وتساقط حبات البرد على المرتفعات الغربية والوسطى والجنوبية من البلاد ابتداء من صباح',
  'يوم الخميس المقبل وحتى نهاية الأسبوع مع انخفاض ملموس في درجات الحرارة قد يبلغ عشر درجات في بعض المناطق الجبلية.',
  'ودعت الهيئة المواطنين وسائقي المركبات على الطرق الجبلية والصحراوية إلى توخي الحذر الشديد ومتابعة النشرات الجوية',
  'التي تصدرها تباعا وتجنب الاقتراب من مجاري الأودية والسيول خلال فترة الاضطراب الجوي المتوقعة طوال الأيام الثلاثة المقبلة.',
].join(' ');

const body = JSON.stringify({ articles: [{ text: ARTICLE }], words: 40 });

const postWith = (contentType: string | null, text = body): Promise<Response> => {
  const headers = new Headers();
  if (contentType !== null) headers.set('content-type', contentType);
  // A Uint8Array body carries no type of its own (a string would add text/plain).
  return app.fetch(new Request('http://khulasa.test/summarize', { method: 'POST', body: new TextEncoder().encode(text), headers }));
};

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
