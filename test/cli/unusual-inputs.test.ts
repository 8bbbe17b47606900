/** A first user's unusual inputs: each one is read once, accounted for, and never crashes the command. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'khulasa-unusual-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'وصول قافلة مساعدات إلى البلدة المحاصرة',
  'وصلت صباح اليوم الخميس قافلة تضم أربعين شاحنة محملة بالمواد الغذائية والأدوية إلى البلدة المحاصرة منذ ثلاثة أشهر.',
  'وقالت المنسقة الميدانية للقافلة إن الشاحنات عبرت حاجزين قبل أن تصل إلى مستودع البلدية حيث بدأ توزيع المواد على الأسر.',
  'وأضافت أن قافلة ثانية تنتظر الإذن بالدخول خلال الأسبوع المقبل، وأن الحاجة إلى حليب الأطفال ما زالت ملحة في البلدة.',
].join('\n');

const OTHER_ARTICLE = [
  'أعلنت وزارة الزراعة عن خطة لتوزيع البذور المحسنة على صغار المزارعين في المحافظات الشمالية قبل بدء الموسم الزراعي المقبل.',
  'وقال المتحدث باسم الوزارة إن الخطة تشمل أكثر من عشرة آلاف مزارع، وإن التوزيع يبدأ في الأسبوع الأول من الشهر القادم عبر الجمعيات التعاونية.',
].join('\n\n');

const run = async (args: readonly string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = memoryIo(dir);
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
};

/** `name/a.txt` and `name/sub/up`, a symbolic link back to `name`: a folder loop. */
function loopFolder(name: string, withArticle: boolean): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'sub'), { recursive: true });
  if (withArticle) writeFileSync(join(root, 'a.txt'), ARTICLE);
  symlinkSync('..', join(root, 'sub', 'up'));
  return root;
}

describe('a symbolic link that loops back to a folder above it', () => {
  it('is not followed by ingest: the article is read once', async () => {
    const r = await run(['ingest', loopFolder('loop-ingest', true)]);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^1 ok, 0 duplicate, 0 rejected$/m);
    expect(r.code).toBe(EXIT.ok);
  });

  it('is not followed by digest: one document in the store', async () => {
    const root = loopFolder('loop-digest', true);
    const r = await run(['digest', root, '--db', join(dir, 'loop.sqlite'), '--out', join(dir, 'loop-out'), '--json', '--no-analysis']);
    expect(r.code).toBe(EXIT.ok);
    const digest = JSON.parse(readFileSync(join(dir, 'loop-out', 'digest.json'), 'utf8')) as { documents: unknown[] };
    expect(digest.documents).toHaveLength(1);
  });

  it('in a folder that holds no file is the no-input warning, not a crash', async () => {
    const r = await run(['ingest', loopFolder('loop-empty', false)]);
    expect(r.err).toContain('no-input');
    expect(r.code).toBe(EXIT.ok);
  });
});

/** A WARC record of one HTML page, gzipped on its own as WARC files are. */
function warcRecord(n: number, title: string): Buffer {
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${ARTICLE.split('\n')
    .slice(1)
    .map((p) => `<p>${p.replace('البلدة', `البلدة ${title}`)}</p>`)
    .join('')}</article></body></html>`;
  const body = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://news.test/${n}\r\nWARC-Date: 2026-11-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:${n}>\r\nContent-Length: ${body.length}\r\n\r\n`;
  return gzipSync(Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]));
}

