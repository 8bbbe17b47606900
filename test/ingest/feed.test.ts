import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../src/core/index.js';
import { cleanBytes, ingestPaths } from '../../src/ingest/index.js';

const PARAGRAPHS = [
  'قررت بلدية المدينة إغلاق السوق المركزي القديم لمدة أسبوعين ابتداء من صباح الأحد لإجراء أعمال صيانة عاجلة في سقفه المتضرر من الأمطار الأخيرة.',
  'وقال رئيس البلدية في تصريح للصحافيين إن التجار سينقلون مؤقتا إلى ساحة مجاورة جهزت بمظلات وإنارة، وإن البلدية تحملت كلفة النقل كاملة.',
  'وأبدى عدد من التجار قلقهم من تراجع المبيعات خلال فترة الإغلاق، مطالبين بتخفيض رسوم الإشغال عن الشهر الجاري تعويضا عن الخسائر المتوقعة.',
];
const body = (n: number): string => [...PARAGRAPHS, `وأضاف أن الورشة رقم ${n} ستعمل ليلا ونهارا لإنهاء الأعمال في موعدها.`].map((p) => `<p>${p}</p>`).join('');

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>صحيفة الأفق</title><link>https://ufuq.example</link>
<item><title>إغلاق السوق المركزي أسبوعين</title><link>https://ufuq.example/a/1</link><pubDate>Fri, 20 Nov 2026 06:00:00 +0300</pubDate><dc:creator>مراسل الأفق</dc:creator>
<description>ملخص قصير</description><content:encoded><![CDATA[${body(1)}]]></content:encoded></item>
<item><title>تجار السوق يطالبون بتخفيض الرسوم</title><link>https://ufuq.example/a/2</link><pubDate>Sat, 21 Nov 2026 09:30:00 GMT</pubDate>
<description>${body(2).replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description></item>
<item><title>خبر قصير</title><link>https://ufuq.example/a/3</link><description>سطر واحد فقط.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع الساحل</title>
<entry><title>السوق المركزي يغلق للصيانة</title><link rel="alternate" href="https://sahil.example/n/7"/><link rel="edit" href="https://sahil.example/edit/7"/>
<published>2026-11-20T05:40:00Z</published><author><name>أسرة التحرير</name></author><content type="html">${body(3).replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

async function all(paths: readonly string[]): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const o of ingestPaths(paths)) out.push(o);
  return out;
}

describe('RSS and Atom feeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-feed-'));

  it('reads every item of an RSS feed as an article, with its title, link, date, author and the channel as outlet', async () => {
    writeFileSync(join(dir, 'ufuq.rss'), RSS);
    const out = await all([join(dir, 'ufuq.rss')]);
    expect(out.map((o) => [o.path.replace(/^.*[/\\]/, ''), o.kind === 'ok' ? 'ok' : o.code])).toEqual([
      ['ufuq.rss#1', 'ok'],
      ['ufuq.rss#2', 'ok'],
      ['ufuq.rss#3', 'too-short'],
    ]);
    const [first, second] = out.map((o) => (o.kind === 'ok' ? o.document : null));
    expect(first).toMatchObject({ title: 'إغلاق السوق المركزي أسبوعين', url: 'https://ufuq.example/a/1', published: '2026-11-20T06:00:00+03:00', outlet: 'صحيفة الأفق' });
    expect(first?.paragraphs[0]).toBe(PARAGRAPHS[0]);
    expect(first?.text).not.toContain('ملخص قصير');
    expect(second).toMatchObject({ published: '2026-11-21T09:30:00Z', outlet: 'صحيفة الأفق' });
    expect(second?.paragraphs).toHaveLength(4);
  });

  it('keeps an RSS date in the zone the outlet wrote it, so an item from just after midnight stays on its own day', async () => {
    const late = RSS.replace('Fri, 20 Nov 2026 06:00:00 +0300', 'Sun, 22 Nov 2026 01:30:00 +0300').replace('Sat, 21 Nov 2026 09:30:00 GMT', 'Sat, 21 Nov 26 22:15 EST');
    writeFileSync(join(dir, 'late.rss'), late);
    const out = await all([join(dir, 'late.rss')]);
    expect(out.slice(0, 2).map((o) => (o.kind === 'ok' ? o.document.published : o.code))).toEqual(['2026-11-22T01:30:00+03:00', '2026-11-21T22:15:00-05:00']);
  });

  it('reads an Atom feed by content, gzip-compressed and named .xml, taking the alternate link', async () => {
    writeFileSync(join(dir, 'sahil.xml.gz'), gzipSync(ATOM));
    const [entry] = await all([join(dir, 'sahil.xml.gz')]);
    expect(entry).toMatchObject({ kind: 'ok', path: expect.stringMatching(/sahil\.xml\.gz#1$/) });
    expect(entry?.kind === 'ok' && entry.document).toMatchObject({ title: 'السوق المركزي يغلق للصيانة', url: 'https://sahil.example/n/7', published: '2026-11-20T05:40:00Z', outlet: 'موقع الساحل' });
  });

  it('refuses an XML file that is no feed, and says a feed with no item is empty', async () => {
    writeFileSync(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>');
    writeFileSync(join(dir, 'none.rss'), '<rss version="2.0"><channel><title>فارغ</title></channel></rss>');
    const out = await all([join(dir, 'sitemap.xml'), join(dir, 'none.rss')]);
    expect(out.map((o) => (o.kind === 'ok' ? 'ok' : `${o.code}: ${o.detail}`))).toEqual(['unsupported: an XML file that is not an RSS or Atom feed', 'empty: the feed holds no item']);
  });

  it('says an item with a headline and no text, or a feed cut off inside one, is empty, naming the elements it looked for', async () => {
    writeFileSync(join(dir, 'headlines.rss'), '<rss version="2.0"><channel><title>عناوين</title><item><title>عنوان فقط</title><link>https://x.example/1</link></item><item><title>خبر مقطوع');
    const out = await all([join(dir, 'headlines.rss')]);
    expect(out.map((o) => (o.kind === 'ok' ? 'ok' : `${o.path.replace(/^.*\//, '')} ${o.code}: ${o.detail}`))).toEqual([
      'headlines.rss#1 empty: the feed item has no text (no content, description or summary element)',
      'headlines.rss#2 empty: the feed item has no text (no content, description or summary element)',
    ]);
  });

  it('takes a feed without a name by its content, and tells a one-article reader to read it as a pile', async () => {
    const stdinLike = cleanBytes('request', new TextEncoder().encode(RSS));
    expect(stdinLike).toMatchObject({ kind: 'rejected', code: 'unsupported' });
  });
});
