/**
 * Ingest throughput on generated inputs: plain-text cleaning (articles/s, MB/s) and HTML extraction
 * (pages/s, MB/s) at several corpus sizes, then a streamed WARC end to end (peak memory must not grow
 * with the file). Articles are seeded mixes of the hand-written fixture paragraphs
 * (test/fixtures/ingest) wrapped in the furniture scrapers leave; pages wrap them in a news-site
 * template with scripts, menus, teasers and a comment form. One process, one core.
 *
 * The real pages of the extraction benchmark (../shared/corpora/scrapinghub-aeb, when present) are
 * measured first, in a child process of their own (this file with `--real-pages`), pinned to CPU 0
 * with `taskset` when it exists, so that neither the other scenarios' heap nor a second core flatter
 * or hurt them: the first pass over the pages (cold: JIT warm-up included) and then the steady state
 * (median of five more passes, with their range), in pages per wall second and per CPU second
 * (user + system, all threads), and the child's peak RSS.
 * `npm run bench -- ingest` or `node --expose-gc --import tsx bench/ingest.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpus } from '../src/eval/corpora.js';
import { loadExtractionCorpus, pageBytes } from '../src/eval/extraction.js';
import { cleanText, decodeBytes, extractHtml, ingestPaths } from '../src/ingest/index.js';
import { cpuSecondsSince, fmt, maxRssMB, measure, median } from './measure.js';
import { isRejection, seededRandom } from '../src/core/index.js';

const REAL_PAGES = '--real-pages';
/** Passes over the real pages in the child: the first is the cold one. */
const REAL_PASSES = 6;

interface RealPagesReport {
  readonly missing?: string;
  readonly pages: number;
  readonly mb: number;
  readonly decodeCpu: number;
  readonly passes: readonly { readonly cpu: number; readonly wall: number }[];
  readonly maxRssMB: number;
}

/** The child: decode the benchmark's pages as ingest does, then extract them REAL_PASSES times; one JSON line out. */
function realPagesChild(): void {
  const aeb = corpus('scrapinghub-aeb');
  if (!('dir' in aeb)) {
    console.log(JSON.stringify({ missing: aeb.missing }));
    return;
  }
  const c = loadExtractionCorpus(aeb.dir);
  const bytes = [...c.truth.keys()].sort().map((id) => pageBytes(c, id));
  const d0 = process.cpuUsage();
  const pages = bytes.map((b) => {
    const d = decodeBytes(b, { html: true });
    return isRejection(d) ? '' : d.text;
  });
  const decodeCpu = cpuSecondsSince(d0);
  const passes: { cpu: number; wall: number }[] = [];
  for (let p = 0; p < REAL_PASSES; p++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const h of pages) extractHtml(h);
    passes.push({ cpu: cpuSecondsSince(c0), wall: (performance.now() - t0) / 1000 });
  }
  const decodedMB = pages.reduce((a, x) => a + Buffer.byteLength(x), 0) / 2 ** 20;
  const report: RealPagesReport = { pages: pages.length, mb: decodedMB, decodeCpu, passes, maxRssMB: maxRssMB() };
  console.log(JSON.stringify(report));
}

/** Run the child, pinned to CPU 0 when `taskset` is there, and print its rows. */
function realPages(): void {
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const args = [...process.execArgv, import.meta.filename, REAL_PAGES];
  const run = pinned ? spawnSync('taskset', ['-c', '0', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    console.log(`real pages: child failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    process.exitCode = 1;
    return;
  }
  const r = JSON.parse(line) as RealPagesReport;
  if (r.missing !== undefined) {
    console.log(`real pages skipped: ${r.missing}`);
    return;
  }
  const rate = (seconds: number): string => fmt(r.pages / seconds, 0);
  const [cold, ...steady] = r.passes;
  const cpus = steady.map((p) => p.cpu);
  const walls = steady.map((p) => p.wall);
  console.log(`extractHtml on the ${r.pages} real pages of scrapinghub-aeb (${fmt(r.mb, 1)} MB decoded), own process, ${pinned ? 'pinned to CPU 0 (taskset -c 0)' : 'not pinned (no taskset)'}:\n`);
  console.log('| pass | wall rate | wall MB/s | CPU rate | peak RSS |');
  console.log('|---|---|---|---|---|');
  console.log(`| first (cold) | ${rate(cold!.wall)} pages/s | ${fmt(r.mb / cold!.wall, 2)} | ${rate(cold!.cpu)} pages/cpu-s | |`);
  console.log(
    `| steady state: median of passes 2–${r.passes.length} (range) | ${rate(median(walls))} pages/s (${rate(Math.max(...walls))}–${rate(Math.min(...walls))}) | ${fmt(r.mb / median(walls), 2)} | ${rate(median(cpus))} pages/cpu-s (${rate(Math.max(...cpus))}–${rate(Math.min(...cpus))}) | ${fmt(r.maxRssMB, 0)} MB (whole run) |`,
  );
  console.log(`\ndecoding the same pages first (decodeBytes: BOM, charset, mojibake check), once: ${rate(r.decodeCpu)} pages/cpu-s — what \`khulasa ingest\` adds per page before extraction\n`);
}

if (process.argv.includes(REAL_PAGES)) {
  realPagesChild();
  process.exit(0);
}

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

realPages();
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
