/** Copies of one article are one article to furniture learning: its lines recur because it does, not because the outlet's template does. */
import { describe, expect, it } from 'vitest';
import { cleanText, learnOutletFurniture } from '../../src/ingest/index.js';

const ARTICLE = [
  'وصلت إلى الميناء صباح اليوم سفينة محملة بعشرين ألف طن من القمح المستورد لتعزيز المخزون الاستراتيجي.',
  'وقال مدير الميناء إن تفريغ الشحنة سيستغرق أربعة أيام، وإن الصوامع جاهزة لاستقبالها.',
  'وأضاف أن شحنة ثانية من الذرة ستصل قبل نهاية الشهر الجاري.',
].join('\n');
const OTHER = 'افتتحت البلدية حديقة عامة جديدة في الحي الشرقي تضم ملاعب للأطفال ومسارا للمشي.';

const copy = (n: number) => cleanText(ARTICLE, { outlet: 'الميناء اليوم' }, { path: `copy-${n}.txt` });

describe('learnOutletFurniture and copies of one article', () => {
  it('never learns an article from its own copies: three saved copies keep their text', () => {
    const docs = [copy(1), copy(2), copy(3), cleanText(OTHER, { outlet: 'الميناء اليوم' }, { path: 'other.txt' })];
    const out = learnOutletFurniture(docs);
    expect(out.map((d) => d.text)).toEqual(docs.map((d) => d.text));
  });

  it('still learns a line that recurs across different articles, however many copies one of them has', () => {
    const slogan = 'الميناء اليوم: صحيفة المدينة الأولى منذ عام 1985.';
    const bodies = ['يبدأ غدا موسم قطف الزيتون في قرى المحافظة الجنوبية.', 'ارتفعت أسعار الخضار في السوق المركزي بنسبة عشرة في المئة.', OTHER];
    const docs = [...bodies, bodies[0]!].map((b, i) => cleanText(`${b}\n${slogan}`, { outlet: 'الميناء اليوم' }, { path: `d${i}.txt` }));
    const out = learnOutletFurniture(docs);
    expect(out.every((d) => !d.paragraphs.includes(slogan))).toBe(true);
  });
});
