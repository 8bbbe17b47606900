/**
 * Ingest throughput on generated inputs: plain-text cleaning (articles/s, MB/s) and HTML extraction
 * (pages/s, MB/s) at several corpus sizes, then the real pages of the extraction benchmark when
 * ../shared/corpora is present, then a streamed WARC end to end (peak memory must not grow with the
 * file). Articles are seeded mixes of the hand-written fixture paragraphs (test/fixtures/ingest)
 * wrapped in the furniture scrapers leave; pages wrap them in a news-site template with scripts,
 * menus, teasers and a comment form. One process, one core.
 * `npm run bench -- ingest` or `node --expose-gc --import tsx bench/ingest.bench.ts`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpus } from '../src/eval/corpora.js';
import { loadExtractionCorpus, pageBytes } from '../src/eval/extraction.js';
import { cleanText, extractHtml, ingestPaths } from '../src/ingest/index.js';
import { fmt, measure } from './measure.js';
import { seededRandom } from '../src/core/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'ingest');
const paragraphs = readdirSync(FIXTURES)
  .flatMap((c) => readdirSync(join(FIXTURES, c)).filter((f) => f.startsWith('input.')).map((f) => readFileSync(join(FIXTURES, c, f), 'utf8')))
  .flatMap((t) => t.replace(/<[^>]+>/g, '\n').split('\n'))
  .map((p) => p.trim())
  .filter((p) => p.split(' ').length >= 12 && /\p{Script=Arabic}/u.test(p));

const FURNITURE_TOP = ['الصباح الجديد -', 'آخر تحديث: 10:15 بتوقيت غرينتش', 'ت + ت - الحجم الطبيعي', 'أرشيفية'];
const FURNITURE_END = ['اقرأ أيضاً', 'الاسم *', 'التعليق *', 'جميع الحقوق محفوظة © 2025', 'اشترك في النشرة البريدية', 'Powered by NewsPress'];

function article(i: number, rand: () => number): string {
  const body = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!);
  const repeat = body.slice(1, 3);
  return [`خبر رقم ${i} عن الأحداث الجارية في المنطقة`, ...FURNITURE_TOP, ...body, FURNITURE_END[0]!, ...repeat, ...FURNITURE_END.slice(1)].join('\n');
}

function page(i: number, rand: () => number): string {
  const menu = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}">قسم ${k}</a></li>`).join('');
  const teasers = Array.from({ length: 20 }, (_, k) => `<li><a href="/news/${i}-${k}">عنوان خبر آخر رقم ${k} في الموقع</a></li>`).join('');
  const script = `<script>window.__STATE__=${JSON.stringify({ items: Array.from({ length: 300 }, (_, k) => ({ id: k, title: 'x'.repeat(40) })) })}</script>`;
  const text = article(i, rand).split('\n');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${text[0]} | الصباح الجديد</title>
<meta property="og:site_name" content="الصباح الجديد"><meta property="article:published_time" content="2025-06-0${1 + (i % 9)}T08:00:00Z">
<style>${'.c{color:#333}'.repeat(300)}</style>${script}</head><body><header><nav><ul>${menu}</ul></nav></header>
<main><article><h1>${text[0]}</h1>${text.slice(1).map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h3>الأكثر قراءة</h3><ul>${teasers}</ul></aside><section class="comments"><form><label>الاسم *</label><input><textarea></textarea></form></section></main>
<footer><p>جميع الحقوق محفوظة © 2025</p><ul>${menu}</ul></footer></body></html>`;
}

const mb = (xs: readonly string[]): number => xs.reduce((a, x) => a + Buffer.byteLength(x), 0) / 2 ** 20;

async function timed(label: string, items: readonly string[], unit: string, work: (x: string) => unknown): Promise<void> {
  const c0 = process.cpuUsage();
  const m = await measure(() => {
    for (const x of items) work(x);
  });
  const cpu = process.cpuUsage(c0).user / 1e6;
  console.log(
    `| ${label} | ${items.length} | ${fmt(mb(items), 2)} | ${fmt(items.length / m.seconds, 0)} ${unit}/s | ${fmt(mb(items) / m.seconds, 2)} MB/s | ${fmt(items.length / cpu, 0)} ${unit}/cpu-s | ${fmt(m.peakRssMB, 0)} MB |`,
  );
}

console.log(`fixture paragraphs: ${paragraphs.length}\n`);
console.log('| work | inputs | MB | wall rate | wall MB/s | CPU rate | peak RSS |');
console.log('|---|---|---|---|---|---|---|');
const rand = seededRandom(42);
for (const n of [500, 2000, 5000]) {
  const texts = Array.from({ length: n }, (_, i) => article(i, rand));
  await timed('cleanText (plain text)', texts, 'articles', (t) => cleanText(t));
}
for (const n of [100, 400]) {
  const pages = Array.from({ length: n }, (_, i) => page(i, rand));
  await timed('extractHtml (generated pages)', pages, 'pages', (h) => extractHtml(h));
}

const aeb = corpus('scrapinghub-aeb');
if ('dir' in aeb) {
  const c = loadExtractionCorpus(aeb.dir);
  const pages = [...c.truth.keys()].map((id) => pageBytes(c, id).toString('utf8'));
  // The first pass includes compiling the extraction code; the second is the steady state a long run sees.
  await timed('extractHtml (scrapinghub-aeb real pages, first pass)', pages, 'pages', (h) => extractHtml(h));
  await timed('extractHtml (scrapinghub-aeb real pages, second pass)', pages, 'pages', (h) => extractHtml(h));
} else console.log(`\nreal pages skipped: ${aeb.missing}`);

const dir = mkdtempSync(join(tmpdir(), 'khulasa-bench-'));
try {
  const records: Buffer[] = [];
  for (let i = 0; i < 2000; i++) {
    const body = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page(i, rand)}`);
    const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/${i}\r\nContent-Length: ${body.length}\r\n\r\n`;
    records.push(gzipSync(Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')])));
  }
  const file = join(dir, 'crawl.warc.gz');
  writeFileSync(file, Buffer.concat(records));
  let ok = 0;
  const c0 = process.cpuUsage();
  const m = await measure(async () => {
    for await (const o of ingestPaths([file])) if (o.kind === 'ok') ok++;
  });
  const cpu = process.cpuUsage(c0).user / 1e6;
  console.log(`\nstreamed WARC: 2000 records (${fmt(records.reduce((a, r) => a + r.length, 0) / 2 ** 20, 1)} MB gzipped), ${ok} ok, ${fmt(2000 / m.seconds, 0)} records/s wall, ${fmt(2000 / cpu, 0)} records/cpu-s, peak RSS ${fmt(m.peakRssMB, 0)} MB, peak heap ${fmt(m.peakHeapMB, 0)} MB`);
  console.log('(peak RSS follows V8 heap sizing; with --max-old-space-size=64 the same stream runs in about 110 MB RSS — see docs/evaluation/ingest.md)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
