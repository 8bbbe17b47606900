import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/index.js';
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

/** One feed item at `https://<host>/news/<k>`, a paragraph per string. */
const at = (host: string, k: string, text: readonly string[]): string =>
  `<item><title>خبر</title><link>https://${host}/news/${k}</link><content:encoded><![CDATA[${text.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`;
const rss = (name: string, ...items: string[]): string =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${name}</title>${items.join('')}</channel></rss>`;

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

  it('leaves its first story when it was rewritten into another one (the same address, another text)', async () => {
    const db = join(dir, 'moved.sqlite');
    const input = join(dir, 'moved');
    mkdirSync(input);
    // The page at /news/live first carries story a, then is rewritten with story c's report.
    writeFileSync(join(input, 'ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.a!), at('ufuq.example', 'b', STORIES.b!)));
    const first = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T08:00:00.000Z' });
    expect(first.digest.counts.stories).toBe(2);
    const original = first.digest.documents.find((d) => d.url === 'https://ufuq.example/news/live')!;
    writeFileSync(join(input, 'ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.c!), at('ufuq.example', 'b', STORIES.b!)));
    const r = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T09:00:00.000Z' });
    const latest = r.digest.documents.find((d) => d.url === original.url && d.id !== original.id)!;
    expect(r.digest.documents.find((d) => d.id === original.id)).toMatchObject({ supersededBy: latest.id, story: latest.story });
    // Story a is gone from the digest: its one article now reads as story c.
    expect(r.digest.counts.stories).toBe(2);
    expect(r.digest.stories.map((s) => s.summary.map((x) => x.text).join(' ')).join(' ')).not.toContain('الطريق الدائري');
    expect(r.digest.stories.some((s) => s.documents.includes(latest.id))).toBe(true);
    // The first version is listed in the story its latest version stands in, the story its entry names.
    expect(r.digest.stories.find((s) => s.id === latest.story)!.documents).toContain(original.id);
    expectStoriesListTheirDocuments(r.digest);
  });

  it('stays listed in its first story while another outlet reports that story, its entry naming that story', async () => {
    const db = join(dir, 'moved-reported.sqlite');
    const input = join(dir, 'moved-reported');
    mkdirSync(input);
    writeFileSync(join(input, 'nahar.rss'), rss('صحيفة النهار', at('nahar.example', 'x', STORY_A_RETOLD)));
    writeFileSync(join(input, 'ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.a!)));
    const first = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T08:00:00.000Z' });
    expect(first.digest.stories.map((s) => s.documents.length)).toEqual([2]);
    const original = first.digest.documents.find((d) => d.url === 'https://ufuq.example/news/live')!;
    writeFileSync(join(input, 'ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.c!)));
    const r = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T09:00:00.000Z' });
    const entry = r.digest.documents.find((d) => d.id === original.id)!;
    expect(entry.supersededBy).toBeDefined();
    expect(r.digest.stories.find((s) => s.id === entry.story)!.documents).toContain(original.id);
    expectStoriesListTheirDocuments(r.digest);
  });

  it('stays the report of its first story while another outlet prints a copy of it there', async () => {
    const db = join(dir, 'moved-copied.sqlite');
    const input = join(dir, 'moved-copied');
    mkdirSync(input);
    writeFileSync(join(input, 'a-ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.a!)));
    writeFileSync(join(input, 'b-nahar.rss'), rss('صحيفة النهار', at('nahar.example', 'x', STORIES.a!)));
    const first = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T08:00:00.000Z' });
    const original = first.digest.documents.find((d) => d.url === 'https://ufuq.example/news/live')!;
    expect(first.digest.documents.find((d) => d.url === 'https://nahar.example/news/x')).toMatchObject({ status: 'duplicate', duplicateOf: original.id });
    writeFileSync(join(input, 'a-ufuq.rss'), rss('صحيفة الأفق', at('ufuq.example', 'live', STORIES.c!)));
    const r = await runDigest([input], { db, stages: defaultStages(), clock: () => '2026-11-22T09:00:00.000Z' });
    const storyA = r.digest.stories.find((s) => s.documents.includes(original.id))!;
    expect(storyA).toMatchObject({ independentReports: 1 });
    expect(storyA.summary.map((x) => x.text).join(' ')).toContain('الطريق الدائري');
    expectStoriesListTheirDocuments(r.digest);
  });
});

/** Another outlet's report of story a, in its own words. */
const STORY_A_RETOLD = [
  'دشنت وزارة النقل الاثنين الطريق الدائري الجديد حول المدينة الذي يمتد أربعين كيلومترا بعد أعمال دامت ثلاث سنوات.',
  'وأكد وزير النقل خلال الافتتاح أن الطريق الدائري سيخفف الازدحام في وسط المدينة وسيختصر زمن الرحلة إلى النصف.',
  'وبلغت كلفة الطريق مئة وعشرين مليون دينار من موازنة الدولة ومن قرض صندوق إقليمي للتنمية بحسب الوزير.',
];

/** Every document's `story` is a story of the digest that lists it, and every listed document names that story. */
function expectStoriesListTheirDocuments(digest: Digest): void {
  for (const d of digest.documents) {
    const listing = digest.stories.filter((s) => s.documents.includes(d.id)).map((s) => s.id);
    expect(listing, d.id).toEqual(d.story === undefined ? [] : [d.story]);
  }
}
