/** Markup carried by articles (plain text, HTML, JSON lines) never becomes live in index.html. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from './cli.js';
import { liveMarkup } from '../render/live.js';

const BODY = [
  'أعلنت وزارة الصحة في العاصمة اليوم الثلاثاء إطلاق حملة وطنية واسعة للتطعيم ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع المحافظات.',
  'وقال المتحدث باسم الوزارة إن الحملة ستستمر أسبوعين وإن الفرق الطبية ستزور المدارس والمراكز الصحية والأحياء البعيدة.',
  'وأضاف أن الوزارة خصصت ميزانية إضافية لشراء اللقاحات وتدريب مئات الممرضين على إعطائها في ظروف آمنة.',
];

const files: Readonly<Record<string, string>> = {
  'plain.txt': [
    'حملة تطعيم <script>alert("title")</script> واسعة',
    `${BODY[0]} <img src=x onerror="alert(1)">`,
    `${BODY[1]} <a href="javascript:alert(2)" onclick="alert(3)">اضغط هنا</a>`,
    BODY[2],
  ].join('\n'),
  'page.html': `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>تطعيم "><script>alert(4)</script></title>
<meta property="og:url" content="javascript:alert(5)"><script>alert(6)</script></head>
<body onload="alert(7)"><article><h1 onmouseover="alert(8)">الحملة الوطنية للتطعيم</h1>
<p>${BODY[0]}</p><p onclick="alert(9)">${BODY[1]} <a href="javascript:alert(10)">المزيد</a></p>
<p>${BODY[2]} &lt;script&gt;alert(11)&lt;/script&gt;</p><script>alert(12)</script>
<iframe src="javascript:alert(13)"></iframe></article></body></html>`,
  'feed.jsonl': `${JSON.stringify({
    title: '<svg onload=alert(14)>حملة التطعيم',
    text: `${BODY[0]}\n\n${BODY[1]} "><script>alert(15)</script>\n\n${BODY[2]}`,
    url: 'javascript:alert(16)',
    source: '<b onmouseover=alert(17)>منبر</b>',
  })}\n`,
};

describe('escaping, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khulasa-escape-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('produces an index.html in which nothing from the input is live', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(input, name), text);
    const io = memoryIo();
    const code = await main(['digest', input, '--db', join(dir, 'k.sqlite'), '--out', join(dir, 'out')], io);
    expect(code, io.err.join('')).toBeLessThanOrEqual(1);
    const digest = JSON.parse(readFileSync(join(dir, 'out', 'digest.json'), 'utf8')) as { counts: { ok: number } };
    expect(digest.counts.ok).toBeGreaterThan(0);
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(liveMarkup(html)).toEqual([]);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    // The hostile text did reach the page, as text: otherwise this test would prove nothing.
    expect(document.body.textContent).toMatch(/<script>|onerror=|javascript:/);
    const md = readFileSync(join(dir, 'out', 'digest.md'), 'utf8');
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|a |iframe)/m);
  });
});
