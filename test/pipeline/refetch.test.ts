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

  it('replaces its first version in the summary and the analysis when it was edited (same address, a corrected toll)', async () => {
    const fire = (dead: string): string[] => [
      `لقي ${dead} أشخاص حتفهم في حريق شب فجر الثلاثاء في مستودع للأخشاب بالمنطقة الصناعية شمال المدينة، وفق ما أعلنه الدفاع المدني.`,
      'وقال مدير الدفاع المدني العقيد سامر الحلبي إن فرق الإطفاء احتاجت أربع ساعات للسيطرة على النيران التي امتدت إلى ورشتين مجاورتين.',
      'وأضاف أن التحقيقات الأولية تشير إلى تماس كهربائي في لوحة التوزيع الرئيسية، وأن النيابة العامة فتحت تحقيقا في ظروف الحادث.',
      'وأغلقت الشرطة الطرق المؤدية إلى المنطقة الصناعية طوال الصباح، فيما نقل المصابون إلى مستشفى المدينة الحكومي لتلقي العلاج.',
    ];
    const edition = (dead: string): string =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>صحيفة الأفق</title><item><title>حريق في المنطقة الصناعية</title><link>https://ufuq.example/news/fire</link><content:encoded><![CDATA[${fire(dead).map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item></channel></rss>`;
    const db = join(dir, 'edited.sqlite');
    const input = join(dir, 'edited');
    mkdirSync(input);
    writeFileSync(join(input, 'ufuq.rss'), edition('ثلاثة'));
    const first = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T08:00:00.000Z' });
    const original = first.digest.documents[0]!;
    writeFileSync(join(input, 'ufuq.rss'), edition('خمسة'));
    const r = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T09:00:00.000Z' });
    expect(r.digest.counts).toMatchObject({ documents: 2, ok: 1, duplicate: 1, stories: 1 });
    const update = r.digest.documents.find((d) => d.id !== original.id)!;
    expect(update).toMatchObject({ status: 'duplicate', reason: 'near', duplicateOf: original.id, url: original.url });
    expect(r.digest.documents.find((d) => d.id === original.id)?.supersededBy).toBe(update.id);
    const story = r.digest.stories[0]!;
    expect(story.independentReports).toBe(1);
    expect(story.summary.flatMap((x) => x.sources.map((ref) => ref.document))).toContain(update.id);
    expect(story.summary.flatMap((x) => x.sources.map((ref) => ref.document))).not.toContain(original.id);
    expect(story.summary.map((x) => x.text).join(' ')).toContain('خمسة');
    // The outlet does not disagree with itself: its first toll is gone with its first version.
    expect(story.disagreements).toEqual([]);
    expect(story.quotes.flatMap((q) => q.documents)).not.toContain(original.id);
    expect(story.quotes.length).toBeGreaterThan(0);
    expect(r.outputs).toMatchObject({ summarized: 1, analyzed: 1 });
  });
});
