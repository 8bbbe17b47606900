import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultStages, runDigest } from '../../src/pipeline/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-refetch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORIES: Readonly<Record<string, readonly string[]>> = {
  a: [
    'افتتحت وزارة النقل صباح الاثنين الطريق الدائري الجديد حول المدينة بطول أربعين كيلومترا بعد ثلاث سنوات من الأعمال المتواصلة.',
    'وقال وزير النقل في حفل الافتتاح إن الطريق سيخفف الازدحام في وسط المدينة ويختصر زمن الرحلة بين الضاحيتين إلى النصف.',
    'وأشار إلى أن كلفة المشروع بلغت مئة وعشرين مليون دينار مولت من موازنة الدولة وقرض ميسر من صندوق إقليمي للتنمية.',
  ],
  b: [
    'أعلنت هيئة الأرصاد الجوية أن موجة برد قارس ستضرب المناطق الجبلية نهاية الأسبوع مع تساقط للثلوج على المرتفعات العالية.',
    'ودعت الهيئة السائقين إلى تجنب الطرق الجبلية ليلا وإلى التزود بسلاسل الإطارات، محذرة من تشكل الجليد على الجسور.',
    'وقال مسؤول في الدفاع المدني إن فرق الطوارئ وضعت في حالة تأهب قصوى في القرى المعرضة لانقطاع الطرق.',
  ],
  c: [
    'قررت جامعة المدينة تأجيل امتحانات نهاية الفصل أسبوعا كاملا بسبب أعمال صيانة طارئة في مبنى القاعات الرئيسي.',
    'وقال رئيس الجامعة في بيان إن الطلبة سيبلغون بالجدول الجديد عبر البوابة الإلكترونية قبل نهاية الأسبوع الجاري.',
    'وأبدى عدد من الطلبة ارتياحهم للقرار، فيما اشتكى آخرون من تضارب المواعيد الجديدة مع فترة التدريب الميداني.',
  ],
};
const item = (k: string): string =>
  `<item><title>خبر ${k}</title><link>https://ufuq.example/news/${k}</link><content:encoded><![CDATA[${STORIES[k]!.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`;
const feed = (...keys: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>صحيفة الأفق</title>${keys.map(item).join('')}</channel></rss>`;

describe('an article fetched again', () => {
  it('is the stored article, not a copy of it, when its text and address are the same (a feed read every hour)', async () => {
    const db = join(dir, 'k.sqlite');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'ufuq.rss'), feed('a', 'b'));
    await runDigest([join(dir, 'in')], { db, stages: defaultStages(), analysis: false, clock: () => '2026-11-22T08:00:00.000Z' });
    // The next fetch: a new item first, so the old one moved from #1 to #2.
    writeFileSync(join(dir, 'in', 'ufuq.rss'), feed('c', 'a'));
    const r = await runDigest([join(dir, 'in')], { db, stages: defaultStages(), analysis: false, clock: () => '2026-11-22T09:00:00.000Z' });
    expect(r.ingest).toMatchObject({ inputs: 2, added: 1, ok: 2, duplicate: 0 });
    expect(r.digest.counts).toMatchObject({ documents: 3, ok: 3, duplicate: 0 });
    expect(r.digest.documents.map((d) => d.url).sort()).toEqual(['a', 'b', 'c'].map((k) => `https://ufuq.example/news/${k}`));
  });
});
