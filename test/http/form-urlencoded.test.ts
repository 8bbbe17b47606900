/**
 * POST /clean with a URL-encoded form (`curl --data-urlencode text@article.txt`, an HTML form without
 * enctype): the field's value is the article. Read as the body itself, the percent escapes made an
 * Arabic article "0% Arabic" (not-arabic). A body sent raw under the same type (`curl --data-binary
 * @page.html` declares it too) is still read as it is.
 */
import { describe, expect, it } from 'vitest';
import { tempApp } from '../support/temp-app.js';

const app = tempApp('urlencoded');

const TITLE = 'تدشين خط جديد للحافلات الكهربائية في المدينة';
const PARAGRAPHS = [
  'دشنت هيئة النقل العام صباح اليوم خطا جديدا للحافلات الكهربائية يربط محطة القطار بالمستشفى الجامعي مرورا بوسط المدينة.',
  'وقال مدير الهيئة إن الخط يضم عشر حافلات تعمل من السادسة صباحا حتى منتصف الليل، بمعدل حافلة كل ربع ساعة.',
  'وأضاف أن الهيئة تعتزم تحويل نصف أسطولها إلى حافلات كهربائية خلال ثلاث سنوات للحد من تلوث الهواء في الأحياء المزدحمة.',
];
const ARTICLE = [TITLE, ...PARAGRAPHS].join('\n');
const FORM = 'application/x-www-form-urlencoded';

const post = (body: string, contentType: string, query = ''): Promise<Response> =>
  app.fetch(new Request(`http://khulasa.test/clean${query}`, { method: 'POST', body: new TextEncoder().encode(body), headers: { 'content-type': contentType } }));

describe('POST /clean with a URL-encoded form', () => {
  it('cleans the value of its field, line breaks and all', async () => {
    const response = await post(new URLSearchParams({ text: ARTICLE }).toString(), FORM);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { title: string; paragraphs: string[] };
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes the first field when there are several, with the charset parameter given', async () => {
    const response = await post(`${new URLSearchParams({ article: ARTICLE, lang: 'ar' }).toString()}`, `${FORM}; charset=UTF-8`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { title: string }).title).toBe(TITLE);
  });

  it('still reads a raw body declared with the form type (curl --data-binary): text and HTML', async () => {
    const text = await post(ARTICLE, FORM);
    expect(text.status).toBe(200);
    expect(((await text.json()) as { paragraphs: string[] }).paragraphs).toEqual(PARAGRAPHS);
    const page = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const html = await post(page, FORM, '?name=bus.html');
    expect(html.status).toBe(200);
    expect(((await html.json()) as { paragraphs: string[] }).paragraphs).toEqual(PARAGRAPHS);
  });
});