describe('a .warc.gz cut off in the middle', () => {
  it('is counted the same on a rerun: its records and the damaged end, every one', async () => {
    const folder = join(dir, 'truncated-warc');
    mkdirSync(folder);
    const whole = Buffer.concat([warcRecord(1, 'الشمالية'), warcRecord(2, 'الجنوبية'), warcRecord(3, 'الشرقية')]);
    writeFileSync(join(folder, 'crawl.warc.gz'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const db = join(dir, 'truncated.sqlite');
    const counts = (out: string): string => /^\d+ ok, \d+ duplicate, \d+ rejected/m.exec(out)?.[0] ?? out;
    const first = await run(['ingest', folder, '--db', db]);
    const again = await run(['ingest', folder, '--db', db]);
    expect(counts(first.out)).toMatch(/^1 ok, 0 duplicate, [23] rejected$/);
    expect(counts(again.out)).toBe(counts(first.out));
    expect(again.out).toContain('0 newly stored');
    expect(again.code).toBe(first.code);
  });
});

describe('an article saved twice by one outlet, then saved again', () => {
  it('keeps its text: its own copies never make it furniture, and the re-saved file adds nothing', async () => {
    const folder = join(dir, 'resaved');
    mkdirSync(folder);
    const [title, ...body] = ARTICLE.split('\n');
    const json = (text: string): string => `${JSON.stringify({ title, text, source: 'بوابة الساحل' })}\n`;
    writeFileSync(join(folder, 'a.json'), json(body.join('\n\n')));
    writeFileSync(join(folder, 'b.json'), json(body.join('\n\n')));
    writeFileSync(join(folder, 'c.json'), json(OTHER_ARTICLE));
    const db = join(dir, 'resaved.sqlite');
    const first = await run(['ingest', folder, '--db', db]);
    expect(first.out).toMatch(/^2 ok, 1 duplicate, 0 rejected/m);
    writeFileSync(join(folder, 'a.json'), `${json(body.join('\n\n'))}\n`);
    const again = await run(['ingest', folder, '--db', db, '--json']);
    const counts = (JSON.parse(again.out.trim().split('\n').at(-1)!) as { counts: Record<string, number> }).counts;
    expect(counts).toEqual({ ok: 2, duplicate: 1, rejected: 0, inputs: 3, added: 0 });
  });
});

describe('digest . in the folder of articles, with the default store and output folder', () => {
  it('never reads its own store or its own digest as inputs, on the first run or the next', async () => {
    const folder = join(dir, 'here');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    writeFileSync(join(folder, 'b.json'), JSON.stringify({ title: 'خطة لتوزيع البذور', text: OTHER_ARTICLE }));
    const io = (): ReturnType<typeof memoryIo> => memoryIo(folder);
    const digestHere = async (): Promise<{ code: number; paths: string[] }> => {
      const code = await main(['digest', '.', '--no-analysis'], io());
      const digest = JSON.parse(readFileSync(join(folder, 'khulasa-digest', 'digest.json'), 'utf8')) as { documents: { path: string }[] };
      return { code, paths: digest.documents.map((d) => d.path).sort() };
    };
    const first = await digestHere();
    const again = await digestHere();
    expect(first).toEqual({ code: EXIT.ok, paths: [join(folder, 'a.txt'), join(folder, 'b.json')].map((p) => relative(process.cwd(), p)).sort() });
    expect(again).toEqual(first);
  });

  it('ingest --db leaves out the store it writes to', async () => {
    const folder = join(dir, 'here-ingest');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    await run(['ingest', folder, '--db', join(folder, 'store.sqlite')]);
    const again = await run(['ingest', folder, '--db', join(folder, 'store.sqlite')]);
    expect(again.out).toMatch(/^1 ok, 0 duplicate, 0 rejected \(0 newly stored/m);
  });
});

describe('standard input named twice', () => {
  it('is one input, read once, like a file named twice', async () => {
    const io = memoryIo(dir);
    io.stdin.end(ARTICLE);
    const code = await main(['ingest', '-', '-'], io);
    expect(io.out.join('')).toMatch(/^1 ok, 0 duplicate, 0 rejected$/m);
    expect(code).toBe(EXIT.ok);
  });
});

describe('a file whose name is not valid UTF-8', () => {
  it('is rejected with a reason that says so, not as a file that does not exist', async () => {
    const folder = join(dir, 'latin1-name');
    mkdirSync(folder);
    writeFileSync(Buffer.from(`${folder}/caf\xe9.txt`, 'latin1'), ARTICLE);
    const r = await run(['ingest', folder]);
    expect(r.out).toMatch(/^rejected .*unreadable: .*not valid UTF-8/m);
    expect(r.out).not.toContain('ENOENT');
  });
});

describe('an empty value for a flag that names a place (--out "$UNSET")', () => {
  it.each([
    ['digest', '--out'],
    ['digest', '--db'],
    ['ingest', '--db'],
    ['serve', '--db'],
    ['serve', '--host'],
  ])('%s %s "" is a usage error, not the current folder', async (command, flag) => {
    const folder = join(dir, `empty-flag-${command}${flag}`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    const io = memoryIo(folder);
    const code = await main([command, ...(command === 'serve' ? [] : ['a.txt']), flag, ''], io);
    expect(io.err.join('')).toContain(`${flag} needs a value`);
    expect(code).toBe(EXIT.usage);
    expect(readdirSync(folder)).toEqual(['a.txt']);
  });
});

describe('eval with a name it does not know', () => {
  it('names what was wrong before the usage line', async () => {
    const r = await run(['eval', 'rouge2']);
    expect(r.err).toMatch(/^khulasa eval: unknown evaluation 'rouge2'\nUsage: khulasa eval /);
    expect(r.code).toBe(EXIT.usage);
  });
});

describe('a file name with a line break or an escape sequence in it', () => {
  it('stays on one line of the report, its control characters shown escaped', async () => {
    const folder = join(dir, 'control-names');
    mkdirSync(folder);
    writeFileSync(join(folder, 'two\nlines.txt'), ARTICLE);
    writeFileSync(join(folder, 'red\u001b[31m.png'), 'x');
    const r = await run(['ingest', folder]);
    expect(r.out).toContain('two\\nlines.txt');
    expect(r.out).toContain('red\\x1b[31m.png');
    expect(r.out.split('\n').filter((l) => /^(ok|duplicate|rejected) /.test(l))).toHaveLength(2);
    const json = await run(['ingest', folder, '--json']);
    expect(json.out).toContain(JSON.stringify(join(folder, 'two\nlines.txt')).slice(1, -1));
  });
});

describe('one file named twice, spelled two ways', () => {
  it('is one input on every run: a rerun stores no copy of it', async () => {
    const folder = join(dir, 'named-twice');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), ARTICLE);
    const db = join(dir, 'named-twice.sqlite');
    const args = ['ingest', join(folder, 'a.txt'), `${folder}/./a.txt`, join(folder, 'a.txt'), '--db', db];
    const first = await run(args);
    const again = await run(args);
    expect(first.out).toMatch(/^1 ok, 0 duplicate, 0 rejected \(1 newly stored, 0 already/m);
    expect(again.out).toMatch(/^1 ok, 0 duplicate, 0 rejected \(0 newly stored, 1 already/m);
  });
});
