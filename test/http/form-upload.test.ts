/** POST /clean with a file from an upload form (`curl -F file=@page.html`, a browser form): the file is the article, not the form's envelope. */
import { describe, expect, it } from 'vitest';
import { tempApp } from '../support/temp-app.js';

const app = tempApp('form');

const TITLE = 'افتتاح مكتبة عامة جديدة في وسط المدينة';
const PARAGRAPHS = [
  'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من خمسين ألف كتاب وقاعة للمطالعة تتسع لمئتي قارئ.',
  'وقال رئيس البلدية في كلمة الافتتاح إن المكتبة ستفتح أبوابها طوال أيام الأسبوع، وإن الاشتراك فيها مجاني لطلاب المدارس والجامعات.',
  'وأضاف أن المبنى يضم أيضا قسما خاصا بكتب الأطفال وقاعة للحاسوب، وأن البلدية تخطط لافتتاح فرعين آخرين في الأحياء الشمالية العام المقبل.',
];
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const postForm = (form: FormData, query = ''): Promise<Response> => app.fetch(new Request(`http://khulasa.test/clean${query}`, { method: 'POST', body: form }));

describe('POST /clean with a form upload', () => {
  it('cleans the uploaded file, its type taken from the file name', async () => {
    const form = new FormData();
    form.append('file', new Blob([PAGE], { type: 'text/html' }), 'library.html');
    const response = await postForm(form);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { title: string; paragraphs: string[] };
    expect(doc.title).toBe(TITLE);
    expect(doc.paragraphs).toEqual(PARAGRAPHS);
  });

  it('answers malformed for a form that holds no field', async () => {
    const response = await postForm(new FormData());
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('malformed');
  });
});
