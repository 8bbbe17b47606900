/**
 * A folder as scrapers and corpora leave it: articles under names that say nothing (`.arabic`, no
 * extension), a PDF under an odd name, hidden files, an editor backup. `digest` and `ingest` read the
 * articles, reject the PDF saying what it is, and leave out the hidden files and the backup, saying so.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-unnamed-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FLOOD = [
  'فيضانات تغمر أحياء في المدينة الساحلية',
  'غمرت مياه الفيضانات عددا من الأحياء المنخفضة في المدينة الساحلية فجر اليوم الاثنين بعد أمطار غزيرة استمرت طوال الليل، ما أجبر مئات العائلات على مغادرة منازلها.',
  'وقال مدير الدفاع المدني إن فرق الإنقاذ أجلت أكثر من أربعمئة شخص إلى مدارس حولت إلى مراكز إيواء مؤقتة، ولم تسجل أي إصابات حتى الآن.',
  'وتوقعت هيئة الأرصاد استمرار هطول الأمطار حتى مساء الثلاثاء، داعية السكان إلى الابتعاد عن مجاري الأودية.',
].join('\n');
const ELECTION = [
  'انطلاق الحملة الانتخابية للمجالس البلدية',
  'انطلقت صباح اليوم الحملة الانتخابية لانتخابات المجالس البلدية المقررة الشهر المقبل، بمشاركة أكثر من ألفي مرشح يتنافسون على مقاعد في مئة وعشرين بلدية.',
  'وأعلنت الهيئة المستقلة للانتخابات أنها ستنشر مراقبين في جميع مراكز الاقتراع، وأن نتائج الفرز ستعلن خلال ثمان وأربعين ساعة من إغلاق الصناديق.',
  'ودعا رئيس الهيئة المرشحين إلى احترام قواعد الحملة وعدم استخدام المرافق العامة في الدعاية.',
].join('\n');

let news: string;
beforeAll(() => {
  news = join(dir, 'news');
  mkdirSync(join(news, '.git'), { recursive: true });
  writeFileSync(join(news, 'M0001.arabic'), FLOOD);
  writeFileSync(join(news, 'article_7'), ELECTION);
  writeFileSync(join(news, 'scan.dat'), Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  writeFileSync(join(news, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  writeFileSync(join(news, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(news, 'article_7~'), ELECTION.replace('ألفي', 'ثلاثة آلاف'));
});

const run = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};
const shown = (...parts: string[]): string => relative(process.cwd(), join(dir, ...parts));

describe('a folder of articles with names that say nothing, a PDF, hidden files and a backup', () => {
  it('gives digest two articles and the PDF rejected by name of its format; the rest left out and said on stderr', async () => {
    const r = await run(['digest', 'news', '--db', 'k.sqlite', '--out', 'out', '--json']);
    expect(r.code).toBe(EXIT.someRejected);
    const digest = JSON.parse(r.out) as { documents: { path: string; status: string; reason?: string; detail?: string }[]; counts: Record<string, number> };
    expect(digest.documents.map((d) => [d.path, d.status, d.reason ?? null]).sort()).toEqual([
      [shown('news', 'M0001.arabic'), 'ok', null],
      [shown('news', 'article_7'), 'ok', null],
      [shown('news', 'scan.dat'), 'rejected', 'unsupported'],
    ]);
    expect(digest.documents.find((d) => d.status === 'rejected')!.detail).toBe('a PDF document: khulasa reads text, HTML, JSON, WARC and feeds');
    expect(digest.counts).toMatchObject({ documents: 3, ok: 2, rejected: 1, stories: 2 });
    expect(r.err).toContain(`khulasa digest: hidden: left out 2 hidden files or folders (${shown('news', '.DS_Store')}, ${shown('news', '.git')}): not articles`);
    expect(r.err).toContain(`khulasa digest: backup: left out 1 editor's backup file (${shown('news', 'article_7~')}): not an article`);
  });

  it('gives ingest one line per input, the left-out ones as skipped with their code, and counts them', async () => {
    const r = await run(['ingest', 'news', '--json']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { path?: string; status?: string; reason?: string; counts?: Record<string, number> });
    expect(lines.filter((l) => l.status === 'skipped').map((l) => [l.path, l.reason])).toEqual([
      [shown('news', '.DS_Store'), 'hidden'],
      [shown('news', '.git'), 'hidden'],
      [shown('news', 'article_7~'), 'backup'],
    ]);
    expect(lines.at(-1)!.counts).toEqual({ ok: 2, duplicate: 0, rejected: 1, skipped: 3 });
  });
});

describe('the help of the commands that walk folders', () => {
  it.each(['digest', 'ingest', 'clean', 'summarize'])('says which files %s reads, and that a name that says nothing is read by content', async (command) => {
    const r = await run([command, '--help']);
    expect(r.out).toContain('.txt, .html/.htm, .json, .jsonl/.ndjson, .warc, .rss/.atom/.xml');
    expect(r.out).toMatch(/name says nothing of its type \(M0001\.arabic, article_12, \.dat, \.md\) is read by its content/);
  });
});

describe('a store with a hidden name inside the folder it reads', () => {
  it("is left out silently, as khulasa's own store always is, not reported as a hidden file", async () => {
    const r = await run(['digest', 'news', '--db', join('news', '.store.sqlite'), '--out', 'out-hidden-store']);
    const hidden = r.err.split('\n').find((l) => l.startsWith('khulasa digest: hidden:'));
    expect(hidden).toContain('left out 2 hidden files or folders');
    expect(hidden).not.toContain('.store.sqlite');
  });
});
