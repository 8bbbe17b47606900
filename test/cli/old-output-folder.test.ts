/**
 * An older `--out` folder among the inputs, under another name than this run's `--out`: its
 * digest.json, digest.md and index.html are khulasa's own, not articles. Every command leaves them
 * unread and says so with the reason code `khulasa-output`; other files in that folder are still read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-old-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES: Readonly<Record<string, string>> = {
  'port.txt': [
    'إضراب عمال الميناء يدخل يومه الثالث',
    'دخل إضراب عمال ميناء المدينة يومه الثالث على التوالي صباح اليوم الأربعاء، وسط توقف شبه كامل لعمليات الشحن والتفريغ في الأرصفة الرئيسية.',
    'وقال ممثل النقابة في تصريح للصحفيين إن العمال يطالبون بزيادة الأجور وتحسين شروط السلامة، وإن الإضراب مستمر حتى تستجيب الإدارة لمطالبهم.',
    'وأفادت مصادر في الميناء بأن أكثر من عشرين سفينة تنتظر في عرض البحر دورها في التفريغ منذ بداية الإضراب.',
  ].join('\n'),
  'rain.txt': [
    'أمطار غزيرة تغلق طرقا في المرتفعات',
    'أغلقت السلطات المحلية عدة طرق في المرتفعات الشمالية مساء أمس الثلاثاء بعد أمطار غزيرة تسببت في انجرافات للتربة وسقوط صخور على الطريق الرئيسي.',
    'وأوضحت مديرية الأشغال أن فرقها تعمل على إعادة فتح الطرق خلال يومين، داعية السائقين إلى تجنب التنقل ليلا في المنطقة حتى إشعار آخر.',
  ].join('\n'),
};

const run = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

/** A path under the scratch folder as the commands show it: relative to the process, as given. */
const shown = (...parts: string[]): string => relative(process.cwd(), join(dir, ...parts));
const escaped = (path: string): string => path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const leftOut = (folder: string): RegExp => new RegExp(`khulasa-output: left out ${escaped(join(folder, 'digest.json'))}, digest\\.md and index\\.html`);

let news: string;
beforeAll(async () => {
  news = join(dir, 'news');
  mkdirSync(news, { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(news, name), text);
  // The first digest writes its output inside the pile; later runs write elsewhere.
  const first = await run(['digest', 'news', '--db', 'first.sqlite', '--out', 'news/old-digest']);
  expect(first.code).toBe(EXIT.ok);
});

describe('an older --out folder among the inputs', () => {
  it('is not read by digest, and the digest says so on standard error with the reason code', async () => {
    const r = await run(['digest', 'news', '--db', 'second.sqlite', '--out', 'new-digest', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const digest = JSON.parse(r.out) as { documents: { path: string }[]; counts: { documents: number; rejected: number } };
    expect(digest.documents.map((d) => d.path).sort()).toEqual([shown('news', 'port.txt'), shown('news', 'rain.txt')]);
    expect(digest.counts).toMatchObject({ documents: 2, rejected: 0 });
    expect(r.err).toMatch(leftOut(shown('news', 'old-digest')));
  });

  it('is reported by ingest, file by file, as skipped with the reason code and counted apart', async () => {
    const r = await run(['ingest', 'news', '--json']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { path?: string; status?: string; reason?: string; counts?: Record<string, number> });
    expect(lines.filter((l) => l.status === 'skipped').map((l) => [l.path, l.reason])).toEqual(
      ['digest.json', 'digest.md', 'index.html'].map((name) => [shown('news', 'old-digest', name), 'khulasa-output']),
    );
    expect(lines.at(-1)!.counts).toEqual({ ok: 2, duplicate: 0, rejected: 0, skipped: 3 });
    expect(r.code).toBe(EXIT.ok);
  });

  it('is reported by ingest --db too, and nothing of it is stored', async () => {
    const r = await run(['ingest', 'news', '--db', 'third.sqlite', '--json']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { status?: string; counts?: Record<string, number> });
    expect(lines.filter((l) => l.status === 'skipped')).toHaveLength(3);
    expect(lines.at(-1)!.counts).toMatchObject({ ok: 2, rejected: 0, skipped: 3, inputs: 2 });
  });

  it('is not summarized', async () => {
    const r = await run(['summarize', 'news', '--json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(leftOut(shown('news', 'old-digest')));
    for (const s of (JSON.parse(r.out) as { summary: { text: string }[] }).summary) expect(Object.values(ARTICLES).join('\n')).toContain(s.text);
  });

  it('still has its other files read, and a digest file named on the command line is read as asked', async () => {
    writeFileSync(join(news, 'old-digest', 'port-copy.txt'), ARTICLES['port.txt']!);
    try {
      const r = await run(['ingest', 'news/old-digest', join('news', 'old-digest', 'digest.md'), '--json']);
      const statuses = r.out.trim().split('\n').map((l) => JSON.parse(l) as { path?: string; status?: string });
      expect(statuses.filter((l) => l.status !== 'skipped' && l.path !== undefined).map((l) => l.path)).toEqual([
        shown('news', 'old-digest', 'port-copy.txt'),
        shown('news', 'old-digest', 'digest.md'),
      ]);
    } finally {
      rmSync(join(news, 'old-digest', 'port-copy.txt'));
    }
  });

  it('is told apart from a digest.json another program wrote: that one is an input', async () => {
    const other = join(dir, 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'digest.json'), JSON.stringify({ title: 'ملخص', text: ARTICLES['rain.txt'] }));
    const r = await run(['ingest', 'other', '--json']);
    expect(r.out).not.toContain('"status":"skipped"');
    expect(readFileSync(join(other, 'digest.json'), 'utf8')).toContain('ملخص');
  });
});

describe('clean of a folder holding only a digest khulasa wrote', () => {
  it('has nothing to clean: exit 2, as for an empty folder', async () => {
    const r = await run(['clean', join('news', 'old-digest')]);
    expect(r.err).toMatch(/khulasa-output: left out/);
    expect(r.err).toMatch(/khulasa clean: nothing to clean/);
    expect(r.out).toBe('');
    expect(r.code).toBe(EXIT.usage);
  });
});

describe('an older --out folder reached twice (its folder given twice, or it and its parent)', () => {
  it('is reported once', async () => {
    const r = await run(['ingest', 'news', join('news', 'old-digest'), '--json']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { status?: string; counts?: Record<string, number> });
    expect(lines.filter((l) => l.status === 'skipped')).toHaveLength(3);
    expect(lines.at(-1)!.counts).toMatchObject({ skipped: 3 });
    const digest = await run(['digest', 'news', 'news', '--db', 'twice.sqlite', '--out', 'twice-out']);
    expect(digest.err.match(/khulasa-output/g)).toHaveLength(1);
  });
});
