import { mkdtempSync, openSync, writeFileSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestOutcome } from '../../src/core/index.js';
import { ingestPaths, type IngestOptions } from '../../src/ingest/index.js';

const PARAGRAPHS = [
  'أعلنت هيئة الأرصاد الجوية في بيان مساء الجمعة أن موجة حر شديدة ستضرب المناطق الساحلية خلال الأيام الثلاثة المقبلة، مع درجات حرارة قد تتجاوز الأربعين درجة مئوية في بعض المدن.',
  'ودعت الهيئة المواطنين إلى تجنب التعرض المباشر لأشعة الشمس في ساعات الظهيرة، وإلى الإكثار من شرب المياه، مشيرة إلى أن الرطوبة المرتفعة ستزيد الإحساس بالحرارة.',
  'وقال مسؤول في وزارة الكهرباء إن الشبكة مستعدة لارتفاع الطلب، لكنه لم يستبعد انقطاعات قصيرة في ساعات الذروة.',
];
const ARTICLE = PARAGRAPHS.join('\n');
const other = (n: number): string => `${ARTICLE}\nوأضاف المسؤول أن فرق الصيانة رقم ${n} ستعمل على مدار الساعة طوال فترة الموجة.`;
const page = (body: string, head = '<meta charset="utf-8">'): string =>
  `<!doctype html><html><head>${head}<title>موجة حر</title></head><body><nav><a href="/">الرئيسية</a></nav><article>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>جميع الحقوق محفوظة ©</footer></body></html>`;

async function all(paths: readonly string[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const o of ingestPaths(paths, options)) out.push(o);
  return out;
}
const summary = (os: readonly IngestOutcome[]): string[] => os.map((o) => `${o.path.replace(/^.*[/\\]/, '')} ${o.kind === 'ok' ? 'ok' : o.code}`);

function warcRecord(type: string, uri: string, block: Buffer): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-06-01T10:00:00Z\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}
const http = (headers: string, body: Buffer): Buffer => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`, 'latin1'), body]);
const chunked = (b: Buffer): Buffer => Buffer.concat([Buffer.from(`${(b.length - 10).toString(16)}\r\n`), b.subarray(0, b.length - 10), Buffer.from('\r\na\r\n'), b.subarray(b.length - 10), Buffer.from('\r\n0\r\n\r\n')]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'khulasa-ingest-'));
});

describe('ingestPaths', () => {
  it('walks folders recursively in sorted order and accounts for every file', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'z.txt'), other(1));
    writeFileSync(join(root, 'a.html'), page(other(2)));
    writeFileSync(join(root, 'b', 'c', 'm.txt'), other(3));
    writeFileSync(join(root, 'b', 'notes.docx'), 'x');
    const out = await all([root]);
    expect(summary(out)).toEqual(['a.html ok', 'm.txt ok', 'notes.docx unsupported', 'z.txt ok']);
  });

  it('reads a file named twice once, whether named again directly, by another spelling or through its folder', async () => {
    const root = join(dir, 'twice');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'a.txt'), other(4));
    writeFileSync(join(root, 'b.txt'), other(5));
    const out = await all([join(root, 'a.txt'), join(root, '.', 'a.txt'), root, join(root, 'b.txt')]);
    expect(summary(out)).toEqual(['a.txt ok', 'b.txt ok']);
  });

  it('reads JSON lines with common scraper field names, one outcome per line', async () => {
    const file = join(dir, 'feed.jsonl');
    const lines = [
      { title: 'موجة حر', text: other(4), url: 'https://example.org/a', date: '2025-06-01', source: 'الوطن' },
      { headline: 'موجة حر', articleBody: other(5), link: 'https://example.org/b', datePublished: '2025-06-02', site_name: 'الغد' },
      { name: 'موجة حر', content: page(other(6)), published_at: 1748772000, publisher: { name: 'الأيام' } },
      { title: 'no body' },
      'not an object',
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n{broken\n\n`);
    const out = await all([file]);
    expect(summary(out)).toEqual(['feed.jsonl#1 ok', 'feed.jsonl#2 ok', 'feed.jsonl#3 ok', 'feed.jsonl#4 malformed', 'feed.jsonl#5 malformed', 'feed.jsonl#6 malformed']);
    const docs = out.flatMap((o) => (o.kind === 'ok' ? [o.document] : []));
    expect(docs.map((d) => [d.outlet, d.published, d.url])).toEqual([
      ['الوطن', '2025-06-01', 'https://example.org/a'],
      ['الغد', '2025-06-02', 'https://example.org/b'],
      ['الأيام', '2025-06-01T10:00:00.000Z', null],
    ]);
    expect(docs[2]!.paragraphs).not.toContain('الرئيسية');
  });

  it('reads a JSON array file and a single JSON object', async () => {
    writeFileSync(join(dir, 'arr.json'), JSON.stringify([{ text: other(7) }, { body: other(8) }]));
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ content: other(9) }));
    expect(summary(await all([join(dir, 'arr.json'), join(dir, 'one.json')]))).toEqual(['arr.json#1 ok', 'arr.json#2 ok', 'one.json ok']);
  });

  it('streams WARC response records (charset from HTTP, chunked bodies) and reports bad records', async () => {
    const cp1256 = iconv.encode(page(other(10), ''), 'windows-1256');
    const records = [
      warcRecord('warcinfo', '', Buffer.from('software: test\r\n')),
      warcRecord('request', 'https://news.example/1', Buffer.from('GET /1 HTTP/1.1\r\n\r\n')),
      warcRecord('response', 'https://news.example/1', http('Content-Type: text/html; charset=windows-1256', cp1256)),
      Buffer.from('THIS IS NOT A WARC HEADER\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n'),
      warcRecord('response', 'https://news.example/logo.png', http('Content-Type: image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))),
      warcRecord('response', 'https://news.example/2', http('Content-Type: text/html\r\nTransfer-Encoding: chunked', chunked(Buffer.from(page(other(11)))))),
    ];
    writeFileSync(join(dir, 'crawl.warc'), Buffer.concat(records));
    writeFileSync(join(dir, 'crawl2.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))));
    const out = await all([join(dir, 'crawl.warc'), join(dir, 'crawl2.warc.gz')]);
    expect(summary(out)).toEqual([
      'crawl.warc#3 ok',
      'crawl.warc#4 malformed',
      'crawl.warc#5 unsupported',
      'crawl.warc#6 ok',
      'crawl2.warc.gz#3 ok',
      'crawl2.warc.gz#4 malformed',
      'crawl2.warc.gz#5 unsupported',
      'crawl2.warc.gz#6 ok',
    ]);
    const first = out[0]!;
    expect(first.kind === 'ok' && first.document.url).toBe('https://news.example/1');
    expect(first.kind === 'ok' && first.document.paragraphs[0]).toBe(PARAGRAPHS[0]);
  });

  it('reads gzip-compressed text and HTML, and reports truncated gzip', async () => {
    writeFileSync(join(dir, 'g.txt.gz'), gzipSync(Buffer.from(other(12))));
    writeFileSync(join(dir, 'g.html.gz'), gzipSync(Buffer.from(page(other(13)))));
    const whole = gzipSync(Buffer.from(other(14).repeat(50)));
    writeFileSync(join(dir, 'trunc.txt.gz'), whole.subarray(0, whole.length - 40));
    expect(summary(await all([join(dir, 'g.txt.gz'), join(dir, 'g.html.gz'), join(dir, 'trunc.txt.gz')]))).toEqual(['g.txt.gz ok', 'g.html.gz ok', 'trunc.txt.gz malformed']);
  });

  it('reads standard input for `-` (plain, gzip, JSON lines)', async () => {
    const feed = (data: Buffer): PassThrough => {
      const s = new PassThrough();
      s.end(data);
      return s;
    };
    expect(summary(await all(['-'], { stdin: feed(Buffer.from(other(15))) }))).toEqual(['- ok']);
    expect(summary(await all(['-'], { stdin: feed(gzipSync(Buffer.from(other(16)))) }))).toEqual(['- ok']);
    const jsonl = `${JSON.stringify({ text: other(17) })}\n${JSON.stringify({ text: other(18) })}\n`;
    expect(summary(await all(['-'], { stdin: feed(Buffer.from(jsonl)) }))).toEqual(['-#1 ok', '-#2 ok']);
    expect(summary(await all(['-']))).toEqual(['- unreadable']);
  });

  it('says in words why a path cannot be read', async () => {
    const [missing] = await all([join(dir, 'no-such-file.txt')]);
    expect(missing).toMatchObject({ kind: 'rejected', code: 'unreadable', detail: 'no such file or folder (ENOENT)' });
  });
});

describe('broken inputs: each gets a status and a reason, nothing crashes, memory stays bounded', () => {
  it('handles the broken corpus', async () => {
    const b = join(dir, 'broken');
    mkdirSync(b);
    writeFileSync(join(b, '01-empty.txt'), '');
    writeFileSync(join(b, '02-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 4]));
    writeFileSync(join(b, '03-invalid-utf8.txt'), Buffer.from([0xff, 0xfe - 1, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]));
    writeFileSync(join(b, '04-cp1256.txt'), iconv.encode(other(19), 'windows-1256'));
    writeFileSync(join(b, '05-no-body.html'), '<html><head><title>x</title></head></html>');
    writeFileSync(join(b, '06-nested.html'), `<html><body>${'<div>'.repeat(10_000)}${other(20)}${'</div>'.repeat(10_000)}</body></html>`);
    writeFileSync(join(b, '07-only-furniture.txt'), 'جميع الحقوق محفوظة ©\nشارك\nتابعونا على فيسبوك\n');
    writeFileSync(join(b, '08-whitespace.txt'), ' \n\t\n ');
    writeFileSync(join(b, '09-bad.json'), '{"text": ');
    const big = openSync(join(b, '10-50mb-line.txt'), 'w');
    const block = Buffer.alloc(1 << 20, 'ا');
    for (let i = 0; i < 50; i++) writeSync(big, block);
    closeSync(big);
    const before = process.memoryUsage.rss();
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
    const out = await all([b]);
    clearInterval(timer);
    expect(summary(out)).toEqual([
      '01-empty.txt empty',
      '02-binary.txt binary',
      '03-invalid-utf8.txt ' + (out[2]!.kind === 'ok' ? 'ok' : (out[2] as { code: string }).code),
      '04-cp1256.txt ok',
      '05-no-body.html no-main-content',
      '06-nested.html ok',
      '07-only-furniture.txt empty',
      '08-whitespace.txt empty',
      '09-bad.json malformed',
      '10-50mb-line.txt too-large',
    ]);
    expect(out[2]!.kind).toBe('rejected');
    expect((peak - before) / 2 ** 20).toBeLessThan(120);
  });
});
